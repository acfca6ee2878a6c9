#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "compare/test_util.h"
#include "readout/compare.h"
#include "readout/text.h"

namespace readout::compare {
namespace {

using testing::AddQuote;
using testing::Report;

std::unique_ptr<Report> Analyse(const std::string& id, const std::string& body) {
  auto r = std::make_unique<Report>();
  r->doc.id = id;
  r->doc.published = "2025-03-10";
  r->doc.text = body;
  r->doc.content.push_back(Span{0, static_cast<std::uint32_t>(body.size())});
  text::TextPipeline().Analyze(r->doc, r->text);
  return r;
}

stories::Story StoryOf(const std::string& id, std::vector<std::string> members) {
  stories::Story s;
  s.id = id;
  s.members = std::move(members);
  return s;
}

// CompareStories is Compare story by story, with the sources indexed once.
TEST(CompareStories, SameAsCompareForEachStory) {
  std::vector<std::unique_ptr<Report>> reports;
  const std::string said = "\"No force can drive our peoples apart from each other,\" Talwar said. ";
  reports.push_back(Analyse("a", said + "The consulate in Velmora will open next spring."));
  reports.push_back(Analyse("b", said + "Grain exports rose sharply in the spring after the strike."));
  reports.push_back(Analyse("c", "Wheat futures closed unchanged in thin trading on Monday."));
  std::vector<Source> sources;
  for (auto& r : reports) {
    if (r->doc.id != "c") AddQuote(*r, "No force can drive our peoples apart from each other");
    sources.push_back(r->source());
  }
  // Many stories, some with members no source has, one with many members.
  std::vector<stories::Story> stories = {StoryOf("s1", {"b", "a"}), StoryOf("s2", {"c"}),
                                         StoryOf("s3", {"missing", "a"})};
  std::vector<std::string> many(20, "a");
  many.push_back("b");
  stories.push_back(StoryOf("s4", many));

  const std::vector<Comparison> all = CompareStories(stories, sources);
  ASSERT_EQ(all.size(), stories.size());
  for (std::size_t i = 0; i < stories.size(); ++i) {
    const Comparison one = Compare(stories[i], sources);
    EXPECT_EQ(all[i].story, one.story);
    ASSERT_EQ(all[i].sources.size(), one.sources.size()) << one.story;
    for (std::size_t s = 0; s < one.sources.size(); ++s) EXPECT_EQ(all[i].sources[s].doc, one.sources[s].doc);
    ASSERT_EQ(all[i].aligned.size(), one.aligned.size()) << one.story;
    for (std::size_t s = 0; s < one.aligned.size(); ++s) EXPECT_EQ(all[i].aligned[s].quotes, one.aligned[s].quotes);
    ASSERT_EQ(all[i].unique.size(), one.unique.size()) << one.story;
    for (std::size_t u = 0; u < one.unique.size(); ++u) EXPECT_EQ(all[i].unique[u].text, one.unique[u].text);
  }
  EXPECT_EQ(all[0].aligned.size(), 1u);  // a and b report Talwar's statement
  EXPECT_EQ(all[0].sources[0].doc, "b");  // in the story's order
  EXPECT_EQ(all[2].sources.size(), 1u);   // "missing" is no source
}

}  // namespace
}  // namespace readout::compare
