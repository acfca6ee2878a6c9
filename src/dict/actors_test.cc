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

TEST(Actors, PrimarySynonymsAndDefaultCode) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "# comment\n"
      "AFGHANISTAN_  [AFG]\n"
      "+AFGHAN_\n"
      "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN\n"
      "\n"
      "HAMAS WING [PSEHMSBRD]\n"
      "palestinian [pse]\n",
      "a.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.actors.size(), 3u);
  const Actor& a = d.actors[0];
  EXPECT_EQ(Texts(a.phrases), (V{"AFGHANISTAN", "AFGHAN", "ISLAMIC_REPUBLIC_OF_AFGHANISTAN"}));
  EXPECT_FALSE(a.phrases[0].stem);
  EXPECT_TRUE(a.phrases[2].stem);
  EXPECT_EQ(a.phrases[1].line, 3u);
  EXPECT_EQ(a.line, 2u);
  EXPECT_EQ(a.default_code, "AFG");
  EXPECT_EQ(a.CodeOn(20200101), "AFG");
  EXPECT_EQ(d.actors[1].phrases[0].gaps, (std::vector<Gap>{Gap::kLoose}));
  EXPECT_EQ(d.actors[2].phrases[0].ToString(), "PALESTINIAN");
  EXPECT_EQ(d.actors[2].default_code, "pse");  // codes are kept as written
  EXPECT_EQ(d.phrase_count(), 5u);
}

TEST(Actors, DateRestrictionsAndTheResolver) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "SAM_GAMGEE [HOB]  # default\n"
      "\t[HOBCIV <20080120]\n"
      "\t[ORCHOB 20100109-20100112] # This should override the next restriction\n"
      "\t[HOBMIL 20080120-20121109]\n"
      "\t[HOBGOV 20121109-20130119]\n"
      "\t[HOBELI >20130119]\n",
      "a.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Actor& a = d.actors.at(0);
  ASSERT_EQ(a.dated.size(), 5u);
  EXPECT_EQ(a.dated[0].kind, DatedCode::Kind::kBefore);
  EXPECT_EQ(a.dated[0].to, 20080120);
  EXPECT_EQ(a.dated[1].line, 3u);
  EXPECT_EQ(a.CodeOn(19990101), "HOBCIV");  // before
  EXPECT_EQ(a.CodeOn(20080120), "HOBCIV");  // ends are inclusive; the first match wins
  EXPECT_EQ(a.CodeOn(20080121), "HOBMIL");  // range
  EXPECT_EQ(a.CodeOn(20100110), "ORCHOB");  // listed first, so it overrides HOBMIL
  EXPECT_EQ(a.CodeOn(20121231), "HOBGOV");
  EXPECT_EQ(a.CodeOn(20130120), "HOBELI");  // after
  EXPECT_EQ(a.CodeOn(20130119), "HOBGOV");
}

TEST(Actors, DefaultAppliesOutsideTheRestrictionsAndNoCodeIsEmpty) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "ZIMBABWE\n\t[RHO <790606]\n\t[ZBW]#jw 9/30/91\n"
      "ONODOHER\n\t[ONO <911226]\n",
      "a.actors", diags);
  ASSERT_EQ(d.actors.size(), 2u);
  EXPECT_EQ(d.actors[0].CodeOn(19790606), "RHO");
  EXPECT_EQ(d.actors[0].CodeOn(19790607), "ZBW");
  EXPECT_EQ(d.actors[1].CodeOn(19900101), "ONO");
  EXPECT_EQ(d.actors[1].CodeOn(19920101), "");
}

TEST(Actors, TwoDigitYearsFollowTheKedsCentury) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "JAMES_BYRNES_  ; CountryInfo.txt\n"
      "    [USAELI 18970101-450703]\n"
      "    [USAGOV 450703-470121]\n"
      "KARZAI_\n"
      "\t[AFGGOV 011222-141231]\n",
      "a.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Actor& byrnes = d.actors.at(0);
  EXPECT_EQ(byrnes.dated[0].from, 18970101);
  EXPECT_EQ(byrnes.dated[0].to, 19450703);
  EXPECT_EQ(byrnes.CodeOn(19460101), "USAGOV");
  EXPECT_EQ(byrnes.CodeOn(19300101), "USAELI");
  EXPECT_EQ(byrnes.CodeOn(19500101), "");
  EXPECT_EQ(d.actors.at(1).dated[0].from, 20011222);
  EXPECT_EQ(d.actors.at(1).CodeOn(20050101), "AFGGOV");
}

TEST(Actors, SeveralCodesOnOneLineAndBlanksInsideBrackets) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n"
      "GOLLUM\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[EGYGOV > 140608]\n"
      "ABN_AMRO_\t[NLDGOVBUS >081004][MNCNLD]\n",
      "a.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.actors.size(), 3u);
  EXPECT_EQ(Texts(d.actors[0].phrases), (V{"JAVIER_DE_CUELLAR"}));
  EXPECT_EQ(d.actors[0].default_code, "ELI");
  EXPECT_EQ(d.actors[0].CodeOn(19900101), "IGOUNO");
  EXPECT_EQ(d.actors[0].CodeOn(19920101), "ELI");
  EXPECT_EQ(d.actors[1].dated.size(), 3u);
  EXPECT_EQ(d.actors[1].CodeOn(19970101), "HOBGOV");
  EXPECT_EQ(d.actors[2].CodeOn(20090101), "NLDGOVBUS");
  EXPECT_EQ(d.actors[2].CodeOn(20000101), "MNCNLD");
}

TEST(Actors, RepairsOfTheRealFilesQuirks) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "MILO_DUKANOVIC_\n\t[MNEGOV 20121204]\n\t[MNEGOV 20080229-20101229]\n"    // 1-3
      "TAIWAN_ [TWN]\n+TAIOAN_ +TAWIAN_\n"                                       // 4-5
      "B+H_OCEAN_CARRIERS_\t[MNCBMU]\n"                                          // 6
      "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---] #MleH\n"          // 7
      "GEORGE_WOODS_\n\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]\n"            // 8-9
      "A.H._BELO_ [MNCMED] Newspapers/Magazines $137,000,000\n",                // 10
      "a.actors", diags);
  EXPECT_EQ(Messages(diags),
            (V{"a.actors:2: date without '<', '>' or a range; read as [MNEGOV >20121204]",
               "a.actors:5: '+' inside a phrase: read as two synonyms on one line",
               "a.actors:7: second undated code [---] ignored; the default is [IGOUNOMED]",
               "a.actors:8: actor has no code and always codes as null (a synonym missing its '+'?)",
               "a.actors:9: indented phrase read as a new actor (a synonym needs '+', a date restriction '[')",
               "a.actors:10: text after the codes ignored"}));
  EXPECT_EQ(diags.errors(), 0u);
  EXPECT_EQ(diags.items()[3].severity, Severity::kNote);
  ASSERT_EQ(d.actors.size(), 7u);
  EXPECT_EQ(d.actors[0].CodeOn(20130101), "MNEGOV");
  EXPECT_EQ(d.actors[0].CodeOn(20110101), "");
  EXPECT_EQ(Texts(d.actors[1].phrases), (V{"TAIWAN", "TAIOAN", "TAWIAN"}));
  EXPECT_EQ(Texts(d.actors[2].phrases), (V{"B+H_OCEAN_CARRIERS"}));
  EXPECT_EQ(d.actors[3].CodeOn(20000101), "HTIOPPMED");
  EXPECT_EQ(d.actors[3].CodeOn(20100101), "IGOUNOMED");
  EXPECT_EQ(Texts(d.actors[5].phrases), (V{"JOHN_MCCLOY"}));
  EXPECT_EQ(d.actors[5].CodeOn(19480101), "IGOUNODEVWBK");
}

TEST(Actors, CodesOnASynonymLineBelongToTheRecord) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "UNITED_NATIONS_ [UNO]\n+U.N._ [UNO]\n+UN_SECRETARIAT_ [IGOUNO >20000101]\n+UN_\n", "a.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(Texts(d.actors[0].phrases), (V{"UNITED_NATIONS", "U.N.", "UN_SECRETARIAT", "UN"}));
  EXPECT_EQ(d.actors[0].CodeOn(19990101), "UNO");
  EXPECT_EQ(d.actors[0].CodeOn(20010101), "IGOUNO");
}

TEST(Actors, MalformedRestrictionsAreSkippedAlone) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "\t[XXX]\n"                                   // 1: before any actor
      "+ORPHAN\n"                                   // 2
      "BAD_DATES_ [DEF]\n"                          // 3
      "\t[ARMUNR 9008223-911221]\n"                 // 4
      "\t[IRQOCC 1920030320-20060520]\n"            // 5
      "\t[EGYGOV 20121207-20120802]\n"              // 6
      "\t[GBRGOV >20100232]\n"                      // 7
      "\t[950601-990815]\n"                         // 8
      "\t[OK 19900101-19910101\n"                   // 9
      "\t[GOOD >20000101]\n"                        // 10
      "+FAEROYENE]_\n",                             // 11
      "bad.actors", diags);
  EXPECT_EQ(Messages(diags),
            (V{"bad.actors:1: date restriction before any actor; line skipped",
               "bad.actors:2: synonym before any actor; line skipped",
               "bad.actors:4: date '9008223' has 7 digits; YYYYMMDD or YYMMDD expected; date restriction skipped",
               "bad.actors:5: date '1920030320' has 10 digits; YYYYMMDD or YYMMDD expected; date restriction "
               "skipped",
               "bad.actors:6: date range ends before it starts; skipped",
               "bad.actors:7: date '20100232' is not a valid calendar date; date restriction skipped",
               "bad.actors:8: date restriction without a code; skipped",
               "bad.actors:9: missing ']'; code skipped",
               "bad.actors:11: ']' without '['; line skipped"}));
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].dated.size(), 1u);
  EXPECT_EQ(d.actors[0].CodeOn(20050101), "GOOD");
  EXPECT_EQ(d.actors[0].CodeOn(19950101), "DEF");
}

TEST(Actors, CommentsOfAllKinds) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "<!-- VERSION: 0.9 -->\n"
      "<!-- \n#\t\t== NOTE ==\nNOT_AN_ACTOR [NO]\n# -->\n"
      "ATHENS  [GRC] #JW   10/17/91\n"
      "BUDAPEST  [HUN] ; legacy\n"
      "BREE <!-- inline --> [BRE]\n",
      "a.actors", diags);
  EXPECT_TRUE(diags.items().empty());
  ASSERT_EQ(d.actors.size(), 3u);
  EXPECT_EQ(d.actors[0].line, 6u);
  EXPECT_EQ(d.actors[2].default_code, "BRE");
}

// TABARI's date conventions, as its ProcessorClass::validateDate and
// MakeJulian read them.
TEST(TabariActors, DayThirtyOneEndsAnyMonth) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "ROHIRRIM_ [ROH]\n"
      "\t[ROHGOV 070301-080231]\n"  // 2008 is a leap year: runs to 2 March
      "\t[ROHMIL 090401-090431]\n",  // April has 30 days: runs to 1 May
      "t.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Actor& a = d.actors.at(0);
  ASSERT_EQ(a.dated.size(), 2u);
  EXPECT_EQ(a.dated[0].from, 20070301);
  EXPECT_EQ(a.dated[0].to, 20080302);
  EXPECT_EQ(a.dated[1].to, 20090501);
  EXPECT_EQ(a.CodeOn(20080229), "ROHGOV");
  EXPECT_EQ(a.CodeOn(20080302), "ROHGOV");
  EXPECT_EQ(a.CodeOn(20080303), "ROH");
  EXPECT_EQ(a.CodeOn(20090501), "ROHMIL");
}

TEST(TabariActors, TwoDigitYearsPivotAtThirty) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "THEODEN_ [ROHELI]\n"
      "\t[ROHGOV >290615]\n"          // 2029
      "\t[ROHMIL <300101]\n"          // 1930
      "\t[ROHREB 270101-730717]\n"    // read 1927-1973, not the empty 2027-1973
      "\t[ROHOPP 991201-000131]\n",   // 1999-2000
      "t.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Actor& a = d.actors.at(0);
  ASSERT_EQ(a.dated.size(), 4u);
  EXPECT_EQ(a.dated[0].from, 20290615);
  EXPECT_EQ(a.dated[1].to, 19300101);
  EXPECT_EQ(a.dated[2].from, 19270101);
  EXPECT_EQ(a.dated[2].to, 19730717);
  EXPECT_EQ(a.dated[3].from, 19991201);
  EXPECT_EQ(a.dated[3].to, 20000131);
  EXPECT_EQ(a.CodeOn(19500101), "ROHREB");
}

TEST(TabariActors, AnEightDigitRangeBackwardsIsStillSkipped) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors("EOMER_ [ROH]\n\t[ROHGOV 20270101-19730717]\n", "t.actors", diags);
  EXPECT_EQ(Messages(diags), (V{"t.actors:2: date range ends before it starts; skipped"}));
  EXPECT_TRUE(d.actors.at(0).dated.empty());
}

TEST(TabariActors, SpecialCodesAreCodes) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "BLACK_RIDERS [###] ;pas 1998\n"  // discard: the sentence is not coded
      "THE_SHIRE [---]\n"               // null: matched, but no actor
      "OLD_FOREST [+++]\n"              // complex: the sentence is set aside
      "GRIMA_WORMTONGUE [ROHELI] [---]\n",  // TABARI never reaches the [---]
      "t.actors", diags);
  ASSERT_EQ(d.actors.size(), 4u);
  EXPECT_EQ(d.actors[0].default_code, "###");
  EXPECT_EQ(d.actors[1].default_code, "---");
  EXPECT_EQ(d.actors[2].default_code, "+++");
  EXPECT_EQ(d.actors[3].default_code, "ROHELI");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::kNote);
  EXPECT_EQ(diags.warnings(), 0u);
}

TEST(TabariActors, NounAndAdjectiveListsAreNotActors) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors(
      "<NOUN>\nABDUCTION   ;tb 22 Oct 2006\nA_CABINET_MEETING\n</NOUN>\n"
      "<ADJECTIVE>\nRED\n</ADJECTIVE>\n"
      "GONDOR_ [GON]\n"
      "~~FINISH 14:24 CDT Thu 29 May 2008\n"
      "NOT_READ [XXX]\n",
      "t.actors", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  EXPECT_EQ(Texts(d.nouns), (V{"ABDUCTION", "A_CABINET_MEETING"}));
  EXPECT_EQ(Texts(d.adjectives), (V{"RED"}));
  ASSERT_EQ(d.actors.size(), 1u);
  EXPECT_EQ(d.actors[0].default_code, "GON");
}

TEST(TabariActors, TextAfterTheCodesIsANote) {
  Diagnostics diags;
  const ActorDictionary d = ParseActors("MORDOR_INC_ [MNCMOR]\tMithril/Rings\t$137,000\n", "t.actors", diags);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::kNote);
  EXPECT_EQ(d.actors.at(0).default_code, "MNCMOR");
}

}  // namespace
}  // namespace readout::dict
