// Whole runs: gold joined to the documents the ingest reader delivers (by
// line, since ids repeat), records that cannot be read counted as errors,
// bad input reported as a Status naming the file, and the real PETRARCH
// unit-test file read completely. Assertions hold whatever the coder finds:
// each gold triple is either found or missed (tp + fn), never lost.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "readout/validate.h"

namespace readout::validate {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRecords =
    "<Validation>\n"                                                                     // 1
    "<Environment>\n"                                                                    // 2
    "  <Verbfile>tiny.verbs.txt</Verbfile>\n"                                            // 3
    "  <Actorfile>tiny.actors.txt</Actorfile>\n"                                         // 4
    "  <Agentfile>tiny.agents.txt</Agentfile>\n"                                         // 5
    "  <Discardfile>tiny.discards.txt</Discardfile>\n"                                   // 6
    "</Environment>\n"                                                                   // 7
    "<Sentences>\n"                                                                      // 8
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"true\">\n"  // 9
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<Text>\n  Arnor restored diplomatic ties with Gondor.  \n</Text>\n"
    "</Sentence>\n"                                                                      // 13
    "<Sentence date=\"19950102\" id=\"DEMO-00\" category=\"AGENT\">\n"                  // 14
    "<EventCoding noevents=\"True\"></EventCoding>\n"
    "<Text>The weather was fine.</Text>\n"
    "</Sentence>\n"                                                                      // 17
    "<Sentence date=\"19950103\" id=\"NOTEXT-01\" category=\"DEMO\">\n"                 // 18
    "<EventCoding sourcecode=\"GON\" targetcode=\"ARN\" eventcode=\"064\"></EventCoding>\n"
    "</Sentence>\n"                                                                      // 20
    "</Sentences>\n"
    "</Validation>\n";

class Runs : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("readout_validate_run_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    Write("tiny.verbs.txt", "--- RESTORE  [064]  ---\nRESTORE\n- * DIPLOMATIC  [064]\n- * TIES  [064]\n");
    Write("tiny.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
    Write("tiny.agents.txt", "PRESIDENT [~GOV]\n");
    Write("tiny.discards.txt", "BASEBALL\n");
    Write("records.xml", std::string(kRecords));
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  RunOptions Options(const std::string& file = "records.xml") const {
    return RunOptions{(dir_ / file).string(), dir_.string(), {}, {}};
  }

  fs::path dir_;
};

TEST_F(Runs, EveryRecordIsScoredOnceInFileOrder) {
  Diagnostics diags;
  const Result<Report> r = RunValidation(Options(), diags);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->records.size(), 3u);
  EXPECT_EQ(r->file, (dir_ / "records.xml").string());

  // The repeated id is two records, each with its own category and gold.
  const RecordResult& first = r->records[0];
  EXPECT_EQ(first.id, "DEMO-00");
  EXPECT_EQ(first.category, "DEMO");
  EXPECT_EQ(first.line, 9u);
  EXPECT_EQ(first.text, "Arnor restored diplomatic ties with Gondor.") << "text as ingest cleans it";
  EXPECT_EQ(first.expected, (std::vector<Triple>{{"ARN", "GON", "064"}}));
  EXPECT_EQ(first.true_positives + first.false_negatives, 1u);
  EXPECT_TRUE(first.error.empty()) << first.error;

  const RecordResult& second = r->records[1];
  EXPECT_EQ(second.id, "DEMO-00");
  EXPECT_EQ(second.category, "AGENT");
  EXPECT_EQ(second.text, "The weather was fine.");
  EXPECT_TRUE(second.expected.empty());
  EXPECT_EQ(second.exact, second.found.empty());

  // No <Text>: still counted, as an error, its gold missed.
  const RecordResult& notext = r->records[2];
  EXPECT_EQ(notext.id, "NOTEXT-01");
  EXPECT_FALSE(notext.exact);
  EXPECT_NE(notext.error.find("no <Text>"), std::string::npos) << notext.error;
  EXPECT_EQ(notext.false_negatives, 1u);

  EXPECT_EQ(r->overall.records, 3u);
  EXPECT_EQ(r->overall.errors, 1u);
  EXPECT_EQ(r->overall.true_positives + r->overall.false_negatives, 2u);
  EXPECT_EQ(r->by_category.size(), 2u);
  EXPECT_EQ(r->by_category.at("DEMO").records, 2u);
}

TEST_F(Runs, AMissingDictionaryIsNamed) {
  fs::remove(dir_ / "tiny.agents.txt");
  Diagnostics diags;
  const Result<Report> r = RunValidation(Options(), diags);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("tiny.agents.txt"), std::string::npos) << r.status().ToString();
  EXPECT_NE(r.status().ToString().find("records.xml:2"), std::string::npos) << r.status().ToString();
}

TEST_F(Runs, MalformedXmlAndMissingFilesAreNamed) {
  Write("bad.xml", "<Validation>\n<Sentences>\n<Sentence id=\"a\">\n<Text>x</Text>\n</Sentences>\n");
  Diagnostics diags;
  Result<Report> r = RunValidation(Options("bad.xml"), diags);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("bad.xml:5:"), std::string::npos) << r.status().ToString();

  r = RunValidation(Options("absent.xml"), diags);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().ToString().find("absent.xml"), std::string::npos) << r.status().ToString();
}

// The real suite: all 284 records read, coded without a single error, and
// every gold triple accounted for.
TEST(RealFile, PetrarchUnitTestsAreReadCompletely) {
  const std::string shared = READOUT_SHARED_DIR;
  const std::string file = shared + "/petrarch2/text/PETR.UnitTest.records.xml";
  if (!fs::exists(file)) GTEST_SKIP() << "../shared/petrarch2 is absent: " << file;
  Diagnostics diags;
  const Result<ValidationFile> gold = ReadValidation(file, diags);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->records.size(), 284u);
  EXPECT_EQ(gold->environment.verb_file, "PETR.Validate.verbs.txt");
  std::uint64_t distinct_gold = 0;
  for (const GoldRecord& g : gold->records) {
    distinct_gold += std::set<Triple>(g.events.begin(), g.events.end()).size();
  }

  const Result<Report> r = RunValidation(RunOptions{file, shared + "/petrarch2/dictionaries", {}, {}}, diags);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->overall.records, 284u);
  EXPECT_EQ(r->overall.errors, 0u);
  EXPECT_EQ(r->overall.true_positives + r->overall.false_negatives, distinct_gold);
  EXPECT_EQ(r->by_category.size(), 13u);
  EXPECT_EQ(r->by_category.at("SYNSET").records, 52u);
  for (const RecordResult& rec : r->records) EXPECT_FALSE(rec.text.empty()) << rec.id;
}

}  // namespace
}  // namespace readout::validate
