// The gold side of TABARI's validation suite (Validate.text in
// philip-schrodt/TABARI-Code): records in TABARI's text format, the expected
// events in the record's /* comment */, read the way TABARI's
// ProcessorClass::checkEvents reads them (see validate.h,
// ParseTabariValidation). Records are found exactly as the ingest reader
// finds them (ingest/tabari_reader.cc: a header line starting with a digit,
// the text up to a blank line), so gold and documents join by line.
//
// Departures from checkEvents: found and expected events are compared as
// sets, as for PETRARCH files, where TABARI compares them in order; and the
// date TABARI checks after a block when time shifting is on is not checked
// (readout dates events from the text).
#include <fmt/format.h>

#include "ingest/tabari_text.h"
#include "readout/validate.h"

namespace readout::validate {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool Blank(std::string_view line) { return Trim(line).empty(); }

// Fills `gold` from the record's text (its lines joined as in the file).
void ReadBlocks(std::string_view text, GoldRecord& gold, const std::string& file, Diagnostics& diags) {
  auto not_scored = [&](std::string why) {
    gold.scored = false;
    gold.why_not_scored = std::move(why);
  };
  const std::size_t comment = text.find("/*");
  if (comment == kNpos) return not_scored("no /* comment */ with the expected events");
  std::size_t open = text.find('{', comment + 2);
  if (open == kNpos) return not_scored("no {...} block of expected events");
  if (text.find("OPTION:", open) != kNpos) {
    for (std::size_t at = text.find("OPTION:", open); at != kNpos; at = text.find("OPTION:", at + 7)) {
      std::size_t end = text.find_first_of("}", at);
      const std::size_t close = text.find("*/", at);
      if (end == kNpos || (close != kNpos && close < end)) end = close;
      gold.options.emplace_back(Trim(text.substr(at + 7, end == kNpos ? kNpos : end - at - 7)));
    }
    return not_scored("a control record (OPTION:)");
  }
  if (open > 0 && text[open - 1] == '-') return not_scored("TABARI does not check it (\"-{\")");
  for (; open != kNpos; open = text.find('{', open + 1)) {
    if (open > 0 && text[open - 1] == '-') break;  // not checked from here on
    const std::size_t close = text.find('}', open);
    if (close == kNpos) {
      diags.Add(Severity::kWarning, SourceLocation{file, gold.line, 0}, "'{' without '}' in the expected events");
      return not_scored("a '{' without '}'");
    }
    const std::string_view block = Trim(text.substr(open + 1, close - open - 1));
    if (block == "---" || block == "###" || block == "+++") {
      if (block == "---") gold.noevents = true;
      if (block == "###") gold.error = "discard";
      if (block == "+++") gold.error = "complex";
      open = close;
      continue;
    }
    Triple t;
    std::string_view rest = block;
    std::string* fields[3] = {&t.source, &t.target, &t.code};
    bool ok = true;
    for (int f = 0; f < 3; ++f) {
      const std::size_t slash = f < 2 ? rest.find('/') : kNpos;
      if (f < 2 && slash == kNpos) {
        ok = false;
        break;
      }
      fields[f]->assign(Trim(rest.substr(0, slash)));
      rest = slash == kNpos ? std::string_view() : rest.substr(slash + 1);
    }
    if (!ok || t.source.empty() || t.target.empty() || t.code.empty()) {
      diags.Add(Severity::kWarning, SourceLocation{file, gold.line, 0},
                fmt::format("expected event '{{{}}}' is not SOURCE / TARGET / CODE; record not scored", block));
      return not_scored("a malformed block");
    }
    gold.events.push_back(std::move(t));
    open = close;
  }
}

}  // namespace

Result<ValidationFile> ParseTabariValidation(std::string_view text, std::string_view file_name,
                                             Diagnostics& diags) {
  ValidationFile out;
  out.file.assign(file_name);
  out.format = InputFormat::kTabariText;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t pos = 0;
  std::uint32_t number = 0;
  auto next = [&](std::string_view& line) {
    if (pos >= text.size()) return false;
    std::size_t nl = text.find('\n', pos);
    if (nl == kNpos) nl = text.size();
    line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    ++number;
    return true;
  };
  std::string_view line;
  while (next(line)) {
    if (line.empty() || line[0] < '0' || line[0] > '9') continue;
    GoldRecord gold;
    gold.line = number;
    ingest::TabariHeader header;
    std::string why;
    const bool header_ok = ingest::ParseTabariHeader(line, header, why);
    const std::size_t begin = pos;
    std::size_t end = pos;
    std::string_view body;
    while (next(body) && !Blank(body)) end = pos;
    if (!header_ok) continue;  // the reader reports it; it delivers no document to score
    gold.id = header.id;
    gold.date = header.date;
    const std::size_t dash = gold.id.rfind('-');
    gold.category = dash == std::string::npos || dash == 0 ? gold.id : gold.id.substr(0, dash);
    gold.has_text = end > begin;
    ReadBlocks(text.substr(begin, end - begin), gold, out.file, diags);
    out.records.push_back(std::move(gold));
  }
  if (out.records.empty()) {
    return Status(StatusCode::kInvalidInput, "no TABARI records (a line \"YYMMDD ID\" before the text)",
                  SourceLocation{out.file, 0, 0});
  }
  return out;
}

}  // namespace readout::validate
