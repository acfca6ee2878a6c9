// The cue lexicon (cues.cc): groups, inflections, and what is no cue.
#include "quotes/cues.h"

#include <gtest/gtest.h>

namespace readout::quotes {
namespace {

TEST(CueLexicon, EveryInflectionOfABaseForm) {
  for (const char* w : {"say", "says", "said", "saying"}) EXPECT_EQ(CueGroupOf(w), CueGroup::kSay) << w;
  for (const char* w : {"argue", "argues", "argued", "arguing"}) EXPECT_EQ(CueGroupOf(w), CueGroup::kAssert) << w;
  for (const char* w : {"deny", "denies", "denied", "denying"}) EXPECT_EQ(CueGroupOf(w), CueGroup::kDeny) << w;
  for (const char* w : {"admit", "admits", "admitted", "admitting"}) EXPECT_EQ(CueGroupOf(w), CueGroup::kAdmit) << w;
  EXPECT_EQ(CueGroupOf("wrote"), CueGroup::kSay);
  EXPECT_EQ(CueGroupOf("written"), CueGroup::kSay);
  EXPECT_EQ(CueGroupOf("thought"), CueGroup::kBelieve);
  EXPECT_EQ(CueGroupOf("vowed"), CueGroup::kPromise);
  EXPECT_EQ(CueGroupOf("warns"), CueGroup::kWarn);
  EXPECT_EQ(CueGroupOf("wondered"), CueGroup::kAsk);
  EXPECT_EQ(CueGroupOf("suggesting"), CueGroup::kSuggest);
  EXPECT_EQ(CueGroupOf("maintained"), CueGroup::kAssert);
  EXPECT_EQ(CueGroupOf("conceded"), CueGroup::kAdmit);
}

TEST(CueLexicon, OrdinaryWordsAreNoCues) {
  for (const char* w : {"went", "built", "the", "sayings", "walked", "statement", ""}) {
    EXPECT_EQ(CueGroupOf(w), CueGroup::kNone) << w;
  }
}

TEST(CueLexicon, HoldsSeveralHundredForms) {
  EXPECT_GT(CueFormCount(), 800u);
  EXPECT_FALSE(TakesBareClause(CueGroup::kAsk));  // "asked Congress to act"
  EXPECT_TRUE(TakesBareClause(CueGroup::kSay));
}

}  // namespace
}  // namespace readout::quotes
