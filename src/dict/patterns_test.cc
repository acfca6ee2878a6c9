// Verb patterns, one construct at a time, each in its own tiny dictionary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using testing::Tokens;
using V = std::vector<std::string>;

constexpr const char* kSynsets =
    "&MILITARY\n+ARMY\n&FIGHT_OF_WORDS\n+ARGUMENT\n&FIGHT\n+BATTLE\n&TIETYPES_\n+ECONOMIC\n"
    "--- TEST [010] ---\nTEST\n";

// The patterns of `lines` (after kSynsets), as Tokens() strings with codes.
V Patterns(const std::string& lines, Diagnostics& diags) {
  const VerbDictionary d = ParseVerbs(std::string(kSynsets) + lines, "p.verbs", diags);
  V out;
  for (const Pattern& p : d.blocks.at(0).patterns) out.push_back(Tokens(p) + " [" + p.code.ToString() + "]");
  return out;
}

V Patterns(const std::string& lines) {
  Diagnostics diags;
  V out = Patterns(lines, diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  return out;
}

TEST(Patterns, VerbAndWordsBeforeAndAfter) {
  EXPECT_EQ(Patterns("- CONFIRMED * OF BOMBINGS [010]  # REPORT\n"), (V{"CONFIRMED * OF BOMBINGS [010]"}));
  EXPECT_EQ(Patterns("- * [020]\n"), (V{"* [020]"}));
  EXPECT_EQ(Patterns("-  * aid   [070]\n"), (V{"* AID [070]"}));
}

TEST(Patterns, OlderDoubleStarIsTheVerb) {
  EXPECT_EQ(Patterns("- ** RUPEES  [071]\n"), (V{"* RUPEES [071]"}));
}

TEST(Patterns, SourceTargetCompoundAndSkipMarkers) {
  EXPECT_EQ(Patterns("- * + THAT $ WILL PULLOUT [0356]\n"), (V{"* + THAT $ WILL PULLOUT [0356]"}));
  EXPECT_EQ(Patterns("- % * [030:030]\n"), (V{"% * [030:030]"}));
  EXPECT_EQ(Patterns("- $ ^ FOR *  [164]\n"), (V{"$ ^ FOR * [164]"}));
  EXPECT_EQ(Patterns("- SUGGESTED_+ * DEMAND [111]\n"), (V{"SUGGESTED_+ * DEMAND [111]"}));
}

TEST(Patterns, SynsetReferences) {
  EXPECT_EQ(Patterns("- &MILITARY * [154]\n"), (V{"&MILITARY * [154]"}));
  EXPECT_EQ(Patterns("- * (IN &FIGHT_OF_WORDS) [111]\n"), (V{"* ( IN &FIGHT_OF_WORDS ) [111]"}));
}

TEST(Patterns, SynsetsGluedToWordsAreSplitOnTheLongestDefinedName) {
  EXPECT_EQ(Patterns("- * NEW_&TIETYPES_RELATIONS [903]\n"), (V{"* NEW_&TIETYPES_RELATIONS [903]"}));
  EXPECT_EQ(Patterns("- * &FIGHT_CRIM [1124]\n"), (V{"* &FIGHT_CRIM [1124]"}));
  EXPECT_EQ(Patterns("- FIGHTER_&MILITARY * [195]\n"), (V{"FIGHTER_&MILITARY * [195]"}));
  Diagnostics diags;
  const VerbDictionary d =
      ParseVerbs(std::string(kSynsets) + "- * &FIGHT_CRIM [1124]\n", "p.verbs", diags);
  const auto& tokens = d.blocks.at(0).patterns.at(0).tokens;
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].kind, TokenKind::kSynset);
  EXPECT_EQ(tokens[1].text, "FIGHT");
  EXPECT_EQ(tokens[2].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[2].gap, Gap::kAdjacent);
}

TEST(Patterns, SynsetsMayBeDefinedAfterUse) {
  Diagnostics diags;
  const VerbDictionary d =
      ParseVerbs("--- T [010] ---\nT\n- * &LATER [011]\n&LATER\n+X\n", "p.verbs", diags);
  EXPECT_TRUE(diags.items().empty());
  EXPECT_EQ(d.pattern_count(), 1u);
}

TEST(Patterns, UndefinedSynsetSkipsThePattern) {
  Diagnostics diags;
  EXPECT_EQ(Patterns("- * (IN &WEATHER) [---]\n- * RAIN [011]\n", diags), (V{"* RAIN [011]"}));
  EXPECT_EQ(Messages(diags), (V{"p.verbs:11: synset &WEATHER is not defined; pattern skipped"}));
  EXPECT_EQ(diags.items()[0].where.column, 9u);
}

TEST(Patterns, PrepositionalAndNounPhrases) {
  EXPECT_EQ(Patterns("- * POLICE (TO BORDER) [153]\n"), (V{"* POLICE ( TO BORDER ) [153]"}));
  EXPECT_EQ(Patterns("- * (TO) [042:043]\n"), (V{"* ( TO ) [042:043]"}));
  EXPECT_EQ(Patterns("- * {ARMS SHIPMENT} [072]\n"), (V{"* { ARMS SHIPMENT } [072]"}));
  EXPECT_EQ(Patterns("- * (OVER {&MILITARY ATTACK}) [151]\n"), (V{"* ( OVER { &MILITARY ATTACK } ) [151]"}));
  EXPECT_EQ(Patterns("- * (IN { DEVELOPMENT}) [071]\n"), (V{"* ( IN { DEVELOPMENT } ) [071]"}));
  EXPECT_EQ(Patterns("- * OFF (FROM ^) [042]\n"), (V{"* OFF ( FROM ^ ) [042]"}));
  EXPECT_EQ(Patterns("- * (TO {BANNED PARTIES}) $ [1722]\n"), (V{"* ( TO { BANNED PARTIES } ) $ [1722]"}));
}

TEST(Patterns, UnderscoresMakeTokensAdjacent) {
  EXPECT_EQ(Patterns("- * {AIR_STRIKE} [013]\n"), (V{"* { AIR_STRIKE } [013]"}));
  EXPECT_EQ(Patterns("- *_LAWS [---]\n"), (V{"*_LAWS [---]"}));
  EXPECT_EQ(Patterns("- SPY_*_DEAL [---]\n"), (V{"SPY_*_DEAL [---]"}));
  EXPECT_EQ(Patterns("- SO IN_AND_*_OUT_AGAIN NOW [074]\n"), (V{"SO IN_AND_*_OUT_AGAIN NOW [074]"}));
  EXPECT_EQ(Patterns("- IN_ * [075A]\n"), (V{"IN * [075A]"}));  // "_ " reads as a blank
  EXPECT_EQ(Patterns("- *SCEPTICAL [012]\n"), (V{"*_SCEPTICAL [012]"}));
  EXPECT_EQ(Patterns("- PROTESTOR\t* [145]\n"), (V{"PROTESTOR * [145]"}));
}

TEST(Patterns, CodesOfEveryShape) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      std::string(kSynsets) +
          "- * A [050:050]\n- * B [0332]\n- * C [---]\n- * D [---:010]\n- * E [:173]\n- * F [1722]\n",
      "p.verbs", diags);
  EXPECT_TRUE(diags.items().empty());
  const auto& p = d.blocks.at(0).patterns;
  ASSERT_EQ(p.size(), 6u);
  EXPECT_TRUE(p[0].code.paired);
  EXPECT_EQ(p[0].code.reverse, "050");
  EXPECT_EQ(p[1].code.forward, "0332");
  EXPECT_TRUE(p[2].code.is_null());
  EXPECT_EQ(p[3].code.forward, "---");
  EXPECT_EQ(p[3].code.reverse, "010");
  EXPECT_EQ(p[4].code.forward, "");
  EXPECT_EQ(p[4].code.reverse, "173");
  EXPECT_EQ(p[4].line, 15u);
}

TEST(Patterns, AlternativesBecomeOnePatternEach) {
  EXPECT_EQ(Patterns("- * (BY/WITH SANCTIONS) [163]\n"),
            (V{"* ( BY SANCTIONS ) [163]", "* ( WITH SANCTIONS ) [163]"}));
  EXPECT_EQ(Patterns("-  BOMBING/EXPLOSION * (IN AIR/SEA) [183]\n"),
            (V{"BOMBING * ( IN AIR ) [183]", "BOMBING * ( IN SEA ) [183]", "EXPLOSION * ( IN AIR ) [183]",
               "EXPLOSION * ( IN SEA ) [183]"}));
  EXPECT_EQ(Patterns("- * 9/11 [010]\n"), (V{"* 9/11 [010]"}));
}

TEST(Patterns, MalformedPatternsAreReportedAndSkipped) {
  Diagnostics diags;
  const V got = Patterns(
      "- NO VERB [010]\n"             // 11
      "- * TWO * [010]\n"             // 12
      "- * (OPEN [010]\n"             // 13
      "- * {OPEN [010]\n"             // 14
      "- * (A (B) C) [010]\n"         // 15
      "- * {A (B) C} [010]\n"         // 16
      "- * () [010]\n"                // 17
      "- * A\n"                       // 18
      "- * A [010] B\n"               // 19
      "- * A [] \n"                   // 20
      "- * & [010]\n"                 // 21
      "- * A/B/C/D/E/F/G/H/I (J/K/L/M/N/O/P/Q) [010]\n"  // 22
      "- * FINE [010]\n",             // 23
      diags);
  EXPECT_EQ(got, (V{"* FINE [010]"}));
  EXPECT_EQ(Messages(diags),
            (V{"p.verbs:11: pattern has no '*' for the verb; pattern skipped",
               "p.verbs:12: pattern has 2 '*' (one expected); pattern skipped",
               "p.verbs:13: '(' is never closed; pattern skipped",
               "p.verbs:14: '{' is never closed; pattern skipped",
               "p.verbs:15: '(' inside a group; pattern skipped",
               "p.verbs:16: '(' inside a group; pattern skipped",
               "p.verbs:17: empty '()'; pattern skipped",
               "p.verbs:18: pattern has no [CODE]; pattern skipped",
               "p.verbs:19: text after the code; pattern skipped",
               "p.verbs:20: empty code '[]'; pattern skipped",
               "p.verbs:21: '&' without a synset name; pattern skipped",
               "p.verbs:22: more than 64 alternatives; pattern skipped"}));
  EXPECT_EQ(diags.errors(), 0u);
}

TEST(Patterns, TokenKindsAndGapsInDetail) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(std::string(kSynsets) + "- $ * (FOR {&MILITARY AID_PACKAGE}) [0232]\n",
                                      "p.verbs", diags);
  const auto& t = d.blocks.at(0).patterns.at(0).tokens;
  const std::vector<TokenKind> kinds{TokenKind::kSource,   TokenKind::kVerb,    TokenKind::kPrepOpen,
                                     TokenKind::kWord,     TokenKind::kNounOpen, TokenKind::kSynset,
                                     TokenKind::kWord,     TokenKind::kWord,    TokenKind::kNounClose,
                                     TokenKind::kPrepClose};
  ASSERT_EQ(t.size(), kinds.size());
  for (std::size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t[i].kind, kinds[i]) << i;
  EXPECT_EQ(t[5].text, "MILITARY");
  EXPECT_EQ(t[6].gap, Gap::kLoose);
  EXPECT_EQ(t[7].gap, Gap::kAdjacent);
  EXPECT_EQ(t[7].text, "PACKAGE");
}

}  // namespace
}  // namespace readout::dict
