// Publication dates as pages and records write them, normalized to ISO 8601.
//
// Accepted: 2025-02-24, 2025-02-24T10:00:00Z (and other ISO date-times),
// 20250224 (PETRARCH), 2025/02/24, 2025.02.24, "Mon, 24 Feb 2025 10:00:00 GMT"
// (RFC 2822, common in meta tags), "24 February 2025", "February 24, 2025",
// "Feb. 24, 2025". Day-first or month-first numeric dates (02/03/2025) are
// ambiguous and refused rather than guessed.
#pragma once

#include <string>
#include <string_view>

namespace readout::ingest {

// "YYYY-MM-DD", or "" when s is not a valid date in a form listed above.
// With keep_time, an ISO date-time ("2025-02-24T10:00:00+08:00") is returned
// as given (trimmed) instead of being cut to its date.
std::string NormalizeDate(std::string_view s, bool keep_time = false);

// A date written inside running text ("KOKOMO, Ind. (June 15, 2014) --",
// "Updated: July 7, 2012, 10: 04 PM ET", "Monday 09 September 2013",
// "Feb. 24 (Xinhua)", "2013-09-09"): the first one in `line`.
struct WrittenDate {
  int year = 0;  // 0 when the text gives none ("Feb. 24")
  int month = 0;
  int day = 0;
  std::size_t begin = 0, end = 0;  // its bytes in the line
};
// False when the line holds no month-name or ISO date with a valid day.
bool FindWrittenDate(std::string_view line, WrittenDate* out);

// "YYYY-MM-DD" of a valid date, "" otherwise.
std::string FormatDay(int year, int month, int day);

}  // namespace readout::ingest
