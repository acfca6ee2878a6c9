// Clusterer::Add over digests built by Summarize from invented reports.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "readout/stories.h"
#include "readout/text.h"
#include "stories/minhash.h"

namespace readout::stories {
namespace {

events::ActorRef Actor(const std::string& country, const std::string& entity = "") {
  events::ActorRef a;
  a.country = country;
  a.code = country + "GOV";
  a.sector = "GOV";
  a.entity = entity;
  a.text = entity.empty() ? country : entity;
  return a;
}

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

const events::ActorRef kTalwar = Actor("IND", "Sameer Talwar");
const events::ActorRef kHanabusa = Actor("JPN", "Hanabusa Aoi");

// The body of an invented wire report of a phone call, one sentence per
// paragraph: sentence 1 is the lede.
std::vector<std::string> WireBody() {
  return {
      "Prime Minister Sameer Talwar spoke by telephone with Hanabusa Aoi on Monday, officials said.",
      "The two leaders discussed trade, energy and the security of shipping lanes in the southern sea.",
      "Talwar said the partnership between the countries was not aimed at any third party.",
      "Hanabusa invited her counterpart to visit the capital later this year for a formal summit.",
      "Officials in both governments described the conversation as warm and constructive.",
      "Bilateral trade reached forty billion dollars last year, according to customs figures.",
      "The finance ministers are expected to meet next month to prepare a new currency swap.",
      "Analysts at the Institute of Regional Studies said the call signalled a thaw after a tense winter.",
      "A dispute over fishing rights near the northern islands has strained relations since January.",
      "Both sides agreed to reopen a consulate that was closed during the pandemic.",
      "The opposition leader criticised the government for moving too quickly.",
      "The foreign ministry said further details would be released after the weekend.",
  };
}

Digest WireReport(const std::string& id = "wire") {
  return Report(id, "Talwar and Hanabusa hold phone call", WireBody(),
                {{1, "2025-03-10", kTalwar, kHanabusa, "040"},
                 {1, "2025-03-10", kHanabusa, kTalwar, "040"}});
}

// Another outlet's own account of the same call: other words throughout.
Digest OwnAccount(const std::string& id = "own", const std::string& date = "2025-03-10",
                  const std::string& code = "042") {
  return Report(id, "Japan's leader and Indian premier talk for an hour",
                {"Hanabusa Aoi and Sameer Talwar held an hour-long call, the Japanese cabinet office announced.",
                 "They reviewed plans for a summit and pledged closer cooperation on maritime matters.",
                 "Neither government released a transcript of the exchange."},
                {{1, date, kHanabusa, kTalwar, code}, {2, date, kHanabusa, kTalwar, "036"}});
}

TEST(Clusterer, TwoReportsOfOneCallAreOneStory) {
  Clusterer c;
  EXPECT_EQ(c.Add(WireReport()), 0u);
  EXPECT_EQ(c.Add(OwnAccount()), 0u);
  ASSERT_EQ(c.stories().size(), 1u);
  EXPECT_EQ(c.stories()[0].members, (std::vector<std::string>{"wire", "own"}));
  EXPECT_EQ(c.documents(), 2u);
}

TEST(Clusterer, ReportsADayApartOfOneCallAreOneStory) {
  // A report filed after midnight dates the call a day later.
  Clusterer c;
  c.Add(WireReport());
  EXPECT_EQ(c.Add(OwnAccount("late", "2025-03-11")), 0u);
  EXPECT_EQ(c.stories().size(), 1u);
}

TEST(Clusterer, SameLeadersCallAMonthLaterIsASecondStory) {
  Clusterer c;
  c.Add(WireReport());
  EXPECT_EQ(c.Add(OwnAccount("april", "2025-04-10", "040")), 1u);
  ASSERT_EQ(c.stories().size(), 2u);
  EXPECT_EQ(c.stories()[0].members, std::vector<std::string>{"wire"});
  EXPECT_EQ(c.stories()[1].members, std::vector<std::string>{"april"});
  EXPECT_EQ(c.stories()[1].date, "2025-04-10");
}

TEST(Clusterer, WireCopyWhoseEventsGotAnotherDyadJoinsByText) {
  std::vector<std::string> body = WireBody();
  body[0] = "Indian leader Sameer Talwar and Japan's Hanabusa Aoi talked by phone on Monday, Beijing noted.";
  const Digest copy = Report("copy", "Leaders talk as Beijing watches", body,
                             {{1, "2025-03-10", Actor("IND"), Actor("CHN"), "040"}});
  ASSERT_EQ(copy.dyad_a, "CHN");
  const Digest original = WireReport();
  ASSERT_GT(EstimateJaccard(original.signature, copy.signature), 0.6);

  Clusterer c;
  c.Add(original);
  EXPECT_EQ(c.Add(copy), 0u);
  ASSERT_EQ(c.stories().size(), 1u);
  EXPECT_EQ(c.stories()[0].members, (std::vector<std::string>{"wire", "copy"}));
}

TEST(Clusterer, ConflictAndCooperationOfOneDyadOnOneDayAreTwoStories) {
  const Digest clash = Report(
      "clash", "Coast guard vessels collide near disputed reef",
      {"An Indian patrol ship and a Japanese coast guard cutter collided near a disputed reef on Monday.",
       "Each side accused the other of dangerous manoeuvres and summoned diplomats to protest.",
       "No injuries were reported, but both vessels were damaged above the waterline."},
      {{1, "2025-03-10", Actor("IND"), Actor("JPN"), "190"},
       {2, "2025-03-10", Actor("JPN"), Actor("IND"), "191"}});
  Clusterer c;
  c.Add(WireReport());
  EXPECT_EQ(c.Add(clash), 1u);
  ASSERT_EQ(c.stories().size(), 2u);
  EXPECT_EQ(c.stories()[1].code, "190");
}

TEST(Clusterer, WireCopyCodedAsConflictStillJoinsByText) {
  // The coder read the copy's lede as a clash: the text decides.
  std::vector<std::string> body = WireBody();
  body[0] = "Sameer Talwar and Hanabusa Aoi clashed over fishing rights in a phone call on Monday.";
  const Digest copy = Report("copy", "Talwar and Hanabusa spar over fish", body,
                             {{1, "2025-03-10", kTalwar, kHanabusa, "111"}});
  Clusterer c;
  c.Add(WireReport());
  EXPECT_EQ(c.Add(copy), 0u);
  EXPECT_EQ(c.stories().size(), 1u);
}

TEST(Clusterer, StoryAggregatesItsMembers) {
  Clusterer c;
  c.Add(WireReport("w1"));
  c.Add(OwnAccount("o1", "2025-03-11", "042"));
  c.Add(OwnAccount("o2", "2025-03-10", "040"));
  ASSERT_EQ(c.stories().size(), 1u);
  const Story& s = c.stories()[0];
  EXPECT_EQ(s.id, "s1");
  EXPECT_EQ(s.members, (std::vector<std::string>{"w1", "o1", "o2"}));
  EXPECT_EQ(s.date, "2025-03-10");  // two of three
  EXPECT_EQ(s.date_precision, "day");
  EXPECT_EQ(s.dyad_a, "IND");
  EXPECT_EQ(s.dyad_b, "JPN");
  EXPECT_EQ(s.code, "040");  // w1 and o2
  EXPECT_EQ(s.events, (std::vector<std::string>{"w1#1.1", "w1#1.2", "o1#1.1", "o1#2.2", "o2#1.1",
                                                "o2#2.2"}));
}

TEST(Clusterer, StoryIdsFollowTheOrderOfCreation) {
  Clusterer c;
  EXPECT_EQ(c.Add(WireReport("march")), 0u);
  EXPECT_EQ(c.Add(OwnAccount("april", "2025-04-10")), 1u);
  EXPECT_EQ(c.Add(OwnAccount("march-2", "2025-03-10")), 0u);
  ASSERT_EQ(c.stories().size(), 2u);
  EXPECT_EQ(c.stories()[0].id, "s1");
  EXPECT_EQ(c.stories()[1].id, "s2");
  EXPECT_EQ(c.documents(), 3u);
}

TEST(Clusterer, DocumentWithoutDyadAndUnrelatedTextStartsItsOwnStory) {
  const Digest weather = Report(
      "weather", "Storm closes ports",
      {"A tropical storm forced the closure of three container ports along the eastern coast on Monday.",
       "Forecasters expect heavy rain to continue until Wednesday, with flooding in low-lying districts.",
       "Shipping companies warned of delays of up to a week for deliveries of grain and fuel."},
      {});
  ASSERT_EQ(weather.dyad_a, "");
  ASSERT_EQ(weather.date, "2025-03-10");
  Clusterer c;
  c.Add(WireReport());
  EXPECT_EQ(c.Add(weather), 1u);
  ASSERT_EQ(c.stories().size(), 2u);
  EXPECT_EQ(c.stories()[1].members, std::vector<std::string>{"weather"});
  EXPECT_EQ(c.stories()[1].dyad_a, "");
}

}  // namespace
}  // namespace readout::stories
