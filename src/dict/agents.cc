// The agent dictionary reader (Phoenix.agents.txt, PETR.Validate.agents.txt).
//
//   PHRASE {PLURAL} [~CODE]     {PLURAL} optional; "{}" means no plural
//   PHRASE [CODE~]              the code goes before the actor's
//   !MARKER! = A, B, C          a substitution set, used as CONGRESS!PERSON!
//
// Choices, and the quirks of the real files they answer:
//  * Without {...} the regular plural of the last word is generated
//    (inflect.h), also for phrases ending in '_': the Phoenix file says its
//    nouns are "stopped" with '_' and that it relies on automatic plurals.
//  * A phrase with a marker gets one phrase per item of the set and no
//    plurals, as documented; several markers multiply out. A marker with
//    letters on both sides is read literally, with a warning: in
//    Phoenix.agents.txt those are "AD!MINIST!RATION", a search-and-replace
//    accident inside ADMINISTRATION that PETRARCH leaves in the phrase.
//  * A line without a [CODE], a code without '~', or a bracket closed with
//    the wrong character ("[~MIL}") is skipped with a warning.
#include <algorithm>
#include <map>

#include <fmt/format.h>

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
using internal::TrimLeft;
using internal::Upper;

constexpr std::size_t kNpos = std::string_view::npos;
constexpr std::size_t kMaxSubstitutions = 256;

class AgentReader {
 public:
  AgentReader(std::string_view text, std::string_view file, Diagnostics& diags)
      : text_(text), reporter_(text, file, diags) {
    dict_.file.assign(file);
  }

  AgentDictionary Read() {
    LineReader lines(text_, reporter_);
    SourceLine line;
    while (lines.Next(line)) {
      line_ = &line;
      const std::string_view t = Trim(line.text);
      if (t[0] == '!' && t.find('=') != kNpos) {
        Marker(t);
      } else {
        Entry(t);
      }
    }
    return std::move(dict_);
  }

 private:
  void Warn(std::string_view at, std::string message) {
    reporter_.Warn(line_->number, line_->ColumnOf(at), std::move(message));
  }

  // "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
  void Marker(std::string_view t) {
    const std::size_t eq = t.find('=');
    const std::size_t close = t.find('!', 1);
    if (close == kNpos || close > eq || close == 1 || !Trim(t.substr(close + 1, eq - close - 1)).empty()) {
      return Warn(t, "malformed substitution set (expected !NAME! = A, B, ...); line skipped");
    }
    std::vector<std::string> items;
    std::string_view list = t.substr(eq + 1);
    while (!list.empty()) {
      const std::size_t comma = list.find(',');
      const std::string_view item = Trim(list.substr(0, comma));
      if (!item.empty()) items.push_back(Upper(item));
      if (comma == kNpos) break;
      list.remove_prefix(comma + 1);
    }
    if (items.empty()) return Warn(t, "empty substitution set; line skipped");
    for (const std::string& item : items) {
      // A marker in an item would substitute without end.
      if (item.find('!') != std::string::npos) return Warn(t, "'!' inside a substitution set; line skipped");
    }
    const std::string name = Upper(t.substr(1, close - 1));
    if (markers_.count(name) != 0) Warn(t, fmt::format("substitution set !{}! redefined", name));
    markers_[name] = std::move(items);
  }

  // Reads a marker with letters on both sides (AD!MINIST!RATION, a word
  // with '!'s around a part of it) literally.
  std::string Literalize(std::string_view s) {
    std::string out;
    std::size_t open = s.find('!');
    while (open != kNpos) {
      const std::size_t close = s.find('!', open + 1);
      if (close == kNpos) break;
      if (open > 0 && internal::IsLetter(s[open - 1]) && close + 1 < s.size() &&
          internal::IsLetter(s[close + 1])) {
        const std::size_t sep = s.find_last_of(" \t_", open);
        const std::size_t begin = sep == kNpos ? 0 : sep + 1;
        const std::size_t end = std::min(s.find_first_of(" \t_", close), s.size());
        std::string word(s.substr(begin, end - begin));
        word.erase(close - begin, 1);
        word.erase(open - begin, 1);
        Warn(s.substr(open, close - open + 1), fmt::format("marker inside the word {} read literally, as {}",
                                                           s.substr(begin, end - begin), word));
        out.append(s.substr(0, open));
        out.append(s.substr(open + 1, close - open - 1));
        s.remove_prefix(close + 1);
        open = s.find('!');
      } else {
        open = s.find('!', close + 1);
      }
    }
    out.append(s);
    return out;
  }

  // Every text that `s` stands for once its markers are substituted.
  bool Substitute(std::string_view s, std::vector<std::string>& out) {
    const std::size_t open = s.find('!');
    if (open == kNpos) {
      out.emplace_back(s);
      return true;
    }
    const std::size_t close = s.find('!', open + 1);
    if (close == kNpos) {
      Warn(s.substr(open, 1), "substitution marker is not closed with '!'; line skipped");
      return false;
    }
    const std::string_view name = s.substr(open + 1, close - open - 1);
    const auto it = markers_.find(Upper(name));
    if (it == markers_.end()) {
      Warn(s.substr(open, close - open + 1), fmt::format("substitution marker {} is not defined; line skipped",
                                                       s.substr(open, close - open + 1)));
      return false;
    }
    for (const std::string& item : it->second) {
      if (out.size() >= kMaxSubstitutions) {
        Warn(s, fmt::format("more than {} substitutions; line skipped", kMaxSubstitutions));
        return false;
      }
      std::string next(s.substr(0, open));
      next += item;
      next += s.substr(close + 1);
      if (!Substitute(next, out)) return false;
    }
    return true;
  }

  void Entry(std::string_view t) {
    const std::size_t open = t.find('[');
    if (open == kNpos) return Warn(t, "agent has no [CODE]; line skipped");
    std::string_view inner, rest;
    if (!internal::SplitBracket(t.substr(open), inner, rest)) {
      return Warn(t.substr(open), "missing ']'; line skipped");
    }
    if (!Trim(rest).empty()) Warn(TrimLeft(rest), "text after the code ignored");
    Agent agent;
    agent.line = line_->number;
    std::string_view code = Trim(inner);
    if (!code.empty() && code.front() == '~') {
      code = Trim(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      agent.placement = AgentPlacement::kBeforeActor;
      code = Trim(code.substr(0, code.size() - 1));
    } else {
      return Warn(t.substr(open), "agent code needs '~' before it ([~GOV]) or after it ([NGO~]); line skipped");
    }
    if (code.empty() || code.find_first_of(" \t~[{}") != kNpos) {
      return Warn(t.substr(open), "malformed agent code; line skipped");
    }
    agent.code.assign(code);

    std::string_view base = t.substr(0, open);
    std::string_view plural;
    bool plural_given = false;
    if (const std::size_t brace = base.find('{'); brace != kNpos) {
      const std::size_t close = base.find('}', brace);
      if (close == kNpos) return Warn(base.substr(brace), "missing '}'; line skipped");
      if (!Trim(base.substr(close + 1)).empty()) {
        return Warn(TrimLeft(base.substr(close + 1)), "text between '}' and the code; line skipped");
      }
      plural = Trim(base.substr(brace + 1, close - brace - 1));
      plural_given = true;
      base = base.substr(0, brace);
    }
    if (base.find('}') != kNpos) return Warn(base.substr(base.find('}'), 1), "'}' without '{'; line skipped");

    if (base.find('!') != kNpos) {
      std::vector<std::string> texts;
      if (!Substitute(Literalize(base), texts)) return;
      for (const std::string& text : texts) {
        Phrase phrase;
        if (!internal::ParsePhrase(text, PhraseGaps::kAsWritten, line_->number, phrase)) continue;
        phrase.generated = true;
        agent.phrases.push_back(std::move(phrase));
      }
    } else {
      Phrase phrase;
      if (internal::ParsePhrase(base, PhraseGaps::kAsWritten, line_->number, phrase)) {
        agent.phrases.push_back(phrase);
        if (!plural_given) {
          phrase.words.back() = internal::PluralOf(phrase.words.back());
          phrase.generated = true;
          agent.phrases.push_back(std::move(phrase));
        } else if (!plural.empty()) {
          if (internal::ParsePhrase(plural, PhraseGaps::kAsWritten, line_->number, phrase)) {
            agent.phrases.push_back(std::move(phrase));
          }
        }
      }
    }
    if (agent.phrases.empty()) return Warn(t, "agent has no phrase; line skipped");
    dict_.agents.push_back(std::move(agent));
  }

  std::string_view text_;
  Reporter reporter_;
  AgentDictionary dict_;
  const SourceLine* line_ = nullptr;
  std::map<std::string, std::vector<std::string>, std::less<>> markers_;
};

}  // namespace

AgentDictionary ParseAgents(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  return AgentReader(text, file_name, diags).Read();
}

std::size_t AgentDictionary::phrase_count() const {
  std::size_t n = 0;
  for (const Agent& a : agents) n += a.phrases.size();
  return n;
}

}  // namespace readout::dict
