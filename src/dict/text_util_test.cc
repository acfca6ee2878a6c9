#include "dict/text_util.h"

#include <gtest/gtest.h>

namespace readout::dict::internal {
namespace {

TEST(ParsePhrase, UnderscoresAreAdjacentBlanksLoose) {
  Phrase p;
  ASSERT_TRUE(ParsePhrase("John_j Mccloy_", PhraseGaps::kAsWritten, 7, p));
  EXPECT_EQ(p.words, (std::vector<std::string>{"JOHN", "J", "MCCLOY"}));
  EXPECT_EQ(p.gaps, (std::vector<Gap>{Gap::kAdjacent, Gap::kLoose}));
  EXPECT_FALSE(p.stem);
  EXPECT_EQ(p.line, 7u);
  EXPECT_EQ(p.ToString(), "JOHN_J MCCLOY");
}

TEST(ParsePhrase, UnderscoreNextToABlankIsABlank) {
  Phrase p;
  ASSERT_TRUE(ParsePhrase("FOR_ YOUTH_AND", PhraseGaps::kAsWritten, 1, p));
  EXPECT_EQ(p.ToString(), "FOR YOUTH_AND");
  EXPECT_TRUE(p.stem);
}

TEST(ParsePhrase, AllAdjacentModeIgnoresBlanks) {
  Phrase p;
  ASSERT_TRUE(ParsePhrase("  austrian florin ", PhraseGaps::kAllAdjacent, 1, p));
  EXPECT_EQ(p.ToString(), "AUSTRIAN_FLORIN");
  EXPECT_FALSE(ParsePhrase(" _ ", PhraseGaps::kAllAdjacent, 1, p));
}

TEST(ParseEventCode, PlainPairedAndNull) {
  EventCode c;
  std::string why;
  ASSERT_TRUE(ParseEventCode("050", c, why));
  EXPECT_EQ(c.forward, "050");
  EXPECT_FALSE(c.paired);
  ASSERT_TRUE(ParseEventCode(" 042:043 ", c, why));
  EXPECT_EQ(c.forward, "042");
  EXPECT_EQ(c.reverse, "043");
  EXPECT_EQ(c.ToString(), "042:043");
  ASSERT_TRUE(ParseEventCode(":173", c, why));
  EXPECT_EQ(c.forward, "");
  EXPECT_EQ(c.reverse, "173");
  ASSERT_TRUE(ParseEventCode("---", c, why));
  EXPECT_TRUE(c.is_null());
  ASSERT_TRUE(ParseEventCode("---:010", c, why));
  EXPECT_FALSE(c.is_null());
  EXPECT_TRUE(ParseEventCode("075A", c, why));
}

TEST(ParseEventCode, RejectsJunk) {
  EventCode c;
  std::string why;
  EXPECT_FALSE(ParseEventCode("", c, why));
  EXPECT_FALSE(ParseEventCode("080!?", c, why));
  EXPECT_NE(why.find("080!?"), std::string::npos);
  EXPECT_FALSE(ParseEventCode("01:02:03", c, why));
  EXPECT_FALSE(ParseEventCode("050:", c, why));
  EXPECT_FALSE(ParseEventCode("++", c, why));
  EXPECT_FALSE(ParseEventCode("###:010", c, why));
}

TEST(ParseEventCode, TabariSpecialCodesAndPrecedence) {
  EventCode c;
  std::string why;
  ASSERT_TRUE(ParseEventCode("###", c, why));
  EXPECT_TRUE(c.is_discard());
  EXPECT_TRUE(c.stops_sentence());
  EXPECT_FALSE(c.is_null());
  ASSERT_TRUE(ParseEventCode(" +++ ", c, why));
  EXPECT_TRUE(c.is_complex());
  ASSERT_TRUE(ParseEventCode("111!", c, why));
  EXPECT_EQ(c.forward, "111");
  EXPECT_EQ(c.precedence, EventCode::Precedence::kDominant);
  EXPECT_EQ(c.ToString(), "111!");
  ASSERT_TRUE(ParseEventCode("023?", c, why));
  EXPECT_EQ(c.forward, "023");
  EXPECT_EQ(c.precedence, EventCode::Precedence::kSubordinate);
  ASSERT_TRUE(ParseEventCode("032:033?", c, why));
  EXPECT_EQ(c.reverse, "033");
  EXPECT_EQ(c.precedence, EventCode::Precedence::kSubordinate);
  ASSERT_TRUE(ParseEventCode("050", c, why));
  EXPECT_EQ(c.precedence, EventCode::Precedence::kNormal);
  EXPECT_FALSE(c.stops_sentence());
}

TEST(ParseDate, EightDigitsAndSixWithTabarisCentury) {
  std::int32_t d = 0;
  std::string why;
  ASSERT_TRUE(ParseDate("20130119", d, why));
  EXPECT_EQ(d, 20130119);
  // MakeJulian's pivot: 29 is still this century, 30 the last.
  ASSERT_TRUE(ParseDate("290101", d, why));
  EXPECT_EQ(d, 20290101);
  ASSERT_TRUE(ParseDate("300101", d, why));
  EXPECT_EQ(d, 19300101);
  ASSERT_TRUE(ParseDate("000101", d, why));
  EXPECT_EQ(d, 20000101);
  ASSERT_TRUE(ParseDate("911226", d, why));
  EXPECT_EQ(d, 19911226);
}

TEST(ParseDate, ChecksMonthAndDayAsTabariDoes) {
  std::int32_t d = 0;
  std::string why;
  ASSERT_TRUE(ParseDate("20120229", d, why));
  EXPECT_EQ(d, 20120229);
  // Day 31 of a shorter month runs on into the next one, leap years counted.
  ASSERT_TRUE(ParseDate("20100229", d, why));
  EXPECT_EQ(d, 20100301);
  ASSERT_TRUE(ParseDate("19000229", d, why));
  EXPECT_EQ(d, 19000301);
  ASSERT_TRUE(ParseDate("20100931", d, why));
  EXPECT_EQ(d, 20101001);
  EXPECT_FALSE(ParseDate("20101301", d, why));
  EXPECT_FALSE(ParseDate("20100100", d, why));
  EXPECT_FALSE(ParseDate("20100132", d, why));
  EXPECT_EQ(why, "date '20100132' is not a valid calendar date");
}

TEST(ParseDate, RejectsOtherLengthsThatPetrarchTruncates) {
  std::int32_t d = 0;
  std::string why;
  EXPECT_FALSE(ParseDate("9008223", d, why));
  EXPECT_NE(why.find("7 digits"), std::string::npos);
  EXPECT_FALSE(ParseDate("201005011", d, why));
  EXPECT_FALSE(ParseDate("1920030320", d, why));
  EXPECT_FALSE(ParseDate("2013O119", d, why));
  EXPECT_FALSE(ParseDate("", d, why));
}

}  // namespace
}  // namespace readout::dict::internal
