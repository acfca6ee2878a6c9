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

TEST(Issues, SectionsCodesAndExpansions) {
  Diagnostics diags;
  const IssueList d = ParseIssues(
      "# Phoenix Open Event Data Issues\n"
      "<ISSUE CATEGORY=\"ID_ATROCITY\" TYPE=\"ALL\">\n"
      "n:atrocity [ID_ATROCITY]\n"
      "ethnic cleansing [ID_ATROCITY]\n"
      "ethnic v:purge [ID_ATROCITY]\n"
      "n:crime against humanity [ID_ATROCITY]\n"
      "al+zarqawi network [NAMED_TERROR_GROUP]\n"
      "pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"
      "n:bachelor n:degree [POSTSECONDARY_EDUCATION]\n"
      "touristry[TOURISM]\n"
      "~Saturday Night massacre\n"
      "~~Armenian genocide  # not coding historical cases\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"KIDNAP\" TYPE=\"COUNTEVENT\">\n"
      "hostage [KIDNAP]\n"
      "</ISSUE>\n",
      "i.issues", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  ASSERT_EQ(d.issues.size(), 11u);
  const auto& is = d.issues;
  EXPECT_EQ(is[0].category, "ID_ATROCITY");
  EXPECT_EQ(is[0].type, "ALL");
  EXPECT_EQ(is[0].code, "ID_ATROCITY");
  EXPECT_EQ(is[0].line, 3u);
  EXPECT_EQ(Texts(is[0].phrases), (V{"ATROCITY", "ATROCITIES"}));
  EXPECT_FALSE(is[0].phrases[0].generated);
  EXPECT_TRUE(is[0].phrases[1].generated);
  EXPECT_EQ(Texts(is[1].phrases), (V{"ETHNIC_CLEANSING"}));
  EXPECT_EQ(Texts(is[2].phrases), (V{"ETHNIC_PURGE", "ETHNIC_PURGES", "ETHNIC_PURGED", "ETHNIC_PURGING"}));
  EXPECT_EQ(Texts(is[3].phrases), (V{"CRIME_AGAINST_HUMANITY", "CRIMES_AGAINST_HUMANITY"}));
  EXPECT_EQ(Texts(is[4].phrases), (V{"AL_ZARQAWI_NETWORK", "AL-ZARQAWI_NETWORK"}));
  EXPECT_EQ(Texts(is[5].phrases), (V{"PRE_SCHOOL", "PRE_SCHOOLS", "PRE-SCHOOL", "PRE-SCHOOLS"}));
  EXPECT_EQ(is[6].phrases.size(), 4u);
  EXPECT_EQ(Texts(is[7].phrases), (V{"TOURISTRY"}));
  EXPECT_EQ(is[8].kind, Issue::Kind::kIgnoreSentence);
  EXPECT_EQ(Texts(is[8].phrases), (V{"SATURDAY_NIGHT_MASSACRE"}));
  EXPECT_EQ(is[9].kind, Issue::Kind::kIgnoreStory);
  EXPECT_EQ(is[9].code, "");
  EXPECT_EQ(is[10].category, "KIDNAP");
  EXPECT_EQ(is[10].type, "COUNTEVENT");
  EXPECT_EQ(d.phrase_count(), 2u + 1 + 4 + 2 + 2 + 4 + 4 + 1 + 1 + 1 + 1);
}

TEST(Issues, MalformedLinesAreReported) {
  Diagnostics diags;
  const IssueList d = ParseIssues(
      "european central bank\n"                                                   // 1
      "aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]\n"                          // 2
      "</ISSUE>\n"                                                                // 3
      "<BOGUS>\n"                                                                 // 4
      "x [ ]\n",                                                                  // 5
      "i.issues", diags);
  EXPECT_EQ(Messages(diags),
            (V{"i.issues:1: issue phrase without [CODE] (or '~' to ignore); line skipped",
               "i.issues:2: text after the code ignored", "i.issues:3: closing tag without an open <ISSUE>",
               "i.issues:4: unknown tag; line skipped", "i.issues:5: empty code; line skipped"}));
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(Texts(d.issues[0].phrases), (V{"AQIM"}));
}

}  // namespace
}  // namespace readout::dict
