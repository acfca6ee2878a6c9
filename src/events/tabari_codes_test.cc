// TABARI's special codes and precedence marks in coding: an actor or a verb
// pattern coded [###] (discard) or [+++] (complex) keeps the whole sentence
// from being coded, as TABARI's ParserClass::checkDiscards and
// CoderClass::evaluateEvents do; "111!" (dominant) and "023?"
// (subordinate) decide which of a sentence's events stay.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/test_util.h"

namespace readout::events {
namespace {

using testing::TestCoder;
using V = std::vector<std::string>;

constexpr const char* kActors =
    "ARNOR [ARN]\n"
    "GONDOR [GON]\n"
    "NAZGUL [###]\n"
    "THE_DEAD_MEN_OF_DUNHARROW [+++]\n"
    "SARUMAN_ [ISEELI]\n"
    "\t[###  <19990101]\n";

TEST(TabariCodes, AnActorCodedDiscardDropsTheSentence) {
  const TestCoder c({.verbs = "ACCUSE [112]\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor accused Gondor."), (V{"ARN GON 112"}));
  EXPECT_EQ(c.Triples("Arnor accused Gondor of helping the Nazgul."), V{});
  EXPECT_EQ(c.Triples("Arnor accused Gondor before the Dead Men of Dunharrow came."), V{});
  // Only the sentence goes: the next one is coded.
  EXPECT_EQ(c.Triples("Arnor accused Gondor of sheltering the Nazgul. Gondor accused Arnor."), (V{"GON ARN 112"}));
}

TEST(TabariCodes, ADatedDiscardAppliesOnlyInItsDates) {
  const TestCoder c({.verbs = "ACCUSE [112]\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Saruman accused Gondor.", "1995-06-01"), V{});
  EXPECT_EQ(c.Triples("Saruman accused Gondor.", "2005-06-01"), (V{"ISEELI GON 112"}));
}

TEST(TabariCodes, APatternCodedDiscardOrComplexDropsTheSentence) {
  const std::string verbs =
      "ACCUSE [112]\n- * + OF WITCHCRAFT [###]\n- * + OF TREASON [+++]\n- * + OF THEFT [121]\n";
  const TestCoder c({.verbs = verbs, .actors = {kActors}, .tabari = true});
  EXPECT_EQ(c.Triples("Arnor accused Gondor of theft."), (V{"ARN GON 121"}));
  EXPECT_EQ(c.Triples("Arnor accused Gondor of witchcraft."), V{});
  EXPECT_EQ(c.Triples("Arnor accused Gondor of treason."), V{});
  // PETRARCH leaves [+++] unimplemented: read PETRARCH's way, the pattern is
  // as if absent and the verb's own code stands.
  const TestCoder petrarch({.verbs = verbs, .actors = {kActors}});
  EXPECT_EQ(petrarch.Triples("Arnor accused Gondor of treason."), (V{"ARN GON 112"}));
  EXPECT_EQ(petrarch.Triples("Arnor accused Gondor of witchcraft."), V{});
}

TEST(TabariCodes, DominantEventsOutrankTheRest) {
  const TestCoder c({.verbs = "ACCUSE [112]\nCONDEMN [111!]\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor accused Gondor and condemned Gondor."), (V{"ARN GON 111"}));
}

TEST(TabariCodes, SubordinateEventsGiveWayToOthers) {
  const TestCoder c({.verbs = "ACCUSE [112]\nWARN [023?]\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor warned Gondor."), (V{"ARN GON 023"}));
  EXPECT_EQ(c.Triples("Arnor warned Gondor and accused Gondor."), (V{"ARN GON 112"}));
}

TEST(TabariCodes, ComplexLimitsSetSentencesAside) {
  CoderOptions verbs;
  verbs.complex_verbs = 2;
  const TestCoder c({.verbs = "ACCUSE [112]\nTHREATEN [130]\n", .actors = {kActors}}, verbs);
  EXPECT_EQ(c.Triples("Arnor accused Gondor."), (V{"ARN GON 112"}));
  EXPECT_EQ(c.Triples("Arnor accused Gondor and threatened Gondor."), V{});

  CoderOptions conj;
  conj.complex_conjunctions = 1;
  const TestCoder d({.verbs = "ACCUSE [112]\n", .actors = {kActors}}, conj);
  // "and" inside an actor list is no conjunction of clauses.
  EXPECT_EQ(d.Triples("Arnor and Gondor accused Saruman."), (V{"ARN ISEELI 112", "GON ISEELI 112"}));
  EXPECT_EQ(d.Triples("Arnor accused Gondor, but Gondor said nothing."), V{});

  CoderOptions prior;
  prior.complex_no_actor_before_verb = true;
  const TestCoder e({.verbs = "ACCUSE [112]\n", .actors = {kActors}}, prior);
  EXPECT_EQ(e.Triples("Arnor accused Gondor."), (V{"ARN GON 112"}));
  EXPECT_EQ(e.Triples("Accused by Arnor, Gondor left."), V{});
}

}  // namespace
}  // namespace readout::events
