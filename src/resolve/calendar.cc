#include "resolve/calendar.h"

namespace readout::resolve {
namespace {

void AppendPadded(std::string& out, int value, int width) {
  char buf[8];
  int n = 0;
  unsigned v = static_cast<unsigned>(value < 0 ? 0 : value);
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0 && n < 8);
  for (int i = n; i < width; ++i) out.push_back('0');
  while (n > 0) out.push_back(buf[--n]);
}

bool TakeDigits(std::string_view s, std::size_t pos, std::size_t count, int* out) {
  if (s.size() < pos + count) return false;
  int v = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

}  // namespace

std::int64_t DaysFromCivil(CivilDate d) {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t mp = (d.month + 9) % 12;
  const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[(month - 1) % 12];
}

int WeekdayOf(std::int64_t days) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  std::int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w);
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

CivilDate AddMonths(CivilDate d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;
  CivilDate out;
  out.year = index / 12;
  out.month = index % 12 + 1;
  out.day = d.day;
  const int dim = DaysInMonth(out.year, out.month);
  if (out.day > dim) out.day = dim;
  return out;
}

bool ParseIsoDay(std::string_view s, CivilDate* out) {
  CivilDate d;
  if (!TakeDigits(s, 0, 4, &d.year) || s.size() < 10 || s[4] != '-' || s[7] != '-' ||
      !TakeDigits(s, 5, 2, &d.month) || !TakeDigits(s, 8, 2, &d.day)) {
    return false;
  }
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return false;
  if (!IsValidDate(d.year, d.month, d.day)) return false;
  *out = d;
  return true;
}

std::string FormatYear(CivilDate d) {
  std::string s;
  AppendPadded(s, d.year, 4);
  return s;
}

std::string FormatMonth(CivilDate d) {
  std::string s = FormatYear(d);
  s.push_back('-');
  AppendPadded(s, d.month, 2);
  return s;
}

std::string FormatDay(CivilDate d) {
  std::string s = FormatMonth(d);
  s.push_back('-');
  AppendPadded(s, d.day, 2);
  return s;
}

}  // namespace readout::resolve
