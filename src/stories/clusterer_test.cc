// Clusterer::Add over digests built by Summarize from invented reports.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "readout/stories.h"
#include "readout/text.h"
#include "stories/bisect.h"

namespace readout::stories {
namespace {

struct EventSpec {
  std::uint32_t sentence;  // 0 is the title, i the i-th paragraph
  std::string date;  // day precision
  events::ActorRef source, target;
  std::string code;
};

// Analyses a report (title, then one paragraph per string) and summarizes it
// with the given events.
Digest Report(const std::string& id, const std::string& title, const std::vector<std::string>& paragraphs,
              const std::vector<EventSpec>& specs, const std::string& published = "2025-03-10") {
  Document doc;
  doc.id = id;
  doc.published = published;
  doc.text = title;
  doc.text += "\n\n";
  doc.title_span = Span{0, static_cast<std::uint32_t>(title.size())};
  const auto body = static_cast<std::uint32_t>(doc.text.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) doc.text += "\n\n";
    doc.text += paragraphs[i];
  }
  doc.content.push_back(Span{body, static_cast<std::uint32_t>(doc.text.size())});
  text::TextAnalysis analysis;
  text::TextPipeline().Analyze(doc, analysis);

  std::vector<events::Event> events;
  for (const EventSpec& s : specs) {
    events::Event e;
    e.doc = id;
    e.sentence = s.sentence;
    e.id = id;
    e.id += '#';
    e.id += std::to_string(s.sentence);
    e.id += '.';
    e.id += std::to_string(events.size() + 1);
    e.date = s.date;
    e.date_precision = "day";
    e.source = s.source;
    e.target = s.target;
    e.code = s.code;
    e.root = s.code.substr(0, 2);
    events.push_back(std::move(e));
  }
  return Summarize(doc, analysis, events, {});
}

// Reports written for these tests: three outlets on one harbour fire, a
// second fire elsewhere, and follow-ups.
const std::vector<std::string> kFireBody = {
    "A fire destroyed three warehouses at the Kestrel Quay docks in Marlow Bay late on Sunday.",
    "Firefighters from Marlow Bay and Tenby Cross fought the blaze for six hours before it was contained.",
    "Harbour master Oona Falk said the timber stored in the warehouses fed the flames.",
    "No one was hurt, but two fishing boats moored at the quay were damaged by the heat."};

Digest Fire(const std::string& id, const std::string& published, std::size_t skip = 0) {
  std::vector<std::string> body(kFireBody.begin() + static_cast<std::ptrdiff_t>(skip), kFireBody.end());
  return Report(id, "Warehouses burn at Kestrel Quay", body, {}, published);
}

Digest OtherFire(const std::string& id, const std::string& published) {
  return Report(id, "Fire guts bakery in Ashcombe",
                {"A fire gutted the Pell Street bakery in Ashcombe early on Tuesday.",
                 "Fire chief Rafe Odum said an oven left on overnight caused the blaze.",
                 "Firefighters kept the flames from the flats above, and the family living there escaped."},
                {}, published);
}

Digest FollowUp(const std::string& id, const std::string& published) {
  return Report(id, "Man charged over Kestrel Quay warehouse fire",
                {"Police in Marlow Bay have charged a 34-year-old man with arson over the fire that "
                 "destroyed three warehouses at the Kestrel Quay docks.",
                 "Harbour master Oona Falk said the docks would reopen once the timber and the debris "
                 "were cleared from the quay."},
                {}, published);
}

std::vector<std::vector<std::string>> Members(const Clusterer& c) {
  std::vector<std::vector<std::string>> out;
  for (const Story& s : c.stories()) out.push_back(s.members);
  return out;
}

using Groups = std::vector<std::vector<std::string>>;

TEST(Clusterer, ReportsOfOneEventJoinWithoutAnyPairOfCountries) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), Fire("b", "2025-03-10", 1), Fire("c", "2025-03-11", 2)});
  EXPECT_EQ(Members(c), (Groups{{"a", "b", "c"}}));
}

TEST(Clusterer, SameKindEventsInDifferentPlacesStayApart) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), OtherFire("x", "2025-03-11"), Fire("b", "2025-03-10", 1),
              OtherFire("y", "2025-03-11")});
  EXPECT_EQ(Members(c), (Groups{{"a", "b"}, {"x", "y"}}));
}

TEST(Clusterer, AFollowUpDaysLaterJoinsItsStory) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), Fire("b", "2025-03-10", 1), OtherFire("x", "2025-03-11"),
              FollowUp("f", "2025-03-14")});
  EXPECT_EQ(Members(c), (Groups{{"a", "b", "f"}, {"x"}}));
}

TEST(Clusterer, TheSameTextAMonthLaterIsAnotherEvent) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), Fire("b", "2025-04-14")});
  EXPECT_EQ(Members(c), (Groups{{"a"}, {"b"}}));
}

TEST(Clusterer, AStoryIsNoChainOfReportsEachAFewDaysAfterTheLast) {
  // Each copy is six days after the previous one: the first two join the
  // story, the last would stretch it past two weeks and starts its own.
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-01"), Fire("b", "2025-03-07", 1), Fire("c", "2025-03-13", 1),
              Fire("d", "2025-03-19", 1)});
  EXPECT_EQ(Members(c), (Groups{{"a", "b", "c"}, {"d"}}));
}

TEST(Clusterer, UndatedReportsArePlacedByContent) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), OtherFire("x", "2025-03-11"), Fire("u", "", 1), OtherFire("v", "")});
  EXPECT_EQ(Members(c), (Groups{{"a", "u"}, {"x", "v"}}));
}

TEST(Clusterer, OnlineAddsJoinEarlierStories) {
  // One report at a time, as an archive grows: tomorrow's copy joins
  // today's story.
  Clusterer c;
  c.Add(Fire("a", "2025-03-10"));
  c.Add(OtherFire("x", "2025-03-11"));
  EXPECT_EQ(c.Add(Fire("b", "2025-03-11", 1)), 0U);
  EXPECT_EQ(c.stories()[0].members, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.documents(), 3U);
}

TEST(Clusterer, SameInputSameStories) {
  const auto run = [] {
    Clusterer c;
    c.AddBatch({Fire("a", "2025-03-10"), OtherFire("x", "2025-03-11"), Fire("b", "2025-03-10", 1),
                FollowUp("f", "2025-03-13")});
    return Members(c);
  };
  EXPECT_EQ(run(), run());
}

TEST(Clusterer, RefineRenumbersStoriesInOrder) {
  Clusterer c;
  c.AddBatch({Fire("a", "2025-03-10"), OtherFire("x", "2025-03-11")});
  ASSERT_EQ(c.stories().size(), 2U);
  EXPECT_EQ(c.stories()[0].id, "s1");
  EXPECT_EQ(c.stories()[1].id, "s2");
}

TEST(Clusterer, SimilarityIsHighForCopiesAndLowAcrossEvents) {
  Clusterer c;
  const Digest a = Fire("a", "2025-03-10"), b = Fire("b", "2025-03-10", 1), x = OtherFire("x", "2025-03-11");
  for (const Digest* d : {&a, &b, &x}) c.Count(*d);
  EXPECT_GT(c.Similarity(a, b), 0.5);
  EXPECT_LT(c.Similarity(a, x), 0.2);
  EXPECT_NEAR(c.Similarity(a, a), 1.0, 1e-6);
}

TEST(Bisect, TwoEventsOfOneKindSplitAndOneEventToldManyWaysDoesNot) {
  // Members as bags of features: a topic's words (1-4) shared by all, and
  // each event's own names (10-12 for one, 20-22 for the other).
  const auto member = [](std::vector<std::uint64_t> keys) {
    Vector v;
    for (const std::uint64_t k : keys) v.push_back({k, 0.5F, k >= 10});
    return v;
  };
  const std::vector<Vector> two = {member({1, 2, 3, 4, 10, 11}), member({1, 2, 3, 4, 11, 12}),
                                   member({1, 2, 3, 4, 10, 12}), member({1, 2, 3, 4, 20, 21}),
                                   member({1, 2, 3, 4, 21, 22}), member({1, 2, 3, 4, 20, 22})};
  std::vector<const Vector*> ptrs;
  for (const Vector& v : two) ptrs.push_back(&v);
  const std::optional<Bisection> parts = Bisect(ptrs, 5.0, 2, 300);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ(parts->a, (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(parts->b, (std::vector<std::size_t>{3, 4, 5}));

  // One event: every member mixes the same names.
  const std::vector<Vector> one = {member({1, 2, 10, 11}), member({1, 3, 11, 12}), member({2, 3, 10, 12}),
                                   member({1, 4, 10, 11}), member({2, 4, 11, 12}), member({3, 4, 10, 12})};
  ptrs.clear();
  for (const Vector& v : one) ptrs.push_back(&v);
  EXPECT_FALSE(Bisect(ptrs, 5.0, 2, 300).has_value());
  // Too few or too many members: not examined.
  EXPECT_FALSE(Bisect(std::vector<const Vector*>(ptrs.begin(), ptrs.begin() + 3), 5.0, 2, 300).has_value());
  EXPECT_FALSE(Bisect(ptrs, 5.0, 2, 5).has_value());
}

}  // namespace
}  // namespace readout::stories
