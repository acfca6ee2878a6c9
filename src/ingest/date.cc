#include "ingest/date.h"

#include <array>
#include <cstdint>

#include <fmt/format.h>

#include "ingest/strings.h"

namespace readout::ingest {
namespace {

constexpr std::array<std::string_view, 12> kMonths{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool Valid(int y, int m, int d) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const int max = kDays[static_cast<std::size_t>(m - 1)] + (m == 2 && IsLeap(y) ? 1 : 0);
  return d <= max;
}

std::string Format(int y, int m, int d) {
  if (!Valid(y, m, d)) return {};
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// Reads exactly n digits at s[*i]; -1 if they are not all digits.
int Digits(std::string_view s, std::size_t* i, std::size_t n) {
  if (*i + n > s.size()) return -1;
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) {
    const char c = s[*i + k];
    if (!IsAsciiDigit(c)) return -1;
    v = v * 10 + (c - '0');
  }
  *i += n;
  return v;
}

// A run of 1-4 digits at s[*i]; -1 if none.
int Number(std::string_view s, std::size_t* i) {
  std::size_t n = 0;
  while (*i + n < s.size() && n < 5 && IsAsciiDigit(s[*i + n])) ++n;
  if (n == 0 || n > 4) return -1;
  return Digits(s, i, n);
}

// A month name or its three-letter abbreviation (with an optional '.').
int MonthName(std::string_view s, std::size_t* i) {
  std::size_t n = 0;
  while (*i + n < s.size() && IsAsciiAlpha(s[*i + n])) ++n;
  if (n < 3) return -1;
  const std::string word = LowerAscii(s.substr(*i, n));
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    if (word == kMonths[m] || (n == 3 && kMonths[m].substr(0, 3) == word) ||
        (word == "sept" && m == 8)) {
      *i += n;
      if (*i < s.size() && s[*i] == '.') ++*i;
      return static_cast<int>(m) + 1;
    }
  }
  return -1;
}

void SkipSeparators(std::string_view s, std::size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == ',' || s[*i] == '\t')) ++*i;
}

// What may follow a date: nothing, or a time part.
bool TimeOrEnd(std::string_view s, std::size_t i) {
  return i == s.size() || s[i] == 'T' || s[i] == 't' || s[i] == ' ';
}

// YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD and YYYYMMDD, each optionally with a time.
std::string Numeric(std::string_view s, bool keep_time) {
  std::size_t i = 0;
  const int y = Digits(s, &i, 4);
  if (y < 0 || i >= s.size()) return {};
  const char sep = s[i];
  int m = 0;
  int d = 0;
  if (sep == '-' || sep == '/' || sep == '.') {
    ++i;
    m = Digits(s, &i, 2);
    if (m < 0 || i >= s.size() || s[i] != sep) return {};
    ++i;
    d = Digits(s, &i, 2);
  } else {
    m = Digits(s, &i, 2);
    d = Digits(s, &i, 2);
  }
  if (m < 0 || d < 0 || !TimeOrEnd(s, i)) return {};
  std::string date = Format(y, m, d);
  if (date.empty() || !keep_time || i == s.size() || sep != '-') return date;
  // Keep an ISO date-time only if the rest looks like one.
  for (std::size_t k = i + 1; k < s.size(); ++k) {
    const char c = s[k];
    if (!IsAsciiDigit(c) && c != ':' && c != '.' && c != '+' && c != '-' && c != 'Z' && c != 'z') {
      return date;
    }
  }
  return std::string(s);
}

// "Mon, 24 Feb 2025 ...", "24 February 2025", "February 24, 2025".
std::string Written(std::string_view s) {
  std::size_t i = 0;
  // An optional weekday ("Mon," / "Monday,") before an RFC 2822 date.
  if (IsAsciiAlpha(s[0])) {
    std::size_t n = 0;
    while (n < s.size() && IsAsciiAlpha(s[n])) ++n;
    if (n < s.size() && s[n] == ',') {
      i = n + 1;
      SkipSeparators(s, &i);
    }
  }
  std::size_t j = i;
  int d = Number(s, &j);
  int m = 0;
  if (d >= 0) {
    SkipSeparators(s, &j);
    m = MonthName(s, &j);
  } else {
    j = i;
    m = MonthName(s, &j);
    SkipSeparators(s, &j);
    d = Number(s, &j);
  }
  if (m < 0 || d < 0) return {};
  SkipSeparators(s, &j);
  const std::size_t year_at = j;
  const int y = Number(s, &j);
  if (y < 0 || j - year_at != 4 || !TimeOrEnd(s, j)) return {};
  return Format(y, m, d);
}

// The word at i (letters only) ends at the returned index.
std::size_t WordEnd(std::string_view s, std::size_t i) {
  while (i < s.size() && IsAsciiAlpha(s[i])) ++i;
  return i;
}

// A day number of 1-2 digits at *i, with an ordinal suffix; -1 if none.
int DayNumber(std::string_view s, std::size_t* i) {
  std::size_t j = *i;
  while (j < s.size() && IsAsciiDigit(s[j]) && j - *i < 3) ++j;
  const std::size_t n = j - *i;
  if (n == 0 || n > 2 || (j < s.size() && IsAsciiDigit(s[j]))) return -1;
  int d = 0;
  for (std::size_t k = *i; k < j; ++k) d = d * 10 + (s[k] - '0');
  const std::size_t suffix = WordEnd(s, j);
  if (suffix - j == 2) {
    const std::string sfx = LowerAscii(s.substr(j, 2));
    if (sfx == "st" || sfx == "nd" || sfx == "rd" || sfx == "th") j = suffix;
  }
  if (WordEnd(s, j) != j) return -1;  // "24x"
  *i = j;
  return d;
}

// A four-digit year 1900-2099 at *i (after separators); 0 if none.
int YearAfter(std::string_view s, std::size_t* i) {
  std::size_t j = *i;
  SkipSeparators(s, &j);
  if (j + 4 > s.size()) return 0;
  if (j + 4 < s.size() && (IsAsciiDigit(s[j + 4]) || IsAsciiAlpha(s[j + 4]))) return 0;
  std::size_t k = j;
  const int y = Digits(s, &k, 4);
  if (y < 1900 || y > 2099) return 0;
  *i = k;
  return y;
}

}  // namespace

std::string FormatDay(int year, int month, int day) { return Format(year, month, day); }

bool FindWrittenDate(std::string_view s, WrittenDate* out) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool word_start = i == 0 || !IsAsciiAlpha(s[i - 1]);
    const bool number_start = i == 0 || !IsAsciiDigit(s[i - 1]);
    if (IsAsciiDigit(s[i]) && number_start) {
      // ISO: 2013-09-09
      if (i + 10 <= s.size() && s[i + 4] == '-' && s[i + 7] == '-' &&
          (i + 10 == s.size() || !IsAsciiDigit(s[i + 10]))) {
        const std::string iso = Numeric(s.substr(i, 10), false);
        if (!iso.empty()) {
          *out = {std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2)), i, i + 10};
          return true;
        }
      }
      // Day first: "9 September 2013", "09 Sept. 2013"
      std::size_t j = i;
      const int d = DayNumber(s, &j);
      if (d > 0) {
        std::size_t k = j;
        SkipSeparators(s, &k);
        const int m = k < s.size() && IsAsciiUpper(s[k]) ? MonthName(s, &k) : -1;
        if (m > 0 && k > j) {
          std::size_t e = k;
          const int y = YearAfter(s, &e);
          if (!Format(y > 0 ? y : 2000, m, d).empty()) {
            *out = {y, m, d, i, y > 0 ? e : k};
            return true;
          }
        }
      }
      continue;
    }
    if (!IsAsciiAlpha(s[i]) || !word_start) continue;
    // Month first: "June 15, 2014", "Feb. 24", "Sept 9th 2013". A month
    // is capitalised: "may" and "march" are verbs.
    std::size_t j = i;
    const int m = IsAsciiUpper(s[i]) ? MonthName(s, &j) : -1;
    if (m < 0) {
      i = WordEnd(s, i) - 1;
      continue;
    }
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    const int d = DayNumber(s, &k);
    if (d <= 0 || k == j) {
      i = WordEnd(s, i) - 1;
      continue;
    }
    std::size_t e = k;
    const int y = YearAfter(s, &e);
    if (Format(y > 0 ? y : 2000, m, d).empty()) continue;
    *out = {y, m, d, i, y > 0 ? e : k};
    return true;
  }
  return false;
}

std::string NormalizeDate(std::string_view s, bool keep_time) {
  s = TrimAscii(s);
  if (s.size() < 8) return {};
  if (IsAsciiDigit(s[0]) && IsAsciiDigit(s[3])) {
    if (std::string iso = Numeric(s, keep_time); !iso.empty()) return iso;
  }
  return Written(s);
}

}  // namespace readout::ingest
