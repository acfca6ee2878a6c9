#include "readout/resolve.h"

#include "base/ascii.h"

namespace readout::resolve {

std::int32_t CodeDate(std::string_view published, DatePrecision* precision) {
  DatePrecision found = DatePrecision::kNone;
  std::int32_t result = kUndatedCodeDate;
  auto digits = [&](std::size_t at, std::size_t len, std::int32_t& v) {
    if (published.size() < at + len) return false;
    v = 0;
    for (std::size_t i = at; i < at + len; ++i) {
      if (!IsAsciiDigit(published[i])) return false;
      v = v * 10 + (published[i] - '0');
    }
    return true;
  };
  std::int32_t y = 0, m = 0, d = 0;
  if (digits(0, 4, y)) {
    found = DatePrecision::kYear;
    result = y * 10000 + 701;
    if (published.size() >= 7 && published[4] == '-' && digits(5, 2, m)) {
      found = DatePrecision::kMonth;
      result = y * 10000 + m * 100 + 15;
      if (published.size() >= 10 && published[7] == '-' && digits(8, 2, d)) {
        found = DatePrecision::kDay;
        result = y * 10000 + m * 100 + d;
      }
    }
  }
  if (precision != nullptr) *precision = found;
  return result;
}

}  // namespace readout::resolve
