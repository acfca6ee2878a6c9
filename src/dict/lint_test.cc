#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;

TEST(DetectKind, FromTheFileName) {
  EXPECT_EQ(DetectKind("dir/CAMEO.2.0.txt", ""), DictionaryKind::kVerbs);
  EXPECT_EQ(DetectKind("PETR.Validate.verbs.txt", ""), DictionaryKind::kVerbs);
  EXPECT_EQ(DetectKind("Phoenix.Countries.actors.txt", ""), DictionaryKind::kActors);
  EXPECT_EQ(DetectKind("Phoenix.agents.txt", ""), DictionaryKind::kAgents);
  EXPECT_EQ(DetectKind("Phoenix.discards.txt", ""), DictionaryKind::kDiscards);
  EXPECT_EQ(DetectKind("Phoenix.IssueCoding.txt", ""), DictionaryKind::kIssues);
  EXPECT_EQ(DetectKind("PETR_config.ini", ""), DictionaryKind::kConfig);
  // TABARI's file names.
  EXPECT_EQ(DetectKind("CAMEO.091003.master.verbs", ""), DictionaryKind::kVerbs);
  EXPECT_EQ(DetectKind("CAMEO.RCS.120521.actors", ""), DictionaryKind::kActors);
  EXPECT_EQ(DetectKind("PSU.120522.agents", ""), DictionaryKind::kAgents);
  EXPECT_EQ(DetectKind("Validate.project", ""), DictionaryKind::kTabariProject);
  EXPECT_EQ(DetectKind("CAMEO.09b5.options", ""), DictionaryKind::kTabariOptions);
}

TEST(DetectKind, FromTheContent) {
  EXPECT_EQ(DetectKind("x.txt", "# c\n--- ABANDON [345] ---\nABANDON\n"), DictionaryKind::kVerbs);
  EXPECT_EQ(DetectKind("x.txt", "<ISSUE CATEGORY=\"A\">\n"), DictionaryKind::kIssues);
  EXPECT_EQ(DetectKind("x.txt", "!PERSON! = MAN, MEN\n"), DictionaryKind::kAgents);
  EXPECT_EQ(DetectKind("x.txt", "AMBASSADOR [~GOV]\n"), DictionaryKind::kAgents);
  EXPECT_EQ(DetectKind("x.txt", "ENT\n\t[ENT]\n"), DictionaryKind::kActors);
  EXPECT_EQ(DetectKind("x.txt", "ISRAEL [ISR]\n"), DictionaryKind::kActors);
  EXPECT_EQ(DetectKind("x.txt", "# c\n[Dictionaries]\nverbfile_name = v\n"), DictionaryKind::kConfig);
  EXPECT_EQ(DetectKind("x.txt", "MONTHS LATER\n+ESPN2\n"), DictionaryKind::kDiscards);
}

TEST(Lint, ReportsEveryProblemOfATextWithFileAndLine) {
  const Diagnostics d = LintDictionaryText("--- A [010] ---\nA\n- * (B [010]\n- * C [010]\n", "x.verbs");
  EXPECT_EQ(Messages(d), (std::vector<std::string>{"x.verbs:3: '(' is never closed; pattern skipped"}));
  EXPECT_EQ(d.items()[0].excerpt, "- * (B [010]");
  EXPECT_TRUE(LintDictionaryText("AMBASSADOR [~GOV]\n", "x.agents").items().empty());
  EXPECT_EQ(LintDictionaryText("AMBASSADOR [GOV]\n", "x", DictionaryKind::kAgents).items().size(), 1u);
}

TEST(Lint, AnUnreadableFileIsAnErrorNamingIt) {
  const Diagnostics d = LintDictionary("/nonexistent/x.verbs");
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].where.file, "/nonexistent/x.verbs");
}

TEST(Lint, AConfigIsCheckedWithTheFilesItNames) {
  const Diagnostics d = LintDictionaryText("[Dictionaries]\nverbfile_name = missing.verbs.txt\n", "/nonexistent/c.ini");
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].where.file, "/nonexistent/missing.verbs.txt");
}

TEST(Load, AMissingFileIsAStatusNamingIt) {
  Diagnostics diags;
  Result<VerbDictionary> verbs = LoadVerbs("/nonexistent/CAMEO.txt", diags);
  ASSERT_FALSE(verbs.ok());
  EXPECT_EQ(verbs.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(verbs.status().where().file, "/nonexistent/CAMEO.txt");
  DictionaryConfig config;
  config.actor_files = {"/nonexistent/a.actors"};
  Result<DictionarySet> set = LoadDictionaries(config, diags);
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().where().file, "/nonexistent/a.actors");
  EXPECT_TRUE(diags.items().empty());
}

TEST(Lint, KindNames) {
  EXPECT_EQ(KindName(DictionaryKind::kVerbs), "verbs");
  EXPECT_EQ(KindName(DictionaryKind::kConfig), "config");
}

}  // namespace
}  // namespace readout::dict
