// The event-noun reader (readout.nouns.txt, readout's own format).
//
//   AIR_STRIKE [195] ON AGAINST
//   VISIT [042:043] TO
//   TALKS_ [040:040] WITH
//
// One entry per line: the noun phrase (words joined by '_'), its CAMEO code
// in brackets, then the words that introduce the target. The phrase's words
// are consecutive however they are separated. Its last word gets a
// generated regular plural (inflect.h) unless the phrase ends in '_': TALKS_
// is already plural, and a plural like TALKSES would be noise. Comments are
// those of every dictionary (source_lines.h).
//
// A line without a code or without a target word says nothing the coder
// could use, so it is skipped with a warning rather than guessed at.
#include "dict/inflect.h"
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

constexpr std::size_t kNpos = std::string_view::npos;

bool IsWordChar(char c) { return internal::IsLetter(c) || c == '-' || c == '\''; }

}  // namespace

NounDictionary ParseNouns(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  NounDictionary dict;
  dict.file.assign(file_name);
  Reporter reporter(text, file_name, diags);
  LineReader lines(text, reporter);
  SourceLine line;
  while (lines.Next(line)) {
    const std::string_view t = Trim(line.text);
    auto warn = [&](std::string_view at, std::string message) {
      reporter.Warn(line.number, line.ColumnOf(at), std::move(message));
    };
    const std::size_t open = t.find('[');
    if (open == kNpos) {
      warn(t, "event noun without a [CODE]; line skipped");
      continue;
    }
    EventNoun noun;
    noun.line = line.number;
    Phrase phrase;
    if (!internal::ParsePhrase(t.substr(0, open), PhraseGaps::kAllAdjacent, line.number, phrase)) {
      warn(t, "[CODE] without a noun before it; line skipped");
      continue;
    }
    std::string_view inner, rest;
    if (!internal::SplitBracket(t.substr(open), inner, rest)) {
      warn(t.substr(open), "missing ']'; line skipped");
      continue;
    }
    std::string why;
    if (!internal::ParseEventCode(Trim(inner), noun.code, why)) {
      warn(t.substr(open), "bad event code: " + why + "; line skipped");
      continue;
    }
    bool bad_word = false;
    rest = Trim(rest);
    while (!rest.empty() && !bad_word) {
      std::size_t end = 0;
      while (end < rest.size() && !internal::IsBlank(rest[end])) ++end;
      const std::string_view word = rest.substr(0, end);
      for (const char c : word) {
        if (!IsWordChar(c)) {
          warn(word, "a target word must be letters (\"ON\", \"AGAINST\"); line skipped");
          bad_word = true;
          break;
        }
      }
      noun.target_words.push_back(internal::Upper(word));
      rest = Trim(rest.substr(end));
    }
    if (bad_word) continue;
    if (noun.target_words.empty()) {
      warn(t, "event noun without a target word (\"ON\", \"TO\", \"WITH\"); line skipped");
      continue;
    }
    const bool plural = phrase.stem;  // no trailing '_'
    phrase.stem = false;
    noun.phrases.push_back(phrase);
    if (plural) {
      Phrase many = phrase;
      many.words.back() = internal::PluralOf(phrase.words.back());
      many.generated = true;
      noun.phrases.push_back(std::move(many));
    }
    dict.nouns.push_back(std::move(noun));
  }
  return dict;
}

std::size_t NounDictionary::phrase_count() const {
  std::size_t n = 0;
  for (const EventNoun& noun : nouns) n += noun.phrases.size();
  return n;
}

}  // namespace readout::dict
