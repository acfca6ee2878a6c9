#include "stories/date_window.h"

#include <charconv>

#include "resolve/calendar.h"

namespace readout::stories {
namespace {

bool ParseNumber(std::string_view s, int* out) {
  if (s.empty()) return false;
  const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return error == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::optional<std::pair<std::int32_t, std::int32_t>> DateWindow(std::string_view date) {
  int year = 0, month = 0, day = 0;
  if (date.size() < 4 || !ParseNumber(date.substr(0, 4), &year)) return std::nullopt;
  if (date.size() == 4) {
    return std::make_pair(static_cast<std::int32_t>(resolve::DaysFromCivil({year, 1, 1})),
                          static_cast<std::int32_t>(resolve::DaysFromCivil({year, 12, 31})));
  }
  if (date.size() < 7 || date[4] != '-' || !ParseNumber(date.substr(5, 2), &month) || month < 1 ||
      month > 12) {
    return std::nullopt;
  }
  if (date.size() == 7) {
    return std::make_pair(
        static_cast<std::int32_t>(resolve::DaysFromCivil({year, month, 1})),
        static_cast<std::int32_t>(
            resolve::DaysFromCivil({year, month, resolve::DaysInMonth(year, month)})));
  }
  if (date.size() != 10 || date[7] != '-' || !ParseNumber(date.substr(8, 2), &day) ||
      !resolve::IsValidDate(year, month, day)) {
    return std::nullopt;
  }
  const auto d = static_cast<std::int32_t>(resolve::DaysFromCivil({year, month, day}));
  return std::make_pair(d, d);
}

std::string DayName(std::int32_t day) { return resolve::FormatDay(resolve::CivilFromDays(day)); }

}  // namespace readout::stories
