#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using V = std::vector<std::string>;

constexpr const char* kConfig =
    "# Configuration file for release version of PETRARCH event coder\n"
    "[Dictionaries]\n"
    "# See the PETRreader.py file\n"
    "verbfile_name    = CAMEO.2.0.txt\n"
    "actorfile_list   = Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,\n"
    "    Phoenix.MilNonState.actors.txt\n"
    "agentfile_name   = Phoenix.agents.txt\n"
    "discardfile_name = Phoenix.discards.txt\n"
    "issuefile_name   = Phoenix.IssueCoding.txt\n"
    "\n"
    "#[Dictionaries]\n"
    "#verbfile_name    = PETR.Validate.verbs.txt\n"
    "\n"
    "[Options]\n"
    "verbfile_name = not/this/one.txt\n"
    "code_by_sentence = True\n";

TEST(Config, DictionaryNamesResolvedAgainstTheConfigDirectory) {
  Diagnostics diags;
  Result<DictionaryConfig> c = ParseConfig(kConfig, "/data/dicts/PETR_config.ini", diags);
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_TRUE(diags.items().empty());
  EXPECT_EQ(c->verb_file, "/data/dicts/CAMEO.2.0.txt");
  EXPECT_EQ(c->actor_files,
            (V{"/data/dicts/Phoenix.Countries.actors.txt", "/data/dicts/Phoenix.International.actors.txt",
               "/data/dicts/Phoenix.MilNonState.actors.txt"}));
  EXPECT_EQ(c->agent_file, "/data/dicts/Phoenix.agents.txt");
  EXPECT_EQ(c->discard_file, "/data/dicts/Phoenix.discards.txt");
  EXPECT_EQ(c->issue_file, "/data/dicts/Phoenix.IssueCoding.txt");
}

TEST(Config, RelativeConfigPathAbsoluteNamesAndMissingKeys) {
  Diagnostics diags;
  Result<DictionaryConfig> c = ParseConfig(
      "[dictionaries]\nVerbFile_Name: /abs/verbs.txt ; comment\nactorfile_list = a.txt\n", "PETR_config.ini", diags);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->verb_file, "/abs/verbs.txt");
  EXPECT_EQ(c->actor_files, (V{"a.txt"}));
  EXPECT_EQ(c->agent_file, "");
  EXPECT_EQ(c->issue_file, "");
}

TEST(Config, WithoutADictionariesSectionIsAnError) {
  Diagnostics diags;
  Result<DictionaryConfig> c = ParseConfig("#[Dictionaries]\n#verbfile_name = x\n[Options]\n", "c.ini", diags);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(c.status().ToString(), "c.ini: no [Dictionaries] section");
}

TEST(Config, MalformedLinesAreReported) {
  Diagnostics diags;
  Result<DictionaryConfig> c =
      ParseConfig("[Dictionaries\n[Dictionaries]\njunk\nverbfile_name = a\nverbfile_name = b\n", "c.ini", diags);
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->verb_file, "b");
  EXPECT_EQ(Messages(diags), (V{"c.ini:1: section header without ']'; line skipped",
                                "c.ini:3: expected 'key = value'; line skipped",
                                "c.ini:5: verbfile_name already set at line 4; this value wins"}));
}

TEST(Config, LoadingAMissingConfigNamesTheFile) {
  Diagnostics diags;
  Result<DictionaryConfig> c = LoadConfig("/nonexistent/PETR_config.ini", diags);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kNotFound);
  EXPECT_NE(c.status().ToString().find("/nonexistent/PETR_config.ini"), std::string::npos);
}

}  // namespace
}  // namespace readout::dict
