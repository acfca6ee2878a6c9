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

}  // namespace

std::string NormalizeDate(std::string_view s, bool keep_time) {
  s = TrimAscii(s);
  if (s.size() < 8) return {};
  if (IsAsciiDigit(s[0]) && IsAsciiDigit(s[3])) {
    if (std::string iso = Numeric(s, keep_time); !iso.empty()) return iso;
  }
  return Written(s);
}

}  // namespace readout::ingest
