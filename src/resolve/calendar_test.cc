#include "resolve/calendar.h"

#include <gtest/gtest.h>

namespace readout::resolve {
namespace {

TEST(Calendar, DayNumbersRoundTripAcrossCenturiesAndLeapDays) {
  for (std::int64_t d = -700000; d <= 800000; d += 37) {
    const CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValidDate(c.year, c.month, c.day)) << d;
    ASSERT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2024, 3, 1}) - DaysFromCivil({2024, 2, 28}), 2);
  EXPECT_EQ(DaysFromCivil({2025, 3, 1}) - DaysFromCivil({2025, 2, 28}), 1);
}

TEST(Calendar, WeekdaysAndLeapYears) {
  EXPECT_EQ(WeekdayOf(DaysFromCivil({2025, 2, 24})), 0);  // Monday
  EXPECT_EQ(WeekdayOf(DaysFromCivil({2025, 2, 20})), 3);  // Thursday
  EXPECT_EQ(WeekdayOf(DaysFromCivil({2026, 11, 22})), 6); // Sunday
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsValidDate(2025, 2, 29));
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
}

TEST(Calendar, AddMonthsClampsTheDay) {
  CivilDate d = AddMonths({2024, 3, 31}, -1);
  EXPECT_EQ(FormatDay(d), "2024-02-29");
  EXPECT_EQ(FormatDay(AddMonths({2025, 1, 15}, -2)), "2024-11-15");
  EXPECT_EQ(FormatDay(AddMonths({2025, 12, 31}, 2)), "2026-02-28");
}

TEST(Calendar, ParsesIsoDaysAndDateTimes) {
  CivilDate d;
  ASSERT_TRUE(ParseIsoDay("2025-02-24", &d));
  EXPECT_EQ(FormatDay(d), "2025-02-24");
  ASSERT_TRUE(ParseIsoDay("2025-02-24T10:00:00+08:00", &d));
  EXPECT_EQ(FormatMonth(d), "2025-02");
  EXPECT_FALSE(ParseIsoDay("", &d));
  EXPECT_FALSE(ParseIsoDay("2025-02-30", &d));
  EXPECT_FALSE(ParseIsoDay("24 Feb 2025", &d));
  EXPECT_FALSE(ParseIsoDay("2025-02-245", &d));
}

}  // namespace
}  // namespace readout::resolve
