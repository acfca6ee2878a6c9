#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "readout/resolve.h"
#include "readout/text.h"

namespace readout::resolve {
namespace {

const Gazetteer& Shipped() {
  static const Gazetteer* g = [] {
    Result<Gazetteer> r = Gazetteer::Load(std::string(READOUT_SOURCE_DIR) + "/data/gazetteer");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Gazetteer(std::move(r).value());
  }();
  return *g;
}

Location Find(const std::string& sentence, LocationOptions o = {}) {
  Document d;
  d.text = sentence;
  d.content.push_back(Span{0, static_cast<std::uint32_t>(d.text.size())});
  text::TextAnalysis a;
  text::TextPipeline().Analyze(d, a);
  EXPECT_EQ(a.sentences.size(), 1u) << sentence;
  Location loc = Shipped().FindLocation(a, a.sentences.at(0), o);
  if (loc.found) {
    EXPECT_EQ(d.text.substr(loc.span.begin, loc.span.size()), loc.name);
  }
  return loc;
}

TEST(Gazetteer, ShippedDataLoads) {
  const Gazetteer& g = Shipped();
  EXPECT_GE(g.country_count(), 249u);
  EXPECT_GE(g.city_count(), 5000u);
  const Country* sau = g.FindCountry("SAU");
  ASSERT_NE(sau, nullptr);
  EXPECT_EQ(sau->name, "Saudi Arabia");
  EXPECT_EQ(sau->capital, "Riyadh");
  EXPECT_TRUE(sau->has_capital);
  EXPECT_NEAR(sau->capital_lat, 24.63, 0.1);
  EXPECT_EQ(g.FindCountry("XXX"), nullptr);
  const auto geneva = g.FindCities("geneva");
  ASSERT_EQ(geneva.size(), 1u);  // the American Genevas are under 50,000
  EXPECT_EQ(geneva[0]->country, "CHE");
  const auto florence = g.FindCities("Florence");
  ASSERT_GE(florence.size(), 2u);
  EXPECT_EQ(florence[0]->country, "ITA");  // most populous first
  EXPECT_EQ(g.FindCities("Kiev").at(0)->country, "UKR");  // alternate name
}

// ---- the seeds

TEST(FindLocation, SeedCountryInPrepositionalPhrase) {
  const Location l = Find(
      "Top Trump administration officials met Russian counterparts in Saudi Arabia last week.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.kind, PlaceKind::kCountry);
  EXPECT_EQ(l.name, "Saudi Arabia");
  EXPECT_EQ(l.country, "SAU");
  EXPECT_EQ(l.preposition, "in");
  EXPECT_TRUE(l.has_coords);  // the capital's
  EXPECT_NEAR(l.lon, 46.7, 0.1);
}

TEST(FindLocation, SeedCityAfterAtPhrase) {
  const Location l = Find(
      "Wang Yi held a sideline meeting with Lavrov at the G20 foreign ministers' gathering in "
      "Johannesburg on Thursday.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.kind, PlaceKind::kCity);
  EXPECT_EQ(l.name, "Johannesburg");
  EXPECT_EQ(l.country, "ZAF");
  EXPECT_NEAR(l.lat, -26.2, 0.1);
}

// ---- cities and countries

TEST(FindLocation, CityInPhrase) {
  const Location l = Find("Officials held talks in Riyadh on Tuesday.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.name, "Riyadh");
  EXPECT_EQ(l.country, "SAU");
  EXPECT_EQ(l.kind, PlaceKind::kCity);
}

TEST(FindLocation, OffACoastIsAtIt) {
  const Location l = Find("Two navies held a drill off Chennai last week.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.name, "Chennai");
  EXPECT_EQ(l.preposition, "off");
  EXPECT_EQ(Find("A ship sank off the coast of Somalia.").country, "SOM");
}

TEST(FindLocation, MultiWordCityAndAlias) {
  EXPECT_EQ(Find("The summit opened in New York.").country, "USA");
  EXPECT_EQ(Find("Protests spread in Kiev overnight.").country, "UKR");
  EXPECT_EQ(Find("Talks were held in the U.S. last year.").country, "USA");
  EXPECT_EQ(Find("Talks were held in St. Petersburg.").country, "RUS");
  EXPECT_EQ(Find("The envoy arrived in Washington, D.C. on Friday.").canonical, "Washington");
}

TEST(FindLocation, CityBeatsItsCountryInTheSameRank) {
  const Location l = Find("The delegations met in Riyadh, Saudi Arabia.");
  EXPECT_EQ(l.name, "Riyadh");
  EXPECT_EQ(l.kind, PlaceKind::kCity);
}

TEST(FindLocation, DeterminerOrDirectionBetweenPrepositionAndPlace) {
  EXPECT_EQ(Find("Fighting continued in eastern Ukraine.").country, "UKR");
  EXPECT_EQ(Find("The envoy stayed in the Netherlands.").country, "NLD");
  EXPECT_EQ(Find("Talks were held in the Saudi capital, Riyadh.").name, "Riyadh");
}

TEST(FindLocation, CountryWithoutKnownCapitalHasNoCoordinates) {
  const Location l = Find("Scientists camped in Antarctica for a year.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.country, "ATA");
  EXPECT_FALSE(l.has_coords);
}

// ---- ambiguity

TEST(FindLocation, AmbiguousCityGoesToTheMostPopulous) {
  const Location l = Find("The two sides held talks in Geneva.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.country, "CHE");
  EXPECT_EQ(Find("The rally was held in Hyderabad.").country, "IND");
}

TEST(FindLocation, CountryInSentenceDisambiguates) {
  // A possessive country is no place, but it still disambiguates.
  const Location l = Find("Clashes in Florence were the worst in America's south in years.");
  ASSERT_TRUE(l.found);
  EXPECT_EQ(l.name, "Florence");
  EXPECT_EQ(l.country, "USA");
  EXPECT_EQ(Find("Students from the United States gathered in Florence.").country, "USA");
  EXPECT_EQ(Find("Students gathered in Florence.").country, "ITA");
}

// ---- in vs at, bare mentions

TEST(FindLocation, LocativeBeatsDirectional) {
  EXPECT_FALSE(Find("The call was initiated by Putin, according to Xinhua.").found);
  EXPECT_FALSE(Find("Chinese officials gave signals from Beijing.").found);
  const Location l = Find("Lavrov flew from Moscow to Ankara for talks in Istanbul.");
  EXPECT_EQ(l.name, "Istanbul");
  EXPECT_EQ(l.preposition, "in");
  EXPECT_EQ(Find("Lavrov travelled to Ankara.").preposition, "to");
  const Location at = Find("The ministers met at Geneva.");
  EXPECT_EQ(at.preposition, "at");
  EXPECT_EQ(at.country, "CHE");
}

TEST(FindLocation, BareMentionsOnlyWhenAsked) {
  const std::string s = "China and Russia pledged closer ties.";
  EXPECT_FALSE(Find(s).found);
  LocationOptions bare;
  bare.allow_bare = true;
  EXPECT_EQ(Find(s, bare).country, "CHN");
}

TEST(FindLocation, NotPlaces) {
  EXPECT_FALSE(Find("The Washington Post reported the call.").found);
  EXPECT_FALSE(Find("Officials in Russia's government declined to comment.").found);
  EXPECT_FALSE(Find("Nothing was said about it in March.").found);
  EXPECT_FALSE(Find("They spoke at length in private.").found);
  LocationOptions bare;
  bare.allow_bare = true;
  EXPECT_FALSE(Find("Reading the statement, he paused.", bare).found);  // first-word city
}

// ---- malformed data

class GazetteerFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("gaz_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
    Write("countries.tsv",
          "#alpha3\tname\tcapital\tcapital_lat\tcapital_lon\taliases\n"
          "AAA\tArnor\tFornost\t50.0\t10.0\tNorth Kingdom\n"
          "BBB\tGondor\t\t\t\t\n");
    Write("cities.tsv",
          "#name\tascii_name\talt_names\tcountry\tlat\tlon\tpopulation\n"
          "Fornost\t\t\tAAA\t50.0\t10.0\t90000\n"
          "Osgiliath\t\tOsgiliath Ruins\tBBB\t40.0\t20.0\t70000\n"
          "Osgiliath\t\t\tAAA\t51.0\t11.0\t60000\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& body) {
    std::ofstream(dir_ / name, std::ios::binary) << body;
  }
  std::filesystem::path dir_;
};

TEST_F(GazetteerFiles, SmallFilesLoad) {
  Result<Gazetteer> g = Gazetteer::Load(dir_.string());
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->country_count(), 2u);
  EXPECT_EQ(g->city_count(), 3u);
  EXPECT_FALSE(g->FindCountry("BBB")->has_capital);
  ASSERT_EQ(g->FindCities("OSGILIATH").size(), 2u);
  EXPECT_EQ(g->FindCities("osgiliath")[0]->country, "BBB");
  EXPECT_EQ(g->FindCities("Osgiliath Ruins").size(), 1u);
}

TEST_F(GazetteerFiles, MalformedCityLineNamesFileAndLine) {
  Write("cities.tsv",
        "#name\tascii_name\talt_names\tcountry\tlat\tlon\tpopulation\n"
        "Fornost\t\t\tAAA\t50.0\t10.0\t90000\n"
        "Osgiliath\t\t\tBBB\tnorth\t20.0\t70000\n");
  Result<Gazetteer> g = Gazetteer::Load(dir_.string());
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(g.status().where().line, 3u);
  const std::string msg = g.status().ToString();
  EXPECT_NE(msg.find("cities.tsv:3:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("bad latitude 'north'"), std::string::npos) << msg;
}

TEST_F(GazetteerFiles, WrongFieldCountNamesFileAndLine) {
  Write("countries.tsv", "AAA\tArnor\tFornost\t50.0\t10.0\n");
  Result<Gazetteer> g = Gazetteer::Load(dir_.string());
  ASSERT_FALSE(g.ok());
  const std::string msg = g.status().ToString();
  EXPECT_NE(msg.find("countries.tsv:1:"), std::string::npos) << msg;
  EXPECT_NE(msg.find("expected 6 tab-separated fields, found 5"), std::string::npos) << msg;
}

TEST_F(GazetteerFiles, BadCodeAndPopulationAreErrors) {
  Write("countries.tsv", "Aa1\tArnor\t\t\t\t\n");
  EXPECT_NE(Gazetteer::Load(dir_.string()).status().message().find("bad country code"),
            std::string::npos);
  Write("countries.tsv", "AAA\tArnor\t\t\t\t\n");
  Write("cities.tsv", "Fornost\t\t\tAAA\t50.0\t10.0\tmany\n");
  EXPECT_NE(Gazetteer::Load(dir_.string()).status().message().find("bad population"),
            std::string::npos);
}

TEST_F(GazetteerFiles, MissingDirectoryIsNotFound) {
  Result<Gazetteer> g = Gazetteer::Load((dir_ / "nope").string());
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().ToString().find("countries.tsv"), std::string::npos);
}

}  // namespace
}  // namespace readout::resolve
