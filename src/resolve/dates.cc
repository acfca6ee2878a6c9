// Date expressions in one sentence, resolved against the publication date.
//
// How it works: the sentence is cut into small tokens (words with an
// optional trailing period, digit runs that may hold '-' or an ordinal
// suffix, single punctuation marks), each with its byte offsets. A scan from
// left to right tries, at every token, a fixed list of patterns (ISO dates,
// month-day-year in both orders, weekdays, today/yesterday/tomorrow,
// last/this/next week|month|year, "N units ago", "in March", "in 2022"); the
// first pattern that fits consumes its tokens, so expressions never overlap.
// Each match becomes a ResolvedDate with a window of days; the caller of
// ResolveDate gets the one with the smallest window. All arithmetic is on
// day numbers (calendar.h). Sentences are short and the pattern list is
// fixed, so the cost is linear in the sentence length.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "readout/resolve.h"
#include "resolve/calendar.h"

namespace readout::resolve {
namespace {

enum class Kind : std::uint8_t { kWord, kNumber, kPunct };

struct Tok {
  std::uint32_t begin;
  std::uint32_t end;
  Kind kind;
  bool capitalized;
  std::string lower;  // lowercased, trailing period dropped
};

constexpr std::size_t kMaxTokens = 400;  // a sentence longer than this is cut

int MonthNumber(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  for (std::size_t m = 0; m < 12; ++m) {
    if (w == kFull[m] || w == kShort[m]) return static_cast<int>(m) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < kMaxTokens) {
    const char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Tok t{static_cast<std::uint32_t>(i), 0, Kind::kPunct, false, {}};
    std::size_t j = i;
    if (IsAsciiAlpha(c)) {
      t.kind = Kind::kWord;
      t.capitalized = IsAsciiUpper(c);
      while (j < s.size() && IsAsciiAlpha(s[j])) ++j;
      for (std::size_t k = i; k < j; ++k) t.lower.push_back(ToLowerAscii(s[k]));
      // A month abbreviation keeps its period ("Feb."); other words end
      // before it, so an expression never swallows the sentence's full stop.
      if (j < s.size() && s[j] == '.' && t.lower.size() <= 4 && MonthNumber(t.lower) != 0) ++j;
    } else if (IsAsciiDigit(c)) {
      t.kind = Kind::kNumber;
      while (j < s.size() && (IsAsciiDigit(s[j]) ||
                              (s[j] == '-' && j + 1 < s.size() && IsAsciiDigit(s[j + 1])))) {
        ++j;
      }
      t.lower.assign(s.substr(i, j - i));
      // Ordinal suffix: 21st, 2nd, 3rd, 24th.
      if (j + 1 < s.size() && IsAsciiAlpha(s[j]) && IsAsciiAlpha(s[j + 1]) &&
          (j + 2 >= s.size() || !IsAsciiAlpha(s[j + 2]))) {
        const char a = ToLowerAscii(s[j]);
        const char b = ToLowerAscii(s[j + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
          j += 2;
        }
      }
    } else {
      j = i + 1;
      // Skip a whole UTF-8 sequence as one punctuation token.
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
      t.lower.assign(s.substr(i, j - i));
    }
    t.end = static_cast<std::uint32_t>(j);
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

int WeekdayNumber(std::string_view w) {  // 0 = Monday
  static constexpr std::array<std::string_view, 7> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::size_t d = 0; d < 7; ++d) {
    if (w == kNames[d]) return static_cast<int>(d);
  }
  return -1;
}

// "a", "one" .. "twenty", "a few"-less; digits. 0 when not a count.
int CountWord(const Tok& t) {
  if (t.kind == Kind::kNumber) {
    if (t.lower.size() > 3 || t.lower.find('-') != std::string::npos) return 0;
    int v = 0;
    for (char c : t.lower) {
      if (!IsAsciiDigit(c)) return 0;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  static constexpr std::array<std::string_view, 21> kWords = {
      "zero", "one",    "two",    "three",    "four",     "five",    "six",
      "seven", "eight", "nine",   "ten",      "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  if (t.lower == "a" || t.lower == "an") return 1;
  for (std::size_t n = 1; n < kWords.size(); ++n) {
    if (t.lower == kWords[n]) return static_cast<int>(n);
  }
  return 0;
}

// Day of month from "24", "24th"; 0 when not one.
int DayNumber(const Tok& t) {
  if (t.kind != Kind::kNumber) return 0;
  int v = 0;
  std::size_t digits = 0;
  for (char c : t.lower) {
    if (!IsAsciiDigit(c)) break;
    if (++digits > 2) return 0;  // before v overflows on "999999999999999999999"
    v = v * 10 + (c - '0');
  }
  if (digits == 0) return 0;
  // Only digits, or digits plus an ordinal suffix (already lowercased text
  // holds only the digits; the suffix is in the token's byte range).
  return v >= 1 && v <= 31 ? v : 0;
}

// A four-digit year 1000..2999 with nothing else in the token.
int YearNumber(const Tok& t, std::string_view s) {
  if (t.kind != Kind::kNumber || t.end - t.begin != 4) return 0;
  const std::string_view w = s.substr(t.begin, 4);
  int v = 0;
  for (char c : w) {
    if (!IsAsciiDigit(c)) return 0;
    v = v * 10 + (c - '0');
  }
  return v >= 1000 && v <= 2999 ? v : 0;
}

class Matcher {
 public:
  Matcher(std::string_view text, std::optional<CivilDate> pub, const DateOptions& options)
      : s_(text), toks_(Tokenize(text)), pub_(pub), options_(options) {
    if (pub_) pub_days_ = DaysFromCivil(*pub_);
  }

  std::vector<ResolvedDate> Run() {
    std::vector<ResolvedDate> out;
    std::size_t i = 0;
    while (i < toks_.size()) {
      std::size_t end = 0;
      ResolvedDate r;
      if (TryAt(i, &r, &end)) {
        r.begin = toks_[i].begin;
        r.end = toks_[end - 1].end;
        out.push_back(std::move(r));
        i = end;
      } else {
        ++i;
      }
    }
    return out;
  }

 private:
  const Tok* At(std::size_t i) const { return i < toks_.size() ? &toks_[i] : nullptr; }
  bool WordAt(std::size_t i, std::string_view w) const {
    const Tok* t = At(i);
    return t && t->kind == Kind::kWord && t->lower == w;
  }
  bool PunctAt(std::size_t i, char c) const {
    const Tok* t = At(i);
    return t && t->kind == Kind::kPunct && t->lower.size() == 1 && t->lower[0] == c;
  }
  // A capitalized month name at i ("May" and "March" need a capital).
  int MonthAt(std::size_t i) const {
    const Tok* t = At(i);
    if (!t || t->kind != Kind::kWord || !t->capitalized) return 0;
    return MonthNumber(t->lower);
  }
  int YearAt(std::size_t i) const {
    const Tok* t = At(i);
    return t ? YearNumber(*t, s_) : 0;
  }
  int DayAt(std::size_t i) const {
    const Tok* t = At(i);
    if (!t || DayNumber(*t) == 0) return 0;
    // Refuse "24-25" and "2025-02" shapes; allow ordinals.
    if (t->lower.find('-') != std::string::npos) return 0;
    return DayNumber(*t);
  }

  // ---- result builders
  static ResolvedDate Window(std::int64_t first, std::int64_t last, DatePrecision p,
                             std::string date, std::int64_t anchor, bool relative) {
    ResolvedDate r;
    r.found = true;
    r.precision = p;
    r.date = std::move(date);
    r.window_start = FormatDay(CivilFromDays(first));
    r.window_end = FormatDay(CivilFromDays(last));
    r.window_days = static_cast<std::uint32_t>(last - first + 1);
    r.anchor = FormatDay(CivilFromDays(anchor));
    r.relative = relative;
    return r;
  }
  static ResolvedDate Day(std::int64_t d, bool relative) {
    return Window(d, d, DatePrecision::kDay, FormatDay(CivilFromDays(d)), d, relative);
  }
  static ResolvedDate Month(int year, int month, bool relative) {
    const CivilDate first{year, month, 1};
    const CivilDate last{year, month, DaysInMonth(year, month)};
    return Window(DaysFromCivil(first), DaysFromCivil(last), DatePrecision::kMonth,
                  FormatMonth(first), DaysFromCivil(first), relative);
  }
  static ResolvedDate Year(int year, bool relative) {
    const CivilDate first{year, 1, 1};
    return Window(DaysFromCivil(first), DaysFromCivil(CivilDate{year, 12, 31}),
                  DatePrecision::kYear, FormatYear(first), DaysFromCivil(first), relative);
  }

  // Month and day without a year: on or before publication (or on or after
  // when the clause speaks of the future, see FutureAt).
  bool MonthDayNoYear(int month, int day, bool future, ResolvedDate* r) const {
    if (!pub_) return false;
    int year = pub_->year;
    if (!future) {
      if (month > pub_->month || (month == pub_->month && day > pub_->day)) --year;
    } else {
      if (month < pub_->month || (month == pub_->month && day < pub_->day)) ++year;
    }
    if (!IsValidDate(year, month, day)) return false;
    *r = Day(DaysFromCivil({year, month, day}), true);
    return true;
  }

  // "Month Day[,] [Year]", "Month Year", "Day [of] Month [Year]" at i.
  bool TryExplicit(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    if (const int month = MonthAt(i)) {
      if (const int day = DayAt(i + 1)) {
        std::size_t k = i + 2;
        if (PunctAt(k, ',')) ++k;
        if (const int year = YearAt(k)) {
          if (!IsValidDate(year, month, day)) return false;
          *r = Day(DaysFromCivil({year, month, day}), false);
          *end = k + 1;
          return true;
        }
        if (!MonthDayNoYear(month, day, FutureAt(i), r)) return false;
        *end = i + 2;
        return true;
      }
      if (const int year = YearAt(i + 1)) {
        *r = Month(year, month, false);
        *end = i + 2;
        return true;
      }
      return false;
    }
    if (const int day = DayAt(i)) {
      std::size_t k = i + 1;
      if (WordAt(k, "of")) ++k;
      const int month = MonthAt(k);
      if (!month) return false;
      if (const int year = YearAt(k + 1)) {
        if (!IsValidDate(year, month, day)) return false;
        *r = Day(DaysFromCivil({year, month, day}), false);
        *end = k + 2;
        return true;
      }
      if (!MonthDayNoYear(month, day, FutureAt(i), r)) return false;
      *end = k + 1;
      return true;
    }
    return false;
  }

  bool TryIso(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    const Tok& t = toks_[i];
    if (t.kind != Kind::kNumber) return false;
    const std::string_view w = s_.substr(t.begin, t.end - t.begin);
    CivilDate d;
    if (w.size() == 10 && ParseIsoDay(w, &d)) {
      *r = Day(DaysFromCivil(d), false);
      *end = i + 1;
      return true;
    }
    if (w.size() == 7 && w[4] == '-') {
      const int year = YearNumber(Tok{t.begin, t.begin + 4, Kind::kNumber, false, {}}, s_);
      const int month = (w[5] - '0') * 10 + (w[6] - '0');
      if (year && IsAsciiDigit(w[5]) && IsAsciiDigit(w[6]) && month >= 1 && month <= 12) {
        *r = Month(year, month, false);
        *end = i + 1;
        return true;
      }
    }
    return false;
  }

  // Whether the clause before token i speaks of what is still to come
  // ("will meet on Friday", "has invited him to visit on Friday", "the talks
  // scheduled for Monday"): its bare weekdays and month-days then lie after
  // publication. The clause is read back to a clause boundary or a dozen
  // words; a past form after the marker ("was due on Monday") still reads
  // as future, as reporters use it for appointments.
  bool FutureAt(std::size_t i) const {
    if (options_.future) return true;
    std::size_t seen = 0;
    for (std::size_t k = i; k-- > 0 && seen < 12;) {
      const Tok& t = toks_[k];
      if (t.kind == Kind::kPunct) {
        if (t.lower == ";" || t.lower == "." || t.lower == ":") return false;
        continue;
      }
      ++seen;
      if (t.kind != Kind::kWord) continue;
      const std::string& w = t.lower;
      if (w == "will" || w == "shall" || w == "scheduled" || w == "upcoming" || w == "invited" ||
          w == "planned" || w == "plans" || w == "due" || w == "next") {
        return true;
      }
      if (w == "ll" && k > 0 && toks_[k - 1].kind == Kind::kPunct) return true;  // we'll
      if ((w == "set" || w == "going" || w == "expected") && WordAt(k + 1, "to")) return true;
      if (w == "but" || w == "after" || w == "since" || w == "when" || w == "while" || w == "last" ||
          w == "ago" || w == "earlier") {
        return false;
      }
    }
    return false;
  }

  // "[last|next|this] Monday".
  bool TryWeekday(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    std::size_t k = i;
    int dir = 0;  // read from the clause below, once a weekday is found
    if (WordAt(k, "last") || WordAt(k, "past")) {
      dir = -1;
      ++k;
    } else if (WordAt(k, "next") || WordAt(k, "coming")) {
      dir = 1;
      ++k;
    } else if (WordAt(k, "this")) {
      ++k;
    }
    const Tok* t = At(k);
    if (!t || t->kind != Kind::kWord || !t->capitalized) return false;
    const int wd = WeekdayNumber(t->lower);
    if (wd < 0) return false;
    if (dir == 0) dir = FutureAt(i) ? 1 : -1;
    // "Monday, February 24" / "Monday Feb. 24": the explicit date decides.
    std::size_t e = k + 1;
    if (PunctAt(e, ',')) ++e;
    if (TryExplicit(e, r, end)) return true;
    if (!pub_) return false;
    const int pub_wd = WeekdayOf(pub_days_);
    std::int64_t d;
    if (dir < 0) {
      d = pub_days_ - ((pub_wd - wd + 7) % 7);
    } else {
      int ahead = (wd - pub_wd + 7) % 7;
      if (ahead == 0) ahead = 7;
      d = pub_days_ + ahead;
    }
    *r = Day(d, true);
    *end = k + 1;
    return true;
  }

  bool TryDeictic(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    const Tok& t = toks_[i];
    if (t.kind != Kind::kWord || !pub_) return false;
    std::int64_t d;
    if (t.lower == "today" || t.lower == "tonight") {
      d = pub_days_;
    } else if (t.lower == "yesterday") {
      d = pub_days_ - 1;
    } else if (t.lower == "tomorrow") {
      d = pub_days_ + 1;
    } else {
      return false;
    }
    *r = Day(d, true);
    *end = i + 1;
    return true;
  }

  // last/this/next week|month|year, earlier/later this ..., "in March".
  bool TryCalendarUnit(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    if (!pub_) return false;
    std::size_t k = i;
    int part = 0;  // -1 earlier, +1 later
    if (WordAt(k, "earlier")) {
      part = -1;
      ++k;
    } else if (WordAt(k, "later")) {
      part = 1;
      ++k;
    }
    int shift;
    if (WordAt(k, "last") || WordAt(k, "past")) {
      shift = -1;
    } else if (WordAt(k, "this")) {
      shift = 0;
    } else if (WordAt(k, "next") || WordAt(k, "coming")) {
      shift = 1;
    } else {
      return false;
    }
    if (part != 0 && shift != 0) return false;
    ++k;
    const Tok* unit = At(k);
    if (!unit || unit->kind != Kind::kWord) return false;
    const CivilDate p = *pub_;
    if (unit->lower == "week") {
      const std::int64_t monday = pub_days_ - WeekdayOf(pub_days_) + 7 * shift;
      std::int64_t first = monday;
      std::int64_t last = monday + 6;
      if (part < 0) last = pub_days_;
      if (part > 0) first = pub_days_;
      const std::int64_t anchor = pub_days_ + 7 * shift;
      *r = Window(first, last, DatePrecision::kDay, FormatDay(CivilFromDays(anchor)), anchor, true);
    } else if (unit->lower == "month") {
      const CivilDate m = AddMonths(CivilDate{p.year, p.month, 1}, shift);
      *r = Month(m.year, m.month, true);
      if (shift == 0 && part != 0) {
        const std::int64_t first = part < 0 ? DaysFromCivil({p.year, p.month, 1}) : pub_days_;
        const std::int64_t last =
            part < 0 ? pub_days_ : DaysFromCivil({p.year, p.month, DaysInMonth(p.year, p.month)});
        *r = Window(first, last, DatePrecision::kMonth, FormatMonth(p), pub_days_, true);
      }
    } else if (unit->lower == "year") {
      *r = Year(p.year + shift, true);
    } else if (const int month = MonthAt(k)) {  // "last March", "this May"
      if (part != 0) return false;
      int year = p.year;
      if (shift < 0 && month >= p.month) --year;
      if (shift > 0 && month <= p.month) ++year;
      *r = Month(year, month, true);
    } else {
      return false;
    }
    *end = k + 1;
    return true;
  }

  // "[just over|about|...] N days|weeks|months|years ago".
  bool TryAgo(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    if (!pub_) return false;
    std::size_t k = i;
    int lean = 0;  // -1: more than N ago (earlier), +1: less than N ago
    if ((WordAt(k, "just") || WordAt(k, "little")) && (WordAt(k + 1, "over") || WordAt(k + 1, "under"))) {
      lean = WordAt(k + 1, "over") ? -1 : 1;
      k += 2;
    } else if (WordAt(k, "more") && WordAt(k + 1, "than")) {
      lean = -1;
      k += 2;
    } else if (WordAt(k, "less") && WordAt(k + 1, "than")) {
      lean = 1;
      k += 2;
    } else if (WordAt(k, "over")) {
      lean = -1;
      ++k;
    } else if (WordAt(k, "almost") || WordAt(k, "nearly") || WordAt(k, "under")) {
      lean = 1;
      ++k;
    } else if (WordAt(k, "about") || WordAt(k, "around") || WordAt(k, "some") ||
               WordAt(k, "roughly") || WordAt(k, "approximately")) {
      ++k;
    }
    const Tok* count_tok = At(k);
    if (!count_tok) return false;
    const int n = CountWord(*count_tok);
    if (n <= 0) return false;
    const Tok* unit = At(k + 1);
    if (!unit || unit->kind != Kind::kWord || !WordAt(k + 2, "ago")) return false;
    std::string_view u = unit->lower;
    if (u.size() > 1 && u.back() == 's') u.remove_suffix(1);
    const CivilDate p = *pub_;
    if (u == "day") {
      *r = Day(pub_days_ - n, true);
    } else if (u == "week") {
      const std::int64_t anchor = pub_days_ - 7 * n;
      std::int64_t first = anchor - 3;
      std::int64_t last = anchor + 3;
      if (lean < 0) last = anchor;
      if (lean > 0) first = anchor;
      *r = Window(first, std::min(last, pub_days_), DatePrecision::kDay,
                  FormatDay(CivilFromDays(anchor)), anchor, true);
    } else if (u == "month") {
      const CivilDate a = AddMonths(p, -n);
      const std::int64_t anchor = DaysFromCivil(a);
      std::int64_t first = anchor - 15;
      std::int64_t last = anchor + 15;
      if (lean < 0) last = anchor;
      if (lean > 0) first = anchor;
      *r = Window(first, std::min(last, pub_days_), DatePrecision::kMonth, FormatMonth(a), anchor,
                  true);
    } else if (u == "year") {
      const CivilDate a = AddMonths(p, -12 * n);
      *r = Year(a.year, true);
      r->anchor = FormatDay(a);
    } else {
      return false;
    }
    *end = k + 3;
    return true;
  }

  // "in [early|late|mid-] March", "in [early] 2022", "during 2022". The
  // expression includes the preposition. "since"/"until"/"by" are left out:
  // they bound a period rather than date an event.
  bool TryInMonthOrYear(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    if (!(WordAt(i, "in") || WordAt(i, "during"))) return false;
    std::size_t k = i + 1;
    if (WordAt(k, "early") || WordAt(k, "late") || WordAt(k, "mid")) ++k;
    if (PunctAt(k, '-')) ++k;
    if (const int year = YearAt(k)) {
      *r = Year(year, false);
      *end = k + 1;
      return true;
    }
    if (const int month = MonthAt(k)) {
      if (DayAt(k + 1) || YearAt(k + 1)) return false;  // explicit pattern takes it
      if (!pub_) return false;
      int year = pub_->year;
      if (!options_.future && month > pub_->month) --year;
      if (options_.future && month < pub_->month) ++year;
      *r = Month(year, month, true);
      *end = k + 1;
      return true;
    }
    return false;
  }

  bool TryAt(std::size_t i, ResolvedDate* r, std::size_t* end) const {
    if (TryIso(i, r, end)) return true;
    if (TryExplicit(i, r, end)) return true;
    if (TryWeekday(i, r, end)) return true;
    if (TryDeictic(i, r, end)) return true;
    if (TryCalendarUnit(i, r, end)) return true;
    if (TryAgo(i, r, end)) return true;
    return TryInMonthOrYear(i, r, end);
  }

  std::string_view s_;
  std::vector<Tok> toks_;
  std::optional<CivilDate> pub_;
  std::int64_t pub_days_ = 0;
  DateOptions options_;
};

}  // namespace

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kNone: break;
  }
  return "";
}

bool ResolvedDate::Contains(std::string_view day) const {
  // ISO days compare correctly as strings.
  return found && day.size() == 10 && window_start <= day && day <= window_end;
}

std::vector<ResolvedDate> FindDates(std::string_view sentence_text, std::string_view published,
                                    const DateOptions& options) {
  std::optional<CivilDate> pub;
  CivilDate d;
  if (ParseIsoDay(published, &d)) pub = d;
  return Matcher(sentence_text, pub, options).Run();
}

ResolvedDate ResolveDate(std::string_view sentence_text, std::string_view published,
                         const DateOptions& options) {
  std::vector<ResolvedDate> all = FindDates(sentence_text, published, options);
  ResolvedDate* best = nullptr;
  for (ResolvedDate& r : all) {
    if (!best || r.window_days < best->window_days) best = &r;
  }
  return best ? std::move(*best) : ResolvedDate{};
}

ResolvedDate ResolveDate(const text::TextAnalysis& analysis, const text::Sentence& sentence,
                         std::string_view published, const DateOptions& options) {
  if (sentence.first_token >= sentence.end_token ||
      sentence.end_token > analysis.tokens.size()) {
    return {};
  }
  const std::uint32_t nbegin = analysis.tokens[sentence.first_token].nbegin;
  const std::uint32_t nend = analysis.tokens[sentence.end_token - 1].nend;
  ResolvedDate r = ResolveDate(analysis.norm.view(nbegin, nend), published, options);
  if (r.found) {
    r.begin = analysis.norm.OriginalBegin(nbegin + r.begin);
    r.end = analysis.norm.OriginalEnd(nbegin + r.end);
  }
  return r;
}

}  // namespace readout::resolve
