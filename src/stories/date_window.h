// The days a date of a given precision covers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace readout::stories {

// "2025-02-24" -> that day; "2025-02" -> the month; "2025" -> the year; as
// inclusive days since 1970-01-01. nullopt for anything else.
std::optional<std::pair<std::int32_t, std::int32_t>> DateWindow(std::string_view date);

// The inverse for display: day number -> "YYYY-MM-DD".
std::string DayName(std::int32_t day);

}  // namespace readout::stories
