// The coder's reading of a story across its sentences (src/events/memory.h
// and the story rules in coder.cc): names told in pieces, "the two leaders",
// the story's two countries, the lede's date and place, and the conventions
// a verb dictionary declares (&GOVERNMENT_ROOTS_, &STATE_ACTS,
// &INTENT_ROOTS_). Each test uses its own sentences and tiny dictionaries.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "events/test_util.h"
#include "readout/events.h"
#include "readout/resolve.h"

namespace readout::events {
namespace {

using testing::MakeDocument;
using testing::TestCoder;
using testing::Triples;
using V = std::vector<std::string>;

constexpr const char* kCountries =
    "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\n+GONDORIAN\nMORDOR [MOR]\n"
    "ARAGORN [ARNGOV]\nDENETHOR [GONGOV]\n";
constexpr const char* kAgents = "PRIME_MINISTER [~GOV]\nTRADE_MINISTER [~GOV]\nMINISTER [~GOV]\n";

// ------------------------------------------------------------------ names

TEST(StoryNames, ACountrysPossessiveThenARoleMakeOnePerson) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- PRAISE [051] ---\nPRAISE\n",
                     .actors = {kCountries},
                     .agents = kAgents});
  // "Arnor's Dunadan" gives the country, "Prime Minister Halbarad Dunadan"
  // the role; later the surname alone or with "Mr" is both.
  EXPECT_EQ(c.Triples("Arnor's Dunadan praised Gondor. "
                      "Prime Minister Halbarad Dunadan criticized Mordor. "
                      "Mr Dunadan praised Mordor."),
            (V{"ARN GON 051", "ARNGOV MOR 051", "ARNGOV MOR 111"}));
}

TEST(StoryNames, AnHonorificAndASurnameStandForTheFullName) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kCountries},
                     .agents = kAgents});
  EXPECT_EQ(c.Triples("Arnorian Prime Minister Halbarad Dunadan criticized Gondor. "
                      "Mr. Dunadan criticized Mordor."),
            (V{"ARNGOV GON 111", "ARNGOV MOR 111"}));
}

TEST(StoryNames, AnOfficialDealingWithOneSideBelongsToTheOther) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- MEET [040] ---\nMEET {MET}\n",
                     .actors = {kCountries},
                     .agents = kAgents});
  // Arnor and Gondor are the story's two countries; a named minister with
  // no country who meets a Gondorian one is Arnor's, and stays so.
  EXPECT_EQ(c.Triples("Arnor criticized Gondor. "
                      "Trade Minister Halbarad Dunadan met Gondorian Trade Minister Imrahil Belfalas. "
                      "Dunadan criticized Mordor."),
            (V{"ARN GON 111", "ARNGOV GONGOV 040", "ARNGOV MOR 111"}));
  // Without the story's two countries nothing is guessed.
  EXPECT_EQ(c.Triples("Trade Minister Halbarad Dunadan met Gondorian Trade Minister Imrahil Belfalas."),
            (V{"---GOV GONGOV 040"}));
}

TEST(StoryNames, HisGuestIsTheOtherPartyOfTheLastExchange) {
  const TestCoder c({.verbs = "--- HOST [043:042] ---\nHOST\n--- PRAISE [051] ---\nPRAISE\n",
                     .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Aragorn hosted Denethor. Aragorn praised his guest."),
            (V{"ARNGOV GONGOV 043", "ARNGOV GONGOV 051", "GONGOV ARNGOV 042"}));
}

// ---------------------------------------------------------------- pairs

TEST(StoryPairs, TheTwoLeadersAreTheLastTwoPeopleNamedTogether) {
  const TestCoder c({.verbs = "--- MEET [040] ---\nMEET {MET}\n--- SIGN [057] ---\nSIGN\n",
                     .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Aragorn met Denethor. The two leaders signed a treaty."),
            (V{"ARNGOV GONGOV 040", "ARNGOV GONGOV 057", "GONGOV ARNGOV 057"}));
  EXPECT_EQ(c.Triples("Aragorn and Denethor met. The two men signed a treaty."),
            (V{"ARNGOV GONGOV 040", "ARNGOV GONGOV 057", "GONGOV ARNGOV 040", "GONGOV ARNGOV 057"}));
  // No pair named before: nobody to stand for.
  EXPECT_EQ(c.Triples("The two leaders signed a treaty."), V{});
}

TEST(StoryPairs, WhereThePairMetIsNotWhomTheyMet) {
  const TestCoder c({.verbs = "--- MEET [040] ---\nMEET {MET}\n- * + [040]\n", .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Aragorn met Denethor. The two leaders had last met in Gondor in May."),
            (V{"ARNGOV GONGOV 040", "ARNGOV GONGOV 040", "GONGOV ARNGOV 040"}));
}

TEST(StoryPairs, TheTwoSidesAreTheGovernmentsOfTheStorysCountries) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- AGREE [030] ---\nAGREE\n",
                     .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor. The two sides agreed."),
            (V{"ARN GON 111", "ARNGOV GONGOV 030", "GONGOV ARNGOV 030"}));
}

TEST(StoryPairs, AGerundAfterBeforeTakesTheSubjectOfTheMainVerb) {
  const TestCoder c({.verbs = "--- MEET [040] ---\nMEET {MET}\n--- SIGN [057] ---\nSIGN\n",
                     .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor and Gondor met in the capital before signing a treaty."),
            (V{"ARN GON 040", "ARN GON 057", "GON ARN 040", "GON ARN 057"}));
}

// ------------------------------------------------------- joint undertakings

constexpr const char* kJointVerbs =
    "&TALKS\n+DIALOGUE\n+TALKS_\n\n&AGREEMENT\n+AGREEMENT\n+TREATY\n\n"
    "--- BEGIN [---] ---\nBEGIN {BEGAN BEGUN BEGINS BEGINNING}\n+SET_UP {+SETS_UP +SETTING_UP}\n"
    "- &TALKS * [046]\n"
    "--- CRITICIZE [111] ---\nCRITICIZE\n--- SIGN [057] ---\nSIGN\n"
    "--- PLEDGE [030] ---\nPLEDGE\n- * LOANS [0331]\n"
    "--- ANNOUNCE [---] ---\nANNOUNCE\n- * DUTIES [163]\n";

TEST(StoryJoint, ADialogueBetweenTwoCountriesIsTheirs) {
  const TestCoder c({.verbs = kJointVerbs, .actors = {kCountries}});
  EXPECT_EQ(c.Triples("A dialogue between Arnor and Gondor has begun."),
            (V{"ARN GON 046", "GON ARN 046"}));
}

TEST(StoryJoint, AnUnattributedDialogueIsTheStorysTwoCountries) {
  const TestCoder c({.verbs = kJointVerbs, .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor. A new dialogue had been set up."),
            (V{"ARN GON 046", "ARN GON 111", "GON ARN 046"}));
  EXPECT_EQ(c.Triples("A new dialogue had been set up."), V{});
}

TEST(StoryJoint, CriticizingTheAgreementsTargetsTheirParties) {
  const TestCoder c({.verbs = kJointVerbs, .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor signed a treaty with Gondor. Mordor criticized the agreements."),
            (V{"ARN GON 057", "MOR ARN 111", "MOR GON 111"}));
  // An indefinite one is not the story's.
  EXPECT_EQ(c.Triples("Arnor signed a treaty with Gondor. Mordor criticized an agreement."),
            (V{"ARN GON 057"}));
}

TEST(StoryJoint, APledgeOrDutiesWithoutARecipientGoToTheOtherSide) {
  const TestCoder c({.verbs = kJointVerbs, .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor. Gondor pledged loans. Arnor announced duties."),
            (V{"ARN GON 111", "ARN GON 163", "GON ARN 0331"}));
  // A one-country story gives no recipient.
  EXPECT_EQ(c.Triples("Gondor pledged loans."), V{});
  // A named recipient wins over the implied one.
  EXPECT_EQ(c.Triples("Arnor criticized Gondor. Gondor pledged loans to Mordor."),
            (V{"ARN GON 111", "GON MOR 0331"}));
}

// ------------------------------------------------ declared conventions

TEST(StoryConventions, ABareCountryActsThroughItsGovernmentForDeclaredRoots) {
  const std::string verbs = "&GOVERNMENT_ROOTS_\n+11\n+04\n\n"
                            "--- CRITICIZE [111] ---\nCRITICIZE\n--- MEET [040] ---\nMEET {MET}\n"
                            "--- ATTACK [190] ---\nATTACK\n";
  const TestCoder c({.verbs = verbs, .actors = {kCountries}, .agents = kAgents});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor."), (V{"ARNGOV GON 111"}));
  EXPECT_EQ(c.Triples("Arnor and Gondor met."), (V{"ARNGOV GONGOV 040", "GONGOV ARNGOV 040"}));
  EXPECT_EQ(c.Triples("Arnor attacked Gondor."), (V{"ARN GON 190"}));  // not a declared root
  // Without the declaration (PETRARCH's dictionaries): the bare country.
  const TestCoder plain({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kCountries}});
  EXPECT_EQ(plain.Triples("Arnor criticized Gondor."), (V{"ARN GON 111"}));
}

TEST(StoryConventions, AStatesDecisionIsItsGovernments) {
  const TestCoder c({.verbs = "&STATE_ACTS\n+DECISION\n\n--- CRITICIZE [111] ---\nCRITICIZE\n",
                     .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor's decision."), (V{"ARN GONGOV 111"}));
  EXPECT_EQ(c.Triples("Arnor criticized Gondor's army."), (V{"ARN GON 111"}));
}

TEST(StoryConventions, PromisedCooperationIsAnIntentForDeclaredRoots) {
  const std::string trade = "--- TRADE [061] ---\nTRADE\n- * WITH + [061]\n";
  const TestCoder c({.verbs = "&INTENT_ROOTS_\n+06\n\n" + trade, .actors = {kCountries}});
  EXPECT_EQ(c.Triples("Arnor will trade with Gondor."), (V{"ARN GON 0311"}));
  EXPECT_EQ(c.Triples("Arnor traded with Gondor."), (V{"ARN GON 061"}));
  EXPECT_EQ(c.Triples("Arnor will not trade with Gondor."), (V{"ARN GON 061"}));
  const TestCoder plain({.verbs = trade, .actors = {kCountries}});
  EXPECT_EQ(plain.Triples("Arnor will trade with Gondor."), (V{"ARN GON 061"}));
}

TEST(StoryClauses, AnObjectIsNotSoughtInAClauseWithItsOwnSubject) {
  const TestCoder c({.verbs = "--- PLEDGE [030] ---\nPLEDGE\n- * LOANS TO + [0331]\n"
                              "--- PROMISE [030] ---\nPROMISE\n",
                     .actors = {kCountries}});
  // "Mordor" belongs to Gondor's clause, not to Arnor's pledge.
  EXPECT_EQ(c.Triples("Arnor pledged loans, and Gondor promised help to Mordor."),
            (V{"GON MOR 030"}));
}

// ------------------------------------------------------- dates and places

std::shared_ptr<const resolve::Gazetteer> LoadGazetteer() {
  auto g = resolve::Gazetteer::Load(
      (std::filesystem::path(READOUT_SOURCE_DIR) / "data/gazetteer").string());
  if (!g.ok()) return nullptr;
  return std::make_shared<const resolve::Gazetteer>(std::move(g).value());
}

constexpr const char* kIndiaJapan = "INDIA [IND]\n+INDIAN\nJAPAN [JPN]\n+JAPANESE\n";

TEST(StoryWhenWhere, TheLedesDateSkipsTheBylineAndServesUndatedSentences) {
  const TestCoder c({.verbs = "--- PRAISE [051] ---\nPRAISE\n", .actors = {kIndiaJapan}});
  const Document doc = MakeDocument(
      "By Jane Roe, March 11, 2026\n\n"
      "India praised Japan on Monday, March 9, at a summit.\n\n"
      "Japan praised India.",
      "2026-03-11");
  const std::vector<Event> events = c.Code(doc);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].date, "2026-03-09");
  EXPECT_EQ(events[1].date, "2026-03-09");
}

TEST(StoryWhenWhere, ADateInAThatClauseBelongsToIt) {
  const TestCoder c({.verbs = "--- TELL [010] ---\nTELL {TOLD}\n", .actors = {kIndiaJapan}});
  const std::vector<Event> events =
      c.Code("India told Japan that the ministers would meet next month.", "2026-01-22");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2026-01-22");
  EXPECT_EQ(events[0].date_precision, "day");
}

TEST(StoryWhenWhere, TheDatelinePlacesUndatedEventsAndAHostBelongsThere) {
  CoderOptions options;
  options.gazetteer = LoadGazetteer();
  ASSERT_NE(options.gazetteer, nullptr);
  const TestCoder c({.verbs = "--- PRAISE [051] ---\nPRAISE\n--- HOST [043:042] ---\nHOST\n",
                     .actors = {kIndiaJapan},
                     .agents = kAgents},
                    options);
  const Document doc = MakeDocument(
      "CHENNAI, March 9 (Wire) - India praised Japan on Monday.\n\n"
      "Prime Minister Arun Pathak hosted Japanese Prime Minister Kenji Oyama.\n\n"
      "Mr Pathak praised Japan.",
      "2026-03-09");
  const std::vector<Event> events = c.Code(doc);
  EXPECT_EQ(Triples(events), (V{"IND JPN 051", "INDGOV JPN 051", "INDGOV JPNGOV 043",
                                "JPNGOV INDGOV 042"}));
  for (const Event& e : events) {
    EXPECT_TRUE(e.has_location) << e.verb;
    EXPECT_EQ(e.location.country, "IND") << e.verb;
  }
}

}  // namespace
}  // namespace readout::events
