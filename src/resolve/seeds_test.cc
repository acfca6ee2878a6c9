// The seed articles (../shared/corpus/seeds) read as plain text: dates and
// places of the sentences spec/seeds.expected.json gives windows for.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "readout/resolve.h"
#include "readout/text.h"

namespace readout::resolve {
namespace {

struct Seed {
  Document doc;
  text::TextAnalysis a;
};

bool LoadSeed(const std::string& file, Seed& s) {
  std::ifstream in(std::string(READOUT_SHARED_DIR) + "/corpus/seeds/" + file, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  s.doc.text = ss.str();
  s.doc.content.push_back(Span{0, static_cast<std::uint32_t>(s.doc.text.size())});
  text::TextPipeline().Analyze(s.doc, s.a);
  return true;
}

const text::Sentence* SentenceWith(const Seed& s, std::string_view needle) {
  for (const text::Sentence& x : s.a.sentences) {
    if (s.doc.slice(x.span).find(needle) != std::string_view::npos) return &x;
  }
  return nullptr;
}

const Gazetteer& Gaz() {
  static const Gazetteer* g = [] {
    Result<Gazetteer> r = Gazetteer::Load(std::string(READOUT_SOURCE_DIR) + "/data/gazetteer");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Gazetteer(std::move(r).value());
  }();
  return *g;
}

TEST(Seeds, CnnDatesAndPlaces) {
  Seed s;
  if (!LoadSeed("000_d8dc5f780efacdc5.txt", s)) GTEST_SKIP() << "no shared seeds";
  const std::string_view pub = "2025-02-24";

  const text::Sentence* riyadh = SentenceWith(s, "in Saudi Arabia last week");
  ASSERT_NE(riyadh, nullptr);
  const ResolvedDate d = ResolveDate(s.a, *riyadh, pub);
  EXPECT_TRUE(d.Contains("2025-02-17") && d.Contains("2025-02-19")) << d.window_start;
  EXPECT_EQ(s.doc.text.substr(d.begin, d.end - d.begin), "last week");
  const Location l = Gaz().FindLocation(s.a, *riyadh);
  EXPECT_EQ(l.name, "Saudi Arabia");
  EXPECT_EQ(l.country, "SAU");

  const text::Sentence* wang = SentenceWith(s, "Johannesburg");
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(ResolveDate(s.a, *wang, pub).date, "2025-02-20");
  const Location j = Gaz().FindLocation(s.a, *wang);
  EXPECT_EQ(j.name, "Johannesburg");
  EXPECT_EQ(j.country, "ZAF");

  const text::Sentence* war = SentenceWith(s, "three years ago");
  ASSERT_NE(war, nullptr);
  const ResolvedDate y = ResolveDate(s.a, *war, pub);
  EXPECT_EQ(y.date, "2022");
  EXPECT_EQ(y.precision, DatePrecision::kYear);
  EXPECT_TRUE(y.Contains("2022-02-24"));

  const text::Sentence* xinhua = SentenceWith(s, "according to Xinhua");
  ASSERT_NE(xinhua, nullptr);
  EXPECT_FALSE(Gaz().FindLocation(s.a, *xinhua).found);
}

TEST(Seeds, DiplomatDates) {
  Seed s;
  if (!LoadSeed("001_70805f0573b4dfd8.txt", s)) GTEST_SKIP() << "no shared seeds";
  const std::string_view pub = "2025-02-25";
  const text::Sentence* call = SentenceWith(s, "On February 24");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(ResolveDate(s.a, *call, pub).date, "2025-02-24");
  const text::Sentence* prev = SentenceWith(s, "January 21");
  ASSERT_NE(prev, nullptr);
  const ResolvedDate d = ResolveDate(s.a, *prev, pub);
  EXPECT_EQ(d.date, "2025-01-21");
  EXPECT_EQ(d.precision, DatePrecision::kDay);
}

}  // namespace
}  // namespace readout::resolve
