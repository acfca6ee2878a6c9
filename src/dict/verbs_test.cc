// The verb dictionary reader: synsets, blocks, verbs and their forms,
// transformations, comments and malformed lines. Patterns: patterns_test.cc.
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

std::vector<std::string> MemberTexts(const Synset& s) {
  V out;
  for (const SynsetMember& m : s.members) {
    out.push_back(m.synset.empty() ? m.phrase.ToString() + (m.phrase.generated ? "*" : "") : "&" + m.synset);
  }
  return out;
}

V FormTexts(const Verb& v) {
  V out;
  for (const VerbForm& f : v.forms) out.push_back(f.phrase.ToString());
  return out;
}

TEST(VerbSynsets, MembersAndGeneratedPlurals) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "&CURRENCY\n"
      "+DOLLAR\n"
      "+AUSTRIAN FLORIN\n"
      "+GOLDEN_GOBLIN_GALLEON_\n"
      "+PENNY\n"
      "\n"
      "&AUXVERB3_\n"
      "+HAVE\n"
      "+IS_TO\n",
      "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.synsets.size(), 2u);
  EXPECT_EQ(d.synsets[0].name, "CURRENCY");
  EXPECT_FALSE(d.synsets[0].no_plurals);
  EXPECT_EQ(MemberTexts(d.synsets[0]), (V{"DOLLAR", "DOLLARS*", "AUSTRIAN_FLORIN", "AUSTRIAN_FLORINS*",
                                          "GOLDEN_GOBLIN_GALLEON", "PENNY", "PENNIES*"}));
  EXPECT_EQ(d.synsets[0].members[0].phrase.line, 2u);
  EXPECT_EQ(d.synsets[1].name, "AUXVERB3");
  EXPECT_TRUE(d.synsets[1].no_plurals);
  EXPECT_EQ(MemberTexts(d.synsets[1]), (V{"HAVE", "IS_TO"}));
  ASSERT_NE(d.FindSynset("currency"), nullptr);
  EXPECT_EQ(d.FindSynset("NOPE"), nullptr);
}

TEST(VerbSynsets, NestedSynsetMembersAreKeptByName) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs("&TIETYPES_\n+MILITARY\n&ACCORDSYN_\n+&TIETYPES\n+CLOSER\n+&NOWHERE\n",
                                      "test.verbs", diags);
  ASSERT_EQ(d.synsets.size(), 2u);
  EXPECT_EQ(MemberTexts(d.synsets[1]), (V{"&TIETYPES", "CLOSER"}));
  EXPECT_EQ(Messages(diags), (V{"test.verbs:6: synset &NOWHERE is not defined; member skipped"}));
}

TEST(VerbSynsets, BlankLinesAndCommentsDoNotEndASynset) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs("&A_\n+ONE\n\n# note\n    +TWO\n--- X [010] ---\n+GIVE_UP\n",
                                      "test.verbs", diags);
  ASSERT_EQ(d.synsets.size(), 1u);
  EXPECT_EQ(MemberTexts(d.synsets[0]), (V{"ONE", "TWO"}));
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].verbs.size(), 1u);  // "+GIVE_UP" after the header is a verb
}

TEST(VerbBlocks, HeaderVerbsIrregularFormsAndCodes) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "---  EXPLAIN_VERBAL   [010]  ---\n"
      "EXPLAIN\n"
      "SAY  {SAID }   # jw 11/14/91\n"
      "CLARIFY {CLARIFIES CLARIFIED CLARIFYING} [040]\n"
      "BAN {BANS, BANNED}\n"
      "STUN {}\n"
      "RECONVENE[---]\n"
      "\n"
      "--- ALLEVIATE ---\n"
      "DIMINISH\n",
      "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.blocks.size(), 2u);
  const VerbBlock& b = d.blocks[0];
  EXPECT_EQ(b.description, "EXPLAIN_VERBAL");
  EXPECT_EQ(b.code.ToString(), "010");
  EXPECT_EQ(b.line, 1u);
  ASSERT_EQ(b.verbs.size(), 6u);
  EXPECT_EQ(FormTexts(b.verbs[0]), (V{"EXPLAIN", "EXPLAINS", "EXPLAINED", "EXPLAINING"}));
  EXPECT_EQ(b.verbs[0].code.ToString(), "010");
  EXPECT_FALSE(b.verbs[0].own_code);
  EXPECT_TRUE(b.verbs[0].forms[1].phrase.generated);
  EXPECT_EQ(FormTexts(b.verbs[1]), (V{"SAY", "SAID"}));
  EXPECT_FALSE(b.verbs[1].forms[1].phrase.generated);
  EXPECT_EQ(b.verbs[1].line, 3u);
  EXPECT_EQ(FormTexts(b.verbs[2]), (V{"CLARIFY", "CLARIFIES", "CLARIFIED", "CLARIFYING"}));
  EXPECT_EQ(b.verbs[2].code.ToString(), "040");
  EXPECT_TRUE(b.verbs[2].own_code);
  EXPECT_EQ(FormTexts(b.verbs[3]), (V{"BAN", "BANS", "BANNED"}));
  EXPECT_EQ(FormTexts(b.verbs[4]), (V{"STUN"}));
  EXPECT_EQ(b.verbs[5].code.ToString(), "---");
  EXPECT_TRUE(b.verbs[5].own_code);
  EXPECT_EQ(d.blocks[1].code.ToString(), "---");  // a header without a code
  EXPECT_TRUE(d.blocks[1].code.is_null());
  EXPECT_EQ(d.verb_count(), 7u);
  EXPECT_EQ(d.form_count(), 4u + 2 + 4 + 3 + 1 + 4 + 4);
}

TEST(VerbBlocks, HeaderWithDashesGluedToTheCode) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs("---  DISGRACE   [110]---  ---\nDISGRACE\n", "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty());
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].description, "DISGRACE");
  EXPECT_EQ(d.blocks[0].code.ToString(), "110");
}

TEST(VerbBlocks, MultiWordVerbsMarkTheirVerbWord) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "--- ASK [---] ---\n"
      "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]\n"
      "KLM_NOP_+RST [002]\n"
      "RE_+ARREST\n"
      "+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]\n"
      "+ANGERED_BY {}\n",
      "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const auto& verbs = d.blocks.at(0).verbs;
  ASSERT_EQ(verbs.size(), 5u);
  EXPECT_EQ(FormTexts(verbs[0]), (V{"ASK_FOR", "ASKED_FOR", "ASKING_FOR", "ASKS_FOR"}));
  EXPECT_EQ(verbs[0].forms[0].head, 0);
  EXPECT_EQ(verbs[0].forms[0].phrase.gaps, (std::vector<Gap>{Gap::kAdjacent}));
  EXPECT_EQ(FormTexts(verbs[1]), (V{"KLM_NOP_RST", "KLM_NOP_RSTS", "KLM_NOP_RSTED", "KLM_NOP_RSTING"}));
  EXPECT_EQ(verbs[1].forms[3].head, 2);
  EXPECT_EQ(FormTexts(verbs[2]), (V{"RE_ARREST", "RE_ARRESTS", "RE_ARRESTED", "RE_ARRESTING"}));
  EXPECT_EQ(verbs[2].forms[0].head, 1);
  EXPECT_EQ(FormTexts(verbs[3]), (V{"IS_DETERMINED", "WAS_DETERMINED", "BE_DETERMINED"}));
  EXPECT_EQ(FormTexts(verbs[4]), (V{"ANGERED_BY"}));
}

TEST(VerbBlocks, OldStyleBlocksWithoutHeaders) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "### GRANT ###\n"
      "GRANT [070]\n"
      "GIVE {GAVE GIVEN }  # jw  11/14/91\n"
      "- ** &CURRENCY [903]\n"
      "\n"
      "&CURRENCY\n+DOLLAR\n"
      "VOW  [170] ;tony  3/9/91\n"
      "- ** RESIST  [112] ;tony  4/29/91\n",
      "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].description, "GRANT");
  EXPECT_EQ(d.blocks[0].code.ToString(), "070");
  EXPECT_EQ(d.blocks[0].verbs.size(), 2u);
  EXPECT_EQ(d.blocks[0].verbs[1].code.ToString(), "070");
  EXPECT_EQ(d.blocks[0].patterns.size(), 1u);
  EXPECT_EQ(d.blocks[1].description, "VOW");
  EXPECT_EQ(testing::Tokens(d.blocks[1].patterns.at(0)), "* RESIST");
}

TEST(VerbBlocks, TransformationsAreKeptAsTokens) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "--- SAY [010] ---\nSAY {SAID}\n"
      "~ a (a b ATTACK) SAY = a b 015\n"
      "#~ a (a b WILL_ATTACK) SAY = a b 138\n"
      "~ a (b . ATTACK ) WANT = a b 021\n"
      "~ a b\n",
      "test.verbs", diags);
  ASSERT_EQ(d.transformations.size(), 2u);
  EXPECT_EQ(d.transformations[0].lhs, (V{"a", "(", "a", "b", "ATTACK", ")", "SAY"}));
  EXPECT_EQ(d.transformations[0].rhs, (V{"a", "b", "015"}));
  EXPECT_EQ(d.transformations[1].line, 5u);
  EXPECT_EQ(Messages(diags), (V{"test.verbs:6: transformation without '='; line skipped"}));
}

TEST(VerbComments, AllThreeKindsAndAMultiLineCommentFollowedByPatterns) {
  // PETRARCH2 stops reading patterns at the first line starting with "<!";
  // the format says a comment ends at "-->", so what follows is read.
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "<!-- PETRARCH VALIDATION SUITE VERBS DICTIONARY -->\n"
      "--- WARN  [160] ---\n"
      "WARN ; legacy comment\n"
      "- * AT ^ +  [162]  # comment\n"
      "<!-- TABARI allowed synsets inside multi-word patterns in synsets #  this has not been -->\n"
      "<!-- implement in PETRARCH: the patterns below\n"
      "- * HIDDEN [999]\n"
      "are a replacement.  pas 14.05.09 -->\n"
      "\n"
      "--- WELCOME  [041] ---\n"
      "WELCOME <!-- inline --> # and more\n"
      "- * MEMOS_ON_THINGS FROM [911]\n"
      "- * ASSURANCES <!-- inline --> FROM [913]\n",
      "test.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].patterns.size(), 1u);
  ASSERT_EQ(d.blocks[1].patterns.size(), 2u);
  EXPECT_EQ(d.blocks[1].patterns[0].line, 12u);
  EXPECT_EQ(testing::Tokens(d.blocks[1].patterns[1]), "* ASSURANCES FROM");
  EXPECT_EQ(d.blocks[1].verbs.at(0).line, 11u);
}

TEST(VerbMalformed, LinesAreReportedWithFileAndLineAndSkipped) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "- * ORPHAN [010]\n"                      // 1: no block yet
      "--- VENTURE [---] ---\n"                 // 2
      "VENTURE\n"                               // 3
      "RE_+ARM_+UP\n"                           // 4: two '+'
      "{ REARMS }\n"                            // 5: forms after a bad verb
      "SPEED {SPEEDS SPED\n"                    // 6: missing '}'
      "- * (WITH VISIT)   VISIT)[042:043]\n"    // 7: stray ')'
      "- * DOWN (FROM)    [080!?]\n"            // 8: bad code
      "- * DIPLXMATIC  [0#4]  # -PAS\n"         // 9: '#' cuts the code
      "- * GOOD [010]\n"                        // 10
      "&\n",                                    // 11
      "bad.verbs", diags);
  EXPECT_EQ(Messages(diags),
            (V{"bad.verbs:1: pattern before any verb block; line skipped",
               "bad.verbs:4: multi-word verb 'RE_+ARM_+UP' has more than one '+'; line skipped",
               "bad.verbs:5: verb forms '{...}' not right after a verb; line skipped",
               "bad.verbs:6: missing '}'; line skipped",
               "bad.verbs:7: ')' without '('; pattern skipped",
               "bad.verbs:8: malformed code '[080!?]' (letters, digits, '-' and one ':' expected); pattern skipped",
               "bad.verbs:9: missing ']' after the code; pattern skipped (a '#' or ';' inside [...] starts a "
               "comment)",
               "bad.verbs:11: '&' without a synset name; line skipped"}));
  EXPECT_EQ(diags.errors(), 0u);
  EXPECT_EQ(diags.items()[4].where.column, 25u);  // the stray ')'
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].verbs.size(), 1u);
  ASSERT_EQ(d.blocks[0].patterns.size(), 1u);
  EXPECT_EQ(d.blocks[0].patterns[0].line, 10u);
}

TEST(VerbMalformed, BadFormsAreSkippedAloneAndBadHeaderCodesFallBackToNull) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "--- REPORT  [025?!] ---\n"
      "+BREAK_DOWN {+BREAKS_DOWN BROKE +BROKE_DOWN}\n",
      "bad.verbs", diags);
  EXPECT_EQ(Messages(diags),
            (V{"bad.verbs:1: malformed code '[025?!]' (letters, digits, '-' and one ':' expected); block code "
               "taken as [---]",
               "bad.verbs:2: a form of a multi-word verb must be multi-word too (A_+B); form skipped"}));
  EXPECT_TRUE(d.blocks.at(0).code.is_null());
  EXPECT_EQ(FormTexts(d.blocks[0].verbs.at(0)), (V{"BREAK_DOWN", "BREAKS_DOWN", "BROKE_DOWN"}));
}

// TABARI's verb files, as its ReadFilesClass::readVerbs reads them.
TEST(TabariVerbs, MultiWordVerbsWithoutAPlusTakeTheFirstWord) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "SCATTER_ORCS  [190] ;pas 2001\n"
      "DRIVE OFF_  [190]\n",
      "t.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Verb& v = d.blocks.at(0).verbs.at(0);
  EXPECT_EQ(v.forms[0].phrase.ToString(), "SCATTER_ORCS");
  EXPECT_EQ(v.forms[0].head, 0u);
  EXPECT_FALSE(v.forms[0].marked);
  EXPECT_EQ(FormTexts(v), (V{"SCATTER_ORCS", "SCATTERS_ORCS", "SCATTERED_ORCS", "SCATTERING_ORCS"}));
  // A blank is read as '_': verb forms are consecutive words.
  EXPECT_EQ(FormTexts(d.blocks[0].verbs.at(1))[0], "DRIVE_OFF");
}

TEST(TabariVerbs, FormsOnTheNextLineReplaceTheGeneratedOnes) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "FLEE_ [190]\n"
      "{ FLED_ FLEEING_ }\n"
      "- * FROM + [190]\n",
      "t.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  EXPECT_EQ(FormTexts(d.blocks.at(0).verbs.at(0)), (V{"FLEE", "FLED", "FLEEING"}));
  EXPECT_EQ(d.blocks[0].patterns.size(), 1u);
}

TEST(TabariVerbs, SpecialCodesAndPrecedenceMarks) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "RIDDLE  [###] ;discards the sentence\n"
      "- * IN_THE_DARK  [+++]\n"
      "CONDEMN  [111!]\n"
      "- SAID * [023?]\n",
      "t.verbs", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_TRUE(d.blocks[0].code.is_discard());
  EXPECT_TRUE(d.blocks[0].patterns.at(0).code.is_complex());
  EXPECT_EQ(d.blocks[1].code.precedence, EventCode::Precedence::kDominant);
  EXPECT_EQ(d.blocks[1].patterns.at(0).code.precedence, EventCode::Precedence::kSubordinate);
}

TEST(TabariVerbs, BarAlternativesBecomeOnePatternEach) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "&STEEDS\n+HORSES\n+PONIES\n"
      "RIDE  [036]\n"
      "- * FOR { HELP | AID_FROM | &STEEDS }  [092]\n"
      "- WANT_{ MORE_ | FRESH }_* [093]\n"
      "- { WILL | WOULD ] * + [036]\n",
      "t.verbs", diags);
  EXPECT_EQ(Messages(diags), (V{"t.verbs:7: '{' with '|' closed by ']' instead of '}'; pattern skipped"}));
  const auto& p = d.blocks.at(0).patterns;
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(testing::Tokens(p[0]), "* FOR HELP");
  EXPECT_EQ(testing::Tokens(p[1]), "* FOR AID_FROM");
  EXPECT_EQ(testing::Tokens(p[2]), "* FOR &STEEDS");
  EXPECT_EQ(testing::Tokens(p[3]), "WANT_MORE_*");
  EXPECT_EQ(testing::Tokens(p[4]), "WANT_FRESH_*");
  EXPECT_EQ(p[4].line, 6u);
}

TEST(TabariVerbs, SectionsAreReadPast) {
  Diagnostics diags;
  const VerbDictionary d = ParseVerbs(
      "<SYNSETS>\n&GOLD\n+MITHRIL\n</SYNSETS>\n"
      "<TIME>\nLAST_WEEK [-7]\n- * AND A WEEK [+8]\n</TIME>\n"
      "<ATTRIB>\nACCORDING_TO\n</ATTRIB>\n"
      "HOARD  [---]\n"
      "- * &GOLD  [061]\n"
      "~~FINISH 15:23 CST Tue 30 Dec 2008\n"
      "AFTER THE END [010]\n",
      "t.verbs", diags);
  ASSERT_EQ(diags.items().size(), 2u) << Messages(diags)[0];
  EXPECT_EQ(diags.warnings(), 0u);
  EXPECT_EQ(Messages(diags)[0], "t.verbs:5: TABARI <TIME> section (2 lines) not used: readout dates events from the text itself");
  ASSERT_EQ(d.synsets.size(), 1u);
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].patterns.size(), 1u);
}

}  // namespace
}  // namespace readout::dict
