#include "ingest/date.h"

#include <gtest/gtest.h>

namespace readout::ingest {
namespace {

TEST(NormalizeDate, AcceptsIsoAndCompactForms) {
  EXPECT_EQ(NormalizeDate("2025-02-24"), "2025-02-24");
  EXPECT_EQ(NormalizeDate(" 2025-02-24T10:00:00Z "), "2025-02-24");
  EXPECT_EQ(NormalizeDate("20080804"), "2008-08-04");
  EXPECT_EQ(NormalizeDate("2025/02/24"), "2025-02-24");
  EXPECT_EQ(NormalizeDate("2025.02.24"), "2025-02-24");
}

TEST(NormalizeDate, KeepsIsoDateTimeOnRequest) {
  EXPECT_EQ(NormalizeDate("2025-02-24T10:00:00+08:00", true), "2025-02-24T10:00:00+08:00");
  EXPECT_EQ(NormalizeDate("2025-02-24", true), "2025-02-24");
  EXPECT_EQ(NormalizeDate("20250224", true), "2025-02-24");
}

TEST(NormalizeDate, AcceptsWrittenDates) {
  EXPECT_EQ(NormalizeDate("Mon, 24 Feb 2025 10:00:00 GMT"), "2025-02-24");
  EXPECT_EQ(NormalizeDate("24 February 2025"), "2025-02-24");
  EXPECT_EQ(NormalizeDate("February 24, 2025"), "2025-02-24");
  EXPECT_EQ(NormalizeDate("Feb. 24, 2025"), "2025-02-24");
  EXPECT_EQ(NormalizeDate("Sept 1, 2024"), "2024-09-01");
}

TEST(NormalizeDate, RefusesWhatIsNotADate) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("2008"), "");
  EXPECT_EQ(NormalizeDate("2025-02-30"), "");
  EXPECT_EQ(NormalizeDate("2025-13-01"), "");
  EXPECT_EQ(NormalizeDate("02/03/2025"), "");  // day or month first: ambiguous
  EXPECT_EQ(NormalizeDate("yesterday afternoon"), "");
  EXPECT_EQ(NormalizeDate("202502241030"), "");
  EXPECT_EQ(NormalizeDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(NormalizeDate("2023-02-29"), "");
}

}  // namespace
}  // namespace readout::ingest
