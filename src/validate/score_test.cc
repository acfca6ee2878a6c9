// Scoring: sets of triples per record, true/false positives and negatives,
// precision/recall/F1 (including when they are undefined), categories.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readout/validate.h"

namespace readout::validate {
namespace {

using Triples = std::vector<Triple>;

GoldRecord Gold(std::string id, std::string category, Triples events, bool noevents = false) {
  GoldRecord g;
  g.id = std::move(id);
  g.category = std::move(category);
  g.events = std::move(events);
  g.noevents = noevents;
  g.line = 7;
  return g;
}

TEST(ScoreRecord, SetsAreComparedWhateverTheOrderAndDuplicates) {
  const GoldRecord g = Gold("a", "DEMO", {{"ARN", "GON", "064"}, {"GON", "ARN", "064"}, {"ARN", "GON", "064"}});
  const RecordResult r = ScoreRecord(g, "text", {{"GON", "ARN", "064"}, {"ARN", "GON", "064"}, {"GON", "ARN", "064"}});
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.true_positives, 2u);
  EXPECT_EQ(r.false_positives, 0u);
  EXPECT_EQ(r.false_negatives, 0u);
  EXPECT_EQ(r.expected, (Triples{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}}));
  EXPECT_EQ(r.found, r.expected);
  EXPECT_EQ(r.id, "a");
  EXPECT_EQ(r.category, "DEMO");
  EXPECT_EQ(r.line, 7u);
  EXPECT_EQ(r.text, "text");
}

TEST(ScoreRecord, CountsWhatIsMissingAndWhatIsExtra) {
  const GoldRecord g = Gold("a", "DEMO", {{"ARN", "GON", "064"}, {"ARN", "MOR", "064"}});
  const RecordResult r = ScoreRecord(g, "", {{"ARN", "GON", "064"}, {"ARN", "GON", "010"}, {"---", "GON", "064"}});
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.true_positives, 1u);
  EXPECT_EQ(r.false_positives, 2u);
  EXPECT_EQ(r.false_negatives, 1u);
}

TEST(ScoreRecord, NoeventsIsRightOnlyWhenNothingIsCoded) {
  const GoldRecord g = Gold("n", "DEMO", {}, /*noevents=*/true);
  EXPECT_TRUE(ScoreRecord(g, "", {}).exact);
  const RecordResult wrong = ScoreRecord(g, "", {{"ARN", "GON", "064"}});
  EXPECT_FALSE(wrong.exact);
  EXPECT_EQ(wrong.false_positives, 1u);
  EXPECT_EQ(wrong.false_negatives, 0u);
}

TEST(ScoreRecord, OddCodesCompareVerbatim) {
  const GoldRecord g = Gold("o", "ACTOR", {{"\"INJURY TOLL\"", "OSG", "223"}, {"---GOV", "---", "174K"}});
  EXPECT_TRUE(ScoreRecord(g, "", {{"---GOV", "---", "174K"}, {"\"INJURY TOLL\"", "OSG", "223"}}).exact);
  const RecordResult r = ScoreRecord(g, "", {{"INJURY TOLL", "OSG", "223"}, {"---GOV", "---", "174k"}});
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.true_positives, 0u);
}

TEST(ScoreRecord, AnErrorIsNeverExact) {
  const GoldRecord g = Gold("e", "ERROR", {}, true);
  const RecordResult r = ScoreRecord(g, "", {}, "the coder failed: boom");
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.error, "the coder failed: boom");
}

TEST(TripleOf, AbsentActorsAreWrittenAsPetrarchDoes) {
  events::Event e;
  e.source.code = "USAGOV";
  e.code = "0231";
  EXPECT_EQ(TripleOf(e), (Triple{"USAGOV", "---", "0231"}));
  e.source.code.clear();
  e.target.code = "---GOV";
  EXPECT_EQ(TripleOf(e), (Triple{"---", "---GOV", "0231"}));
}

TEST(Counts, PrecisionRecallF1) {
  Counts c;
  EXPECT_FALSE(c.precision().has_value());
  EXPECT_FALSE(c.recall().has_value());
  EXPECT_FALSE(c.f1().has_value());
  c.true_positives = 3;
  c.false_positives = 1;
  c.false_negatives = 2;
  EXPECT_DOUBLE_EQ(*c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(*c.recall(), 0.6);
  EXPECT_DOUBLE_EQ(*c.f1(), 2 * 0.75 * 0.6 / (0.75 + 0.6));
  // Nothing found, something expected: precision undefined, recall 0.
  Counts missed;
  missed.false_negatives = 4;
  EXPECT_FALSE(missed.precision().has_value());
  EXPECT_DOUBLE_EQ(*missed.recall(), 0.0);
  EXPECT_DOUBLE_EQ(*missed.f1(), 0.0);
}

TEST(Report, TotalsAndCategories) {
  Report report;
  report.Add(ScoreRecord(Gold("a", "DEMO", {{"A", "B", "010"}}), "", {{"A", "B", "010"}}));
  report.Add(ScoreRecord(Gold("b", "DEMO", {{"A", "B", "010"}}), "", {{"B", "A", "010"}}));
  report.Add(ScoreRecord(Gold("c", "", {}, true), "", {}));
  report.Add(ScoreRecord(Gold("d", "VERB", {{"A", "B", "020"}}), "", {}, "not read: no <Text>"));
  ASSERT_EQ(report.records.size(), 4u);
  EXPECT_EQ(report.records[1].id, "b");
  const Counts& all = report.overall;
  EXPECT_EQ(all.records, 4u);
  EXPECT_EQ(all.exact, 2u);
  EXPECT_EQ(all.errors, 1u);
  EXPECT_EQ(all.true_positives, 1u);
  EXPECT_EQ(all.false_positives, 1u);
  EXPECT_EQ(all.false_negatives, 2u);
  ASSERT_EQ(report.by_category.size(), 3u);
  EXPECT_EQ(report.by_category.at("DEMO").records, 2u);
  EXPECT_EQ(report.by_category.at("DEMO").exact, 1u);
  EXPECT_EQ(report.by_category.at(std::string(kNoCategory)).exact, 1u);
  EXPECT_EQ(report.by_category.at("VERB").errors, 1u);
  EXPECT_EQ(report.by_category.at("VERB").false_negatives, 1u);
}

}  // namespace
}  // namespace readout::validate
