// The discard list reader (Phoenix.discards.txt, PETR.Validate.discards.txt).
//
// One phrase per line. A leading '+' discards the whole story, otherwise the
// sentence. The phrase is matched as a string (PETRARCH looks for " PHRASE"
// in the sentence), so its words are consecutive whether the file separates
// them with blanks or '_'. A phrase ending in '_' must end at a word
// boundary; otherwise its last word is a stem (Phrase::stem). An optional
// trailing [CODE] (TABARI kept discards in the actor file with [###]) is kept.
#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::LineReader;
using internal::PhraseGaps;
using internal::Reporter;
using internal::SourceLine;
using internal::Trim;
using internal::TrimLeft;

constexpr std::size_t kNpos = std::string_view::npos;

}  // namespace

DiscardList ParseDiscards(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  DiscardList list;
  list.file.assign(file_name);
  Reporter reporter(text, file_name, diags);
  LineReader lines(text, reporter);
  SourceLine line;
  while (lines.Next(line)) {
    std::string_view t = Trim(line.text);
    auto warn = [&](std::string_view at, const char* message) {
      reporter.Warn(line.number, line.ColumnOf(at), message);
    };
    Discard discard;
    if (t[0] == '+') {
      discard.whole_story = true;
      t = TrimLeft(t.substr(1));
    }
    const std::size_t open = t.find('[');
    if (open != kNpos) {
      std::string_view inner, rest;
      if (!internal::SplitBracket(t.substr(open), inner, rest)) {
        warn(t.substr(open), "missing ']'; line skipped");
        continue;
      }
      if (!Trim(rest).empty()) {
        warn(TrimLeft(rest), "text after the code; line skipped");
        continue;
      }
      discard.code.assign(Trim(inner));
      t = t.substr(0, open);
    }
    if (t.find(']') != kNpos) {
      warn(t.substr(t.find(']'), 1), "']' without '['; line skipped");
      continue;
    }
    if (!internal::ParsePhrase(t, PhraseGaps::kAllAdjacent, line.number, discard.phrase)) {
      warn(line.text, "discard without a phrase; line skipped");
      continue;
    }
    list.discards.push_back(std::move(discard));
  }
  return list;
}

}  // namespace readout::dict
