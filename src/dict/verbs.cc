// The verb dictionary reader (CAMEO.2.0.txt, PETR.Validate.verbs.txt).
//
// A line is classified by its first non-blank character:
//   "---"  block header "--- DESCRIPTION [CODE] ---"; no code means "---"
//   '-'    pattern of the current block (patterns.h)
//   '&'    synset label; the '+' lines that follow are its members
//   '+'    after a synset label or member: a member; otherwise a multi-word
//          verb whose verb word is marked '+' ("+ASK_FOR", "WIRE_+TAP")
//   '~'    transformation (PETRARCH2; kept as tokens)
//   else   verb line "VERB {IRREGULAR FORMS} [CODE]"
// Blank and comment lines do not end a synset: only another kind of line
// does, as in PETRARCH's reader.
//
// Verb forms: with {...} the forms listed are all there is ("BAN {BANS
// BANNED}" has no BANNING), as PETRARCH documents; "{}" means no other form;
// without braces the regular -S, -ED and -ING forms of the verb word are
// generated (inflect.h). Forms may be separated by blanks or commas
// ("{+WAS_DETERMINED , +BE_DETERMINED}" occurs in CAMEO.2.0).
//
// TABARI's own verb files (CAMEO.091003.master.verbs, TABARI.Demo.verbs)
// add, as its ReadFilesClass::readVerbs reads them:
//   * multi-word verbs without a '+' ("AIR_STRIKE", "CORDON OFF_"): TABARI
//     files a verb phrase under its first word (LiteralsClass::addStart), so
//     that word is the verb. A blank there (TABARI: other words may come
//     between) is read as '_': verb forms are consecutive words here.
//   * a verb without '_' is a stem (TABARI matches it as a prefix): in a
//     file without "---" headers its verbal endings (-E, -ES, -ED, -ING,
//     -S, -D) are added to the generated forms ("RESTOR" gives RESTORE);
//   * a line "{ FORM FORM ... }" right after a verb: that verb's forms, which
//     replace the generated ones (as braces on the verb's own line do);
//   * <SYNSETS> ... </SYNSETS> around the synsets (the tags are skipped);
//   * <TIME> ... </TIME> (time shifts, "LAST_WEEK [-7]") and <ATTRIB> ...
//     </ATTRIB> (attribution phrases): read past with one note each, since
//     readout dates events and attributes speech from the text itself;
//   * the special codes [###] (discard the sentence) and [+++] (complex: set
//     the sentence aside) and the precedence marks "111!" / "023?"
//     (text_util.h, ParseEventCode).
//
// Blocks: files in the TABARI-derived style of the documentation's examples
// have no "---" headers; there a verb line that follows a block's patterns
// (or comes before any block) opens a new block named after that verb, with
// the verb's code as the block code. CAMEO.2.0 always uses headers.
#include <algorithm>

#include <fmt/format.h>

#include "dict/inflect.h"
#include "dict/patterns.h"
#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsBlank;
using internal::LineReader;
using internal::PhraseGaps;
using internal::Reporter;
using internal::SourceLine;
using internal::StartsWith;
using internal::Trim;
using internal::TrimLeft;
using internal::Upper;

constexpr std::size_t kNpos = std::string_view::npos;

class VerbReader {
 public:
  VerbReader(std::string_view text, std::string_view file, Diagnostics& diags)
      : text_(text), reporter_(text, file, diags) {
    dict_.file.assign(file);
  }

  VerbDictionary Read() {
    LineReader lines(text_, reporter_);
    SourceLine line;
    while (lines.Next(line)) {
      line_ = &line;
      const bool after_verb = last_was_verb_;
      last_was_verb_ = false;
      const std::string_view t = Trim(line.text);
      if (t[0] == '<' && SectionTag(t)) continue;
      if (section_ != Section::kNone) {
        ++section_entries_;
        continue;
      }
      if (StartsWith(t, "---")) {
        Header(t);
        synset_ = kNone;
      } else if (t[0] == '-') {
        PatternLine(t);
        synset_ = kNone;
      } else if (t[0] == '&') {
        SynsetLabel(t);
      } else if (t[0] == '+' && synset_ != kNone) {
        Member(t);
      } else if (t[0] == '{') {
        synset_ = kNone;
        last_was_verb_ = after_verb;
        FormsLine(t);
        last_was_verb_ = false;
      } else {
        synset_ = kNone;
        if (t[0] == '~') {
          TransformationLine(t);
        } else {
          VerbLine(t);
        }
      }
    }
    if (section_ != Section::kNone) {
      reporter_.Warn(section_line_, kNpos, "TABARI section is never closed; the rest of the file was skipped");
    }
    internal::ResolvePatternSynsets(dict_, reporter_);
    return std::move(dict_);
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  enum class Section : std::uint8_t { kNone, kTime, kAttrib };

  // TABARI's section tags. True if `t` is one (and has been dealt with).
  bool SectionTag(std::string_view t) {
    const std::string tag = Upper(t);
    const bool close = StartsWith(tag, "</");
    const std::string_view name = std::string_view(tag).substr(close ? 2 : 1);
    if (StartsWith(name, "SYN")) {
      synset_ = kNone;
      return true;
    }
    const Section section = StartsWith(name, "TIME")     ? Section::kTime
                            : StartsWith(name, "ATTRIB") ? Section::kAttrib
                                                         : Section::kNone;
    if (section == Section::kNone) return false;
    synset_ = kNone;
    if (!close) {
      section_ = section;
      section_line_ = line_->number;
      section_entries_ = 0;
      return true;
    }
    if (section_ != section) {
      Warn(t, "closing tag without its opening tag; line skipped");
      return true;
    }
    reporter_.Report(
        Severity::kNote, section_line_, kNpos,
        fmt::format("TABARI {} section ({} lines) not used: readout {}", section == Section::kTime ? "<TIME>" : "<ATTRIB>",
                    section_entries_,
                    section == Section::kTime ? "dates events from the text itself"
                                              : "finds who said what from the text itself"));
    section_ = Section::kNone;
    return true;
  }

  // "{ ACTING_ ACTED_ }" on the line after a verb (TABARI): its forms.
  void FormsLine(std::string_view t) {
    if (dict_.blocks.empty() || dict_.blocks.back().verbs.empty() || !last_was_verb_) {
      return Warn(t, "verb forms '{...}' not right after a verb; line skipped");
    }
    const std::size_t close = t.find('}');
    if (close == kNpos) return Warn(t, "missing '}'; line skipped");
    if (!Trim(t.substr(close + 1)).empty()) return Warn(TrimLeft(t.substr(close + 1)), "text after '}'; line skipped");
    Verb& verb = dict_.blocks.back().verbs.back();
    verb.forms.erase(std::remove_if(verb.forms.begin() + 1, verb.forms.end(),
                                    [](const VerbForm& f) { return f.phrase.generated; }),
                     verb.forms.end());
    AddForms(t.substr(1, close - 1), verb);
  }

  // Forms separated by blanks or commas, added to `verb`.
  void AddForms(std::string_view forms, Verb& verb) {
    // Copied, not referenced: adding forms moves verb.forms.
    const std::size_t words = verb.forms[0].phrase.words.size();
    const bool marked = verb.forms[0].marked;
    std::string why;
    std::size_t i = 0;
    while (i < forms.size()) {
      if (IsBlank(forms[i]) || forms[i] == ',') {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < forms.size() && !IsBlank(forms[j]) && forms[j] != ',') ++j;
      const std::string_view text = forms.substr(i, j - i);
      i = j;
      VerbForm other;
      if (!ParseForm(text, other, why)) {
        Warn(text, why + "; form skipped");
      } else if (words > 1 && other.phrase.words.size() == 1 && marked) {
        // PETRARCH's "+BREAK_DOWN" wants multi-word forms; TABARI's
        // phrases without '+' list single-word forms of their first word.
        Warn(text, "a form of a multi-word verb must be multi-word too (A_+B); form skipped");
      } else {
        verb.forms.push_back(std::move(other));
      }
    }
  }

  void Warn(std::string_view at, std::string message) {
    reporter_.Warn(line_->number, line_->ColumnOf(at), std::move(message));
  }

  void Header(std::string_view t) {
    saw_header_ = true;
    // "---  DISGRACE   [110]---  ---" occurs: strip dashes and blanks alike.
    std::string_view s = t;
    while (!s.empty() && (s.front() == '-' || IsBlank(s.front()))) s.remove_prefix(1);
    while (!s.empty() && (s.back() == '-' || IsBlank(s.back()))) s.remove_suffix(1);
    VerbBlock block;
    block.line = line_->number;
    block.code.forward = "---";
    const std::size_t open = s.find('[');
    if (open != kNpos) {
      std::string_view inner, rest;
      std::string why;
      if (!internal::SplitBracket(s.substr(open), inner, rest)) {
        Warn(s.substr(open), "missing ']' in block header; block code taken as [---]");
      } else if (!internal::ParseEventCode(inner, block.code, why)) {
        block.code = EventCode{"---", "", false};
        Warn(s.substr(open), why + "; block code taken as [---]");
      } else if (!Trim(rest).empty()) {
        Warn(TrimLeft(rest), "text after the block code ignored");
      }
      s = s.substr(0, open);
    }
    block.description.assign(Trim(s));
    if (block.description.empty()) Warn(t, "block header has no description");
    dict_.blocks.push_back(std::move(block));
  }

  void SynsetLabel(std::string_view t) {
    std::size_t end = 1;
    while (end < t.size() && !IsBlank(t[end])) ++end;
    std::string_view name = t.substr(1, end - 1);
    if (!Trim(t.substr(end)).empty()) Warn(TrimLeft(t.substr(end)), "text after the synset label ignored");
    bool no_plurals = false;
    while (!name.empty() && name.back() == '_') {
      name.remove_suffix(1);
      no_plurals = true;
    }
    if (name.empty()) {
      Warn(t, "'&' without a synset name; line skipped");
      synset_ = kNone;
      return;
    }
    const std::string upper = Upper(name);
    for (std::size_t i = 0; i < dict_.synsets.size(); ++i) {
      if (dict_.synsets[i].name == upper) {
        Warn(t, fmt::format("synset &{} was already defined at line {}; the members are merged", upper,
                            dict_.synsets[i].line));
        synset_ = i;
        return;
      }
    }
    Synset synset;
    synset.name = upper;
    synset.no_plurals = no_plurals;
    synset.line = line_->number;
    dict_.synsets.push_back(std::move(synset));
    synset_ = dict_.synsets.size() - 1;
  }

  void Member(std::string_view t) {
    Synset& synset = dict_.synsets[synset_];
    const std::string_view body = Trim(t.substr(1));
    SynsetMember member;
    member.phrase.line = line_->number;
    if (!body.empty() && body[0] == '&') {
      std::string_view name = body.substr(1);
      while (!name.empty() && name.back() == '_') name.remove_suffix(1);
      if (name.empty() || name.find_first_of(" \t") != kNpos) {
        Warn(body, "malformed nested synset; member skipped");
        return;
      }
      member.synset = Upper(name);
      synset.members.push_back(std::move(member));
      return;
    }
    if (body.find_first_of("[]{}()*$%^&") != kNpos) {
      Warn(body.substr(body.find_first_of("[]{}()*$%^&"), 1),
           "synset members are plain words; member skipped");
      return;
    }
    if (!internal::ParsePhrase(body, PhraseGaps::kAllAdjacent, line_->number, member.phrase)) {
      Warn(t, "empty synset member; line skipped");
      return;
    }
    const bool plural = !synset.no_plurals && member.phrase.stem;
    synset.members.push_back(member);
    if (plural) {
      member.phrase.words.back() = internal::PluralOf(member.phrase.words.back());
      member.phrase.generated = true;
      synset.members.push_back(std::move(member));
    }
  }

  // "SAY", "+ASK_FOR", "WIRE_+TAP", "RE_+ARREST"; TABARI's "AIR_STRIKE" and
  // "CORDON OFF_" (no '+': the first word is the verb).
  bool ParseForm(std::string_view text, VerbForm& form, std::string& why) {
    form = VerbForm{};
    form.phrase.line = line_->number;
    int plus = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find_first_of("_ \t", start);
      if (end == kNpos) end = text.size();
      std::string_view part = text.substr(start, end - start);
      start = end + 1;
      if (part.empty()) continue;
      if (part[0] == '+') {
        ++plus;
        form.head = static_cast<std::uint8_t>(form.phrase.words.size());
        part.remove_prefix(1);
      }
      if (part.empty() || part.find_first_of("+{}[]()*&$%^") != kNpos) {
        why = fmt::format("malformed verb '{}'", text);
        return false;
      }
      if (form.phrase.words.size() == 255) {
        why = "verb has too many words";
        return false;
      }
      if (!form.phrase.words.empty()) form.phrase.gaps.push_back(Gap::kAdjacent);
      form.phrase.words.push_back(Upper(part));
    }
    if (form.phrase.words.empty()) {
      why = "empty verb";
      return false;
    }
    if (plus > 1) {
      why = fmt::format("multi-word verb '{}' has more than one '+'", text);
      return false;
    }
    form.marked = plus == 1;
    return true;
  }

  void VerbLine(std::string_view t) {
    std::string_view s = t;
    Verb verb;
    verb.line = line_->number;
    const std::size_t open = s.find('[');
    if (open != kNpos) {
      std::string_view inner, rest;
      std::string why;
      if (!internal::SplitBracket(s.substr(open), inner, rest)) {
        return Warn(s.substr(open), "missing ']'; line skipped");
      }
      if (!Trim(rest).empty()) return Warn(TrimLeft(rest), "text after the code; line skipped");
      if (!internal::ParseEventCode(inner, verb.code, why)) return Warn(s.substr(open), why + "; line skipped");
      verb.own_code = true;
      s = s.substr(0, open);
    }
    std::string_view forms;
    bool has_forms = false;
    const std::size_t brace = s.find('{');
    if (brace != kNpos) {
      const std::size_t close = s.find('}', brace);
      if (close == kNpos) return Warn(s.substr(brace), "missing '}'; line skipped");
      if (!Trim(s.substr(close + 1)).empty()) {
        return Warn(TrimLeft(s.substr(close + 1)), "text after '}'; line skipped");
      }
      forms = s.substr(brace + 1, close - brace - 1);
      has_forms = true;
      s = s.substr(0, brace);
    }
    const std::string_view base = Trim(s);
    if (base.empty()) return Warn(t, "verb line without a verb; line skipped");
    VerbForm form;
    std::string why;
    if (!ParseForm(base, form, why)) return Warn(base, why + "; line skipped");
    verb.forms.push_back(form);
    if (has_forms) {
      AddForms(forms, verb);
    } else {
      const internal::VerbInflections f = internal::InflectVerb(form.phrase.words[form.head]);
      std::vector<std::string> words{f.s, f.ed, f.ing};
      if (!saw_header_ && form.phrase.words.size() == 1 && base.back() != '_') {
        // A TABARI verb without '_' is a stem: TABARI matches every word
        // that starts with it ("RESTOR" codes RESTORE, RESTORED,
        // RESTORING). Its verbal endings stand in for that prefix match.
        const std::string& stem = form.phrase.words[0];
        for (std::string_view ending : {"E", "ES", "ED", "ING", "S", "D", "ING"}) {
          words.push_back(stem + std::string(ending));
        }
      }
      for (const std::string& w : words) {
        const bool known = std::any_of(verb.forms.begin(), verb.forms.end(),
                                       [&](const VerbForm& v) { return v.phrase.words[form.head] == w; });
        if (known) continue;
        VerbForm generated = form;
        generated.phrase.words[form.head] = w;
        generated.phrase.generated = true;
        verb.forms.push_back(std::move(generated));
      }
    }
    if (dict_.blocks.empty() || !dict_.blocks.back().patterns.empty()) {
      VerbBlock block;
      block.description = form.phrase.ToString();
      block.code = verb.own_code ? verb.code : EventCode{"---", "", false};
      block.line = line_->number;
      dict_.blocks.push_back(std::move(block));
    }
    VerbBlock& block = dict_.blocks.back();
    if (!verb.own_code) verb.code = block.code;
    block.verbs.push_back(std::move(verb));
    last_was_verb_ = true;
  }

  void PatternLine(std::string_view t) {
    if (dict_.blocks.empty()) return Warn(t, "pattern before any verb block; line skipped");
    internal::PatternProblem problem;
    if (!internal::ParsePattern(t.substr(1), line_->number, dict_.blocks.back().patterns, problem)) {
      Warn(problem.at, problem.message + "; pattern skipped");
    }
  }

  // "~ a (a b ATTACK) SAY = a b 015"
  void TransformationLine(std::string_view t) {
    const std::size_t eq = t.find('=');
    if (eq == kNpos) return Warn(t, "transformation without '='; line skipped");
    Transformation tr;
    tr.line = line_->number;
    auto split = [](std::string_view s, std::vector<std::string>& out) {
      std::size_t i = 0;
      while (i < s.size()) {
        if (IsBlank(s[i])) {
          ++i;
        } else if (s[i] == '(' || s[i] == ')') {
          out.emplace_back(1, s[i++]);
        } else {
          std::size_t j = i;
          while (j < s.size() && !IsBlank(s[j]) && s[j] != '(' && s[j] != ')') ++j;
          out.emplace_back(s.substr(i, j - i));
          i = j;
        }
      }
    };
    split(t.substr(1, eq - 1), tr.lhs);
    split(t.substr(eq + 1), tr.rhs);
    if (tr.lhs.empty() || tr.rhs.empty()) return Warn(t, "transformation with an empty side; line skipped");
    dict_.transformations.push_back(std::move(tr));
  }

  std::string_view text_;
  Reporter reporter_;
  VerbDictionary dict_;
  const SourceLine* line_ = nullptr;
  std::size_t synset_ = kNone;
  bool last_was_verb_ = false;  // the previous line was a verb line
  bool saw_header_ = false;     // a "---" block header: PETRARCH's style, not TABARI's
  Section section_ = Section::kNone;
  std::uint32_t section_line_ = 0;
  std::size_t section_entries_ = 0;
};

}  // namespace

VerbDictionary ParseVerbs(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  return VerbReader(text, file_name, diags).Read();
}

const Synset* VerbDictionary::FindSynset(std::string_view name) const {
  for (const Synset& s : synsets) {
    if (EqualsIgnoreCase(s.name, name)) return &s;
  }
  return nullptr;
}

std::size_t VerbDictionary::verb_count() const {
  std::size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.verbs.size();
  return n;
}

std::size_t VerbDictionary::form_count() const {
  std::size_t n = 0;
  for (const VerbBlock& b : blocks) {
    for (const Verb& v : b.verbs) n += v.forms.size();
  }
  return n;
}

std::size_t VerbDictionary::pattern_count() const {
  std::size_t n = 0;
  for (const VerbBlock& b : blocks) n += b.patterns.size();
  return n;
}

}  // namespace readout::dict
