#include "ingest/text_layout.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/strings.h"
#include "ingest/text_markup.h"

namespace readout::ingest {
namespace {

enum class LineKind : unsigned char { kBlank, kAddress, kMarkup, kText };

struct Line {
  Span trimmed;  // the line without surrounding whitespace
  LineKind kind = LineKind::kBlank;
};

constexpr std::size_t kMaxTitleBytes = 200;

std::uint32_t U32(std::size_t n) { return static_cast<std::uint32_t>(n); }

bool IsAddressLine(std::string_view s) {
  if (!(StartsWithNoCase(s, "<http://") || StartsWithNoCase(s, "<https://")) || s.back() != '>') {
    return false;
  }
  const std::string_view inside = s.substr(1, s.size() - 2);
  return std::none_of(inside.begin(), inside.end(),
                      [](char c) { return IsAsciiSpace(c) || c == '<' || c == '>'; });
}

// Does the line end like a sentence (after closing quotes and brackets)?
bool EndsLikeSentence(std::string_view s) {
  for (;;) {
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u201D") || s.ends_with("\u2019") || s.ends_with("\u00BB")) {
      s.remove_suffix(s.ends_with("\u00BB") ? 2 : 3);
    } else {
      break;
    }
  }
  if (s.ends_with("\u2026")) return true;  // …
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

class Layout {
 public:
  Layout(Document& doc, bool detect_title) : doc_(doc), t_(doc.text), detect_title_(detect_title) {}

  void Run() {
    for (const MarkupRange& m : ScanMarkup(t_)) {
      (m.excluded ? excluded_ : masked_).push_back(m.span);
    }
    if (t_.starts_with(kUtf8Bom)) excluded_.push_back({0, U32(kUtf8Bom.size())});
    SplitLines();
    FindTitleAndUrl();
    for (const Line& line : lines_) {
      if (line.kind == LineKind::kAddress || line.kind == LineKind::kMarkup) {
        excluded_.push_back(line.trimmed);
      }
    }
    BuildContent();
  }

 private:
  void SplitLines() {
    std::size_t markup = 0;  // first excluded/masked range that may still cover a line
    std::vector<Span> all = excluded_;
    all.insert(all.end(), masked_.begin(), masked_.end());
    std::sort(all.begin(), all.end(), [](Span a, Span b) { return a.begin < b.begin; });
    std::size_t begin = 0;
    while (begin <= t_.size()) {
      std::size_t end = t_.find('\n', begin);
      if (end == std::string_view::npos) end = t_.size();
      std::size_t tb = begin;
      std::size_t te = end;
      if (tb == 0 && t_.starts_with(kUtf8Bom)) tb = std::min(kUtf8Bom.size(), te);
      while (tb < te && IsAsciiSpace(t_[tb])) ++tb;
      while (te > tb && IsAsciiSpace(t_[te - 1])) --te;
      Line line{Span{U32(tb), U32(te)}, LineKind::kText};
      const std::string_view s = t_.substr(tb, te - tb);
      if (s.empty()) {
        line.kind = LineKind::kBlank;
      } else if (IsAddressLine(s)) {
        line.kind = LineKind::kAddress;
      } else if (CoveredByMarkup(all, &markup, tb, te)) {
        line.kind = LineKind::kMarkup;
      }
      lines_.push_back(line);
      if (end == t_.size()) break;
      begin = end + 1;
    }
  }

  // True when every non-space byte of [b, e) lies in a markup range.
  bool CoveredByMarkup(const std::vector<Span>& ranges, std::size_t* first, std::size_t b,
                       std::size_t e) const {
    while (*first < ranges.size() && ranges[*first].end <= b) ++*first;
    std::size_t r = *first;
    std::size_t pos = b;
    while (pos < e) {
      if (IsAsciiSpace(t_[pos])) {
        ++pos;
        continue;
      }
      while (r < ranges.size() && ranges[r].end <= pos) ++r;
      if (r < ranges.size() && ranges[r].begin <= pos) {
        pos = ranges[r].end;
        continue;
      }
      return false;
    }
    return true;
  }

  void FindTitleAndUrl() {
    std::size_t i = 0;
    while (i < lines_.size() &&
           (lines_[i].kind == LineKind::kBlank || lines_[i].kind == LineKind::kMarkup)) {
      ++i;
    }
    if (detect_title_ && i < lines_.size() && lines_[i].kind == LineKind::kText && IsTitle(i)) {
      doc_.title_span = lines_[i].trimmed;
      doc_.title = TitleText(lines_[i].trimmed);
      excluded_.push_back(lines_[i].trimmed);
      ++i;
    }
    // The page address written above the article (before its first line).
    for (; i < lines_.size() && lines_[i].kind != LineKind::kText; ++i) {
      if (lines_[i].kind == LineKind::kAddress && doc_.url.empty()) {
        const Span s = lines_[i].trimmed;
        doc_.url.assign(t_.substr(s.begin + 1, s.size() - 2));
      }
    }
  }

  bool IsTitle(std::size_t i) const {
    const std::string_view s = doc_.slice(lines_[i].trimmed);
    if (s.size() >= kMaxTitleBytes || !HasLetter(s) || EndsLikeSentence(s)) return false;
    if (i + 1 >= lines_.size()) return false;
    const LineKind next = lines_[i + 1].kind;
    if (next != LineKind::kBlank && next != LineKind::kAddress) return false;
    // A title heads something: there must be text after it.
    return std::any_of(lines_.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines_.end(),
                       [](const Line& l) { return l.kind == LineKind::kText; });
  }

  // The title line without any inline tags in it.
  std::string TitleText(Span line) const {
    std::string out;
    std::size_t pos = line.begin;
    for (const Span m : masked_) {
      if (m.begin < line.begin || m.end > line.end) continue;
      out.append(t_.substr(pos, m.begin - pos));
      pos = m.end;
    }
    out.append(t_.substr(pos, line.end - pos));
    return out;
  }

  void BuildContent() {
    std::sort(excluded_.begin(), excluded_.end(), [](Span a, Span b) { return a.begin < b.begin; });
    std::sort(masked_.begin(), masked_.end(), [](Span a, Span b) { return a.begin < b.begin; });
    std::size_t pos = 0;
    for (const Span x : excluded_) {
      if (x.begin > pos) AddPiece(pos, x.begin);
      pos = std::max<std::size_t>(pos, x.end);
    }
    if (pos < t_.size()) AddPiece(pos, t_.size());
  }

  // Adds [b, e) as content after trimming whitespace and masked tags at
  // both ends, with the masked tags inside it.
  void AddPiece(std::size_t b, std::size_t e) {
    auto masked_at = [&](std::size_t pos) {  // the masked range starting at pos, if any
      const auto it = std::lower_bound(masked_.begin(), masked_.end(), pos,
                                       [](Span m, std::size_t p) { return m.begin < p; });
      return (it != masked_.end() && it->begin == pos) ? it : masked_.end();
    };
    auto masked_ending = [&](std::size_t pos) {  // the masked range ending at pos, if any
      auto it = std::lower_bound(masked_.begin(), masked_.end(), pos,
                                 [](Span m, std::size_t p) { return m.end < p; });
      return (it != masked_.end() && it->end == pos) ? it : masked_.end();
    };
    for (;;) {
      while (b < e && IsAsciiSpace(t_[b])) ++b;
      const auto m = masked_at(b);
      if (b < e && m != masked_.end() && m->end <= e) {
        b = m->end;
        continue;
      }
      break;
    }
    for (;;) {
      while (e > b && IsAsciiSpace(t_[e - 1])) --e;
      const auto m = masked_ending(e);
      if (e > b && m != masked_.end() && m->begin >= b) {
        e = m->begin;
        continue;
      }
      break;
    }
    if (b >= e) return;
    doc_.content.push_back(Span{U32(b), U32(e)});
    const auto first = std::lower_bound(masked_.begin(), masked_.end(), b,
                                        [](Span m, std::size_t p) { return m.begin < p; });
    for (auto it = first; it != masked_.end() && it->end <= e; ++it) doc_.masked.push_back(*it);
  }

  Document& doc_;
  std::string_view t_;
  std::vector<Line> lines_;
  std::vector<Span> excluded_;
  std::vector<Span> masked_;
  bool detect_title_ = true;
};

}  // namespace

void LayOutPlainText(Document& doc, bool detect_title) {
  doc.content.clear();
  doc.masked.clear();
  Layout(doc, detect_title).Run();
}

}  // namespace readout::ingest
