// ScoreStories (story_scores.cc): B-cubed against hand-computed values.
#include <gtest/gtest.h>

#include "readout/eval.h"

namespace readout::eval {
namespace {

stories::Story Predicted(const std::string& id, std::vector<std::string> members) {
  stories::Story s;
  s.id = id;
  s.members = std::move(members);
  return s;
}

TEST(ScoreStories, PerfectGroupingScoresOne) {
  const std::vector<GoldStory> gold{{"a", "x"}, {"b", "x"}, {"c", "y"}};
  const StoryScores s = ScoreStories(gold, {Predicted("s1", {"a", "b"}), Predicted("s2", {"c"})});
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_DOUBLE_EQ(s.f1, 1);
  EXPECT_EQ(s.exact, 2U);
  EXPECT_EQ(s.predicted_stories, 2U);
}

TEST(ScoreStories, MergeLowersPrecisionOnly) {
  // Everything in one story: each document's predicted story holds 3, of
  // which 2 (x) or 1 (y) are its own.
  const std::vector<GoldStory> gold{{"a", "x"}, {"b", "x"}, {"c", "y"}};
  const StoryScores s = ScoreStories(gold, {Predicted("s1", {"a", "b", "c"})});
  EXPECT_NEAR(s.precision, (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, 1e-12);
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_EQ(s.exact, 0U);
}

TEST(ScoreStories, MissingDocumentsStandAlone) {
  // "b" is in no predicted story: it counts as its own story, as does the
  // all-alone answer for everything.
  const std::vector<GoldStory> gold{{"a", "x"}, {"b", "x"}};
  const StoryScores s = ScoreStories(gold, {Predicted("s1", {"a", "zzz"})});
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_NEAR(s.singletons_f1, 2 * 0.5 / 1.5, 1e-12);
  EXPECT_EQ(s.predicted_stories, 2U);
}

TEST(ExplainStories, NamesSplitsAndMerges) {
  const std::vector<GoldStory> gold{{"a", "x"}, {"b", "x"}, {"c", "y"}};
  const std::vector<stories::Story> predicted{Predicted("s1", {"a"}), Predicted("s2", {"b", "c"})};
  stories::Clusterer clusterer;
  const std::vector<StoryFailure> f = ExplainStories(gold, predicted, {}, clusterer);
  ASSERT_EQ(f.size(), 2U);
  EXPECT_EQ(f[0].kind, StoryFailure::Kind::kSplit);
  EXPECT_EQ(f[0].story, "x");
  EXPECT_EQ(f[1].kind, StoryFailure::Kind::kMerged);
  EXPECT_EQ(f[1].story, "s2");
  ASSERT_EQ(f[1].members.size(), 2U);
  EXPECT_EQ(f[1].members[1].gold, "y");
}

}  // namespace
}  // namespace readout::eval
