// TABARI's validation format: the expected events in a record's comment, the
// records TABARI does not check, control records, and a whole run over tiny
// dictionaries written here (a .project naming them and an .options file).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "readout/validate.h"

namespace readout::validate {
namespace {

namespace fs = std::filesystem;
using T = std::vector<Triple>;

constexpr std::string_view kSuite =
    "#####################\n"                                     // 1
    "#  the Shire suite  #\n"                                     // 2
    "\n"                                                          // 3
    "190101  SHIRE-01\n"                                          // 4
    "The Shire thanked Rohan.\n"                                  // 5
    "/*\\n[one event]\\n{ SHR / ROH / 041 } 190101 */\n"          // 6
    "\n"                                                          // 7
    "190102  SHIRE-02\n"                                          // 8
    "Rohan thanked the Shire and Gondor.\n"                       // 9
    "/* \\n{ ROH / SHR / 041 }\\n{ ROH / GON / 041 } */\n"        // 10
    "\n"                                                          // 11
    "190103  QUIET-01\n"                                          // 12
    "The weather in the Shire was fine.\n"                        // 13
    "/* {---} */\n"                                               // 14
    "\n"                                                          // 15
    "190104  QUIET-02\n"                                          // 16
    "Gondor thanked the Nazgul.\n"                                // 17
    "/* {###} */\n"                                               // 18
    "\n"                                                          // 19
    "190105  SKIP-01\n"                                           // 20
    "Rohan thanked Gondor.\n"                                     // 21
    "/* -{ ROH / GON / 041 } */\n"                                // 22
    "\n"                                                          // 23
    "190106  OPT-01\n"                                            // 24
    "Limits change here.\n"                                       // 25
    "/* { OPTION: COMPLEX: VERBS[2] } */\n"                       // 26
    "\n"                                                          // 27
    "190107  CPLX-01\n"                                           // 28
    "Rohan thanked Gondor and thanked the Shire.\n"               // 29
    "/* {+++} */\n"                                               // 30
    "\n"                                                          // 31
    "190108  BAD-01\n"                                            // 32
    "Rohan thanked Gondor.\n"                                     // 33
    "/* { ROH GON 041 } */\n";                                    // 34

TEST(TabariGold, BlocksAreReadAsTabariChecksThem) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseTabariValidation(kSuite, "shire.text", diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->format, InputFormat::kTabariText);
  ASSERT_EQ(f->records.size(), 8u);
  const auto& r = f->records;
  EXPECT_EQ(r[0].id, "SHIRE-01");
  EXPECT_EQ(r[0].category, "SHIRE");
  EXPECT_EQ(r[0].line, 4u);
  EXPECT_EQ(r[0].date, "2019-01-01");
  EXPECT_EQ(r[0].events, (T{{"SHR", "ROH", "041"}}));
  EXPECT_EQ(r[1].events, (T{{"ROH", "SHR", "041"}, {"ROH", "GON", "041"}}));
  EXPECT_TRUE(r[2].noevents);
  EXPECT_EQ(r[3].error, "discard");
  EXPECT_FALSE(r[4].scored);
  EXPECT_NE(r[4].why_not_scored.find("-{"), std::string::npos);
  EXPECT_FALSE(r[5].scored);
  EXPECT_EQ(r[5].options, (std::vector<std::string>{"COMPLEX: VERBS[2]"}));
  EXPECT_EQ(r[6].error, "complex");
  EXPECT_FALSE(r[7].scored);  // not SOURCE / TARGET / CODE
  ASSERT_EQ(diags.warnings(), 1u);
  EXPECT_EQ(diags.items()[0].where.line, 32u);
}

class TabariRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("readout_tabari_run_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("shire.text", std::string(kSuite));
    Write("shire.verbs", "THANK  [041]\n");
    Write("shire.actors", "THE_SHIRE [SHR]\nROHAN [ROH]\nGONDOR [GON]\nNAZGUL [###]\n");
    Write("shire.agents", "KING [~GOV]\n");
    Write("shire.options", "// no limits to begin with\nLABEL: 041=PRAISE\n");
    Write("shire.project",
          "The Shire suite\n<actorsfile> shire.actors\n<verbsfile> shire.verbs\n<agentsfile> shire.agents\n"
          "<optionsfile> shire.options\n<textfile> shire.text\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  fs::path dir_;
};

TEST_F(TabariRun, ScoresWhatTabariChecksWithTheOptionsInForce) {
  Diagnostics diags;
  RunOptions o;
  o.file = (dir_ / "shire.text").string();
  o.tabari_project = (dir_ / "shire.project").string();
  const Result<Report> r = RunValidation(o, diags);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  // SKIP-01, OPT-01 and BAD-01 are not scored: TABARI does not check them.
  ASSERT_EQ(r->records.size(), 5u);
  EXPECT_EQ(r->records[0].id, "SHIRE-01");
  EXPECT_TRUE(r->records[0].exact);
  EXPECT_TRUE(r->records[1].exact);
  EXPECT_TRUE(r->records[2].exact);  // nothing to code
  EXPECT_TRUE(r->records[3].exact);  // the Nazgul discard the sentence
  // After the control record, two verbs make the sentence complex.
  EXPECT_EQ(r->records[4].id, "CPLX-01");
  EXPECT_TRUE(r->records[4].exact) << r->records[4].found.size();
  EXPECT_EQ(r->overall.exact, 5u);
  std::size_t notes = 0;
  for (const Diagnostic& d : diags.items()) {
    notes += d.severity == Severity::kNote && d.message.find("not scored") != std::string::npos;
  }
  EXPECT_EQ(notes, 3u);
}

TEST_F(TabariRun, ATabariSuiteNeedsItsProject) {
  Diagnostics diags;
  RunOptions o;
  o.file = (dir_ / "shire.text").string();
  const Result<Report> r = RunValidation(o, diags);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("--tabari-project"), std::string::npos);
}

}  // namespace
}  // namespace readout::validate
