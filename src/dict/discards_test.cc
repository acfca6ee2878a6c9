#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;

TEST(Discards, StoryAndSentenceDiscards) {
  Diagnostics diags;
  const DiscardList d = ParseDiscards(
      "# Story-level discards are indicated with a '+'.\n"
      "MONTHS LATER\n"
      "+World Golf Championships   # pas 26-Feb-2014\n"
      "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\n"
      "+ ESPN2 \n"
      "BATSMEN_\n"
      "NASGUL  [###]\n",
      "d.discards", diags);
  ASSERT_EQ(d.discards.size(), 6u);
  EXPECT_EQ(d.discards[0].phrase.ToString(), "MONTHS_LATER");  // consecutive
  EXPECT_FALSE(d.discards[0].whole_story);
  EXPECT_TRUE(d.discards[0].phrase.stem);
  EXPECT_EQ(d.discards[1].phrase.ToString(), "WORLD_GOLF_CHAMPIONSHIPS");
  EXPECT_TRUE(d.discards[1].whole_story);
  EXPECT_EQ(d.discards[1].phrase.line, 3u);
  EXPECT_EQ(d.discards[3].phrase.ToString(), "ESPN2");
  EXPECT_TRUE(d.discards[3].whole_story);
  EXPECT_FALSE(d.discards[4].phrase.stem);  // '_': must end at a word boundary
  // '#' starts a comment, except in TABARI's discard code [###].
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  EXPECT_EQ(d.discards[5].phrase.ToString(), "NASGUL");
  EXPECT_EQ(d.discards[5].code, "###");
}

TEST(Discards, CodesAreKept) {
  Diagnostics diags;
  const DiscardList d = ParseDiscards("+OLYMPIC GAMES [SPORT]\n+\n", "d.discards", diags);
  ASSERT_EQ(d.discards.size(), 1u);
  EXPECT_EQ(d.discards[0].code, "SPORT");
  EXPECT_EQ(Messages(diags), (std::vector<std::string>{"d.discards:2: discard without a phrase; line skipped"}));
}

}  // namespace
}  // namespace readout::dict
