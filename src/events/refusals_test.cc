// Two rules found by measuring on real news (docs/events-eval.md), each
// with its own sentences and tiny dictionaries:
//   - a negated act of cooperation is its refusal, root 12, where the verb
//     dictionary declares &REFUSAL_ROOTS_ (sentence_coder.cc, AsRefusal),
//     and as written where it does not (PETRARCH's reading);
//   - an event noun that is the object of a verb that stops, cuts or lifts
//     it is coded as the reverse (noun_events.cc, UndoneCode).
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
    "--- RELEASE [0841] ---\nRELEASE\n"
    "--- MEET [040:040] ---\nMEET {MEETS MET MEETING}\n"
    "--- VISIT [042:043] ---\nVISIT\n"
    "--- ATTACK [190] ---\nATTACK\n"
    "--- SUSPEND [---] ---\nSUSPEND\nCANCEL\nLIFT\nPRAISE\n";
constexpr const char* kRefusalRoots = "&REFUSAL_ROOTS_\n+04\n+05\n+06\n+07\n+08\n\n";
constexpr const char* kActors = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\nROHAN [ROH]\n";
constexpr const char* kNouns =
    "AID [070] TO FOR\nMILITARY_AID [072] TO FOR\nVISIT [042:043] TO\nSANCTIONS_ [163] ON AGAINST\n"
    "ATTACK [190] ON AGAINST\n";

TestCoder Coder(bool refusals) {
  return TestCoder({.verbs = std::string(refusals ? kRefusalRoots : "") + kVerbs, .actors = {kActors},
                    .nouns = kNouns});
}

TEST(Refusals, NegatedCooperationIsItsRefusalWhereDeclared) {
  const TestCoder c = Coder(true);
  EXPECT_EQ(c.Triples("Gondor will not release Mordor."), (V{"GON MOR 1243"}));
  // One party refuses: no reverse event for the one it would have visited.
  EXPECT_EQ(c.Triples("Arnor will not visit Rohan."), (V{"ARN ROH 125"}));
  // A joint act refused keeps both directions.
  EXPECT_EQ(c.Triples("Arnor did not meet Rohan."), (V{"ARN ROH 125", "ROH ARN 125"}));
  // Conflict is kept as written: "did not attack" names no CAMEO event.
  EXPECT_EQ(c.Triples("Mordor did not attack Gondor."), (V{"MOR GON 190"}));
  EXPECT_EQ(c.Triples("Gondor released Mordor."), (V{"GON MOR 0841"}));
}

TEST(Refusals, PetrarchDictionariesKeepTheCodeAsWritten) {
  const TestCoder c = Coder(false);
  EXPECT_EQ(c.Triples("Gondor will not release Mordor."), (V{"GON MOR 0841"}));
}

TEST(UndoingVerbs, AnEventNounStoppedOrLiftedIsTheReverse) {
  const TestCoder c = Coder(false);
  EXPECT_EQ(c.Triples("Arnor suspended aid to Rohan."), (V{"ARN ROH 1621"}));
  EXPECT_EQ(c.Triples("Arnor suspended military aid to Rohan."), (V{"ARN ROH 1622"}));
  EXPECT_EQ(c.Triples("Arnor cancelled a visit to Rohan."), (V{"ARN ROH 160"}));
  EXPECT_EQ(c.Triples("Arnor lifted sanctions on Mordor."), (V{"ARN MOR 085"}));
  // No reverse for an attack: nothing rather than the attack itself.
  EXPECT_EQ(c.Triples("Mordor cancelled an attack on Gondor."), V{});
  // Not an undoing verb: the noun as it is.
  EXPECT_EQ(c.Triples("Arnor praised aid to Rohan."), (V{"ARN ROH 070"}));
}

}  // namespace
}  // namespace readout::events
