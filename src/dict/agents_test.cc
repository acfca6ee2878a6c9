#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using testing::Texts;
using V = std::vector<std::string>;

TEST(Agents, SuffixAndPrefixCodes) {
  Diagnostics diags;
  const AgentDictionary d = ParseAgents(
      "AMBASSADOR [~GOV] # LRP 02 Jun 2004\n"
      "HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001\n"
      "POLICE {} [ ~COP]\n"
      "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]\n",
      "g.agents", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.agents.size(), 4u);
  EXPECT_EQ(d.agents[0].code, "GOV");
  EXPECT_EQ(d.agents[0].placement, AgentPlacement::kAfterActor);
  EXPECT_EQ(d.agents[1].code, "NGO");
  EXPECT_EQ(d.agents[1].placement, AgentPlacement::kBeforeActor);
  EXPECT_EQ(d.agents[2].code, "COP");
  EXPECT_EQ(d.agents[3].placement, AgentPlacement::kBeforeActor);
  EXPECT_EQ(d.agents[1].line, 2u);
}

TEST(Agents, Plurals) {
  Diagnostics diags;
  const AgentDictionary d = ParseAgents(
      "FOREIGN_MINISTRY [~GOV]\n"
      "CONGRESS [~LEG]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "PARLIAMENTARY_OPPOSITION {} [~OPP]\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "MINISTRY_  [~GOV]\n"
      "SECURITY SERVICE [~GOV]\n",
      "g.agents", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.agents.size(), 7u);
  EXPECT_EQ(Texts(d.agents[0].phrases), (V{"FOREIGN_MINISTRY", "FOREIGN_MINISTRIES"}));
  EXPECT_TRUE(d.agents[0].phrases[1].generated);
  EXPECT_EQ(Texts(d.agents[1].phrases), (V{"CONGRESS", "CONGRESSES"}));
  EXPECT_EQ(Texts(d.agents[2].phrases), (V{"ATTORNEY_GENERAL", "ATTORNEYS_GENERAL"}));
  EXPECT_FALSE(d.agents[2].phrases[1].generated);
  EXPECT_EQ(Texts(d.agents[3].phrases), (V{"PARLIAMENTARY_OPPOSITION"}));
  EXPECT_EQ(Texts(d.agents[4].phrases), (V{"GOLDEN_GOOSE", "GOLDEN_GEESE"}));
  EXPECT_EQ(Texts(d.agents[5].phrases), (V{"MINISTRY", "MINISTRIES"}));
  EXPECT_EQ(Texts(d.agents[6].phrases), (V{"SECURITY SERVICE", "SECURITY SERVICES"}));
  EXPECT_EQ(d.agents[6].phrases[0].gaps, (std::vector<Gap>{Gap::kLoose}));
  EXPECT_EQ(d.phrase_count(), 13u);
}

TEST(Agents, SubstitutionMarkersExpandWithoutPlurals) {
  Diagnostics diags;
  const AgentDictionary d = ParseAgents(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n"
      "!MINIST! = MINISTER , MINISTRY\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "!MINIST!_OF_INTERNAL_AFFAIRS [~GOV]\n"
      "HUSBAND!PERSON![~AGR]\n"
      "!MINIST! FOR_TERRITORIAL_AD!MINIST!RATION [~GOV]\n",
      "g.agents", diags);
  ASSERT_EQ(d.agents.size(), 4u);
  EXPECT_EQ(Texts(d.agents[0].phrases), (V{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN",
                                           "CONGRESSPERSON"}));
  EXPECT_TRUE(d.agents[0].phrases[0].generated);
  EXPECT_EQ(Texts(d.agents[1].phrases), (V{"MINISTER_OF_INTERNAL_AFFAIRS", "MINISTRY_OF_INTERNAL_AFFAIRS"}));
  EXPECT_EQ(d.agents[2].phrases.size(), 5u);
  EXPECT_EQ(Texts(d.agents[3].phrases),
            (V{"MINISTER FOR_TERRITORIAL_ADMINISTRATION", "MINISTRY FOR_TERRITORIAL_ADMINISTRATION"}));
  EXPECT_EQ(Messages(diags),
            (V{"g.agents:6: marker inside the word AD!MINIST!RATION read literally, as ADMINISTRATION"}));
}

TEST(Agents, MalformedLinesAreReportedAndSkipped) {
  Diagnostics diags;
  const AgentDictionary d = ParseAgents(
      "ISLAMIC_EXTREMIST\n"                      // 1
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"        // 2
      "SOLDIER [MIL]\n"                          // 3
      "CONGRESS!PERSONS! [~LEG]\n"               // 4
      "TROOP {TROOPS [~MIL]\n"                   // 5
      "!BROKEN = A, B\n"                         // 6
      "WORKER  [~LAB] extra\n"                   // 7
      "[~GOV]\n"                                 // 8
      "!LOOP! = A, B!LOOP!\n",                   // 9
      "g.agents", diags);
  EXPECT_EQ(Messages(diags),
            (V{"g.agents:1: agent has no [CODE]; line skipped",
               "g.agents:2: missing ']'; line skipped",
               "g.agents:3: agent code needs '~' before it ([~GOV]) or after it ([NGO~]); line skipped",
               "g.agents:4: substitution marker !PERSONS! is not defined; line skipped",
               "g.agents:5: missing '}'; line skipped",
               "g.agents:6: malformed substitution set (expected !NAME! = A, B, ...); line skipped",
               "g.agents:7: text after the code ignored",
               "g.agents:8: agent has no phrase; line skipped",
               "g.agents:9: '!' inside a substitution set; line skipped"}));
  ASSERT_EQ(d.agents.size(), 1u);
  EXPECT_EQ(d.agents[0].code, "LAB");
}

}  // namespace
}  // namespace readout::dict
