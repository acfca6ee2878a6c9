// The actor dictionary reader (Phoenix.*.actors.txt, PETR.Validate.actors.txt).
//
// A record is a primary phrase with optional codes, '+' synonym lines and
// date restriction lines ("\t[CODE <date]", "\t[CODE >date]", "\t[CODE
// from-to]", "\t[CODE]"). Any line whose first non-blank is '[' is a
// restriction; a tab is what the format asks for, but blanks or none are read
// the same way.
//
// Choices, and the quirks of the real files they answer:
//  * Several bracket groups on one line are all read ("JAVIER_DE_CUELLAR_
//    [IGOUNO 820101-911231] [ELI]"). PETRARCH keeps only the last and folds
//    the others into the phrase as words.
//  * Codes on a synonym line belong to the record, like those of the primary.
//  * The first undated code is the default; a second one ("[IGOUNOMED]
//    [---]") is ignored with a warning.
//  * Which code is in force (Actor::CodeOn): the first dated code in file
//    order that covers the date, else the default. Ends are inclusive, as the
//    documentation says ("or equal to"). First-match is TABARI's rule and the
//    one PETR.Validate.actors.txt tests ("[ORCHOB 20100109-20100112] # This
//    should override the next restriction"); PETRARCH2's check_date lets the
//    last match win and treats ranges as half-open.
//  * "[CODE date]" without '<', '>' or a range ("[MNEGOV 20121204]",
//    "[USAGOV 19820101] # entered Foreign Service") is read as ">date", which
//    is what its context means; PETRARCH computes garbage for it. Warned.
//  * Dates are read as TABARI reads them (text_util.h, ParseDate): YYMMDD
//    years 00-29 are 20YY, day 31 ends any month ("[BGDGOV 070301-080231]"
//    runs to 2 March 2008, as TABARI's day count makes it). A YYMMDD range
//    whose start would fall after its end starts a century earlier
//    ("[AFGELI 270101-730717]" is 1927-1973); TABARI's own pivot makes it
//    2027-1973, which never applies.
//  * Dates that are neither 6 nor 8 digits ("9008223", "201005011",
//    "1920030320") or past day 31 or month 12: the restriction is skipped.
//  * TABARI's special codes are codes: [###] (an actor whose sentences are
//    discarded), [+++] (complex: set aside), [---] (null), dated or not.
//  * '<' and '>' include their date, as PETRARCH documents; TABARI's
//    nextActorCode compares strictly (one day's difference at the edge).
//  * A '+' that starts a word inside a phrase ("+TAIOAN_ +TAWIAN_",
//    "...AL_ISLAMI+_ISLAMIC_ADEN_ARMY_") is two synonyms run together: read
//    as two, warned. A '+' inside a word ("B+H_OCEAN_CARRIERS_") is kept.
//  * An actor with no code at all is kept (it codes as the null code) with a
//    note: 41 of them in the Phoenix files, nearly all synonyms that lost
//    their '+' ("LEONID_BREZHNEV_" then "LEONID_ILYICH_BREZHNEV").
//  * TABARI's <NOUN> and <ADJECTIVE> sections list words its parser takes
//    as nouns and adjectives: they are kept apart (ActorDictionary::nouns,
//    ::adjectives), never read as actors without a code.
//  * An indented phrase ("\tJOHN_MCCLOY_ [...]") starts a new record, as in
//    PETRARCH, with a warning since a missing '+' is as likely.
#include <fmt/format.h>

#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::IsBlank;
using internal::IsDigit;
using internal::LineReader;
using internal::PhraseGaps;
using internal::Reporter;
using internal::SourceLine;
using internal::StartsWith;
using internal::Trim;
using internal::TrimLeft;

constexpr std::size_t kNpos = std::string_view::npos;

// A '+' that starts a new phrase inside phrase text: after a blank, or
// before '_' or a blank.
std::size_t FindRunTogether(std::string_view s) {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] != '+') continue;
    const bool after_blank = IsBlank(s[i - 1]);
    const bool before_sep = i + 1 == s.size() || s[i + 1] == '_' || IsBlank(s[i + 1]);
    if (after_blank || before_sep) return i;
  }
  return kNpos;
}

class ActorReader {
 public:
  ActorReader(std::string_view text, std::string_view file, Diagnostics& diags)
      : text_(text), reporter_(text, file, diags) {
    dict_.file.assign(file);
  }

  ActorDictionary Read() {
    LineReader lines(text_, reporter_);
    SourceLine line;
    while (lines.Next(line)) {
      line_ = &line;
      const std::string_view t = Trim(line.text);
      if (WordListTag(t)) continue;
      if (list_ != nullptr) {
        Phrase word;
        if (internal::ParsePhrase(t, PhraseGaps::kAsWritten, line.number, word)) {
          list_->push_back(std::move(word));
        }
        continue;
      }
      if (t[0] == '[') {
        if (!open_) {
          Warn(t, "date restriction before any actor; line skipped");
        } else {
          Codes(t);
        }
      } else if (t[0] == '+') {
        if (!open_) {
          Warn(t, "synonym before any actor; line skipped");
        } else {
          PhraseAndCodes(t.substr(1));
        }
      } else {
        Finish();
        if (IsBlank(line.text[0])) {
          Warn(t, "indented phrase read as a new actor (a synonym needs '+', a date restriction '[')");
        }
        actor_ = Actor{};
        actor_.line = line.number;
        open_ = PhraseAndCodes(t);
      }
    }
    Finish();
    return std::move(dict_);
  }

 private:
  void Warn(std::string_view at, std::string message) {
    reporter_.Warn(line_->number, line_->ColumnOf(at), std::move(message));
  }

  // TABARI's <NOUN> ... </NOUN> and <ADJECTIVE> ... </ADJECTIVE> sections
  // (ReadFilesClass::readActors) list words, not actors. True if `t` opens or
  // closes one.
  bool WordListTag(std::string_view t) {
    if (t[0] != '<') return false;
    const std::string tag = internal::Upper(t);
    const bool close = StartsWith(tag, "</");
    const std::string_view name = std::string_view(tag).substr(close ? 2 : 1);
    std::vector<Phrase>* list = StartsWith(name, "NOUN") ? &dict_.nouns
                                : StartsWith(name, "ADJ") ? &dict_.adjectives
                                                          : nullptr;
    if (list == nullptr) return false;
    Finish();
    if (close && list_ != list) Warn(t, "closing tag without its opening tag");
    if (!close && list_ != nullptr) Warn(t, "word list opened inside another; the first is closed");
    list_ = close ? nullptr : list;
    return true;
  }

  void Finish() {
    if (!open_) return;
    open_ = false;
    if (actor_.default_code.empty() && actor_.dated.empty()) {
      // Legal (the null code) but, in the Phoenix files, nearly always a
      // synonym that lost its '+'.
      reporter_.Report(Severity::kNote, actor_.line, kNpos,
                       "actor has no code and always codes as null (a synonym missing its '+'?)");
    }
    dict_.actors.push_back(std::move(actor_));
  }

  // "PHRASE [CODE]..." for a primary or (without its '+') a synonym line.
  // False if there is no phrase.
  bool PhraseAndCodes(std::string_view s) {
    const std::size_t open = s.find('[');
    std::string_view phrase_text = s.substr(0, open);
    if (phrase_text.find(']') != kNpos) {
      Warn(phrase_text.substr(phrase_text.find(']'), 1), "']' without '['; line skipped");
      return false;
    }
    bool any = false;
    for (std::size_t cut = FindRunTogether(phrase_text); cut != kNpos;
         cut = FindRunTogether(phrase_text)) {
      Warn(phrase_text.substr(cut, 1), "'+' inside a phrase: read as two synonyms on one line");
      any |= AddPhrase(phrase_text.substr(0, cut));
      phrase_text = phrase_text.substr(cut + 1);
    }
    any |= AddPhrase(phrase_text);
    if (!any) {
      Warn(s, "no phrase on the line; line skipped");
      return false;
    }
    if (open != kNpos) Codes(s.substr(open));
    return true;
  }

  bool AddPhrase(std::string_view text) {
    Phrase phrase;
    if (!internal::ParsePhrase(text, PhraseGaps::kAsWritten, line_->number, phrase)) return false;
    actor_.phrases.push_back(std::move(phrase));
    return true;
  }

  // One or more "[...]" groups.
  void Codes(std::string_view s) {
    for (;;) {
      s = TrimLeft(s);
      if (s.empty()) return;
      std::string_view inner, rest;
      if (s[0] != '[') {
        // Nothing is lost (TABARI's parseLine ignores it too), but it is
        // often a comment that lost its ';' or '#': a note.
        return reporter_.Report(Severity::kNote, line_->number, line_->ColumnOf(s),
                                "text after the codes ignored");
      }
      if (!internal::SplitBracket(s, inner, rest)) return Warn(s, "missing ']'; code skipped");
      Restriction(inner, s.substr(0, inner.size() + 2));
      s = rest;
    }
  }

  void Restriction(std::string_view inner, std::string_view at) {
    inner = Trim(inner);
    std::size_t end = 0;
    while (end < inner.size() && !IsBlank(inner[end]) && inner[end] != '<' && inner[end] != '>') ++end;
    const std::string_view code = inner.substr(0, end);
    std::string_view rest = Trim(inner.substr(end));
    if (code.empty() || (IsDigit(code[0]) && code.find_first_not_of("0123456789-") == kNpos &&
                         code.size() >= 6)) {
      return Warn(at, "date restriction without a code; skipped");
    }
    if (rest.empty()) {
      if (actor_.default_code.empty()) {
        actor_.default_code.assign(code);
      } else if (actor_.default_code != code) {
        // TABARI (CodeStoreClass::nextActorCode) stops at the first undated
        // code too, so a trailing "[---]" after a default is never reached
        // there either: a note. Any other second default is more likely a
        // mistake (PETRARCH lets the last one win).
        reporter_.Report(code == "---" ? Severity::kNote : Severity::kWarning, line_->number,
                         line_->ColumnOf(at),
                         fmt::format("second undated code [{}] ignored; the default is [{}]", code,
                                     actor_.default_code));
      }
      return;
    }
    DatedCode dated;
    dated.code.assign(code);
    dated.line = line_->number;
    std::string_view first = rest, second;
    if (rest[0] == '<' || rest[0] == '>') {
      dated.kind = rest[0] == '<' ? DatedCode::Kind::kBefore : DatedCode::Kind::kAfter;
      first = Trim(rest.substr(1));
    } else if (const std::size_t dash = rest.find('-'); dash != kNpos) {
      dated.kind = DatedCode::Kind::kRange;
      first = Trim(rest.substr(0, dash));
      second = Trim(rest.substr(dash + 1));
    } else {
      dated.kind = DatedCode::Kind::kAfter;
      Warn(at, fmt::format("date without '<', '>' or a range; read as [{} >{}]", code, rest));
    }
    std::string why;
    std::int32_t date = 0;
    if (!internal::ParseDate(first, date, why)) return Warn(at, why + "; date restriction skipped");
    if (dated.kind == DatedCode::Kind::kBefore) {
      dated.to = date;
    } else {
      dated.from = date;
    }
    if (dated.kind == DatedCode::Kind::kRange) {
      if (!internal::ParseDate(second, dated.to, why)) return Warn(at, why + "; date restriction skipped");
      // "[AFGELI 270101-730717]": a two-digit start after the end is in the
      // century before (1927-1973). TABARI's pivot would make it 2027-1973, a
      // range that never applies; the only reading that gives the line a
      // meaning is the one its author plainly had.
      if (dated.to < dated.from && first.size() == 6 && dated.from - 1000000 <= dated.to) {
        dated.from -= 1000000;
      }
      if (dated.to < dated.from) return Warn(at, "date range ends before it starts; skipped");
    }
    actor_.dated.push_back(std::move(dated));
  }

  std::string_view text_;
  Reporter reporter_;
  ActorDictionary dict_;
  const SourceLine* line_ = nullptr;
  Actor actor_;
  bool open_ = false;
  std::vector<Phrase>* list_ = nullptr;  // the open TABARI word list, if any
};

}  // namespace

ActorDictionary ParseActors(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  return ActorReader(text, file_name, diags).Read();
}

bool DatedCode::Covers(std::int32_t date) const {
  switch (kind) {
    case Kind::kBefore: return date <= to;
    case Kind::kAfter: return date >= from;
    case Kind::kRange: return date >= from && date <= to;
  }
  return false;
}

std::string_view Actor::CodeOn(std::int32_t date) const {
  for (const DatedCode& d : dated) {
    if (d.Covers(date)) return d.code;
  }
  return default_code;
}

std::size_t ActorDictionary::phrase_count() const {
  std::size_t n = 0;
  for (const Actor& a : actors) n += a.phrases.size();
  return n;
}

}  // namespace readout::dict
