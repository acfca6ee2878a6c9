#include "quotes/coref.h"

#include <gtest/gtest.h>

namespace readout::quotes {
namespace {

Referent Make(std::string name, std::string code, std::string country, bool person, bool subject,
              std::uint32_t sentence, std::uint32_t word) {
  Referent r;
  r.text = name;
  r.name = name;
  r.entity = std::move(name);
  r.code = std::move(code);
  r.country = std::move(country);
  r.person = person;
  r.subject = subject;
  r.sentence = sentence;
  r.word = word;
  return r;
}

TEST(CorefTest, PronounPrefersTheLastPersonSubject) {
  Coref c;
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 0, 0));
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, false, 0, 3));
  c.Add(Make("Paris", "FRA", "FRA", false, true, 0, 6));
  const Referent* r = c.Pronoun(1, 2);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->name, "Xavier Durand");
}

TEST(CorefTest, PronounFallsBackToAnyPerson) {
  Coref c;
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, false, 0, 3));
  ASSERT_NE(c.Pronoun(1, 0), nullptr);
  EXPECT_EQ(c.Pronoun(0, 3), nullptr);  // not before itself
}

TEST(CorefTest, DescriptionMatchesCountry) {
  Coref c;
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 0, 0));
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, true, 1, 0));
  EXPECT_EQ(c.Description("FRA", "", 2, 0)->name, "Xavier Durand");
  EXPECT_EQ(c.Description("SWE", "", 2, 0)->name, "Greta Holm");
  EXPECT_EQ(c.Description("", "", 2, 0)->name, "Greta Holm");
  EXPECT_EQ(c.Description("DEU", "", 2, 0), nullptr);
}

TEST(CorefTest, SurnameFindsTheFullName) {
  Coref c;
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, true, 0, 0));
  EXPECT_EQ(c.Surname("Holm", 1, 0)->name, "Greta Holm");
  EXPECT_EQ(c.Surname("holm", 1, 0)->name, "Greta Holm");
  EXPECT_EQ(c.Surname("Durand", 1, 0), nullptr);
}

TEST(CorefTest, CounterpartIsTheOtherSideOfThePair) {
  Coref c;
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 0, 0));
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, false, 0, 2));
  c.AddPair(0, 1);
  Referent durand = Make("Durand", "", "", true, true, 2, 0);
  EXPECT_EQ(c.Counterpart(durand, 2, 1)->name, "Greta Holm");
  EXPECT_EQ(c.Counterpart(c.at(1), 2, 1)->name, "Xavier Durand");
  EXPECT_EQ(c.Counterpart(durand, 0, 1), nullptr);  // the pair is not yet complete
}

TEST(CorefTest, ChannelByCountry) {
  Coref c;
  Referent r = Make("the Swedish Foreign Office readout", "SWEGOV", "SWE", false, false, 0, 0);
  c.AddChannel(r);
  EXPECT_EQ(c.Channel("SWE")->text, "the Swedish Foreign Office readout");
  EXPECT_EQ(c.Channel("FRA"), nullptr);
}

TEST(CorefTest, DefiniteDescriptionFindsTheAnonymousOneWithItsHead) {
  Coref c;
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 0, 0));
  Referent anon = Make("", "SWEGOV", "SWE", true, true, 1, 0);
  anon.text = "a senior Swedish official";
  anon.anonymous = true;
  anon.head = "official";
  c.Add(anon);
  EXPECT_EQ(c.Description("", "official", 2, 0)->text, "a senior Swedish official");
  // Another head ("the leader") still wants someone named.
  EXPECT_EQ(c.Description("", "leader", 2, 0)->name, "Xavier Durand");
}

TEST(CorefTest, InstitutionByHeadWord) {
  Coref c;
  Referent m = Make("", "SWEGOV", "SWE", false, true, 0, 0);
  m.text = "Sweden's Ministry of Trade";
  m.institution = true;
  c.Add(m);
  EXPECT_EQ(c.Institution("ministry", 1, 0)->code, "SWEGOV");
  EXPECT_EQ(c.Institution("embassy", 1, 0), nullptr);
}

TEST(CorefTest, NamedFindsAnEarlierMentionWithACountry) {
  Coref c;
  c.Add(Make("Holm", "SWE", "SWE", false, true, 0, 0));  // a title: "Sweden's Holm"
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 1, 0));
  EXPECT_EQ(c.Named("Holm", 2, 0)->country, "SWE");
  EXPECT_EQ(c.Named("Berg", 2, 0), nullptr);
}

TEST(CorefTest, GroupIsTheLastPair) {
  Coref c;
  c.Add(Make("Xavier Durand", "FRAGOV", "FRA", true, true, 0, 0));
  c.Add(Make("Greta Holm", "SWEGOV", "SWE", true, false, 0, 4));
  c.AddPair(0, 1);
  const Referent* a = nullptr;
  const Referent* b = nullptr;
  ASSERT_TRUE(c.Group(1, 0, &a, &b));
  EXPECT_EQ(a->name, "Xavier Durand");
  EXPECT_EQ(b->name, "Greta Holm");
  EXPECT_FALSE(c.Group(0, 2, &a, &b));  // not yet complete
}

TEST(CorefTest, NameHasWord) {
  EXPECT_TRUE(NameHasWord("Xi Jinping", "Xi"));
  EXPECT_TRUE(NameHasWord("Xi Jinping", "JINPING"));
  EXPECT_FALSE(NameHasWord("Xi Jinping", "Jin"));
}

}  // namespace
}  // namespace readout::quotes
