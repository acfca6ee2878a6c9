// The Analyzer runs every stage over one parse of the document; what each
// stage finds must be what it finds alone, parsing for itself.
#include "readout/analysis.h"

#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace readout {
namespace {

using events::testing::MakeDocument;
using events::testing::ParseSet;

events::testing::Dictionaries Dicts() {
  events::testing::Dictionaries d = quotes::testing::SmallDictionaries();
  d.verbs = "--- MEET [040] ---\nMEET\n--- CRITICIZE [111] ---\nCRITICIZE\nCRITICISE\n";
  return d;
}

// Written for this test: two leaders, a meeting, a criticism, quotations.
constexpr const char* kStory =
    "French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.\n\n"
    "\"We have no time to lose,\" Macron told reporters after the talks.\n\n"
    "Scholz criticized France over its budget, the news agency AFP reported. He said the two "
    "countries would meet again in June.";

TEST(Analyzer, OneParseGivesWhatEachStageFindsAlone) {
  Diagnostics diags;
  const dict::DictionarySet set = ParseSet(Dicts(), diags);
  auto analyzer = Analyzer::Create(set, diags);
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  auto coder = events::Coder::Create(set, diags);
  auto extractor = quotes::Extractor::Create(set, diags);
  ASSERT_TRUE(coder.ok() && extractor.ok());

  const Document doc = MakeDocument(kStory, "2022-05-16");
  AnalysedDocument a;
  (*analyzer)->Analyze(doc, a);
  text::TextAnalysis text;
  text::TextPipeline().Analyze(doc, text);
  std::vector<events::Event> events;
  (*coder)->Code(doc, text, events);
  std::vector<quotes::Quote> quotes;
  (*extractor)->Extract(doc, text, quotes);

  ASSERT_FALSE(events.empty());
  ASSERT_GE(quotes.size(), 2u);
  ASSERT_EQ(a.events.size(), events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    EXPECT_EQ(a.events[i].code, events[i].code);
    EXPECT_EQ(a.events[i].source.code, events[i].source.code);
    EXPECT_EQ(a.events[i].target.code, events[i].target.code);
    EXPECT_EQ(a.events[i].evidence.begin, events[i].evidence.begin);
  }
  EXPECT_EQ(quotes::testing::Describe(a.quotes), quotes::testing::Describe(quotes));

  // The same AnalysedDocument serves the next document: nothing is left
  // over from the first.
  (*analyzer)->Analyze(MakeDocument("Nothing happened here today.", "2022-05-17"), a);
  EXPECT_TRUE(a.events.empty());
  EXPECT_TRUE(a.quotes.empty());
  EXPECT_EQ(a.doc.text, "Nothing happened here today.");
}

TEST(Analyzer, StagesLeftOutAreNotRun) {
  Diagnostics diags;
  const dict::DictionarySet set = ParseSet(Dicts(), diags);
  AnalyzerOptions quotes_only;
  quotes_only.code_events = false;
  auto analyzer = Analyzer::Create(set, diags, quotes_only);
  ASSERT_TRUE(analyzer.ok());
  EXPECT_EQ((*analyzer)->coder(), nullptr);
  ASSERT_NE((*analyzer)->extractor(), nullptr);
  AnalysedDocument a;
  (*analyzer)->Analyze(MakeDocument(kStory, "2022-05-16"), a);
  EXPECT_TRUE(a.events.empty());
  EXPECT_FALSE(a.quotes.empty());
}

// A verb dictionary with no verbs cannot code: the error names its file.
TEST(Analyzer, NoVerbsIsAnErrorNamingTheFile) {
  Diagnostics diags;
  events::testing::Dictionaries d = Dicts();
  d.verbs = "# nothing but a comment\n";
  const dict::DictionarySet set = ParseSet(d, diags);
  auto analyzer = Analyzer::Create(set, diags);
  ASSERT_FALSE(analyzer.ok());
  EXPECT_EQ(analyzer.status().ToString(), "t.verbs: the verb dictionary has no verbs: nothing can be coded");
  AnalyzerOptions quotes_only;
  quotes_only.code_events = false;
  EXPECT_TRUE(Analyzer::Create(set, diags, quotes_only).ok());
}

}  // namespace
}  // namespace readout
