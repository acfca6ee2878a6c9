#include <gtest/gtest.h>

#include <string>

#include "readout/resolve.h"
#include "readout/text.h"

namespace readout::resolve {
namespace {

// 2025-02-24 is a Monday; 2024 is a leap year.
constexpr std::string_view kMon = "2025-02-24";

ResolvedDate R(std::string_view text, std::string_view published = kMon, bool future = false) {
  DateOptions o;
  o.future = future;
  return ResolveDate(text, published, o);
}

std::string Expr(std::string_view text, const ResolvedDate& r) {
  return std::string(text.substr(r.begin, r.end - r.begin));
}

std::string Window(const ResolvedDate& r) { return r.window_start + ".." + r.window_end; }

// ---- absolute dates

TEST(ResolveDate, MonthDayYear) {
  const std::string_view s = "Xi and Putin spoke on February 24, 2025, the Kremlin said.";
  const ResolvedDate r = R(s, "");
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.date, "2025-02-24");
  EXPECT_EQ(r.precision, DatePrecision::kDay);
  EXPECT_EQ(DatePrecisionName(r.precision), "day");
  EXPECT_EQ(Window(r), "2025-02-24..2025-02-24");
  EXPECT_EQ(r.window_days, 1u);
  EXPECT_FALSE(r.relative);
  EXPECT_EQ(Expr(s, r), "February 24, 2025");
}

TEST(ResolveDate, DayMonthYearAndOrdinals) {
  EXPECT_EQ(R("The talks ended on 24 February 2025.", "").date, "2025-02-24");
  EXPECT_EQ(R("It was signed on the 3rd of March 2022.", "").date, "2022-03-03");
  EXPECT_EQ(R("It was signed on March 3rd, 2022.", "").date, "2022-03-03");
}

TEST(ResolveDate, IsoDates) {
  const std::string_view s = "The report is dated 2025-02-24 in Moscow.";
  const ResolvedDate r = R(s, "");
  EXPECT_EQ(r.date, "2025-02-24");
  EXPECT_EQ(Expr(s, r), "2025-02-24");
  EXPECT_FALSE(R("Figures for 2025-02-30 are wrong.", "").found);
}

TEST(ResolveDate, MonthYear) {
  const ResolvedDate r = R("The deal was reached in February 2025.", "");
  EXPECT_EQ(r.date, "2025-02");
  EXPECT_EQ(r.precision, DatePrecision::kMonth);
  EXPECT_EQ(Window(r), "2025-02-01..2025-02-28");
  EXPECT_EQ(Window(R("It was in February 2024.", "")), "2024-02-01..2024-02-29");
}

TEST(ResolveDate, InvalidDayOfMonthIsNoDate) {
  EXPECT_FALSE(R("On February 29, 2025 nothing happened.", "").found);
  EXPECT_EQ(R("On February 29, 2024 it rained.", "").date, "2024-02-29");
}

// ---- month and day without a year

TEST(ResolveDate, MonthDayWithoutYearIsOnOrBeforePublication) {
  // Seed: "Xi and Putin last spoke just over a month ago, on January 21".
  const std::string_view s = "Xi and Putin last spoke just over a month ago, on January 21.";
  const ResolvedDate r = R(s, "2025-02-25");
  ASSERT_TRUE(r.found);
  EXPECT_EQ(r.date, "2025-01-21");
  EXPECT_EQ(r.precision, DatePrecision::kDay);
  EXPECT_EQ(Expr(s, r), "January 21");
  EXPECT_TRUE(r.relative);
  // Later in the year than publication: last year.
  EXPECT_EQ(R("They met on December 30.", "2025-01-02").date, "2024-12-30");
  // The publication day itself.
  EXPECT_EQ(R("They met on Feb. 24.", kMon).date, "2025-02-24");
  EXPECT_EQ(R("They met Feb 25.", kMon).date, "2024-02-25");
  // With the future hint: on or after publication.
  EXPECT_EQ(R("They will meet on January 21.", "2025-02-25", true).date, "2026-01-21");
  EXPECT_EQ(R("They will meet on March 3.", "2025-02-25", true).date, "2025-03-03");
  // Feb 29 only where the resolved year has one.
  EXPECT_EQ(R("They met on February 29.", "2024-03-10").date, "2024-02-29");
  EXPECT_FALSE(R("They met on February 29.", "2025-03-10").found);
}

TEST(ResolveDate, NoPublicationDateOnlyAbsolute) {
  EXPECT_FALSE(R("They met on January 21.", "").found);
  EXPECT_FALSE(R("They met on Thursday.", "").found);
  EXPECT_FALSE(R("They met last week.", "").found);
  EXPECT_FALSE(R("They met yesterday.", "not a date").found);
  EXPECT_TRUE(R("They met in 2022.", "").found);
}

// ---- weekdays

TEST(ResolveDate, WeekdayPastIsLatestOnOrBeforePublication) {
  // Seed: Wang Yi met Lavrov in Johannesburg "on Thursday" (article of Monday).
  const std::string_view s = "Wang Yi met Lavrov at the G20 gathering in Johannesburg on Thursday.";
  const ResolvedDate r = R(s, kMon);
  EXPECT_EQ(r.date, "2025-02-20");
  EXPECT_EQ(Expr(s, r), "Thursday");
  // Same weekday as publication: that very day.
  EXPECT_EQ(R("Xi spoke with Putin on Monday.", kMon).date, "2025-02-24");
  EXPECT_EQ(R("Xi spoke with Putin on Sunday.", kMon).date, "2025-02-23");
  // Across a month boundary and a year boundary.
  EXPECT_EQ(R("They met on Friday.", "2025-03-03").date, "2025-02-28");
  EXPECT_EQ(R("They met on Wednesday.", "2025-01-01").date, "2025-01-01");
  EXPECT_EQ(R("They met on Tuesday.", "2025-01-01").date, "2024-12-31");
  // Leap day.
  EXPECT_EQ(R("They met on Thursday.", "2024-03-01").date, "2024-02-29");
  // "last Monday" is past whatever the tense.
  EXPECT_EQ(R("They met last Monday.", kMon, true).date, "2025-02-24");
}

TEST(ResolveDate, WeekdayFutureIsNextSuchDay) {
  EXPECT_EQ(R("Ministers will meet on Thursday.", kMon, true).date, "2025-02-27");
  EXPECT_EQ(R("Ministers will meet on Monday.", kMon, true).date, "2025-03-03");
  EXPECT_EQ(R("Ministers meet next Saturday.", "2025-02-27").date, "2025-03-01");
  EXPECT_EQ(R("They meet on Monday.", "2024-12-31", true).date, "2025-01-06");
}

TEST(ResolveDate, AClauseAboutTheFutureReadsBareWeekdaysForward) {
  // 2025-02-20 is a Thursday: the visit is tomorrow, not last week.
  constexpr std::string_view kThu = "2025-02-20";
  EXPECT_EQ(R("The mayor has invited the envoy to visit the port on Friday morning.", kThu).date, "2025-02-21");
  EXPECT_EQ(R("The council will vote on Tuesday.", kThu).date, "2025-02-25");
  EXPECT_EQ(R("Talks are scheduled for Monday in Oslo.", kThu).date, "2025-02-24");
  EXPECT_EQ(R("We'll know more on Saturday, she said.", kThu).date, "2025-02-22");
  EXPECT_EQ(R("The ministers are set to meet on Wednesday.", kThu).date, "2025-02-26");
  // Past clauses stay in the past, also after a future one has ended.
  EXPECT_EQ(R("The council voted on Tuesday.", kThu).date, "2025-02-18");
  EXPECT_EQ(R("It will be costly; the storm hit on Monday.", kThu).date, "2025-02-17");
  EXPECT_EQ(R("He will not forget what happened after the vote on Tuesday.", kThu).date, "2025-02-18");
}

TEST(ResolveDate, AClauseAboutTheFutureReadsMonthDaysForward) {
  constexpr std::string_view kFeb20 = "2025-02-20";
  EXPECT_EQ(R("The president will travel to Lagos on March 3.", kFeb20).date, "2025-03-03");
  EXPECT_EQ(R("The president travelled to Lagos on March 3.", kFeb20).date, "2024-03-03");
}

TEST(ResolveDate, WeekdayBeforeExplicitDateTakesTheDate) {
  const std::string_view s = "On Monday, February 24, 2025, the leaders spoke.";
  const ResolvedDate r = R(s, "2025-03-10");
  EXPECT_EQ(r.date, "2025-02-24");
  EXPECT_EQ(Expr(s, r), "Monday, February 24, 2025");
}

// ---- today, yesterday, tomorrow

TEST(ResolveDate, Deictic) {
  EXPECT_EQ(R("The ministry said today that ...", kMon).date, "2025-02-24");
  EXPECT_EQ(R("Officials met yesterday.", "2025-03-01").date, "2025-02-28");
  EXPECT_EQ(R("Officials met yesterday.", "2024-03-01").date, "2024-02-29");
  EXPECT_EQ(R("Officials meet tomorrow.", "2024-12-31").date, "2025-01-01");
  EXPECT_EQ(R("Yesterday the talks ended.", "2025-01-01T08:00:00Z").date, "2024-12-31");
}

// ---- weeks

TEST(ResolveDate, LastWeekIsThePreviousCalendarWeek) {
  // Seed: "... met Russian counterparts in Saudi Arabia last week" (Monday
  // 2025-02-24; the Riyadh talks were 2025-02-17..19).
  const std::string_view s =
      "Top Trump administration officials met Russian counterparts in Saudi Arabia last week.";
  const ResolvedDate r = R(s, kMon);
  ASSERT_TRUE(r.found);
  EXPECT_EQ(Expr(s, r), "last week");
  EXPECT_EQ(r.date, "2025-02-17");
  EXPECT_EQ(r.precision, DatePrecision::kDay);
  EXPECT_EQ(Window(r), "2025-02-17..2025-02-23");
  EXPECT_EQ(r.window_days, 7u);
  for (std::string_view d : {"2025-02-17", "2025-02-18", "2025-02-19"}) EXPECT_TRUE(r.Contains(d));
  EXPECT_FALSE(r.Contains("2025-02-24"));
  // Published on a Sunday: the week before the one that ends that day.
  const ResolvedDate sun = R("They met last week.", "2025-03-02");
  EXPECT_EQ(Window(sun), "2025-02-17..2025-02-23");
  EXPECT_EQ(sun.date, "2025-02-23");
  // Spanning a year boundary.
  EXPECT_EQ(Window(R("They met last week.", "2025-01-03")), "2024-12-23..2024-12-29");
}

TEST(ResolveDate, ThisWeekAndNextWeek) {
  const ResolvedDate r = R("Talks are expected this week.", "2025-02-26");
  EXPECT_EQ(Window(r), "2025-02-24..2025-03-02");
  EXPECT_EQ(r.date, "2025-02-26");
  EXPECT_EQ(Window(R("Talks resume next week.", "2025-02-26")), "2025-03-03..2025-03-09");
  EXPECT_EQ(Window(R("Talks began earlier this week.", "2025-02-26")), "2025-02-24..2025-02-26");
}

TEST(ResolveDate, WeeksAgo) {
  const ResolvedDate r = R("They met two weeks ago.", kMon);
  EXPECT_EQ(r.date, "2025-02-10");
  EXPECT_EQ(Window(r), "2025-02-07..2025-02-13");
}

// ---- months

TEST(ResolveDate, EarlierThisMonth) {
  const ResolvedDate r = R("The two sides met earlier this month.", kMon);
  EXPECT_EQ(r.date, "2025-02");
  EXPECT_EQ(r.precision, DatePrecision::kMonth);
  EXPECT_EQ(Window(r), "2025-02-01..2025-02-24");
  EXPECT_EQ(Window(R("It happened this month.", "2024-02-10")), "2024-02-01..2024-02-29");
}

TEST(ResolveDate, LastMonth) {
  const ResolvedDate r = R("They met last month.", "2025-01-15");
  EXPECT_EQ(r.date, "2024-12");
  EXPECT_EQ(Window(r), "2024-12-01..2024-12-31");
  EXPECT_EQ(Window(R("They met last month.", "2024-03-31")), "2024-02-01..2024-02-29");
}

TEST(ResolveDate, MonthsAgo) {
  const std::string_view s = "Xi and Putin last spoke just over a month ago.";
  const ResolvedDate r = R(s, "2025-02-25");
  ASSERT_TRUE(r.found);
  EXPECT_EQ(Expr(s, r), "just over a month ago");
  EXPECT_EQ(r.date, "2025-01");
  EXPECT_EQ(r.precision, DatePrecision::kMonth);
  EXPECT_EQ(r.anchor, "2025-01-25");
  EXPECT_TRUE(r.Contains("2025-01-21"));  // the seed's true date
  EXPECT_FALSE(r.Contains("2025-01-26"));
  const ResolvedDate a = R("They met a month ago.", "2025-03-31");
  EXPECT_EQ(a.anchor, "2025-02-28");
  EXPECT_EQ(Window(a), "2025-02-13..2025-03-15");
  EXPECT_EQ(R("They met three months ago.", "2025-02-24").date, "2024-11");
  EXPECT_EQ(Window(R("Almost a month ago they met.", "2025-02-24")), "2025-01-24..2025-02-08");
}

TEST(ResolveDate, InMonthIsLatestSuchMonth) {
  const ResolvedDate r = R("The offensive began in March.", "2025-02-24");
  EXPECT_EQ(r.date, "2024-03");
  EXPECT_EQ(Window(r), "2024-03-01..2024-03-31");
  EXPECT_EQ(R("The offensive began in February.", "2025-02-24").date, "2025-02");
  EXPECT_EQ(R("Elections are due in March.", "2025-02-24", true).date, "2025-03");
  EXPECT_EQ(R("It started in early May.", "2025-06-01").date, "2025-05");
  // "may" the modal and "march" the verb are not months.
  EXPECT_FALSE(R("Troops may march on the capital.", kMon).found);
}

// ---- years

TEST(ResolveDate, YearsAgo) {
  // Seed: "Russia began its full-scale invasion of Ukraine three years ago".
  const std::string_view s = "Russia began its full-scale invasion of Ukraine three years ago.";
  const ResolvedDate r = R(s, kMon);
  ASSERT_TRUE(r.found);
  EXPECT_EQ(Expr(s, r), "three years ago");
  EXPECT_EQ(r.date, "2022");
  EXPECT_EQ(r.precision, DatePrecision::kYear);
  EXPECT_EQ(Window(r), "2022-01-01..2022-12-31");
  EXPECT_EQ(r.anchor, "2022-02-24");
  EXPECT_TRUE(r.Contains("2022-02-24"));
  EXPECT_EQ(R("It began 3 years ago.", kMon).date, "2022");
  // From a leap day.
  EXPECT_EQ(R("It began a year ago.", "2024-02-29").anchor, "2023-02-28");
}

TEST(ResolveDate, InYearLastYearThisYear) {
  const std::string_view s = "The war began in 2022, officials said.";
  const ResolvedDate r = R(s, kMon);
  EXPECT_EQ(r.date, "2022");
  EXPECT_EQ(Expr(s, r), "in 2022");
  EXPECT_EQ(R("Trade grew last year.", "2025-01-01").date, "2024");
  EXPECT_EQ(R("Trade grew this year.", "2025-12-31").date, "2025");
  EXPECT_FALSE(R("Some 2022 soldiers died.", kMon).found);
}

// ---- choosing among several

TEST(ResolveDate, MostPreciseExpressionWins) {
  const std::string_view s = "Three years ago, on Thursday, or last week: which?";
  const ResolvedDate r = R(s, kMon);
  EXPECT_EQ(Expr(s, r), "Thursday");
  const std::vector<ResolvedDate> all = FindDates(s, kMon);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].date, "2022");
  EXPECT_EQ(all[2].window_days, 7u);
  EXPECT_FALSE(R("No date here at all.", kMon).found);
  EXPECT_FALSE(R("", kMon).found);
}

TEST(ResolveDate, SentenceOfAnAnalysedDocumentGivesOriginalOffsets) {
  Document d;
  d.text = "Headline\n\nThey met \xE2\x80\x9C" "again\xE2\x80\x9D on Thursday in Geneva.";
  d.content.push_back(Span{0, static_cast<std::uint32_t>(d.text.size())});
  text::TextAnalysis a;
  text::TextPipeline().Analyze(d, a);
  ASSERT_GE(a.sentences.size(), 2u);
  const ResolvedDate r = ResolveDate(a, a.sentences.back(), kMon);
  ASSERT_TRUE(r.found);
  EXPECT_EQ(d.text.substr(r.begin, r.end - r.begin), "Thursday");
}

TEST(ResolveDate, LongJunkIsBounded) {
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "on Monday last week 3 years ago in 2022 ";
  EXPECT_TRUE(R(s, kMon).found);  // cut after kMaxTokens tokens, still answers
}

}  // namespace
}  // namespace readout::resolve
