// ExtractFeatures (features.cc), TermOf and the stop words (stop_words.cc).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readout/text.h"
#include "stories/features.h"

namespace readout::stories {
namespace {

std::vector<Feature> FeaturesOf(const std::string& body, const std::string& title = "") {
  Document doc;
  doc.id = "d";
  if (!title.empty()) {
    doc.text = title + "\n\n";
    doc.title_span = Span{0, static_cast<std::uint32_t>(title.size())};
  }
  const auto begin = static_cast<std::uint32_t>(doc.text.size());
  doc.text += body;
  doc.content.push_back(Span{begin, static_cast<std::uint32_t>(doc.text.size())});
  text::TextAnalysis analysis;
  text::TextPipeline().Analyze(doc, analysis);
  return ExtractFeatures(analysis, {}, {});
}

double Overlap(const std::vector<Feature>& a, const std::vector<Feature>& b) {
  std::size_t shared = 0;
  for (const Feature& f : a) {
    for (const Feature& g : b) shared += f.key == g.key;
  }
  return static_cast<double>(shared);
}

std::size_t Names(const std::vector<Feature>& features) {
  std::size_t n = 0;
  for (const Feature& f : features) n += f.name;
  return n;
}

TEST(TermOf, FoldsPluralsAndPossessives) {
  EXPECT_EQ(TermOf("shootings"), "shooting");
  EXPECT_EQ(TermOf("casualties"), "casualty");
  EXPECT_EQ(TermOf("mayor's"), "mayor");
  EXPECT_EQ(TermOf("address"), "address");  // not a plural
  EXPECT_EQ(TermOf("virus"), "virus");
  EXPECT_EQ(TermOf("gas"), "gas");  // too short to fold
}

TEST(IsStopWord, CalendarAndReportingWordsSayNothing) {
  for (const char* w : {"the", "said", "friday", "march", "told", "according"}) {
    EXPECT_TRUE(IsStopWord(w)) << w;
  }
  for (const char* w : {"earthquake", "ferry", "mayor", "strike"}) EXPECT_FALSE(IsStopWord(w)) << w;
}

TEST(ExtractFeatures, KeysAreSortedAndUnique) {
  const std::vector<Feature> f =
      FeaturesOf("A ferry sank near Port Elmsby. The ferry carried forty people to Port Elmsby.");
  ASSERT_FALSE(f.empty());
  for (std::size_t i = 1; i < f.size(); ++i) EXPECT_LT(f[i - 1].key, f[i].key);
}

TEST(ExtractFeatures, RepetitionAddsWeightNotFeatures) {
  const std::vector<Feature> once = FeaturesOf("The ferry sank in the harbour.");
  const std::vector<Feature> twice = FeaturesOf("The ferry sank in the harbour. The ferry sank in the harbour.");
  ASSERT_EQ(once.size(), twice.size());
  for (std::size_t i = 0; i < once.size(); ++i) EXPECT_GT(twice[i].weight, once[i].weight);
}

TEST(ExtractFeatures, CapitalisedRunsAreNamesButNotSentenceOpeners) {
  // "Rescuers" opens the sentence alone: a word, not a name. "Ilse Marrow"
  // is a name, and so is each of its words.
  const std::vector<Feature> f = FeaturesOf("Rescuers found Ilse Marrow alive.");
  EXPECT_EQ(Names(f), 3U);  // "ilse marrow", "ilse", "marrow"
  const std::vector<Feature> g = FeaturesOf("Ilse Marrow was found alive by rescuers.");
  EXPECT_EQ(Names(g), 3U);
}

TEST(ExtractFeatures, HeadlinesGiveWordsNotNames) {
  const std::vector<Feature> f = FeaturesOf("The river rose.", "Flood Waters Reach Danholt Bridge");
  EXPECT_EQ(Names(f), 0U);
}

TEST(ExtractFeatures, YearsAreKeptAndTellEventsApart) {
  const std::vector<Feature> a = FeaturesOf("The quake of 2009 destroyed the old market.");
  const std::vector<Feature> b = FeaturesOf("The quake of 2013 destroyed the old market.");
  EXPECT_EQ(Overlap(a, b) + 1, static_cast<double>(a.size()));
}

TEST(ExtractFeatures, DatesAndFunctionWordsAreNoFeatures) {
  EXPECT_TRUE(FeaturesOf("On Friday, they said that it was there.").empty());
}

}  // namespace
}  // namespace readout::stories
