#include <algorithm>
#include <string_view>

#include "text/segment.h"

namespace readout::text {
namespace {

struct Line {
  std::uint32_t begin, end;  // without the '\n'
  bool blank;
};

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

bool EndsLikeSentence(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty()) return false;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ':' || c == ')';
}

// Hard-wrapped text (an e-mail, a wire story at 72 columns, a PETRARCH
// record) has many lines of similar, modest length that run on into the
// next line without ending a sentence. One-paragraph-per-line text (the
// usual scrape) has long lines that end with punctuation.
bool LooksHardWrapped(std::string_view s, const std::vector<Line>& lines) {
  std::size_t nonblank = 0, short_lines = 0, junctions = 0, running_on = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    if (l.blank) continue;
    ++nonblank;
    if (l.end - l.begin <= 100) ++short_lines;
    const bool next_nonblank = k + 1 < lines.size() && !lines[k + 1].blank;
    if (!next_nonblank) continue;
    ++junctions;
    if (!EndsLikeSentence(s.substr(l.begin, l.end - l.begin))) ++running_on;
  }
  // Most lines short, and at least two thirds of the line breaks inside a
  // block fall mid-sentence (a lone headline line does not make a wrap).
  return short_lines * 10 >= nonblank * 8 && running_on >= 1 && running_on * 3 >= junctions * 2;
}

}  // namespace

void FindParagraphs(std::string_view s, std::uint32_t begin, std::uint32_t end,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& out) {
  std::vector<Line> lines;
  for (std::uint32_t i = begin; i < end;) {
    std::uint32_t j = i;
    while (j < end && s[j] != '\n') ++j;
    lines.push_back({i, j, IsBlank(s.substr(i, j - i))});
    i = j + 1;
  }
  const bool wrapped = LooksHardWrapped(s, lines);
  std::uint32_t para_begin = 0;
  bool open = false;
  for (const Line& l : lines) {
    if (l.blank) {
      if (open) out.emplace_back(para_begin, l.begin);
      open = false;
      continue;
    }
    if (open && !wrapped) {
      out.emplace_back(para_begin, l.begin);
      open = false;
    }
    if (!open) {
      para_begin = l.begin;
      open = true;
    }
  }
  if (open) out.emplace_back(para_begin, end);
}

}  // namespace readout::text
