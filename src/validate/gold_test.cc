// Reading a validation file's gold: the environment, each record's codings
// and the quirks of the real PETRARCH file, and where problems are reported.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "readout/validate.h"

namespace readout::validate {
namespace {

namespace fs = std::filesystem;

// Lines are numbered in the comments: the tests check them.
constexpr std::string_view kFile =
    "<Validation>\n"                                                                 // 1
    "<!-- a comment <Sentence id=\"NOT-A-RECORD\"> -->\n"                            // 2
    "<Environment>\n"                                                                // 3
    "    <Verbfile>test.verbs.txt</Verbfile>\n"                                      // 4
    "    <Actorfile>one.actors.txt</Actorfile>\n"                                    // 5
    "    <Actorfile> two.actors.txt </Actorfile>\n"                                  // 6
    "    <Agentfile>test.agents.txt</Agentfile>\n"                                   // 7
    "    <Discardfile>test.discards.txt</Discardfile>\n"                             // 8
    "    <Errorfile>Errors.txt</Errorfile>\n"                                        // 9
    "</Environment>\n"                                                               // 10
    "<Sentences>\n"                                                                  // 11
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"  // 12
    "<!-- Simple coding -->\n"                                                       // 13
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<Text>\nArnor restores ties with Gondor.\n</Text>\n"                            // 16-18
    "</Sentence>\n"                                                                  // 19
    "<Sentence date = \"19950102\" id =\"NONE-01\" category=\"DEMO\">\n"            // 20
    "<EventCoding noevents = \"True\"> </EventCoding>\n"                             // 21
    "<Text>Nothing happens.</Text>\n"                                                // 22
    "</Sentence>\n"                                                                  // 23
    "<Sentence date=\"19950103\" id=\"ODD-01\" category=\"ACTOR\">\n"               // 24
    "<EventCoding sourcecode='\"INJURY TOLL\"' targetcode=\"OSG\" eventcode=\"223\"></EventCoding>\n"
    "<EventCoding sourcecode=\"---GOV\" targetcode=\"---\" eventcode=\"174K\"></EventCoding>\n"
    "<Text>Odd codes.</Text>\n"                                                      // 27
    "</Sentence>\n"                                                                  // 28
    "<Sentence date=\"19950104\" id=\"ERR-01\" category=\"ERROR\">\n"               // 29
    "<EventCoding error=\"sentencediscard\"></EventCoding>\n"                        // 30
    "<Text>Arnor plays baseball.</Text>\n"                                           // 31
    "</Sentence>\n"                                                                  // 32
    "<Sentence date=\"19950105\" id=\"DEMO-00\" category=\"PATTERN\">\n"            // 33
    "<Text>No coding given, and an id used before.</Text>\n"                         // 34
    "</Sentence>\n"                                                                  // 35
    "<Sentence date=\"19950106\" id=\"NOTEXT\">\n"                                   // 36
    "<EventCoding noevents=\"True\"></EventCoding>\n"                                // 37
    "<Parse>(ROOT)</Parse>\n"                                                        // 38
    "</Sentence>\n"                                                                  // 39
    "</Sentences>\n"
    "</Validation>\n";

bool HasDiagnostic(const Diagnostics& diags, Severity severity, std::uint32_t line, std::string_view part) {
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == severity && d.where.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(ParseValidation, ReadsTheEnvironment) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(kFile, "unit.xml", diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_EQ(f->file, "unit.xml");
  const Environment& env = f->environment;
  EXPECT_EQ(env.line, 3u);
  EXPECT_EQ(env.verb_file, "test.verbs.txt");
  EXPECT_EQ(env.actor_files, (std::vector<std::string>{"one.actors.txt", "two.actors.txt"}));
  EXPECT_EQ(env.agent_file, "test.agents.txt");
  EXPECT_EQ(env.discard_file, "test.discards.txt");
  EXPECT_EQ(env.issue_file, "");
}

TEST(ParseValidation, ReadsEveryRecordWithItsGold) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(kFile, "unit.xml", diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  ASSERT_EQ(f->records.size(), 6u) << "the commented-out record must not count";

  const GoldRecord& demo = f->records[0];
  EXPECT_EQ(demo.id, "DEMO-00");
  EXPECT_EQ(demo.category, "DEMO");
  EXPECT_EQ(demo.date, "19950101");
  EXPECT_EQ(demo.line, 12u);
  EXPECT_TRUE(demo.has_text);
  EXPECT_FALSE(demo.noevents);
  // Duplicates are kept here; scoring compares sets.
  EXPECT_EQ(demo.events, (std::vector<Triple>{{"ARN", "GON", "064"}, {"ARN", "GON", "064"}}));

  const GoldRecord& none = f->records[1];
  EXPECT_EQ(none.id, "NONE-01");
  EXPECT_EQ(none.date, "19950102");
  EXPECT_EQ(none.line, 20u);
  EXPECT_TRUE(none.noevents);
  EXPECT_TRUE(none.events.empty());

  // Odd gold values stay verbatim: quotes, dashes, a letter in the code.
  const GoldRecord& odd = f->records[2];
  EXPECT_EQ(odd.events, (std::vector<Triple>{{"\"INJURY TOLL\"", "OSG", "223"}, {"---GOV", "---", "174K"}}));

  const GoldRecord& err = f->records[3];
  EXPECT_EQ(err.error, "sentencediscard");
  EXPECT_TRUE(err.events.empty());

  const GoldRecord& again = f->records[4];
  EXPECT_EQ(again.id, "DEMO-00");
  EXPECT_EQ(again.category, "PATTERN");
  EXPECT_EQ(again.line, 33u);
  EXPECT_TRUE(again.events.empty());
  EXPECT_FALSE(again.noevents);
  EXPECT_TRUE(HasDiagnostic(diags, Severity::kNote, 33, "no <EventCoding>"));
  EXPECT_TRUE(HasDiagnostic(diags, Severity::kNote, 33, "used before"));

  const GoldRecord& notext = f->records[5];
  EXPECT_FALSE(notext.has_text);
  EXPECT_EQ(notext.category, "");
  EXPECT_EQ(notext.line, 36u);
  EXPECT_EQ(diags.errors(), 0u);
}

TEST(ParseValidation, NoeventsBesideTriplesExpectsTheTriples) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(
      "<Sentences><Sentence id=\"x\" date=\"20000101\">\n"
      "<EventCoding noevents=\"True\"/>\n"
      "<EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"/>\n"
      "<EventCoding sourcecode=\"A\" eventcode=\"010\"/>\n"
      "<Text>t</Text></Sentence></Sentences>",
      "mixed.xml", diags);
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_FALSE(f->records[0].noevents);
  EXPECT_EQ(f->records[0].events, (std::vector<Triple>{{"A", "B", "010"}}));
  EXPECT_TRUE(HasDiagnostic(diags, Severity::kWarning, 1, "noevents"));
  EXPECT_TRUE(HasDiagnostic(diags, Severity::kWarning, 4, "without sourcecode"));
}

TEST(ParseValidation, MalformedXmlNamesFileLineAndColumn) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(
      "<Validation>\n<Sentences>\n<Sentence id=\"a\">\n<Text>x</Txet>\n</Sentence>\n</Sentences>\n</Validation>\n",
      "bad.xml", diags);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(f.status().where().file, "bad.xml");
  EXPECT_EQ(f.status().where().line, 4u);
  EXPECT_GT(f.status().where().column, 0u);
  EXPECT_NE(f.status().ToString().find("bad.xml:4:"), std::string::npos) << f.status().ToString();
  EXPECT_NE(f.status().message().find("malformed XML"), std::string::npos);
}

TEST(ParseValidation, NoRecordsIsAnError) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation("<Validation><Environment/></Validation>", "empty.xml", diags);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().ToString().find("empty.xml"), std::string::npos);
  EXPECT_NE(f.status().message().find("no PETRARCH <Sentence> records"), std::string::npos);
}

TEST(ReadValidation, MissingFileIsNamed) {
  Diagnostics diags;
  const Result<ValidationFile> f = ReadValidation("/nonexistent/dir/records.xml", diags);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().ToString().find("records.xml"), std::string::npos);
}

class Environments : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("readout_validate_env_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    for (const char* name : {"test.verbs.txt", "one.actors.txt", "two.actors.txt", "test.agents.txt",
                             "test.discards.txt"}) {
      std::ofstream(dir_ / name) << "\n";
    }
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(Environments, NamesAreFoundInTheDirectory) {
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(kFile, "unit.xml", diags);
  ASSERT_TRUE(f.ok());
  const Result<dict::DictionaryConfig> c = ResolveEnvironment(*f, dir_.string());
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(c->verb_file, (dir_ / "test.verbs.txt").string());
  EXPECT_EQ(c->actor_files,
            (std::vector<std::string>{(dir_ / "one.actors.txt").string(), (dir_ / "two.actors.txt").string()}));
  EXPECT_EQ(c->agent_file, (dir_ / "test.agents.txt").string());
  EXPECT_EQ(c->discard_file, (dir_ / "test.discards.txt").string());
  EXPECT_EQ(c->issue_file, "");
}

TEST_F(Environments, AMissingDictionaryIsNamedAtTheEnvironment) {
  fs::remove(dir_ / "two.actors.txt");
  Diagnostics diags;
  const Result<ValidationFile> f = ParseValidation(kFile, "unit.xml", diags);
  ASSERT_TRUE(f.ok());
  const Result<dict::DictionaryConfig> c = ResolveEnvironment(*f, dir_.string());
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(c.status().where().file, "unit.xml");
  EXPECT_EQ(c.status().where().line, 3u);
  EXPECT_NE(c.status().message().find("two.actors.txt"), std::string::npos) << c.status().ToString();
  EXPECT_NE(c.status().message().find("<Actorfile>"), std::string::npos) << c.status().ToString();
}

TEST_F(Environments, NoEnvironmentOrNoDirectoryIsAnError) {
  Diagnostics diags;
  const Result<ValidationFile> f =
      ParseValidation("<Sentences><Sentence id=\"a\"><Text>x</Text></Sentence></Sentences>", "bare.xml", diags);
  ASSERT_TRUE(f.ok());
  Result<dict::DictionaryConfig> c = ResolveEnvironment(*f, dir_.string());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().ToString().find("bare.xml"), std::string::npos);
  EXPECT_NE(c.status().message().find("<Environment>"), std::string::npos);

  const Result<ValidationFile> g = ParseValidation(kFile, "unit.xml", diags);
  ASSERT_TRUE(g.ok());
  c = ResolveEnvironment(*g, (dir_ / "nope").string());
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().ToString().find("nope"), std::string::npos);
}

}  // namespace
}  // namespace readout::validate
