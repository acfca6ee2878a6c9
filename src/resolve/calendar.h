// Proleptic Gregorian calendar arithmetic on day numbers (days since
// 1970-01-01), after Howard Hinnant's days_from_civil / civil_from_days:
// exact for every date the resolver can meet, no time zones, no locale.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace readout::resolve {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

std::int64_t DaysFromCivil(CivilDate d);
CivilDate CivilFromDays(std::int64_t days);
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(std::int64_t days);
bool IsValidDate(int year, int month, int day);
// Moves by whole months, clamping the day to the target month (Mar 31 - 1
// month = Feb 28/29).
CivilDate AddMonths(CivilDate d, int months);

// "YYYY-MM-DD" at the start of s (an ISO date or date-time), else false.
bool ParseIsoDay(std::string_view s, CivilDate* out);

std::string FormatDay(CivilDate d);    // "2025-02-24"
std::string FormatMonth(CivilDate d);  // "2025-02"
std::string FormatYear(CivilDate d);   // "2025"

}  // namespace readout::resolve
