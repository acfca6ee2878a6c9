#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using V = std::vector<std::string>;

TEST(TabariProject, NamesTheFilesRelativeToItsFolder) {
  Diagnostics diags;
  Result<TabariProject> p = ParseTabariProject(
      "Project for the Rivendell wire, 3019\n"
      "<actorsfile>\tMiddleEarth.actors\n"
      "<actorsfile> /abs/Elves.actors\n"
      "<verbsfile> \tWire.verbs\n"
      "<AgentsFile>  Wire.agents\n"
      "<optionsfile> Wire.options\n"
      "<textfile> \t\tWire.text\n"
      "<eventfile> \tWire.events\n"
      "<coder> ELR\n"
      "<session 1> <coder elr> <date Mon 18 Jun 3019> <records 6>\n",
      "proj/Wire.project", diags);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  EXPECT_EQ(p->dictionaries.actor_files, (V{"proj/MiddleEarth.actors", "/abs/Elves.actors"}));
  EXPECT_EQ(p->dictionaries.verb_file, "proj/Wire.verbs");
  EXPECT_EQ(p->dictionaries.agent_file, "proj/Wire.agents");
  EXPECT_EQ(p->dictionaries.discard_file, "");
  EXPECT_EQ(p->options_file, "proj/Wire.options");
  EXPECT_EQ(p->text_files, (V{"proj/Wire.text"}));
}

TEST(TabariProject, MissingDictionariesAndBadTagsAreReported) {
  Diagnostics diags;
  EXPECT_FALSE(ParseTabariProject("<actorsfile> A.actors\n", "w.project", diags).ok());
  Result<TabariProject> p =
      ParseTabariProject("<actorsfile> A.actors\n<verbsfile> V.verbs\n<verbsfile> W.verbs\n<agentsfile>\n<textfile\n",
                         "w.project", diags);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->dictionaries.verb_file, "V.verbs");
  EXPECT_EQ(Messages(diags), (V{"w.project:3: a second <VERBSFILE>; the first is kept",
                                "w.project:4: <AGENTSFILE> names no file; line skipped",
                                "w.project:5: '<' without '>'; line skipped"}));
}

TEST(TabariOptions, ComplexLimitsAreReadAsTabariReadsThem) {
  Diagnostics diags;
  const TabariOptions o = ParseTabariOptions(
      "// options for the wire\n"
      "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"
      "SET: VERB USAGE = FALSE\n"
      "LABEL: 010=YIELD\n"
      "OUTPUT: ACTOR MATCH ID\n"
      "# a comment\n"
      "~~~~~\n"
      "GIBBERISH: here\n",
      "w.options", diags);
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
  EXPECT_EQ(o.complex_verbs, 5u);
  EXPECT_EQ(o.complex_conjunctions, 4u);
  EXPECT_EQ(o.complex_actors, 0u);
  EXPECT_TRUE(o.complex_no_actor_before_verb);
  EXPECT_TRUE(o.not_applied.empty());
}

TEST(TabariOptions, WhatIsNotAppliedIsNotedAndJunkWarned) {
  Diagnostics diags;
  const TabariOptions o = ParseTabariOptions(
      "DEFAULT: SOURCE [ELF] TARGET [DWF]\n"
      "COMPLEX: VERBS[6] ACTORS[6] PRONOUNS[3]\n"
      "set: code by clause\n"
      "SET: YYYY = TRUE\n"
      "NO COLON HERE\n"
      "SET: FROBNICATE = TRUE\n",
      "w.options", diags);
  EXPECT_EQ(o.complex_verbs, 6u);
  EXPECT_EQ(o.complex_actors, 6u);
  EXPECT_EQ(o.not_applied, (V{"DEFAULT: SOURCE [ELF] TARGET [DWF]", "COMPLEX: VERBS[6] ACTORS[6] PRONOUNS[3]",
                              "set: code by clause"}));
  EXPECT_EQ(Messages(diags),
            (V{"w.options:1: TABARI option read but not applied: readout codes this its own way",
               "w.options:2: TABARI option read but not applied: readout codes this its own way",
               "w.options:3: TABARI option read but not applied: readout codes this its own way",
               "w.options:5: no ':' in the command; line skipped",
               "w.options:6: unrecognized SET: option 'FROBNICATE = TRUE'; line skipped"}));
  EXPECT_EQ(diags.warnings(), 2u);
}

}  // namespace
}  // namespace readout::dict
