// QuoteScorer (quote_scores.cc) and the gold reader (gold_attributions.cc):
// matching by overlap, speaker and cue checks, categories, offsets in code
// points, and bad gold lines named by file:line.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "readout/eval.h"

namespace readout::eval {
namespace {

// "Ana Ruiz said the bridge will reopen in May." and so on: offsets below
// are counted by hand on this text.
const char kText[] =
    "Ana Ruiz said the bridge will reopen in May. "                  // 0..44
    "\"We are not done,\" the mayor added.";                         // 45..81

Document Doc() {
  Document d;
  d.id = "d1";
  d.text = kText;
  return d;
}

GoldAttribution Gold(Span content, Span source, Span cue, AttributionType t) {
  GoldAttribution g;
  g.content = content;
  g.parts = {content};
  g.source = source;
  g.cue = cue;
  g.type = t;
  return g;
}

quotes::Quote Predicted(Span span, Span speaker, Span verb, quotes::QuoteKind kind, const Document& d) {
  quotes::Quote q;
  q.doc = d.id;
  q.span = span;
  q.text = std::string(d.slice(span));
  q.speaker.span = speaker;
  q.speaker.text = std::string(d.slice(speaker));
  q.verb_span = verb;
  q.verb = std::string(d.slice(verb));
  q.kind = kind;
  return q;
}

TEST(TypeOfContent, QuotationMarksDecideTheType) {
  EXPECT_EQ(TypeOfContent("\"We are not done,\""), AttributionType::kDirect);
  EXPECT_EQ(TypeOfContent("\xE2\x80\x9CWe are,\xE2\x80\x9D \xE2\x80\x9Cnot done.\xE2\x80\x9D"),
            AttributionType::kDirect);
  EXPECT_EQ(TypeOfContent("``We are not done.''"), AttributionType::kDirect);
  EXPECT_EQ(TypeOfContent("the plan was \"a mistake\""), AttributionType::kMixed);
  EXPECT_EQ(TypeOfContent("the bridge will reopen in May"), AttributionType::kIndirect);
}

TEST(IsVerbOfSaying, InflectionsOfSayVerbsOnly) {
  EXPECT_TRUE(IsVerbOfSaying("said"));
  EXPECT_TRUE(IsVerbOfSaying("has told"));
  EXPECT_TRUE(IsVerbOfSaying("announcing"));
  EXPECT_TRUE(IsVerbOfSaying("admitted"));
  EXPECT_TRUE(IsVerbOfSaying("Replied"));
  EXPECT_FALSE(IsVerbOfSaying("believes"));
  EXPECT_FALSE(IsVerbOfSaying("according to"));
  EXPECT_FALSE(IsVerbOfSaying("addition"));
}

TEST(QuoteScorer, MatchesByHalfTheShorterSpan) {
  const Document d = Doc();
  GoldAttributions gold{"d1",
                        {Gold({14, 43}, {0, 8}, {9, 13}, AttributionType::kIndirect),
                         Gold({45, 63}, {64, 73}, {74, 79}, AttributionType::kDirect)},
                        sizeof(kText) - 1,
                        "test"};
  // The first content cut to "the bridge will reopen" (22 of 29 bytes):
  // still a match. The second: the right words but the wrong speaker.
  const std::vector<quotes::Quote> predicted{
      Predicted({14, 36}, {0, 8}, {9, 13}, quotes::QuoteKind::kIndirect, d),
      Predicted({46, 62}, {0, 3}, {74, 79}, quotes::QuoteKind::kDirect, d)};
  QuoteScorer scorer(true);
  scorer.Add(gold, d, predicted);
  const QuoteScores s = scorer.Scores();
  const CategoryScores& all = s.by[kAllAttributions];
  EXPECT_EQ(all.gold, 2U);
  EXPECT_EQ(all.matched, 2U);
  EXPECT_DOUBLE_EQ(all.f1, 1.0);
  EXPECT_DOUBLE_EQ(all.speaker_accuracy, 0.5);
  EXPECT_DOUBLE_EQ(all.cue_accuracy, 1.0);
  EXPECT_EQ(s.by[kDirectAttributions].gold, 1U);
  EXPECT_EQ(s.by[kSayingAttributions].gold, 2U);  // said, added
  EXPECT_EQ(s.by[kQuotedAttributions].gold, 1U);
  ASSERT_EQ(scorer.failures().size(), 1U);
  EXPECT_EQ(scorer.failures()[0].kind, QuoteFailure::Kind::kWrongSpeaker);
  EXPECT_EQ(scorer.failures()[0].gold_source, "the mayor");
}

TEST(QuoteScorer, SmallOverlapIsAMissAndASpuriousQuote) {
  const Document d = Doc();
  GoldAttributions gold{"d1", {Gold({14, 43}, {0, 8}, {9, 13}, AttributionType::kIndirect)}, sizeof(kText) - 1, "test"};
  // "May. \"We are not done" shares only "May" with the gold content.
  const std::vector<quotes::Quote> predicted{
      Predicted({40, 62}, {0, 8}, {9, 13}, quotes::QuoteKind::kPartial, d)};
  QuoteScorer scorer(true);
  scorer.Add(gold, d, predicted);
  const QuoteScores s = scorer.Scores();
  EXPECT_EQ(s.by[kAllAttributions].matched, 0U);
  EXPECT_EQ(s.by[kAllAttributions].predicted, 1U);
  EXPECT_EQ(s.by[kMixedAttributions].predicted, 1U);  // counted as its own kind
  EXPECT_DOUBLE_EQ(s.by[kAllAttributions].recall, 0.0);
  ASSERT_EQ(scorer.failures().size(), 2U);
  EXPECT_EQ(scorer.failures()[0].kind, QuoteFailure::Kind::kMissed);
  EXPECT_EQ(scorer.failures()[1].kind, QuoteFailure::Kind::kSpurious);
}

TEST(QuoteScorer, EachGoldMatchesOnce) {
  const Document d = Doc();
  GoldAttributions gold{"d1", {Gold({14, 43}, {0, 8}, {9, 13}, AttributionType::kIndirect)}, sizeof(kText) - 1, "test"};
  const std::vector<quotes::Quote> predicted{
      Predicted({14, 43}, {0, 8}, {9, 13}, quotes::QuoteKind::kIndirect, d),
      Predicted({18, 43}, {0, 8}, {9, 13}, quotes::QuoteKind::kIndirect, d)};
  QuoteScorer scorer;
  scorer.Add(gold, d, predicted);
  const QuoteScores s = scorer.Scores();
  const CategoryScores& all = s.by[kAllAttributions];
  EXPECT_EQ(all.matched, 1U);
  EXPECT_DOUBLE_EQ(all.precision, 0.5);
  EXPECT_DOUBLE_EQ(all.recall, 1.0);
}

TEST(QuoteScorer, OfTwoCoveringPredictionsTheCloserInLengthMatches) {
  const Document d = Doc();
  GoldAttributions gold{"d1", {Gold({14, 43}, {0, 8}, {9, 13}, AttributionType::kIndirect)}, sizeof(kText) - 1, "test"};
  // Both cover the gold content; the first runs on over the next sentence.
  const std::vector<quotes::Quote> predicted{
      Predicted({14, 80}, {64, 73}, {74, 79}, quotes::QuoteKind::kIndirect, d),
      Predicted({14, 43}, {0, 8}, {9, 13}, quotes::QuoteKind::kIndirect, d)};
  QuoteScorer scorer;
  scorer.Add(gold, d, predicted);
  const QuoteScores s = scorer.Scores();
  EXPECT_EQ(s.by[kAllAttributions].matched, 1U);
  EXPECT_DOUBLE_EQ(s.by[kAllAttributions].speaker_accuracy, 1.0);  // the second one's speaker
}

class GoldFile : public ::testing::Test {
 protected:
  std::string Write(const std::string& body) {
    path_ = (std::filesystem::temp_directory_path() /
             ("readout_gold_attr_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".jsonl"))
                .string();
    std::ofstream(path_) << body;
    return path_;
  }
  void TearDown() override {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  std::string path_;
};

TEST_F(GoldFile, CodePointOffsetsBecomeBytes) {
  // "é" is two bytes: every offset after it moves by one.
  const std::string path = Write(
      "{\"id\":\"a\",\"text\":\"Ren\xC3\xA9 dit non.\",\"gold\":{\"attributions\":"
      "[{\"content\":[9,12],\"source\":[0,4],\"cue\":[5,8]}]}}\n"
      "{\"id\":\"b\",\"text\":\"no gold here\"}\n");
  Result<std::vector<GoldAttributions>> g = ReadGoldAttributions(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->size(), 1U);
  const GoldAttribution& a = (*g)[0].attributions.at(0);
  EXPECT_EQ(a.source, (Span{0, 5}));
  EXPECT_EQ(a.cue, (Span{6, 9}));
  EXPECT_EQ(a.content, (Span{10, 13}));
  EXPECT_EQ(a.type, AttributionType::kIndirect);
}

TEST_F(GoldFile, BadLinesNameFileAndLine) {
  const std::string path = Write(
      "{\"id\":\"a\",\"text\":\"abc\",\"gold\":{\"attributions\":[]}}\n"
      "{\"id\":\"b\",\"text\":\"abc\",\"gold\":{\"attributions\":[{\"content\":[1,9]}]}}\n");
  Result<std::vector<GoldAttributions>> g = ReadGoldAttributions(path);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().ToString().find(path + ":2"), std::string::npos) << g.status().ToString();

  const std::string broken = Write("{\"id\":\"a\",\"text\":\"abc\",\"gold\":{\"attributions\":[\n");
  Result<std::vector<GoldAttributions>> h = ReadGoldAttributions(broken);
  ASSERT_FALSE(h.ok());
  EXPECT_NE(h.status().ToString().find(broken + ":1"), std::string::npos) << h.status().ToString();
}

}  // namespace
}  // namespace readout::eval
