#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using testing::Texts;

TEST(Nouns, EntriesWithCodesTargetWordsAndPlurals) {
  Diagnostics diags;
  const NounDictionary d = ParseNouns(
      "# event nouns\n"
      "AIR_STRIKE [195] ON against   # a trailing comment\n"
      "visit [042:043] TO\n"
      "TALKS_ [040:040] WITH\n"
      "MISSILE_ATTACK_ [190] ON\n"
      "CRACKDOWN [175] ON AGAINST\n",
      "n.nouns", diags);
  EXPECT_TRUE(Messages(diags).empty());
  ASSERT_EQ(d.nouns.size(), 5u);
  EXPECT_EQ(Texts(d.nouns[0].phrases), (std::vector<std::string>{"AIR_STRIKE", "AIR_STRIKES"}));
  EXPECT_FALSE(d.nouns[0].phrases[0].generated);
  EXPECT_TRUE(d.nouns[0].phrases[1].generated);
  EXPECT_EQ(d.nouns[0].code.ToString(), "195");
  EXPECT_EQ(d.nouns[0].target_words, (std::vector<std::string>{"ON", "AGAINST"}));
  EXPECT_EQ(d.nouns[0].line, 2u);
  EXPECT_EQ(Texts(d.nouns[1].phrases), (std::vector<std::string>{"VISIT", "VISITS"}));
  EXPECT_TRUE(d.nouns[1].code.paired);
  EXPECT_EQ(d.nouns[1].code.reverse, "043");
  // '_' at the end: written as it is found, no plural generated.
  EXPECT_EQ(Texts(d.nouns[2].phrases), (std::vector<std::string>{"TALKS"}));
  EXPECT_EQ(Texts(d.nouns[3].phrases), (std::vector<std::string>{"MISSILE_ATTACK"}));
  EXPECT_EQ(d.phrase_count(), 2u + 2 + 1 + 1 + 2);
}

TEST(Nouns, BadLinesAreSkippedWithTheirLine) {
  Diagnostics diags;
  const NounDictionary d = ParseNouns(
      "SIEGE\n"
      "[190] ON\n"
      "BLOCKADE [191\n"
      "INVASION [1x9/] OF\n"
      "SHELLING [194]\n"
      "RAID [190] ON (AGAINST)\n"
      "ASSAULT [190] ON\n",
      "n.nouns", diags);
  ASSERT_EQ(d.nouns.size(), 1u);
  EXPECT_EQ(d.nouns[0].phrases[0].ToString(), "ASSAULT");
  const std::vector<std::string> messages = Messages(diags);
  ASSERT_EQ(messages.size(), 6u);
  EXPECT_EQ(messages[0], "n.nouns:1: event noun without a [CODE]; line skipped");
  EXPECT_EQ(messages[1], "n.nouns:2: [CODE] without a noun before it; line skipped");
  EXPECT_EQ(messages[2], "n.nouns:3: missing ']'; line skipped");
  EXPECT_EQ(messages[3].substr(0, 26), "n.nouns:4: bad event code:");
  EXPECT_EQ(messages[4], "n.nouns:5: event noun without a target word (\"ON\", \"TO\", \"WITH\"); line skipped");
  EXPECT_EQ(messages[5],
            "n.nouns:6: a target word must be letters (\"ON\", \"AGAINST\"); line skipped");
}

TEST(Nouns, KindDetectedFromTheFileName) {
  EXPECT_EQ(DetectKind("data/readout.nouns.txt", "TALKS_ [040:040] WITH\n"), DictionaryKind::kNouns);
  const Diagnostics diags = LintDictionaryText("VISIT [042:043]\n", "x.nouns.txt");
  EXPECT_EQ(Messages(diags).size(), 1u);
}

TEST(Nouns, ConfigNamesTheNounFile) {
  Diagnostics diags;
  Result<DictionaryConfig> c = ParseConfig(
      "[Dictionaries]\nverbfile_name = v.txt\nnounfile_name = readout.nouns.txt\n", "/d/PETR_config.ini",
      diags);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->noun_file, "/d/readout.nouns.txt");
}

}  // namespace
}  // namespace readout::dict
