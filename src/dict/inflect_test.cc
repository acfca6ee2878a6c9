#include "dict/inflect.h"

#include <gtest/gtest.h>

namespace readout::dict::internal {
namespace {

TEST(PluralOf, RegularRules) {
  EXPECT_EQ(PluralOf("DOLLAR"), "DOLLARS");
  EXPECT_EQ(PluralOf("PARTY"), "PARTIES");
  EXPECT_EQ(PluralOf("ATTORNEY"), "ATTORNEYS");
  EXPECT_EQ(PluralOf("CONGRESS"), "CONGRESSES");
  EXPECT_EQ(PluralOf("BUS"), "BUSES");
  EXPECT_EQ(PluralOf("TAX"), "TAXES");
  EXPECT_EQ(PluralOf("CHURCH"), "CHURCHES");
  EXPECT_EQ(PluralOf("MARSH"), "MARSHES");
  EXPECT_EQ(PluralOf("F-16"), "F-16S");
}

TEST(InflectVerb, RegularForms) {
  auto forms = [](std::string_view v) {
    const VerbInflections f = InflectVerb(v);
    return f.s + " " + f.ed + " " + f.ing;
  };
  EXPECT_EQ(forms("ACCELERATE"), "ACCELERATES ACCELERATED ACCELERATING");
  EXPECT_EQ(forms("RUSH"), "RUSHES RUSHED RUSHING");
  EXPECT_EQ(forms("CARRY"), "CARRIES CARRIED CARRYING");
  EXPECT_EQ(forms("PLAY"), "PLAYS PLAYED PLAYING");
  EXPECT_EQ(forms("AGREE"), "AGREES AGREED AGREEING");
  EXPECT_EQ(forms("DIE"), "DIES DIED DYING");
  EXPECT_EQ(forms("FIX"), "FIXES FIXED FIXING");
  EXPECT_EQ(forms("VISIT"), "VISITS VISITED VISITING");
  // No doubling: the dictionaries spell such verbs out ({BANS BANNED}).
  EXPECT_EQ(forms("BAN"), "BANS BANED BANING");
}

}  // namespace
}  // namespace readout::dict::internal
