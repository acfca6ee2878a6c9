// Events named by nouns (noun_events.cc): which words give the source and
// the target, joint acts, background mentions, modality, and the verbs'
// precedence. Each test uses its own sentences and tiny dictionaries.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/test_util.h"
#include "readout/events.h"

namespace readout::events {
namespace {

using testing::TestCoder;
using V = std::vector<std::string>;

constexpr const char* kVerbs =
    "--- LAUNCH [---] ---\nLAUNCH\n"
    "--- HOLD [---] ---\nHOLD {HOLDS HELD HOLDING}\n"
    "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
    "--- ATTACK [190] ---\nATTACK\n"
    "--- END [---] ---\nEND\n"
    "--- RESUME [---] ---\nRESUME\n"
    "--- CONDEMN [111] ---\nCONDEMN\n";
constexpr const char* kActors =
    "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\n+GONDORIAN\nMORDOR [MOR]\nROHAN [ROH]\n"
    "ARAGORN [ARNGOV]\nDENETHOR [GONGOV]\nOSGILIATH [GON]\n";
constexpr const char* kAgents = "PRESIDENT [~GOV]\nPOLICE {} [~COP]\nLEADER [~GOV]\n";
constexpr const char* kNouns =
    "TALKS_ [040:040] WITH\n"
    "SUMMIT [040:040] WITH\n"
    "PHONE_CALL [041:041] WITH\n"
    "VISIT [042:043] TO\n"
    "ATTACK [190] ON AGAINST\n"
    "AIR_STRIKE [195] ON AGAINST\n"
    "STRIKE [190] ON\n"
    "ARREST [173] OF\n";

TestCoder MakeCoder() {
  return TestCoder({.verbs = kVerbs, .actors = {kActors}, .agents = kAgents, .nouns = kNouns});
}

TEST(NounEvents, PossessiveOrAdjectiveSourceAndTargetPhrase) {
  const TestCoder c = MakeCoder();
  EXPECT_EQ(c.Triples("Mordor's attack on Gondor was repelled."), (V{"MOR GON 190"}));
  EXPECT_EQ(c.Triples("Arnorian air strikes on Mordor continued overnight."), (V{"ARN MOR 195"}));
  // A paired code: the visited country hosts.
  EXPECT_EQ(c.Triples("Aragorn's visit to Gondor was a success."), (V{"ARNGOV GON 042", "GON ARNGOV 043"}));
}

TEST(NounEvents, BothSidesMustBeNamed) {
  const TestCoder c = MakeCoder();
  EXPECT_EQ(c.Triples("Mordor's attack was repelled."), V{});
  EXPECT_EQ(c.Triples("The attack on Gondor was repelled."), V{});
  // "on Monday" names no one: the target phrase may follow it.
  EXPECT_EQ(c.Triples("Mordor's attack on Monday on Osgiliath was repelled."), (V{"MOR GON 190"}));
}

TEST(NounEvents, JointActsBetweenTwoPartiesOrAnHyphenatedPair) {
  const TestCoder c = MakeCoder();
  EXPECT_EQ(c.Triples("Talks between Arnor and Gondor ended without agreement."),
            (V{"ARN GON 040", "GON ARN 040"}));
  const std::vector<Event> events = c.Code("The Aragorn-Denethor summit was short.");
  ASSERT_EQ(testing::Triples(events), (V{"ARNGOV GONGOV 040", "GONGOV ARNGOV 040"}));
  // Each side is its own half of the word, with its own offsets.
  const Event* e = testing::Find(events, "ARNGOV GONGOV 040");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.text, "Aragorn");
  EXPECT_EQ(e->target.text, "Denethor");
  EXPECT_EQ(e->evidence_text, "Aragorn-Denethor summit");
  EXPECT_EQ(e->verb, "summit");
  EXPECT_EQ(e->rule, "t.nouns:2");
  // An en dash in the original, too.
  EXPECT_EQ(c.Triples("The Arnor\xE2\x80\x93Gondor talks resumed."), (V{"ARN GON 040", "GON ARN 040"}));
  // Only joint acts take two parties: "between" says nothing of who attacked.
  EXPECT_EQ(c.Triples("The attack between Arnor and Gondor was brief."), V{});
  EXPECT_EQ(c.Triples("The Arnor-Gondor attack was brief."), V{});
}

TEST(NounEvents, ByPhraseAndTheSubjectOfTheVerbGiveTheSource) {
  const TestCoder c = MakeCoder();
  EXPECT_EQ(c.Triples("The arrest of Denethor by Arnorian police shocked Rohan."), (V{"ARNCOP GONGOV 173"}));
  EXPECT_EQ(c.Triples("Arnor launched air strikes on Mordor."), (V{"ARN MOR 195"}));
  EXPECT_EQ(c.Triples("Arnor and Gondor held talks."), (V{"ARN GON 040", "GON ARN 040"}));
}

TEST(NounEvents, BackgroundMentionsCodeNothing) {
  const TestCoder c = MakeCoder();
  EXPECT_EQ(c.Triples("Since Mordor's attack on Gondor, Rohan has rearmed."), V{});
  EXPECT_EQ(c.Triples("Rohan was quiet after the talks between Arnor and Gondor."), V{});
  // What a verb says of the attack is coded; the attack itself is not
  // repeated from the noun when a verb already coded that pair.
  EXPECT_EQ(c.Triples("Rohan condemned Mordor's attack on Gondor."), (V{"MOR GON 190", "ROH MOR 111"}));
  EXPECT_EQ(c.Triples("Mordor attacked Gondor."), (V{"MOR GON 190"}));
}

TEST(NounEvents, TheVerbsComeFirst) {
  const TestCoder c({.verbs = std::string(kVerbs) + "--- VISIT [042:043] ---\nVISIT\n- * + ON TALKS [040]\n",
                     .actors = {kActors}, .agents = kAgents, .nouns = kNouns});
  // The verb codes Aragorn -> Gondor; the talks with Denethor are the
  // same exchange between the same two countries.
  EXPECT_EQ(c.Triples("Aragorn visited Gondor for talks with Denethor."),
            (V{"ARNGOV GON 042", "GON ARNGOV 043"}));
}

TEST(NounEvents, NegationAndEventsStillToCome) {
  const TestCoder c = MakeCoder();
  std::vector<Event> events = c.Code("There will be no talks between Arnor and Gondor.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_TRUE(events[0].negated);
  EXPECT_EQ(events[0].modality, Modality::kIntended);
  events = c.Code("The planned visit to Gondor by Aragorn was postponed.");
  ASSERT_EQ(testing::Triples(events), (V{"ARNGOV GON 042", "GON ARNGOV 043"}));
  EXPECT_EQ(events[0].modality, Modality::kIntended);
  EXPECT_FALSE(events[0].negated);
  events = c.Code("Talks between Arnor and Gondor will resume.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].modality, Modality::kIntended);
  // A modal after the phrase that is not "will" speaks of its meaning.
  events = c.Code("The Arnor-Gondor phone call should calm Rohan.");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].modality, Modality::kAsserted);
}

TEST(NounEvents, ReportedThroughASayer) {
  const TestCoder c = MakeCoder();
  const std::vector<Event> events = c.Code("Rohan said Mordor's attack on Gondor failed.");
  const Event* e = testing::Find(events, "MOR GON 190");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kReported);
  EXPECT_EQ(e->said_by, "Rohan");
}

TEST(NounEvents, NoNounDictionaryNoNounEvents) {
  const TestCoder c({.verbs = kVerbs, .actors = {kActors}, .agents = kAgents});
  EXPECT_EQ(c.Triples("Mordor's attack on Gondor was repelled."), V{});
}

}  // namespace
}  // namespace readout::events
