#include "compare/quantities.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "readout/text.h"

namespace readout::compare {
namespace {

// Days from 1970-01-01.
constexpr double kMonday20260309 = 20521;
constexpr double kMonday20250224 = 20143;

Document MakeDoc(const std::string& id, const std::string& body, const std::string& published) {
  Document d;
  d.id = id;
  d.published = published;
  d.text = body;
  d.content.push_back(Span{0, static_cast<std::uint32_t>(d.text.size())});
  return d;
}

std::vector<Quantity> Find(const std::string& body, const std::string& published = "2026-03-09",
                           const std::string& id = "a") {
  const Document d = MakeDoc(id, body, published);
  text::TextAnalysis analysis;
  text::TextPipeline().Analyze(d, analysis);
  return FindQuantities(d, analysis);
}

// The only quantity of `kind` in `body`; fails the test when there is not
// exactly one.
Quantity Only(const std::string& body, QuantityKind kind) {
  std::vector<Quantity> found;
  for (Quantity& q : Find(body)) {
    if (q.kind == kind) found.push_back(std::move(q));
  }
  EXPECT_EQ(found.size(), 1u) << body;
  return found.empty() ? Quantity{} : found.front();
}

std::vector<QuantityComparison> CompareTexts(const std::vector<std::string>& bodies) {
  std::vector<std::vector<Quantity>> per_document;
  for (std::size_t i = 0; i < bodies.size(); ++i) {
    const std::string id(1, static_cast<char>('a' + i));  // "a", "b", ...
    per_document.push_back(Find(bodies[i], "2026-03-09", id));
  }
  return CompareQuantities(per_document);
}

// ---------------------------------------------------------------- durations

TEST(QuantitiesDuration, HoursOfTalksAreMinutesOfTheTalks) {
  const Quantity q =
      Only("Xi and Putin held two hours of talks in Moscow.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "talks");
  EXPECT_EQ(q.value.unit, "minute");
  EXPECT_EQ(q.value.low, 120);
  EXPECT_EQ(q.value.high, 120);
  EXPECT_EQ(q.value.text, "two hours");
  EXPECT_EQ(q.value.doc, "a");
  EXPECT_FALSE(q.approximate);
}

TEST(QuantitiesDuration, MoreThanIsALowerBoundWithNoUpperOne) {
  const Quantity q =
      Only("They held talks that lasted more than 90 minutes.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "talks");
  EXPECT_EQ(q.value.low, 90);
  EXPECT_EQ(q.value.high, -1);
  EXPECT_EQ(q.value.text, "more than 90 minutes");  // the exclusive bound shows here
}

TEST(QuantitiesDuration, OverAnHourAndAHalf) {
  const Quantity q = Only("The call reportedly lasted over an hour and a half.",
                          QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "call");
  EXPECT_EQ(q.value.low, 90);
  EXPECT_EQ(q.value.high, -1);
  EXPECT_EQ(q.value.text, "over an hour and a half");
}

TEST(QuantitiesDuration, CompoundsModifyTheirEventNoun) {
  Quantity q = Only("Biden and Xi had a 40-minute call on trade.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "call");
  EXPECT_EQ(q.value.low, 40);
  q = Only("It was a two-hour meeting.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "meeting");
  EXPECT_EQ(q.value.low, 120);
  q = Only("He began a day-long visit to Hanoi.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "visit");
  EXPECT_EQ(q.value.low, 24 * 60);
}

TEST(QuantitiesDuration, DaysAndHalfHoursConvertToMinutes) {
  Quantity q = Only("The visit went on for three days.", QuantityKind::kDuration);
  EXPECT_EQ(q.value.low, 3 * 24 * 60);
  EXPECT_EQ(q.subject, "visit");
  q = Only("The conversation took half an hour.", QuantityKind::kDuration);
  EXPECT_EQ(q.value.low, 30);
  EXPECT_EQ(q.subject, "conversation");
  q = Only("The meeting ran two hours and 15 minutes.", QuantityKind::kDuration);
  EXPECT_EQ(q.value.low, 135);
}

TEST(QuantitiesDuration, PointsInTimeAndRatesAreNotDurations) {
  for (const char* body : {"The talks began two days ago.", "Talks resume in two weeks.",
                           "They call once a day.", "The meeting ended three days later."}) {
    for (const Quantity& q : Find(body)) {
      EXPECT_NE(q.kind, QuantityKind::kDuration) << body << ": " << q.value.text;
    }
  }
}

TEST(QuantitiesDuration, NoEventNounMeansNoSubject) {
  const Quantity q = Only("He waited for two hours.", QuantityKind::kDuration);
  EXPECT_EQ(q.subject, "");
}

// ---------------------------------------------------------------- money

TEST(QuantitiesMoney, AboutWidensByFivePercentEitherWay) {
  const Quantity q =
      Only("China will extend about $2.6 billion loan to Pakistan.", QuantityKind::kMoney);
  EXPECT_EQ(q.value.unit, "USD");
  EXPECT_EQ(q.subject, "loan");
  EXPECT_DOUBLE_EQ(q.value.low, 2.6e9 * 0.95);
  EXPECT_DOUBLE_EQ(q.value.high, 2.6e9 * 1.05);
  EXPECT_TRUE(q.approximate);
  EXPECT_EQ(q.value.text, "about $2.6 billion");
}

TEST(QuantitiesMoney, TheNounBeforeOfIsTheSubject) {
  const Quantity q =
      Only("Pakistan secured a loan of about $2.6 billion from China.", QuantityKind::kMoney);
  EXPECT_EQ(q.subject, "loan");
  EXPECT_EQ(q.value.unit, "USD");
}

TEST(QuantitiesMoney, CurrenciesScalesAndBounds) {
  struct Case {
    const char* body;
    const char* unit;
    double low, high;
  };
  for (const Case& c : {
           Case{"They pledged roughly $310 million in aid.", "USD", 310e6 * 0.95, 310e6 * 1.05},
           Case{"It costs 310 million dollars.", "USD", 310e6, 310e6},
           Case{"The EU offered \xE2\x82\xAC" "5bn in credit.", "EUR", 5e9, 5e9},
           Case{"A grant of \xC2\xA3" "3m was agreed.", "GBP", 3e6, 3e6},
           Case{"The state spent Rs 500 crore on roads.", "INR", 5e9, 5e9},
           Case{"Exports reached US$1.2 trillion.", "USD", 1.2e12, 1.2e12},
           Case{"They will invest up to $1 billion.", "USD", 0, 1e9},
           Case{"Trade topped more than $200 billion.", "USD", 200e9, -1},
           Case{"Sales fell to 300 billion yen.", "JPY", 300e9, 300e9},
       }) {
    const Quantity q = Only(c.body, QuantityKind::kMoney);
    EXPECT_EQ(q.value.unit, c.unit) << c.body;
    EXPECT_DOUBLE_EQ(q.value.low, c.low) << c.body;
    EXPECT_DOUBLE_EQ(q.value.high, c.high) << c.body;
  }
  EXPECT_EQ(Only("They pledged roughly $310 million in aid.", QuantityKind::kMoney).subject, "aid");
  EXPECT_EQ(Only("The EU offered \xE2\x82\xAC" "5bn in credit.", QuantityKind::kMoney).subject,
            "credit");
  EXPECT_EQ(Only("They signed a $2.6-billion deal.", QuantityKind::kMoney).subject, "deal");
}

TEST(QuantitiesMoney, AConversionNamesTheSameThing) {
  const std::vector<Quantity> qs =
      Find("Japan pledged loans worth 390 billion yen, or about $2.6 billion, for transport.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].value.unit, "JPY");
  EXPECT_EQ(qs[0].subject, "loan");
  EXPECT_EQ(qs[1].value.unit, "USD");
  EXPECT_EQ(qs[1].subject, "loan");
  EXPECT_EQ(Only("The deal is worth 5 million euros.", QuantityKind::kMoney).subject, "deal");
}

TEST(QuantitiesMoney, PoundsOfSomethingIsAWeight) {
  for (const Quantity& q : Find("Police found 500 pounds of explosives.")) {
    EXPECT_NE(q.kind, QuantityKind::kMoney);
  }
}

// ---------------------------------------------------------------- counts

TEST(QuantitiesCount, MeasureUnitOfSomething) {
  Quantity q = Only("Russia will supply up to 1,200 tonnes of rare-earth oxides a year.",
                    QuantityKind::kCount);
  EXPECT_EQ(q.value.unit, "tonne");
  EXPECT_EQ(q.subject, "rare-earth oxides");
  EXPECT_EQ(q.value.low, 0);
  EXPECT_EQ(q.value.high, 1200);
  EXPECT_EQ(q.value.text, "up to 1,200 tonnes");
  q = Only("The firm shipped 48,000 tonnes of the pipes.", QuantityKind::kCount);
  EXPECT_EQ(q.subject, "pipes");
  EXPECT_EQ(q.value.low, 48000);
}

TEST(QuantitiesCount, ANumberBeforeAPluralNoun) {
  Quantity q = Only("The leaders signed five agreements.", QuantityKind::kCount);
  EXPECT_EQ(q.value.unit, "agreement");
  EXPECT_EQ(q.subject, "agreements");
  EXPECT_EQ(q.value.low, 5);
  q = Only("They signed 12 new contracts.", QuantityKind::kCount);
  EXPECT_EQ(q.value.unit, "contract");
  EXPECT_EQ(q.value.low, 12);
}

TEST(QuantitiesCount, KilledAndDisplacedAreDifferentCountsOfPeople) {
  const std::vector<Quantity> qs =
      Find("The war killed tens of thousands and displaced about 10 million people.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].kind, QuantityKind::kCount);
  EXPECT_EQ(qs[0].value.unit, "people");
  EXPECT_EQ(qs[0].subject, "people killed");
  EXPECT_EQ(qs[0].value.low, 20000);
  EXPECT_EQ(qs[0].value.high, 99999);
  EXPECT_EQ(qs[0].value.text, "tens of thousands");
  EXPECT_TRUE(qs[0].approximate);
  EXPECT_EQ(qs[1].kind, QuantityKind::kCount);
  EXPECT_EQ(qs[1].value.unit, "people");
  EXPECT_EQ(qs[1].subject, "people displaced");
  EXPECT_DOUBLE_EQ(qs[1].value.low, 10e6 * 0.95);
  EXPECT_DOUBLE_EQ(qs[1].value.high, 10e6 * 1.05);
  EXPECT_EQ(qs[1].value.text, "about 10 million people");
}

TEST(QuantitiesCount, OutcomeAfterTheNoun) {
  const Quantity q = Only("At least 40 civilians were killed.", QuantityKind::kCount);
  EXPECT_EQ(q.subject, "civilians killed");
  EXPECT_EQ(q.value.unit, "civilian");
  EXPECT_EQ(q.value.low, 40);
  EXPECT_EQ(q.value.high, -1);
}

TEST(QuantitiesCount, BareFigureWithAnOutcomeCountsPeople) {
  const std::vector<Quantity> qs = Find("At least 12 people were killed and 30 wounded.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].subject, "people killed");
  EXPECT_EQ(qs[1].subject, "people injured");
  EXPECT_EQ(qs[1].value.unit, "people");
  EXPECT_EQ(qs[1].value.low, 30);
  EXPECT_TRUE(Find("He said 30 and left.").empty());
  EXPECT_EQ(Only("It left 10 million displaced people.", QuantityKind::kCount).subject,
            "people displaced");
}

TEST(QuantitiesCount, YearsDatesAndOrdinalsAreNotCounts) {
  for (const char* body : {"They marked the 70th anniversary of ties in 2019.",
                           "The 2019 elections were close.", "They met on 2026-03-01 at 10:30.",
                           "The 1990s were hard.", "Leaders met on March 9 for talks.",
                           "The two leaders spoke."}) {
    for (const Quantity& q : Find(body)) {
      EXPECT_NE(q.kind, QuantityKind::kCount) << body << ": " << q.value.text;
    }
  }
}

// ---------------------------------------------------------------- percent

TEST(QuantitiesPercent, SymbolAndWords) {
  Quantity q = Only("Washington imposed a 25% tariff.", QuantityKind::kPercent);
  EXPECT_EQ(q.value.unit, "percent");
  EXPECT_EQ(q.value.low, 25);
  EXPECT_EQ(q.subject, "tariff");
  q = Only("They bought 25 percent of the shares.", QuantityKind::kPercent);
  EXPECT_EQ(q.subject, "share");
  q = Only("Inflation rose to 7 per cent.", QuantityKind::kPercent);
  EXPECT_EQ(q.subject, "inflation");
  EXPECT_EQ(q.value.low, 7);
}

// ---------------------------------------------------------------- dates

TEST(QuantitiesDate, WeekdayResolvesAgainstPublication) {
  const std::vector<Quantity> qs = Find("Xi and Putin met at the summit on Monday.", "2026-03-09");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, QuantityKind::kDate);
  EXPECT_EQ(qs[0].subject, "summit");
  EXPECT_EQ(qs[0].value.unit, "day");
  EXPECT_EQ(qs[0].value.low, kMonday20260309);
  EXPECT_EQ(qs[0].value.high, kMonday20260309);
}

TEST(QuantitiesDate, DatesWithoutAnEventNounAreSkipped) {
  EXPECT_TRUE(Find("It rained heavily on Monday.").empty());
}

TEST(QuantitiesDate, TheNearestTenseDecidesTheDirection) {
  // Published on a Monday: "due to travel on Tuesday" is the next day.
  Quantity q = Only("Hanabusa is due to travel to Bengaluru on Tuesday to tour a plant.",
                    QuantityKind::kDate);
  EXPECT_EQ(q.subject, "tour");
  EXPECT_EQ(q.value.low, kMonday20260309 + 1);
  // "will" opens the sentence, but "met" governs the date.
  q = Only("Both will cooperate more after they met at the summit on Monday.", QuantityKind::kDate);
  EXPECT_EQ(q.value.low, kMonday20260309);
}

TEST(QuantitiesDate, EachEventKeepsItsOwnDate) {
  const std::vector<Quantity> qs =
      Find("The visit to Beijing on March 2 and the summit on March 4 went well.");
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].subject, "visit");
  EXPECT_EQ(qs[1].subject, "summit");
  EXPECT_EQ(qs[1].value.low, kMonday20260309 - 5);
  // The date is the groundwork's, not the summit's.
  EXPECT_TRUE(Find("The groundwork for the summit was laid last week.").empty());
}

TEST(QuantitiesDate, SameDayWrittenDifferentlyAgrees) {
  std::vector<std::vector<Quantity>> per_document;
  per_document.push_back(Find("Xi and Putin met at the summit on Monday.", "2026-03-09", "a"));
  per_document.push_back(Find("The summit was held on Monday, March 9.", "2026-03-11", "b"));
  const std::vector<QuantityComparison> c = CompareQuantities(per_document);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, QuantityKind::kDate);
  EXPECT_EQ(c[0].subject, "summit");
  EXPECT_TRUE(c[0].agree);
  ASSERT_EQ(c[0].values.size(), 2u);
  EXPECT_EQ(c[0].values[0].low, kMonday20260309);
  EXPECT_EQ(c[0].values[1].low, kMonday20260309);
  EXPECT_EQ(c[0].values[1].high, kMonday20260309);
  EXPECT_EQ(c[0].values[1].text, "Monday, March 9");
}

TEST(QuantitiesDate, APhoneConversationIsACall) {
  std::vector<std::vector<Quantity>> per_document;
  per_document.push_back(Find("Xi told Putin on Monday, in their first phone call this year, that "
                              "ties were strong.",
                              "2025-02-24", "a"));
  per_document.push_back(
      Find("On February 24, Xi held a telephone conversation with Putin.", "2025-02-25", "b"));
  const std::vector<QuantityComparison> c = CompareQuantities(per_document);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].subject, "call");
  EXPECT_TRUE(c[0].agree);
  EXPECT_EQ(c[0].values[0].low, kMonday20250224);
}

// ---------------------------------------------------------------- compare

TEST(QuantitiesCompare, TwoHoursAndMoreThanNinetyMinutesDisagree) {
  const std::vector<QuantityComparison> c =
      CompareTexts({"Xi and Putin held two hours of talks in Moscow.",
                    "The leaders held talks that lasted more than 90 minutes."});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, QuantityKind::kDuration);
  EXPECT_EQ(c[0].subject, "talks");
  // Both could be true, but the sources do not say the same thing.
  EXPECT_FALSE(c[0].agree);
  ASSERT_EQ(c[0].values.size(), 2u);
  EXPECT_EQ(c[0].values[0].doc, "a");
  EXPECT_EQ(c[0].values[0].low, 120);
  EXPECT_EQ(c[0].values[0].high, 120);
  EXPECT_EQ(c[0].values[1].doc, "b");
  EXPECT_EQ(c[0].values[1].low, 90);
  EXPECT_EQ(c[0].values[1].high, -1);
}

TEST(QuantitiesCompare, ApproximateAmountsAgree) {
  const std::vector<QuantityComparison> c =
      CompareTexts({"China will extend about $2.6 billion loan to Pakistan.",
                    "Pakistan secured a loan of about $2.6 billion from China."});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, QuantityKind::kMoney);
  EXPECT_EQ(c[0].subject, "loan");
  EXPECT_EQ(c[0].values[0].unit, "USD");
  EXPECT_TRUE(c[0].agree);
}

TEST(QuantitiesCompare, ApproximateAndExactOverlapAgreeButDistantDoNot) {
  EXPECT_TRUE(CompareTexts({"It took about $2.6 billion in loans.",
                            "It took $2.5 billion in loans."})[0].agree);
  EXPECT_FALSE(CompareTexts({"It took about $2.6 billion in loans.",
                             "It took $3 billion in loans."})[0].agree);
}

TEST(QuantitiesCompare, SameUpperBoundAgrees) {
  const std::vector<QuantityComparison> c = CompareTexts(
      {"Russia will supply up to 1,200 tonnes of rare-earth oxides a year.",
       "China may get as many as 1,200 tonnes of rare-earth oxides annually."});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].kind, QuantityKind::kCount);
  EXPECT_EQ(c[0].subject, "rare-earth oxides");
  EXPECT_TRUE(c[0].agree);
  EXPECT_EQ(c[0].values[1].text, "as many as 1,200 tonnes");
}

TEST(QuantitiesCompare, OnlyKeysInTwoDocumentsFirstValueEachInOrder) {
  const std::vector<QuantityComparison> c = CompareTexts(
      {"The meeting lasted two hours. The summit cost $5 million in fees. The meeting lasted "
       "three hours.",
       "The talks took an hour. Fees: the summit cost $5 million in fees. A two-hour meeting.",
       "He waited two hours. She waited two hours."});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].subject, "meeting");
  ASSERT_EQ(c[0].values.size(), 2u);
  EXPECT_EQ(c[0].values[0].low, 120);  // the first of a's two meetings
  EXPECT_TRUE(c[0].agree);
  EXPECT_EQ(c[1].subject, "fee");
  EXPECT_EQ(c[1].kind, QuantityKind::kMoney);
}

// ---------------------------------------------------------------- odd input

TEST(QuantitiesOddInput, NoNumbersNoQuantities) {
  EXPECT_TRUE(Find("Leaders met and talked about trade and security.").empty());
}

TEST(QuantitiesOddInput, EmptyAndJunkDoNotCrash) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("$").empty());
  EXPECT_TRUE(Find("$ $ % per cent -- 1,2,3 10- -5 .5 a an and a half").size() < 10u);
  // Beyond any real figure and beyond what a double holds exactly: dropped.
  EXPECT_TRUE(Find("999999999999999999999 tonnes").empty());
  EXPECT_TRUE(Find("$999999999999999999999 billion").empty());
  EXPECT_TRUE(Find(std::string(5000, '9') + " people").empty());
  EXPECT_TRUE(Find("twenty-five-minute-long-hour-talks tens of tens of thousands of").size() < 3u);
  EXPECT_TRUE(CompareQuantities({}).empty());
  EXPECT_TRUE(CompareQuantities({{}, {}}).empty());
}

// Random soups of the words the readers react to: whatever they make of
// them, every value is a sane interval over real bytes, in text order.
TEST(QuantitiesOddInput, RandomWordSoupKeepsInvariants) {
  static const char* kWords[] = {
      "$", "US", "\xE2\x82\xAC", "%", "per", "cent", "percent", "about", "more", "than", "up",
      "to", "as", "many", "over", "a", "an", "half", "and", "of", "the", "two", "twenty-five",
      "hundred", "thousand", "million", "billion", "tens", "thousands", "dozens", "1,200",
      "2.6", "5bn", "2019", "70th", "10-20", "2026-03-09", "999999999999999999999", "hours",
      "minutes", "day", "days", "40-minute", "day-long", "tonnes", "people", "killed",
      "wounded", "talks", "summit", "call", "on", "Monday", "March", "9", "last", "week", "will",
      "met", "for", "ago", "yen", "dollars", "loan", "worth", "in", ",", ".", ";", "Rs", "crore"};
  std::mt19937 rng(20260309);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(kWords) - 1);
  std::uniform_int_distribution<int> length(1, 40);
  std::vector<std::vector<Quantity>> per_document;
  for (int n = 0; n < 300; ++n) {
    std::string body;
    for (int w = length(rng); w > 0; --w) {
      if (!body.empty()) body += ' ';
      body += kWords[pick(rng)];
    }
    const Document d = MakeDoc(std::to_string(n), body, "2026-03-09");
    text::TextAnalysis analysis;
    text::TextPipeline().Analyze(d, analysis);
    std::vector<Quantity> qs = FindQuantities(d, analysis);
    for (std::size_t i = 0; i < qs.size(); ++i) {
      const QuantityValue& v = qs[i].value;
      ASSERT_LT(v.span.begin, v.span.end) << body;
      ASSERT_LE(v.span.end, d.text.size()) << body;
      ASSERT_FALSE(v.text.empty()) << body;
      ASSERT_TRUE(std::isfinite(v.low) && std::isfinite(v.high)) << body;
      ASSERT_GE(v.low, 0) << body;
      ASSERT_TRUE(v.high == -1 || v.low <= v.high) << body << ": " << v.text;
      if (i > 0) {
        ASSERT_LE(qs[i - 1].value.span.begin, v.span.begin) << body;
      }
    }
    per_document.push_back(std::move(qs));
  }
  for (const QuantityComparison& c : CompareQuantities(per_document)) {
    ASSERT_GE(c.values.size(), 2u);
    ASSERT_FALSE(c.subject.empty());
    for (std::size_t i = 1; i < c.values.size(); ++i) {
      ASSERT_NE(c.values[i - 1].doc, c.values[i].doc);
    }
  }
}

TEST(QuantitiesOddInput, TitleIsScannedAndSpansPointIntoText) {
  Document d = MakeDoc("t", "Talks last two hours\n\nNothing else.", "2026-03-09");
  d.title_span = Span{0, 20};
  d.content = {Span{22, static_cast<std::uint32_t>(d.text.size())}};
  text::TextAnalysis analysis;
  text::TextPipeline().Analyze(d, analysis);
  const std::vector<Quantity> qs = FindQuantities(d, analysis);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].subject, "talks");
  EXPECT_EQ(d.slice(qs[0].value.span), "two hours");
  EXPECT_EQ(qs[0].sentence, 0u);
}

}  // namespace
}  // namespace readout::compare
