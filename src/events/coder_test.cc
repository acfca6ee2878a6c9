// The coder end to end, one behaviour per test, each over its own tiny
// dictionaries: who is source and target, which code a verb or pattern
// gives, how actors, agents and dates make actor codes, and the Event
// fields around them (negation, modality, evidence, ids, dates, CAMEO data).
// Actor code composition on its own: actor_codes_test.cc. Tests named
//  pin behaviour the engine does not have yet.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "events/test_util.h"
#include "readout/events.h"

namespace readout::events {
namespace {

using testing::Dictionaries;
using testing::Find;
using testing::MakeDocument;
using testing::TestCoder;
using testing::Triples;
using V = std::vector<std::string>;

constexpr const char* kActors =
    "ARNOR [ARN]\n"
    "GONDOR [GON]\n"
    "ROHAN [ROH]\n"
    "MORDOR [MOR]\n";

// ------------------------------------------------------------ basic shapes

TEST(Coder, SubjectVerbObject) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor accused Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 112"}));
  const Event& e = events[0];
  EXPECT_EQ(e.doc, "doc");
  EXPECT_EQ(e.sentence, 0u);
  EXPECT_EQ(e.source.text, "Arnor");
  EXPECT_EQ(e.source.country, "ARN");
  EXPECT_EQ(e.source.sector, "");
  EXPECT_EQ(e.source.entity, "Arnor");
  EXPECT_EQ(e.target.text, "Gondor");
  EXPECT_EQ(e.verb, "accused");
  EXPECT_EQ(e.rule, "t.verbs:2");  // the verb's line: no pattern fitted
  EXPECT_FALSE(e.negated);
  EXPECT_EQ(e.modality, Modality::kAsserted);
  EXPECT_EQ(e.said_by, "");
}

TEST(Coder, NoActorNoEvent) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor accused the neighbours."), V{});
  EXPECT_EQ(c.Triples("The neighbours accused Gondor."), V{});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor."), V{});  // not a dictionary verb
}

TEST(Coder, BlockCodeWhenNoPatternFits) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n- * DEMANDS [999]\n",
                     .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor criticized Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 111"}));
  EXPECT_EQ(events[0].rule, "t.verbs:2");
}

TEST(Coder, VerbOwnCodeOverridesTheBlockCode) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\nDENOUNCE [1121]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor denounced Gondor."), (V{"ARN GON 1121"}));
  EXPECT_EQ(c.Triples("Arnor criticized Gondor."), (V{"ARN GON 111"}));
}

// ---------------------------------------------------------------- patterns

TEST(CoderPatterns, WordsAfterTheVerb) {
  const TestCoder c({.verbs = "--- ABANDON [345] ---\nABANDON\n- * DIPLOMATIC TIES [901]\n",
                     .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor abandoned diplomatic ties with Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 901"}));
  EXPECT_EQ(events[0].rule, "t.verbs:3");  // the pattern's line
  EXPECT_EQ(c.Triples("Arnor abandoned Gondor."), (V{"ARN GON 345"}));
  // Loose: other words may come between the pattern's words.
  EXPECT_EQ(c.Triples("Arnor abandoned diplomatic and cultural ties with Gondor."),
            (V{"ARN GON 901"}));
}

TEST(CoderPatterns, WordsBeforeTheVerb) {
  const TestCoder c({.verbs = "--- ACT [---] ---\nACT\n- INDICATED WOULD * NOW [036]\n",
                     .actors = {"ETHIOPIA [ETH]\nERITREA [ERI]\n"}});
  EXPECT_EQ(c.Triples("Ethiopia indicated it would act now against Eritrea."),
            (V{"ETH ERI 036"}));
  // Without INDICATED the block's null code applies: nothing.
  EXPECT_EQ(c.Triples("Ethiopia said it would act now against Eritrea."), V{});
  // Without NOW after the verb, likewise.
  EXPECT_EQ(c.Triples("Ethiopia indicated it would act against Eritrea."), V{});
}

TEST(CoderPatterns, UnderscoreAfterTheVerbNeedsAdjacentWords) {
  const TestCoder c({.verbs = "--- ABANDON [345] ---\nABANDON\n- * DIPLOMATIC_TIES [901]\n"
                              "- *_TALKS [902]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor abandoned diplomatic ties with Gondor."), (V{"ARN GON 901"}));
  EXPECT_EQ(c.Triples("Arnor abandoned diplomatic and cultural ties with Gondor."),
            (V{"ARN GON 345"}));
  EXPECT_EQ(c.Triples("Arnor abandoned talks with Gondor."), (V{"ARN GON 902"}));
  EXPECT_EQ(c.Triples("Arnor abandoned the talks with Gondor."), (V{"ARN GON 345"}));
}

TEST(CoderPatterns, UnderscoreBeforeTheVerbNeedsAdjacentWords) {
  const TestCoder c({.verbs = "--- REJECT [120] ---\nREJECT\n- FIRMLY_* [128]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor firmly rejected Gondor."), (V{"ARN GON 128"}));
  EXPECT_EQ(c.Triples("Arnor firmly and angrily rejected Gondor."), (V{"ARN GON 120"}));
}

TEST(CoderPatterns, SynsetAfterTheVerbSingleAndMultiWordMembers) {
  const TestCoder c({.verbs = "&WEAPON\n+ROCKET\n+ARTILLERY SHELL\n"
                              "--- FIRE [190] ---\nFIRE\n- * &WEAPON AT + [195]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor fired a rocket at Gondor."), (V{"ARN GON 195"}));
  EXPECT_EQ(c.Triples("Arnor fired rockets at Gondor."), (V{"ARN GON 195"}));  // plural member
  EXPECT_EQ(c.Triples("Arnor fired two artillery shells at Gondor."), (V{"ARN GON 195"}));
  EXPECT_EQ(c.Triples("Arnor fired arrows at Gondor."), (V{"ARN GON 190"}));
}

TEST(CoderPatterns, SynsetBeforeTheVerb) {
  const TestCoder c({.verbs = "&SECRETLY_\n+SECRETLY\n+IN SECRET\n"
                              "--- VISIT [042] ---\nVISIT\n- &SECRETLY * [043]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor secretly visited Gondor."), (V{"ARN GON 043"}));
  EXPECT_EQ(c.Triples("In secret, Arnor visited Gondor."), (V{"ARN GON 043"}));
  EXPECT_EQ(c.Triples("Arnor visited Gondor."), (V{"ARN GON 042"}));
}

TEST(CoderPatterns, SynsetJoinedToTheVerbMustEndRightBeforeIt) {
  const TestCoder c({.verbs = "&SECRETLY_\n+SECRETLY\n+IN SECRET\n"
                              "--- VISIT [042] ---\nVISIT\n- &SECRETLY_* [043]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor in secret visited Gondor."), (V{"ARN GON 043"}));
  EXPECT_EQ(c.Triples("In secret, Arnor visited Gondor."), (V{"ARN GON 042"}));
  EXPECT_EQ(c.Triples("Arnor secretly and quickly visited Gondor."), (V{"ARN GON 042"}));
}

TEST(CoderPatterns, NestedSynsetInAPattern) {
  const TestCoder c({.verbs = "&TIETYPES\n+MILITARY\n+ECONOMIC\n"
                              "&ACCORDSYN\n+&TIETYPES\n+CLOSER\n"
                              "--- SEEK [---] ---\nSEEK {SOUGHT}\n- * &ACCORDSYN TIES [036]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor sought closer ties with Gondor."), (V{"ARN GON 036"}));
  EXPECT_EQ(c.Triples("Arnor sought economic ties with Gondor."), (V{"ARN GON 036"}));
  EXPECT_EQ(c.Triples("Arnor sought warmer ties with Gondor."), V{});
}

TEST(CoderPatterns, TargetAndSourceMarkersBindTheirGroups) {
  const TestCoder c({.verbs = "--- SEND [---] ---\nSEND {SENT}\n- * ENVOYS FROM $ TO + [042]\n",
                     .actors = {kActors}});
  // The subject (Arnor) is not the source: '$' binds Rohan, '+' Gondor.
  const std::vector<Event> events = c.Code("Arnor sent envoys from Rohan to Gondor.");
  ASSERT_EQ(Triples(events), (V{"ROH GON 042"}));
  EXPECT_EQ(events[0].source.text, "Rohan");
}

TEST(CoderPatterns, TargetMarkerBeforeTheVerb) {
  const TestCoder c({.verbs = "--- BLAME [112] ---\nBLAME\n- + WAS * BY $ [1121]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Gondor was blamed by Mordor."), (V{"MOR GON 1121"}));
}

TEST(CoderPatterns, CompoundMarkerIsTheSourceBeforeTheVerbAndTheTargetAfterIt) {
  const TestCoder c({.verbs = "--- AGREE [081] ---\nAGREE\n"
                              "- * WITH % [031]\n"
                              "- % * [030:030]\n",
                     .actors = {kActors}});
  // Before the verb: a compound subject whose members agree with each other.
  EXPECT_EQ(c.Triples("Arnor and Gondor agree that the dispute should end."),
            (V{"ARN GON 030", "GON ARN 030"}));
  // After it: the compound is the target, one event per member.
  EXPECT_EQ(c.Triples("Rohan agrees with Arnor and Gondor that the dispute should end."),
            (V{"ROH ARN 031", "ROH GON 031"}));
}

TEST(CoderPatterns, MoreSpecificPatternWins) {
  const TestCoder c({.verbs = "--- ABANDON [345] ---\nABANDON\n"
                              "- * TIES [900]\n"
                              "- * DIPLOMATIC TIES [901]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor abandoned diplomatic ties with Gondor."), (V{"ARN GON 901"}));
  EXPECT_EQ(c.Triples("Arnor abandoned trade ties with Gondor."), (V{"ARN GON 900"}));
}

// ------------------------------------------------------------------- codes

TEST(CoderCodes, PairedCodeGivesTheReverseEventToo) {
  const TestCoder c({.verbs = "--- PLEDGE [---] ---\nPLEDGE\n- * AID TO + [032:033]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor pledged aid to Gondor."), (V{"ARN GON 032", "GON ARN 033"}));
}

TEST(CoderCodes, PairedCodeOnTheBlock) {
  const TestCoder c({.verbs = "--- HOST [042:043] ---\nHOST\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor hosted Gondor."), (V{"ARN GON 042", "GON ARN 043"}));
}

TEST(CoderCodes, ReverseOnlyCode) {
  const TestCoder c({.verbs = "--- FLEE [---] ---\nFLEE {FLED}\n- * FROM + [:173]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor fled from Gondor."), (V{"GON ARN 173"}));
}

TEST(CoderCodes, NullBlockCodeGivesNothing) {
  const TestCoder c({.verbs = "--- MENTION [---] ---\nMENTION\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor mentioned Gondor."), V{});
}

TEST(CoderCodes, NullPatternCodeGivesNothing) {
  const TestCoder c({.verbs = "--- ATTACK [190] ---\nATTACK\n- * HEADLINES [---]\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor attacked Gondor."), (V{"ARN GON 190"}));
  EXPECT_EQ(c.Triples("Arnor attacked headlines in Gondor."), V{});
}

TEST(CoderCodes, NullVerbCodeGivesNothing) {
  const TestCoder c({.verbs = "--- ATTACK [190] ---\nATTACK\nASSAIL [---]\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor assailed Gondor."), V{});
}

TEST(CoderCodes, CameoDataForARealCode) {
  const TestCoder c({.verbs = "--- COOPERATE [064] ---\nCOOPERATE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor cooperated with Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 064"}));
  const Event& e = events[0];
  EXPECT_EQ(e.root, "06");
  EXPECT_EQ(e.quad, 2);
  EXPECT_NE(e.goldstein, 0.0);
  EXPECT_NE(e.plover, "");
}

TEST(CoderCodes, CameoDataLeftEmptyForAnInventedCode) {
  const TestCoder c({.verbs = "--- ACCUSE [999] ---\nACCUSE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor accused Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 999"}));
  const Event& e = events[0];
  EXPECT_EQ(e.root, "");
  EXPECT_EQ(e.quad, 0);
  EXPECT_EQ(e.goldstein, 0.0);
  EXPECT_EQ(e.plover, "");
}

// --------------------------------------------------- compounds and clauses

TEST(CoderCompounds, CompoundSubjectAndObjectGiveOneEventPerPair) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor and Gondor accused Rohan and Mordor."),
            (V{"ARN MOR 112", "ARN ROH 112", "GON MOR 112", "GON ROH 112"}));
  EXPECT_EQ(c.Triples("Arnor, Rohan and Gondor accused Mordor."),
            (V{"ARN MOR 112", "GON MOR 112", "ROH MOR 112"}));
}

TEST(CoderCompounds, CompoundSubjectWithoutObjectIsReciprocal) {
  const TestCoder c({.verbs = "--- MEET [040] ---\nMEET {MET}\n", .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor and Gondor met in Minas Tirith."), (V{"ARN GON 040", "GON ARN 040"}));
  // A single subject without an object gives nothing.
  EXPECT_EQ(c.Triples("Arnor met in Minas Tirith."), V{});
}

TEST(CoderCompounds, PassiveWithBySwapsSourceAndTarget) {
  const TestCoder c({.verbs = "--- ATTACK [190] ---\nATTACK\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Gondor was attacked by Mordor.");
  ASSERT_EQ(Triples(events), (V{"MOR GON 190"}));
  EXPECT_EQ(events[0].verb, "attacked");
  EXPECT_EQ(c.Triples("Gondor was attacked yesterday by Mordor and Rohan."),
            (V{"MOR GON 190", "ROH GON 190"}));
}

TEST(CoderCompounds, CoordinatedSecondVerbSharesTheSubject) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- PRAISE [051] ---\nPRAISE\n",
                     .actors = {kActors}});
  EXPECT_EQ(c.Triples("Arnor criticized Gondor and praised Rohan."),
            (V{"ARN GON 111", "ARN ROH 051"}));
}

TEST(CoderCompounds, PronounSubjectResolvesToTheEarlierActor) {
  const TestCoder c({.verbs = "--- ATTACK [190] ---\nATTACK\n",
                     .actors = {"ETHIOPIA [ETH]\nERITREA [ERI]\n"}});
  const std::vector<Event> events = c.Code("Ethiopia indicated it would attack Eritrea.");
  ASSERT_EQ(Triples(events), (V{"ETH ERI 190"}));
  EXPECT_EQ(events[0].modality, Modality::kConditional);
}

TEST(CoderCompounds, ObjectIsNotSoughtBeyondTheNextFiniteClause) {
  const TestCoder c({.verbs = "--- PROTEST [140] ---\nPROTEST\n", .actors = {kActors}});
  // Gondor is in the next clause: no target for "protested".
  EXPECT_EQ(c.Triples("Arnor protested after a hobbit was seen near Gondor."), V{});
  EXPECT_EQ(c.Triples("Arnor protested to Rohan after a hobbit was seen near Gondor."),
            (V{"ARN ROH 140"}));
}

TEST(CoderCompounds, ObjectIsNotTheSubjectOfTheNextClause) {
  const TestCoder c({.verbs = "--- PROTEST [140] ---\nPROTEST\n--- ATTACK [190] ---\nATTACK\n",
                     .actors = {kActors}});
  // Mordor belongs to the clause of "attacked": "protested" has no object.
  EXPECT_EQ(c.Triples("Arnor protested after Mordor attacked Gondor."), (V{"MOR GON 190"}));
  EXPECT_EQ(c.Triples("Arnor protested; Mordor attacked Gondor."), (V{"MOR GON 190"}));
}

TEST(CoderCompounds, AppositionIsNotTheSubject) {
  const TestCoder c({.verbs = "--- ATTACK [190] ---\nATTACK\n",
                     .actors = {std::string(kActors) + "SHIRE [SHR]\n"}});
  EXPECT_EQ(c.Triples("Mordor, the Shire's foe, attacked Rohan."), (V{"MOR ROH 190"}));
}

TEST(CoderCompounds, AgentsOfAListOfCountries) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n",
                     .actors = {std::string(kActors) + "OSGILIATH [OSG]\n"},
                     .agents = "AMBASSADOR [~GOV]\n"});
  EXPECT_EQ(c.Triples("The ambassadors of Arnor, Osgiliath and Gondor criticized Mordor."),
            (V{"ARNGOV MOR 111", "GONGOV MOR 111", "OSGGOV MOR 111"}));
}

TEST(CoderCompounds, AgentsBorrowTheCountryOfTheirList) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n",
                     .actors = {std::string(kActors) + "DANISH [DNK]\n"},
                     .agents = "MEDIA [~MED]\nGOVERNMENT [~GOV]\n"});
  EXPECT_EQ(c.Triples("Danish media and government criticized Gondor."),
            (V{"DNKGOV GON 111", "DNKMED GON 111"}));
}

// ------------------------------------------------------------------ agents

TEST(CoderAgents, AgentAfterTheActorAddsASector) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors},
                     .agents = "CLERIC [~REL]\n"});
  const std::vector<Event> events = c.Code("An Arnor cleric criticized Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARNREL GON 111"}));
  EXPECT_EQ(events[0].source.country, "ARN");
  EXPECT_EQ(events[0].source.sector, "REL");
}

TEST(CoderAgents, AgentBeforeTheActorIsAPrefix) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors},
                     .agents = "HUMAN_RIGHTS_GROUP [NGO~]\n"});
  const std::vector<Event> events = c.Code("An Arnor human rights group criticized Gondor.");
  ASSERT_EQ(Triples(events), (V{"NGOARN GON 111"}));
  EXPECT_EQ(events[0].source.country, "ARN");
}

TEST(CoderAgents, SectorTheActorAlreadyHasIsNotRepeated) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n",
                     .actors = {"WHITE_HOUSE [USAGOV]\nGONDOR [GON]\n"},
                     .agents = "OFFICIAL [~GOV]\n"});
  EXPECT_EQ(c.Triples("White House officials criticized Gondor."), (V{"USAGOV GON 111"}));
}

TEST(CoderAgents, AgentWithoutAnActor) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors},
                     .agents = "STUDENT [~EDU]\n"});
  const std::vector<Event> events = c.Code("Students criticized Gondor.");
  ASSERT_EQ(Triples(events), (V{"---EDU GON 111"}));
  EXPECT_EQ(events[0].source.country, "");
  EXPECT_EQ(events[0].source.sector, "EDU");
  EXPECT_EQ(events[0].source.text, "Students");
}

// ------------------------------------------------------------------ actors

TEST(CoderActors, DatedCodesFollowTheDocumentDate) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR [GON]\n"
                                "SMEAGOL [HOB]\n"
                                "\t[ORCHOB 20100109-20100112]\n"
                                "\t[GOL >20110101]\n"
                                "\t[STR <19991231]\n"}});
  const std::string s = "Smeagol accused Gondor.";
  EXPECT_EQ(c.Triples(s, "2010-01-08"), (V{"HOB GON 112"}));
  EXPECT_EQ(c.Triples(s, "2010-01-09"), (V{"ORCHOB GON 112"}));  // ranges include both ends
  EXPECT_EQ(c.Triples(s, "2010-01-12"), (V{"ORCHOB GON 112"}));
  EXPECT_EQ(c.Triples(s, "2010-01-13"), (V{"HOB GON 112"}));
  EXPECT_EQ(c.Triples(s, "2011-01-01"), (V{"GOL GON 112"}));  // '>' includes its date
  EXPECT_EQ(c.Triples(s, "2015-06-30T08:00:00Z"), (V{"GOL GON 112"}));
  EXPECT_EQ(c.Triples(s, "1999-12-31"), (V{"STR GON 112"}));  // '<' includes its date
  EXPECT_EQ(c.Triples(s, "2000-01-01"), (V{"HOB GON 112"}));
}

TEST(CoderActors, SameSentenceTwoDocumentsTwoCodes) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR [GON]\nRHODESIA\n\t[RHO <19790606]\n\t[ZBW]\n"}});
  const Document before = MakeDocument("Rhodesia accused Gondor.", "1978-03-01", "a");
  const Document after = MakeDocument("Rhodesia accused Gondor.", "1985-03-01", "b");
  EXPECT_EQ(Triples(c.Code(before)), (V{"RHO GON 112"}));
  EXPECT_EQ(Triples(c.Code(after)), (V{"ZBW GON 112"}));
}

TEST(CoderActors, FirstActorFileWins) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR [GON]\n", "GONDOR [XXX]\nARNOR [ARN]\n"}});
  EXPECT_EQ(c.Triples("Arnor accused Gondor."), (V{"ARN GON 112"}));
}

TEST(CoderActors, SynonymsCodeAsTheirActor) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR [GON]\n+MINAS_TIRITH\nARNOR [ARN]\n"}});
  const std::vector<Event> events = c.Code("Arnor accused Minas Tirith.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 112"}));
  EXPECT_EQ(events[0].target.text, "Minas Tirith");
  EXPECT_EQ(events[0].target.entity, "Gondor");
}

TEST(CoderActors, LongestActorPhraseWins) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"HAMAS [PSEREBHMS]\nHAMAS_MILITARY_COMMAND [PSEHMSGOV]\nGONDOR [GON]\n"}});
  EXPECT_EQ(c.Triples("Hamas military command accused Gondor."), (V{"PSEHMSGOV GON 112"}));
  EXPECT_EQ(c.Triples("Hamas accused Gondor."), (V{"PSEREBHMS GON 112"}));
}

TEST(CoderActors, SlashCodesGiveOneEventPerCode) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR [GON]\nBAGGINSES [FRO/BIL/SAM]\n"}});
  EXPECT_EQ(c.Triples("The Bagginses accused Gondor."),
            (V{"BIL GON 112", "FRO GON 112", "SAM GON 112"}));
  EXPECT_EQ(c.Triples("Gondor accused the Bagginses."),
            (V{"GON BIL 112", "GON FRO 112", "GON SAM 112"}));
}

TEST(CoderActors, TheOutletIsNeverSourceOrTarget) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n",
                     .actors = {"GONDOR_HERALD [GONMED]\nARNOR [ARN]\n"}});
  Document doc = MakeDocument("The Gondor Herald accused Arnor.");
  EXPECT_EQ(Triples(c.Code(doc)), (V{"GONMED ARN 112"}));
  doc.outlet = "Gondor Herald";
  EXPECT_EQ(Triples(c.Code(doc)), V{});
  Document other = MakeDocument("Arnor accused the Gondor Herald.");
  other.outlet = "The Gondor Herald";
  EXPECT_EQ(Triples(c.Code(other)), V{});
}

// ---------------------------------------------------------------- discards

TEST(CoderDiscards, SentenceDiscardSuppressesOnlyItsSentence) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors},
                     .discards = "BASEBALL\n"});
  const std::vector<Event> events =
      c.Code("Arnor accused Gondor after the baseball game. Rohan accused Mordor.");
  ASSERT_EQ(Triples(events), (V{"ROH MOR 112"}));
  EXPECT_EQ(events[0].sentence, 1u);
}

TEST(CoderDiscards, StoryDiscardSuppressesTheWholeDocument) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors},
                     .discards = "+WORLD GOLF CHAMPIONSHIPS\n"});
  EXPECT_EQ(c.Triples("Rohan accused Mordor."), (V{"ROH MOR 112"}));
  CoderStats stats;
  EXPECT_EQ(Triples(c.Code(MakeDocument(
                "Rohan accused Mordor. Arnor accused Gondor at the World Golf Championships."),
                &stats)),
            V{});
  EXPECT_EQ(stats.events, 0u);
}

// -------------------------------------------------- negation and modality

TEST(CoderModality, NegationSetsNegated) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  for (const char* s : {"Arnor did not criticize Gondor.", "Arnor didn't criticize Gondor.",
                        "Arnor never criticized Gondor."}) {
    const std::vector<Event> events = c.Code(s);
    ASSERT_EQ(Triples(events), (V{"ARN GON 111"})) << s;
    EXPECT_TRUE(events[0].negated) << s;
  }
  const std::vector<Event> plain = c.Code("Arnor criticized Gondor.");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_FALSE(plain[0].negated);
}

// The modality of the one event `s` gives, "none" when it gives none.
std::string ModalityOf(const TestCoder& c, const std::string& s) {
  const std::vector<Event> events = c.Code(s);
  EXPECT_EQ(Triples(events), (V{"ARN GON 111"})) << s;
  return events.empty() ? std::string("none") : std::string(ModalityName(events[0].modality));
}

TEST(CoderModality, WouldAndCouldAreConditional) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  EXPECT_EQ(ModalityOf(c, "Arnor criticized Gondor."), "asserted");
  EXPECT_EQ(ModalityOf(c, "Arnor would criticize Gondor."), "conditional");
  EXPECT_EQ(ModalityOf(c, "Arnor could criticize Gondor."), "conditional");
}

TEST(CoderModality, WillAndAboutToAreIntended) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  EXPECT_EQ(ModalityOf(c, "Arnor will criticize Gondor."), "intended");
  EXPECT_EQ(ModalityOf(c, "Arnor won't criticize Gondor."), "intended");
  EXPECT_EQ(ModalityOf(c, "Arnor is about to criticize Gondor."), "intended");
}

TEST(CoderModality, ASayerElsewhereMakesTheEventReported) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  for (const char* s : {"Rohan said Arnor criticized Gondor.", "Arnor criticized Gondor, Rohan said."}) {
    const std::vector<Event> events = c.Code(s);
    ASSERT_EQ(Triples(events), (V{"ARN GON 111"})) << s;
    EXPECT_EQ(events[0].modality, Modality::kReported) << s;
    EXPECT_EQ(events[0].said_by, "Rohan") << s;
  }
}

TEST(CoderModality, AccordingToNamesTheSayerAndIsNeverTheTarget) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Arnor criticized the plan, according to Rohan.");
  EXPECT_EQ(Triples(events), V{});  // Rohan reported it; nobody was criticized by name
  const std::vector<Event> more = c.Code("Arnor criticized Gondor, according to Rohan.");
  ASSERT_EQ(Triples(more), (V{"ARN GON 111"}));
  EXPECT_EQ(more[0].modality, Modality::kReported);
  EXPECT_EQ(more[0].said_by, "Rohan");
}

TEST(CoderModality, AReportedFutureStaysIntendedAndKeepsItsSayer) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code("Rohan said Arnor will criticize Gondor.");
  ASSERT_EQ(Triples(events), (V{"ARN GON 111"}));
  EXPECT_EQ(events[0].modality, Modality::kIntended);
  EXPECT_EQ(events[0].said_by, "Rohan");
}

// ------------------------------------------------------- event bookkeeping

TEST(CoderEvents, EvidenceIsTheOriginalBytesAndContainsTheVerb) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n", .actors = {kActors}});
  const std::string text =
      "Preface line.\n\nArnor \xE2\x80\x94 angrily \xE2\x80\x94 criticized   Gondor on Monday.";
  const Document doc = MakeDocument(text);
  const std::vector<Event> events = c.Code(doc);
  ASSERT_EQ(Triples(events), (V{"ARN GON 111"}));
  const Event& e = events[0];
  EXPECT_EQ(e.evidence_text, doc.slice(e.evidence));
  EXPECT_NE(e.evidence_text.find("criticized"), std::string::npos);
  EXPECT_EQ(e.evidence_text, "Arnor \xE2\x80\x94 angrily \xE2\x80\x94 criticized   Gondor");
  EXPECT_EQ(doc.slice(e.source.span), "Arnor");
  EXPECT_EQ(doc.slice(e.target.span), "Gondor");
  EXPECT_EQ(e.sentence, 1u);
}

TEST(CoderEvents, IdsAreUniquePerDocument) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  const std::vector<Event> events = c.Code(MakeDocument(
      "Arnor accused Gondor and Rohan. Mordor accused Arnor. Rohan accused Mordor.", "2020-05-17",
      "story-7"));
  ASSERT_EQ(events.size(), 4u);
  std::set<std::string> ids;
  for (const Event& e : events) {
    EXPECT_EQ(e.doc, "story-7");
    std::string prefix = "story-7#";
    prefix += std::to_string(e.sentence);
    prefix += '.';
    EXPECT_EQ(e.id.rfind(prefix, 0), 0u) << e.id;
    ids.insert(e.id);
  }
  EXPECT_EQ(ids.size(), events.size());
  EXPECT_EQ(events[0].id, "story-7#0.0");
  EXPECT_EQ(events[1].id, "story-7#0.1");
  EXPECT_EQ(events[2].id, "story-7#1.0");
  EXPECT_EQ(events[3].id, "story-7#2.0");
}

TEST(CoderEvents, DateAndPrecisionFromPublished) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  struct Case {
    const char* published;
    const char* date;
    const char* precision;
  };
  for (const Case& k : {Case{"2020-05-17", "2020-05-17", "day"},
                        Case{"2020-05-17T10:30:00Z", "2020-05-17", "day"},
                        Case{"2020-05", "2020-05", "month"}, Case{"2020", "2020", "year"},
                        Case{"", "", ""}}) {
    const std::vector<Event> events = c.Code("Arnor accused Gondor.", k.published);
    ASSERT_EQ(events.size(), 1u) << k.published;
    EXPECT_EQ(events[0].date, k.date) << k.published;
    EXPECT_EQ(events[0].date_precision, k.precision) << k.published;
  }
}

TEST(CoderEvents, SingleSentenceDocumentIsOneSentence) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  Document doc = MakeDocument("Arnor accused Gondor. Rohan accused Mordor.");
  doc.single_sentence = true;
  const std::vector<Event> events = c.Code(doc);
  ASSERT_EQ(Triples(events), (V{"ARN GON 112", "ROH MOR 112"}));
  for (const Event& e : events) EXPECT_EQ(e.sentence, 0u);
}

// ------------------------------------------------------ limits and errors

TEST(CoderLimits, LongSentencesAreSkippedAndCounted) {
  CoderOptions options;
  options.max_sentence_tokens = 6;
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}}, options);
  CoderStats stats;
  const std::vector<Event> events = c.Code(
      MakeDocument("Arnor accused Gondor. Rohan loudly and bitterly and repeatedly accused Mordor."),
      &stats);
  EXPECT_EQ(Triples(events), (V{"ARN GON 112"}));
  EXPECT_EQ(stats.sentences, 2u);
  EXPECT_EQ(stats.sentences_skipped, 1u);
  EXPECT_EQ(stats.events, 1u);
}

TEST(CoderLimits, StatsAddUp) {
  const TestCoder c({.verbs = "--- ACCUSE [112] ---\nACCUSE\n", .actors = {kActors}});
  CoderStats stats;
  (void)c.Code(MakeDocument("Arnor accused Gondor and Rohan."), &stats);
  (void)c.Code(MakeDocument("Mordor accused Arnor. Nothing happened."), &stats);
  EXPECT_EQ(stats.sentences, 3u);
  EXPECT_EQ(stats.sentences_skipped, 0u);
  EXPECT_EQ(stats.events, 3u);
}

TEST(CoderCreate, FailsWithoutVerbs) {
  Diagnostics diags;
  dict::DictionarySet set;
  set.actors.push_back(dict::ParseActors("ARNOR [ARN]\n", "a.actors", diags));
  auto coder = Coder::Create(set, diags);
  ASSERT_FALSE(coder.ok());
  EXPECT_EQ(coder.status().code(), StatusCode::kInvalidInput);
}

TEST(CoderCreate, CoderOutlivesItsDictionarySet) {
  Diagnostics diags;
  std::shared_ptr<const Coder> coder;
  {
    dict::DictionarySet set;
    set.verbs = dict::ParseVerbs("--- ACCUSE [112] ---\nACCUSE\n", "t.verbs", diags);
    set.actors.push_back(dict::ParseActors(kActors, "t.actors", diags));
    auto created = Coder::Create(set, diags);
    ASSERT_TRUE(created.ok());
    coder = std::move(created).value();
  }
  const Document doc = MakeDocument("Arnor accused Gondor.");
  text::TextAnalysis analysis;
  text::TextPipeline().Analyze(doc, analysis);
  std::vector<Event> out;
  coder->Code(doc, analysis, out);
  EXPECT_EQ(Triples(out), (V{"ARN GON 112"}));
}

}  // namespace
}  // namespace readout::events

// ------------------------------------------------------------ coreference

namespace readout::events {
namespace {

using testing::TestCoder;
using testing::Triples;
using V = std::vector<std::string>;

constexpr const char* kLeaders =
    "ARNOR [ARN]\nGONDOR [GON]\nARAGORN [ARNGOV]\nDENETHOR [GONGOV]\n";

TEST(CoderCoreference, HeStandsForTheLastPersonNamed) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- PRAISE [051] ---\nPRAISE\n",
                     .actors = {kLeaders}});
  EXPECT_EQ(c.Triples("Aragorn praised Arnor. He criticized Gondor."),
            (V{"ARNGOV ARN 051", "ARNGOV GON 111"}));
  // "it" is not resolved: a country or a group as often as a person.
  EXPECT_EQ(c.Triples("Aragorn praised Gondor. It criticized Denethor."), (V{"ARNGOV GON 051"}));
  // No person named before: nothing to stand for.
  EXPECT_EQ(c.Triples("He criticized Gondor."), V{});
}

TEST(CoderCoreference, HisCounterpartIsTheOtherPartyOfTheLastExchange) {
  const TestCoder c({.verbs = "--- TELL [010] ---\nTELL {TOLD}\n--- INFORM [041] ---\nINFORM\n",
                     .actors = {kLeaders}});
  EXPECT_EQ(c.Triples("Aragorn told Denethor that the ties were strong. "
                      "Denethor informed his counterpart about the talks."),
            (V{"ARNGOV GONGOV 010", "GONGOV ARNGOV 041"}));
}

TEST(CoderCoreference, ASurnameStandsForTheNameGivenEarlier) {
  const TestCoder c({.verbs = "--- CRITICIZE [111] ---\nCRITICIZE\n--- PRAISE [051] ---\nPRAISE\n",
                     .actors = {"ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\n"},
                     .agents = "PRIME_MINISTER [~GOV]\n"});
  // A name no dictionary knows, after a coded role: the surname alone, or
  // the name with the role but no country, later stands for it.
  EXPECT_EQ(c.Triples("Arnorian Prime Minister Halbarad Dunadan praised Gondor. "
                      "Dunadan criticized Gondor."),
            (V{"ARNGOV GON 051", "ARNGOV GON 111"}));
  EXPECT_EQ(c.Triples("Arnorian Prime Minister Halbarad Dunadan praised Gondor. "
                      "Prime Minister Halbarad Dunadan criticized Gondor."),
            (V{"ARNGOV GON 051", "ARNGOV GON 111"}));
  // Without the earlier full name there is nothing to stand for.
  EXPECT_EQ(c.Triples("Dunadan criticized Gondor."), V{});
}

}  // namespace
}  // namespace readout::events
