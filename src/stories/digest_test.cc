// Summarize (digest.cc) and the date windows it gives the main event
// (date_window.cc).
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "readout/stories.h"
#include "readout/text.h"
#include "stories/date_window.h"

namespace readout::stories {
namespace {

// 2025-03-10 as days since 1970-01-01.
constexpr std::int32_t kMarch10 = 20157;

// A document and its text analysis. The title is sentence 0 (paragraph 0);
// each body paragraph is one sentence, so paragraph i is sentence i.
struct Report {
  Document doc;
  text::TextAnalysis text;
};

Report MakeReport(const std::string& id, const std::string& title,
                  const std::vector<std::string>& paragraphs,
                  const std::string& published = "2025-03-10") {
  Report r;
  r.doc.id = id;
  r.doc.outlet = "Harbour Times";
  r.doc.published = published;
  r.doc.text = title;
  r.doc.text += "\n\n";
  r.doc.title_span = Span{0, static_cast<std::uint32_t>(title.size())};
  const auto body = static_cast<std::uint32_t>(r.doc.text.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) r.doc.text += "\n\n";
    r.doc.text += paragraphs[i];
  }
  r.doc.content.push_back(Span{body, static_cast<std::uint32_t>(r.doc.text.size())});
  text::TextPipeline().Analyze(r.doc, r.text);
  EXPECT_EQ(r.text.sentences.size(), paragraphs.size() + 1) << "one sentence per paragraph";
  return r;
}

events::ActorRef Actor(const std::string& country, const std::string& entity = "") {
  events::ActorRef a;
  a.country = country;
  a.code = country.empty() ? "" : country + "GOV";
  a.sector = country.empty() ? "" : "GOV";
  a.entity = entity;
  a.text = entity.empty() ? country : entity;
  return a;
}

events::Event MakeEvent(const std::string& doc, std::uint32_t sentence, const std::string& date,
                        const std::string& precision, const events::ActorRef& source,
                        const events::ActorRef& target, const std::string& code) {
  events::Event e;
  e.doc = doc;
  e.sentence = sentence;
  e.id = doc;
  e.id += '#';
  e.id += std::to_string(sentence);
  e.id += ".";
  e.id += code;
  e.date = date;
  e.date_precision = precision;
  e.source = source;
  e.target = target;
  e.code = code;
  e.root = code.substr(0, 2);
  return e;
}

// The same report, event for event, used by several tests below: a call
// between India and Japan in the title and the lede, and a background
// paragraph about a China-Japan row two months earlier.
Report CallReport(const std::string& published = "2025-03-10") {
  return MakeReport("r1", "Talwar and Hanabusa discuss trade in phone call",
                    {"Prime Minister Sameer Talwar spoke with Hanabusa Aoi by phone on Monday.",
                     "The leaders agreed to hold a summit in the autumn.",
                     "In January, Beijing summoned the Japanese ambassador over a patrol boat incident.",
                     "Officials said the talks would continue."},
                    published);
}

// ---------------------------------------------------------------- DateWindow

TEST(DateWindow, DayIsOneDay) {
  const auto w = DateWindow("2025-03-10");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(w->first, kMarch10);
  EXPECT_EQ(w->second, kMarch10);
  EXPECT_EQ(DayName(w->first), "2025-03-10");
}

TEST(DateWindow, MonthRunsFromItsFirstToItsLastDay) {
  const auto leap = DateWindow("2024-02");
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(DayName(leap->first), "2024-02-01");
  EXPECT_EQ(DayName(leap->second), "2024-02-29");
  const auto common = DateWindow("2025-02");
  ASSERT_TRUE(common.has_value());
  EXPECT_EQ(common->second - common->first, 27);
  const auto march = DateWindow("2025-03");
  ASSERT_TRUE(march.has_value());
  EXPECT_EQ(march->first, kMarch10 - 9);
  EXPECT_EQ(march->second, kMarch10 + 21);
}

TEST(DateWindow, YearRunsFromJanuaryFirstToDecemberThirtyFirst) {
  const auto w = DateWindow("2025");
  ASSERT_TRUE(w.has_value());
  EXPECT_EQ(DayName(w->first), "2025-01-01");
  EXPECT_EQ(DayName(w->second), "2025-12-31");
  const auto leap = DateWindow("2024");
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(leap->second - leap->first, 365);
}

TEST(DateWindow, InvalidDatesHaveNoWindow) {
  for (const char* bad : {"2025-13", "2025-00", "2025-02-30", "2023-02-29", "", "abcd", "202",
                          "2025-3", "2025-03-1", "2025/03/10", "2025-03-10T08:00", "2025-03-xx"}) {
    EXPECT_FALSE(DateWindow(bad).has_value()) << '"' << bad << '"';
  }
}

// ---------------------------------------------------------------- Summarize

TEST(Summarize, TitleAndLedeOutweighBackgroundOfAnotherDyadAndMonth) {
  const Report r = CallReport();
  // One event in the title and one in the lede against three in a later
  // paragraph: counted one each, the background would win.
  const std::vector<events::Event> events = {
      MakeEvent("r1", 0, "2025-03-10", "day", Actor("IND"), Actor("JPN"), "040"),
      MakeEvent("r1", 1, "2025-03-10", "day", Actor("IND"), Actor("JPN"), "042"),
      MakeEvent("r1", 3, "2025-01", "month", Actor("CHN"), Actor("JPN"), "111"),
      MakeEvent("r1", 3, "2025-01", "month", Actor("CHN"), Actor("JPN"), "112"),
      MakeEvent("r1", 3, "2025-01", "month", Actor("JPN"), Actor("CHN"), "130"),
  };
  const Digest d = Summarize(r.doc, r.text, events, {});
  EXPECT_EQ(d.dyad_a, "IND");
  EXPECT_EQ(d.dyad_b, "JPN");
  EXPECT_EQ(d.date, "2025-03-10");
  EXPECT_EQ(d.date_precision, "day");
  EXPECT_TRUE(d.dated);
  EXPECT_EQ(d.day_first, kMarch10);
  EXPECT_EQ(d.day_last, kMarch10);
  EXPECT_EQ(d.code.substr(0, 2), "04");
  EXPECT_EQ(d.doc, "r1");
  EXPECT_EQ(d.outlet, "Harbour Times");
}

TEST(Summarize, DyadIsSortedWhateverTheEventsDirection) {
  const Report r = CallReport();
  const Digest d = Summarize(
      r.doc, r.text, {MakeEvent("r1", 1, "2025-03-10", "day", Actor("JPN"), Actor("IND"), "040")},
      {});
  EXPECT_EQ(d.dyad_a, "IND");
  EXPECT_EQ(d.dyad_b, "JPN");
}

TEST(Summarize, DateComesFromTheLedeEvenWhenItsActorsAreHalfCoded) {
  // The lede's events each lack one country, so the dyad comes from the
  // background; the date must still be the lede's day, not the background's
  // month nor the publication date.
  const std::vector<events::Event> events = {
      MakeEvent("r1", 1, "2025-03-10", "day", Actor("IND"), Actor("---"), "040"),
      MakeEvent("r1", 2, "2025-03-10", "day", Actor(""), Actor("JPN"), "036"),
      MakeEvent("r1", 3, "2025-01", "month", Actor("IND"), Actor("JPN"), "111"),
      MakeEvent("r1", 3, "2025-01", "month", Actor("JPN"), Actor("IND"), "112"),
  };
  const Report published_later = MakeReport(
      "r1", "Talwar and Hanabusa discuss trade in phone call",
      {"Prime Minister Sameer Talwar spoke with Hanabusa Aoi by phone on Monday.",
       "The leaders agreed to hold a summit in the autumn.",
       "In January, Beijing summoned the Japanese ambassador over a patrol boat incident.",
       "Officials said the talks would continue."},
      "2025-03-12T06:30:00Z");
  const Digest d = Summarize(published_later.doc, published_later.text, events, {});
  EXPECT_EQ(d.dyad_a, "IND");
  EXPECT_EQ(d.dyad_b, "JPN");
  EXPECT_EQ(d.date, "2025-03-10");
  EXPECT_EQ(d.date_precision, "day");
  EXPECT_EQ(d.published, "2025-03-12");
}

TEST(Summarize, CodeIsNotTakenFromBackgroundEventsOnOtherDays) {
  const Report r = CallReport();
  // Six background events on the same dyad outnumber the title's and the
  // lede's (weights 3 + 2); they are a month earlier, so they must not
  // decide the code.
  std::vector<events::Event> events = {
      MakeEvent("r1", 0, "2025-03-10", "day", Actor("IND"), Actor("JPN"), "040"),
      MakeEvent("r1", 1, "2025-03-10", "day", Actor("IND"), Actor("JPN"), "040"),
  };
  for (const char* code : {"160", "161", "162", "163", "164", "166"}) {
    events.push_back(MakeEvent("r1", 3, "2025-02", "month", Actor("JPN"), Actor("IND"), code));
    events.back().code = "160";
  }
  const Digest d = Summarize(r.doc, r.text, events, {});
  EXPECT_EQ(d.date, "2025-03-10");
  EXPECT_EQ(d.code, "040");
}

TEST(Summarize, EventsAreThoseWithinADayOfTheMainEvent) {
  const Report r = CallReport();
  const std::vector<events::Event> events = {
      MakeEvent("r1", 0, "2025-03-10", "day", Actor("IND"), Actor("JPN"), "040"),
      MakeEvent("r1", 1, "2025-03-09", "day", Actor("IND"), Actor("JPN"), "036"),
      MakeEvent("r1", 2, "2025-03-11", "day", Actor("JPN"), Actor("IND"), "043"),
      MakeEvent("r1", 2, "2025-03-12", "day", Actor("JPN"), Actor("IND"), "057"),  // two days on
      MakeEvent("r1", 3, "2025-01", "month", Actor("CHN"), Actor("JPN"), "111"),
      MakeEvent("r1", 4, "2025-01-20", "day", Actor("IND"), Actor("JPN"), "190"),
  };
  const Digest d = Summarize(r.doc, r.text, events, {});
  ASSERT_EQ(d.date, "2025-03-10");
  EXPECT_EQ(d.events, (std::vector<std::string>{"r1#0.040", "r1#1.036", "r1#2.043"}));
}

TEST(Summarize, WithoutEventsTheDateIsThePublicationDayAndNoDyad) {
  const Report r = MakeReport("r2", "Markets calm", {"Shares in the region were little changed on the day."},
                              "2025-03-10T17:45:00+09:00");
  const Digest d = Summarize(r.doc, r.text, {}, {});
  EXPECT_EQ(d.published, "2025-03-10");
  EXPECT_EQ(d.date, "2025-03-10");
  EXPECT_EQ(d.date_precision, "day");
  EXPECT_TRUE(d.dated);
  EXPECT_EQ(d.day_first, kMarch10);
  EXPECT_EQ(d.dyad_a, "");
  EXPECT_EQ(d.dyad_b, "");
  EXPECT_EQ(d.code, "");
  EXPECT_TRUE(d.events.empty());
}

TEST(Summarize, WithoutEventsOrPublicationDateTheDigestIsUndated) {
  const Report r = MakeReport("r3", "Markets calm", {"Shares in the region were little changed."}, "");
  const Digest d = Summarize(r.doc, r.text, {}, {});
  EXPECT_EQ(d.date, "");
  EXPECT_FALSE(d.dated);
}

TEST(Summarize, TheReportsDayIsItsPublicationDay) {
  const Report r = MakeReport("r4", "Markets calm", {"Shares were little changed."}, "2025-03-10");
  const Digest d = Summarize(r.doc, r.text, {}, {});
  EXPECT_TRUE(d.has_day);
  EXPECT_EQ(d.day, kMarch10);
}

TEST(Summarize, WithoutPublicationDateTheReportHasNoDayEvenIfItsEventsHave) {
  // The dates a text names place a report by content (its years are
  // features); they never keep it from a story as a publication date would.
  const Report r = CallReport("");
  const std::vector<events::Event> events = {MakeEvent(
      "r1", 1, "2025-03-10", "day", Actor("IND", "Sameer Talwar"), Actor("JPN", "Hanabusa Aoi"), "040")};
  EXPECT_FALSE(Summarize(r.doc, r.text, events, {}).has_day);
  Report guessed = CallReport("2025-03-10");
  guessed.doc.published_source = "text";
  EXPECT_FALSE(Summarize(guessed.doc, guessed.text, {}, {}).has_day);
}

TEST(Summarize, CodedActorsAndSpeakersAreFeatures) {
  const Report r = CallReport();
  const Digest without = Summarize(r.doc, r.text, {}, {});
  quotes::Quote q;
  q.speaker.entity = "Ito Ren";
  const Digest with = Summarize(r.doc, r.text, {}, {q});
  EXPECT_EQ(with.features.size(), without.features.size() + 1);
}

}  // namespace
}  // namespace readout::stories
