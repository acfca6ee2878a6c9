// Gold attributions from JSONL (the output of scripts/polnear_gold.py, or
// any annotation in that shape): code-point offsets into the line's own
// "text" turned into byte offsets, so they compare with readout's spans.
#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "base/ascii.h"
#include "eval/gold_jsonl.h"
#include "readout/eval.h"

namespace readout::eval {
namespace {

constexpr std::string_view kMarks[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
                                       "\xC2\xAB", "\xC2\xBB", "``", "''"};

// Levin's say verbs (class 37.7) with the other verbs news uses to report
// speech as such, by base form; inflections are made below.
constexpr std::string_view kSayingBase[] = {
    "admit", "allege", "announce", "articulate", "assert", "blurt", "claim", "confess", "confide",
    "convey", "declare", "disclose", "explain", "express", "insinuate", "mention", "propose",
    "recount", "relate", "remark", "repeat", "report", "reveal", "say", "state", "suggest",
    "tell", "ask", "add", "note", "write", "reply", "respond", "answer"};
constexpr std::string_view kSayingIrregular[] = {"said", "says", "told", "wrote", "written",
                                                 "admitted", "admitting", "replied", "replies"};

bool IsSayingWord(std::string_view w) {
  if (std::find(std::begin(kSayingIrregular), std::end(kSayingIrregular), w) != std::end(kSayingIrregular)) {
    return true;
  }
  for (std::string_view base : kSayingBase) {
    if (w.size() < base.size() - 1 || w.compare(0, base.size() - 1, base.substr(0, base.size() - 1)) != 0) continue;
    // base, base+s/es, base+d/ed, base+ing with a final e dropped.
    const std::string b(base);
    const std::string stem = b.back() == 'e' ? b.substr(0, b.size() - 1) : b;
    for (const std::string& form : {b, b + "s", b + "es", stem + "ed", stem + "ing", b + "d"}) {
      if (w == form) return true;
    }
  }
  return false;
}

}  // namespace

std::string_view AttributionTypeName(AttributionType t) {
  switch (t) {
    case AttributionType::kDirect: return "direct";
    case AttributionType::kMixed: return "mixed";
    case AttributionType::kIndirect: return "indirect";
  }
  return "indirect";
}

AttributionType TypeOfContent(std::string_view content) {
  // The marks, as positions; the content trimmed of outer punctuation and
  // spaces first, which annotators include or not.
  auto trimmed = [](char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '.' || c == ',' || c == ';' || c == ':' ||
           c == '!' || c == '?' || c == '-';
  };
  while (!content.empty() && trimmed(content.front())) content.remove_prefix(1);
  while (!content.empty() && trimmed(content.back())) content.remove_suffix(1);
  std::vector<std::pair<std::size_t, std::size_t>> marks;  // begin, end
  for (std::size_t i = 0; i < content.size();) {
    std::size_t len = 0;
    for (std::string_view m : kMarks) {
      if (content.substr(i, m.size()) == m) {
        len = m.size();
        break;
      }
    }
    if (len > 0) {
      marks.emplace_back(i, i + len);
      i += len;
    } else {
      ++i;
    }
  }
  if (marks.empty()) return AttributionType::kIndirect;
  if (marks.front().first != 0 && marks.back().second != content.size()) return AttributionType::kMixed;
  if (marks.size() == 1) return AttributionType::kDirect;  // one mark at an edge: a quote cut off
  if (marks.front().first != 0 || marks.back().second != content.size()) return AttributionType::kMixed;
  // Quoted pieces joined by nothing but spaces and punctuation ("...," "...")
  // are one direct quotation.
  for (std::size_t k = 1; k + 1 < marks.size(); k += 2) {
    for (std::size_t i = marks[k].second; i < marks[k + 1].first; ++i) {
      if (!trimmed(content[i])) return AttributionType::kMixed;
    }
  }
  return AttributionType::kDirect;
}

bool IsVerbOfSaying(std::string_view cue) {
  std::string word;
  for (std::size_t i = 0; i <= cue.size(); ++i) {
    const char c = i < cue.size() ? cue[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word.push_back(ToLowerAscii(c));
      continue;
    }
    if (!word.empty() && IsSayingWord(word)) return true;
    word.clear();
  }
  return false;
}

Result<std::vector<GoldAttributions>> ReadGoldAttributions(const std::string& path) {
  std::vector<GoldAttributions> gold;
  std::unordered_set<std::string> seen;
  Status status = ForEachGoldObject(path, [&](simdjson::dom::object object, std::uint32_t line_no) {
    simdjson::dom::array list;
    if (object.at_pointer("/gold/attributions").get(list) != simdjson::SUCCESS) return Status::Ok();
    std::string_view id, body;
    if (object["id"].get(id) != simdjson::SUCCESS) {
      return GoldLineError(path, line_no, "gold attributions without a string \"id\"");
    }
    if (object["text"].get(body) != simdjson::SUCCESS) {
      return GoldLineError(path, line_no, "gold attributions without a string \"text\"");
    }
    const std::vector<std::uint32_t> offsets = CodePointOffsets(body);
    GoldAttributions doc;
    doc.doc = std::string(id);
    doc.text_bytes = body.size();
    doc.source = path + ":" + std::to_string(line_no);
    std::size_t k = 0;
    for (simdjson::dom::element item : list) {
      const std::string where = "attribution " + std::to_string(k++) + ": ";
      GoldAttribution a;
      simdjson::dom::element value;
      if (item["content"].get(value) != simdjson::SUCCESS || !ReadCodePointSpan(value, offsets, &a.content)) {
        return GoldLineError(path, line_no, where + "\"content\" is not a [start, end] pair inside the text");
      }
      simdjson::dom::array parts;
      if (item["content_parts"].get(parts) == simdjson::SUCCESS) {
        for (simdjson::dom::element part : parts) {
          Span p;
          if (!ReadCodePointSpan(part, offsets, &p)) {
            return GoldLineError(path, line_no, where + "a \"content_parts\" piece is not a [start, end] pair inside the text");
          }
          a.parts.push_back(p);
        }
      }
      if (a.parts.empty()) a.parts.push_back(a.content);
      for (const char* role : {"source", "cue"}) {
        Span* out = role[0] == 's' ? &a.source : &a.cue;
        if (item[role].get(value) != simdjson::SUCCESS || value.is_null()) continue;
        if (!ReadCodePointSpan(value, offsets, out)) {
          return GoldLineError(path, line_no, where + "\"" + role + "\" is neither null nor a [start, end] pair inside the text");
        }
      }
      std::string_view type;
      if (item["type"].get(type) == simdjson::SUCCESS) {
        if (type == "direct") {
          a.type = AttributionType::kDirect;
        } else if (type == "mixed" || type == "partial") {
          a.type = AttributionType::kMixed;
        } else if (type == "indirect") {
          a.type = AttributionType::kIndirect;
        } else {
          return GoldLineError(path, line_no, where + "unknown \"type\" \"" + std::string(type) + "\" (direct, mixed, indirect)");
        }
      } else {
        a.type = TypeOfContent(body.substr(a.content.begin, a.content.size()));
      }
      doc.attributions.push_back(std::move(a));
    }
    if (!seen.insert(doc.doc).second) {
      return GoldLineError(path, line_no, "id \"" + doc.doc + "\" appears twice");
    }
    gold.push_back(std::move(doc));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return gold;
}

}  // namespace readout::eval
