// End-to-end tests of the readout command: exit codes, messages that name
// the file and line, outputs that are whole or absent, and the text verbs on
// real articles (the seeds in ../shared, the bundled example corpus).
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit = -1;
  std::string out, err;
};

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("readout_cli_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

  // Runs readout with `args` (already shell-quoted where needed).
  RunResult Readout(const std::string& args, const std::string& stdin_path = "/dev/null") {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr";
    const std::string cmd = std::string("'") + READOUT_BINARY + "' " + args + " < '" + stdin_path + "' > '" +
                            out.string() + "' 2> '" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    RunResult r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    r.out = Slurp(out);
    r.err = Slurp(err);
    return r;
  }

  fs::path dir_;
};

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_F(Cli, VersionAndUsage) {
  RunResult r = Readout("--version");
  EXPECT_EQ(r.exit, 0);
  EXPECT_NE(r.out.find("0.1.0"), std::string::npos);
  EXPECT_EQ(Readout("").exit, 2);
  EXPECT_EQ(Readout("frobnicate").exit, 2);
  EXPECT_EQ(Readout("sentences --no-such-flag x").exit, 2);
  r = Readout("sentences --help");
  EXPECT_EQ(r.exit, 0);
  EXPECT_NE(r.out.find("--format"), std::string::npos);
  EXPECT_EQ(Readout("tokens --help").exit, 0);
  EXPECT_EQ(Readout("sentences --format yaml " + Write("a.txt", "Hi there.").string()).exit, 2);
}

TEST_F(Cli, SentencesFromStdinAndFiles) {
  const fs::path in = Write("in.txt", "Xi called Putin. \"We are friends,\" Xi said.\n");
  RunResult r = Readout("sentences -", in.string());
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 2u);
  r = Readout("sentences --format text '" + in.string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.out, "Xi called Putin.\n\"We are friends,\" Xi said.\n");
  r = Readout("tokens --format tsv '" + in.string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 13u);
}

TEST_F(Cli, MissingPathIsBadInputNamingIt) {
  const RunResult r = Readout("sentences '" + (dir_ / "missing.txt").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
}

TEST_F(Cli, EmptyAndBinaryFilesAreBadInput) {
  RunResult r = Readout("sentences '" + Write("empty.txt", "").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  r = Readout("sentences '" + Write("junk.txt", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12) + "xyz").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("junk.txt"), std::string::npos) << r.err;
}

TEST_F(Cli, InvalidUtf8IsRepairedAndReported) {
  const RunResult r = Readout("sentences '" + Write("bad.txt", "First line.\nCaf\xE9 au lait.\n").string() + "'");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.err.find("bad.txt:2"), std::string::npos) << r.err;
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(r.out)) {
    EXPECT_FALSE(parser.parse(line).error()) << "not valid JSON: " << line;
  }
  EXPECT_NE(r.out.find("Caf\xEF\xBF\xBD au lait."), std::string::npos);
}

TEST_F(Cli, MalformedJsonlStopsOrSkipsByFlag) {
  const fs::path in = Write("a.jsonl",
                            "{\"id\":\"one\",\"text\":\"The first article.\"}\n"
                            "{\"id\":\"two\",\"text\": oops}\n"
                            "{\"id\":\"three\",\"text\":\"The third article.\"}\n");
  const fs::path out = dir_ / "out.jsonl";
  RunResult r = Readout("sentences '" + in.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("a.jsonl:2"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out)) << "a stopped run must not leave output behind";

  r = Readout("sentences --on-error skip '" + in.string() + "' -o '" + out.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("a.jsonl:2"), std::string::npos) << r.err;
  const std::string written = Slurp(out);
  EXPECT_NE(written.find("\"doc\":\"one\""), std::string::npos);
  EXPECT_NE(written.find("\"doc\":\"three\""), std::string::npos);
}

TEST_F(Cli, MalformedXmlNamesFileAndLine) {
  const RunResult r = Readout("sentences '" +
                        Write("bad.xml", "<Sentences>\n<Sentence date=\"20080801\" id=\"x\">\n<Text>Hi.</Tex>\n"
                                         "</Sentence>\n</Sentences>\n").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("bad.xml:3"), std::string::npos) << r.err;
}

TEST_F(Cli, HugeSingleLineIsRefusedQuickly) {
  const fs::path big = dir_ / "big.txt";
  {
    std::ofstream f(big, std::ios::binary);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) f << chunk;
  }
  const RunResult r = Readout("sentences '" + big.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("big.txt"), std::string::npos) << r.err;
}

TEST_F(Cli, UnknownFormatIsBadInput) {
  const RunResult r = Readout("sentences '" + Write("paper.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("paper.pdf"), std::string::npos) << r.err;
}

// The acceptance check of the text stage on the two real seed articles:
// offsets slice back to the exact original bytes, the image tag never shows,
// "U.S." and quotations continued by their attribution are never split.
TEST_F(Cli, SeedSentencesSliceBackToOriginalBytes) {
  const fs::path seeds = fs::path(READOUT_SHARED_DIR) / "corpus/seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "../shared/corpus/seeds is absent: seed checks skipped";
  const RunResult r = Readout("sentences '" + (seeds / "000_d8dc5f780efacdc5.txt").string() + "' '" +
                        (seeds / "001_70805f0573b4dfd8.txt").string() + "' --meta '" +
                        (seeds / "meta.jsonl").string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  const std::string originals[2] = {Slurp(seeds / "000_d8dc5f780efacdc5.txt"),
                                    Slurp(seeds / "001_70805f0573b4dfd8.txt")};
  simdjson::dom::parser parser;
  std::size_t count[2] = {0, 0};
  for (const std::string& line : Lines(r.out)) {
    simdjson::dom::element e;
    ASSERT_FALSE(parser.parse(line).get(e)) << line;
    const std::string_view doc = e["doc"].get_string().value();
    const int k = doc == "000_d8dc5f780efacdc5.txt" ? 0 : 1;
    const auto start = static_cast<std::size_t>(e["start"].get_int64().value());
    const auto end = static_cast<std::size_t>(e["end"].get_int64().value());
    const std::string_view text = e["text"].get_string().value();
    ASSERT_LE(end, originals[k].size());
    EXPECT_EQ(originals[k].substr(start, end - start), text) << "offsets do not slice back: " << line;
    EXPECT_EQ(text.find("<image>"), std::string_view::npos) << line;
    EXPECT_EQ(text.find("base64"), std::string_view::npos) << line;
    EXPECT_NE(text.substr(0, 2), "S.") << "split inside U.S.: " << line;
    EXPECT_FALSE(text.ends_with("U.") || text.ends_with("U.S")) << "split inside U.S.: " << line;
    // A sentence never starts with the attribution of a quotation that the
    // previous sentence opened ("..., " Xi told Putin).
    EXPECT_FALSE(text.starts_with("Xi told") || text.starts_with("the Kremlin said") ||
                 text.starts_with("he added") || text.starts_with("Wang told"))
        << "quotation split from its attribution: " << line;
    ++count[k];
  }
  EXPECT_GT(count[0], 20u);
  EXPECT_GT(count[1], 15u);
  // Spot checks of whole sentences.
  EXPECT_NE(r.out.find("\"text\":\"\xE2\x80\x9CHistory and reality show that China and Russia are good neighbors that "
                       "cannot be moved away, and true friends who share weal and woe,\xE2\x80\x9D Xi told Putin, "
                       "according to China\xE2\x80\x99s state news agency Xinhua, evoking a phrase the Chinese leader "
                       "had used to mark the symbolically significant 70th anniversary of their diplomatic ties in "
                       "2019.\""),
            std::string::npos);
  EXPECT_NE(r.out.find("\"text\":\"Xi and Putin navigate a new American foreign policy\""), std::string::npos);
  EXPECT_NE(r.out.find("\"text\":\"U.S. Secretary of State Marco Rubio, after talks with Russia in Riyadh earlier "
                       "this month, spoke of"),
            std::string::npos);
  EXPECT_NE(r.out.find("\"title\":true"), std::string::npos);
}

// The main job's input: every example article reads cleanly and the HTML
// page's chrome never reaches a sentence.
TEST_F(Cli, ExampleCorpusReadsCleanly) {
  const fs::path corpus = fs::path(READOUT_SOURCE_DIR) / "examples/corpus";
  const RunResult r = Readout("sentences '" + (corpus / "articles").string() + "' --meta '" +
                        (corpus / "meta.jsonl").string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::set<std::string> docs;
  simdjson::dom::parser parser;
  for (const std::string& line : Lines(r.out)) {
    simdjson::dom::element e;
    ASSERT_FALSE(parser.parse(line).get(e)) << line;
    docs.insert(std::string(e["doc"].get_string().value()));
    EXPECT_EQ(std::string_view(e["language"].get_string().value()), "en") << line;
  }
  EXPECT_EQ(docs.size(), 4u);
  EXPECT_EQ(r.out.find("Related stories"), std::string::npos);
  EXPECT_EQ(r.out.find("vdAnalytics"), std::string::npos);
  EXPECT_EQ(r.out.find("Main menu"), std::string::npos);
}

// --threads N writes byte for byte what one thread writes, for every verb
// that analyses documents, on the example corpus and on PETRARCH2's sample
// of GigaWord (many short records: the order is really put to the test).
TEST_F(Cli, ThreadsWriteWhatOneThreadWrites) {
  const fs::path corpus = fs::path(READOUT_SOURCE_DIR) / "examples/corpus";
  const std::string examples =
      "'" + (corpus / "articles").string() + "' --meta '" + (corpus / "meta.jsonl").string() + "'";
  std::vector<std::string> runs = {"code " + examples, "quotes " + examples, "compare " + examples,
                                   "sentences " + examples};
  const fs::path gigaword = fs::path(READOUT_SHARED_DIR) / "petrarch2/text/GigaWord.sample.PETR.xml";
  if (fs::exists(gigaword)) {
    runs.push_back("code '" + gigaword.string() + "'");
    runs.push_back("quotes '" + gigaword.string() + "'");
  } else {
    std::fprintf(stderr, "../shared/petrarch2 is absent: only the example corpus is checked\n");
  }
  for (const std::string& run : runs) {
    const RunResult one = Readout(run + " --threads 1");
    ASSERT_EQ(one.exit, 0) << run << "\n" << one.err;
    ASSERT_FALSE(one.out.empty()) << run;
    for (const char* n : {"2", "3", "8"}) {
      const RunResult many = Readout(run + " --threads " + n);
      ASSERT_EQ(many.exit, 0) << run << "\n" << many.err;
      EXPECT_TRUE(many.out == one.out) << run << " --threads " << n << " differs from one thread";
    }
  }
}

}  // namespace

namespace {

TEST_F(Cli, DictLintReportsFileAndLine) {
  const fs::path good = Write("tiny.agents.txt", "PRESIDENT [~GOVPRS]\nTROOP {} [~MIL]\n");
  RunResult r = Readout("dict lint '" + good.string() + "'");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("0 error(s)"), std::string::npos) << r.out;
  const fs::path bad = Write("bad.verbs.txt", "--- GRANT [070] ---\nGRANT [070]\n<!-- never closed\n");
  r = Readout("dict lint '" + bad.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("bad.verbs.txt:3"), std::string::npos) << r.err;
  r = Readout("dict lint '" + (dir_ / "absent.txt").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("absent.txt"), std::string::npos) << r.err;
  EXPECT_EQ(Readout("dict").exit, 2);
}

TEST_F(Cli, DictLintOnThePhoenixSet) {
  const fs::path config = fs::path(READOUT_SHARED_DIR) / "petrarch2/dictionaries/PETR_config.ini";
  if (!fs::exists(config)) GTEST_SKIP() << "../shared/petrarch2 is absent: dictionary lint skipped";
  const RunResult r = Readout("dict lint --quiet '" + config.string() + "'");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("0 error(s)"), std::string::npos) << r.out;
}

}  // namespace

// `readout code` and `readout validate`: dictionary flags, usage errors,
// missing dictionaries named, outputs whole or absent, record shapes.
namespace {

constexpr const char* kTinyVerbs = "--- RESTORE  [064]  ---\nRESTORE\n- * DIPLOMATIC  [064]\n- * TIES  [064]\n";
constexpr const char* kTinyActors = "ARNOR [ARN]\nGONDOR [GON]\n";
constexpr const char* kTinyAgents = "PRESIDENT [~GOV]\n";
constexpr const char* kTinyDiscards = "BASEBALL\n";

class Coding : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    fs::create_directories(dir_ / "dicts");
    Write("dicts/tiny.verbs.txt", kTinyVerbs);
    Write("dicts/tiny.actors.txt", kTinyActors);
    Write("dicts/tiny.agents.txt", kTinyAgents);
    Write("dicts/tiny.discards.txt", kTinyDiscards);
    Write("dicts/PETR_config.ini",
          "[Dictionaries]\nverbfile_name = tiny.verbs.txt\nactorfile_list = tiny.actors.txt\n"
          "agentfile_name = tiny.agents.txt\ndiscardfile_name = tiny.discards.txt\n");
    input_ = Write("in.txt", "Arnor restored diplomatic ties with Gondor.\n");
  }
  std::string Dicts() const { return "--dict-dir '" + (dir_ / "dicts").string() + "'"; }
  std::string Files() const {
    const fs::path d = dir_ / "dicts";
    return "--verbs '" + (d / "tiny.verbs.txt").string() + "' --actors '" + (d / "tiny.actors.txt").string() +
           "' --agents '" + (d / "tiny.agents.txt").string() + "' --discards '" +
           (d / "tiny.discards.txt").string() + "'";
  }
  fs::path input_;
};

TEST_F(Coding, DictionariesAreGivenAtMostOneWay) {
  const std::string in = " '" + input_.string() + "'";
  RunResult r = Readout("code" + in + " " + Dicts() + " --verbs x.txt");
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("--dict-dir"), std::string::npos) << r.err;
  EXPECT_EQ(Readout("code" + in + " " + Dicts() + " --petrarch-config x.ini").exit, 2);
  EXPECT_EQ(Readout("code" + in + " " + Dicts() + " --format yaml").exit, 2);
  EXPECT_EQ(Readout("code --help").exit, 0);
}

// With no dictionary flag, readout's own set is used: $READOUT_DATA_DIR's
// dictionaries/ folder. Any single file flag is layered over it.
TEST_F(Coding, DefaultDictionariesAndLayeringOverThem) {
  const std::string in = " '" + input_.string() + "'";
  ::setenv("READOUT_DATA_DIR", (dir_ / "no-data").c_str(), 1);
  RunResult r = Readout("code" + in);
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("default dictionaries"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no-data"), std::string::npos) << r.err;

  fs::create_directories(dir_ / "data");
  fs::create_directory_symlink(dir_ / "dicts", dir_ / "data/dictionaries");
  ::setenv("READOUT_DATA_DIR", (dir_ / "data").c_str(), 1);
  r = Readout("code" + in);
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"064\""), std::string::npos) << r.out;

  // An actor file of the user's comes first: its code for Gondor wins.
  const fs::path mine = Write("mine.actors.txt", "GONDOR [XGN]\n");
  r = Readout("code" + in + " --actors '" + mine.string() + "'");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("\"code\":\"XGN\""), std::string::npos) << r.out;
  ::unsetenv("READOUT_DATA_DIR");
}

TEST_F(Coding, DictStatsCountsWhatASetHolds) {
  const RunResult r = Readout("dict stats " + Dicts());
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("tiny.actors.txt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 entries"), std::string::npos) << r.out;  // Arnor, Gondor
  EXPECT_NE(r.out.find("06:2"), std::string::npos) << r.out;       // the two 064 patterns
  EXPECT_EQ(Readout("dict stats --dict-dir '" + (dir_ / "nowhere").string() + "'").exit, 1);
}

TEST_F(Coding, MissingDictionariesAreBadInputNamingTheFile) {
  const fs::path out = dir_ / "events.jsonl";
  const std::string tail = " '" + input_.string() + "' -o '" + out.string() + "'";
  fs::remove(dir_ / "dicts/tiny.agents.txt");
  RunResult r = Readout("code" + tail + " " + Dicts());
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("tiny.agents.txt"), std::string::npos) << r.err;
  r = Readout("code" + tail + " " + Files());
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("tiny.agents.txt"), std::string::npos) << r.err;
  r = Readout("code" + tail + " --dict-dir '" + dir_.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("PETR_config.ini"), std::string::npos) << r.err;
  r = Readout("code" + tail + " --petrarch-config '" + (dir_ / "absent.ini").string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("absent.ini"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out)) << "no output may be left behind";
}

TEST_F(Coding, BadInputLeavesNoHalfWrittenOutput) {
  const fs::path out = dir_ / "events.jsonl";
  const fs::path bad = Write("bad.jsonl", "{\"id\":\"one\",\"text\":\"Arnor restored diplomatic ties with Gondor.\"}\n"
                                          "{\"id\":\"two\",\"text\": oops}\n");
  const RunResult r = Readout("code '" + bad.string() + "' " + Dicts() + " -o '" + out.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("bad.jsonl:2"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
}

// Every way of naming the same dictionaries codes the same events, and each
// record has the event fields (the coder's accuracy is validate's business;
// this sentence is the validation suite's first-light record).
TEST_F(Coding, EventsAsJsonlAndPhoenix) {
  const std::string in = " '" + input_.string() + "' ";
  const RunResult a = Readout("code" + in + Dicts());
  ASSERT_EQ(a.exit, 0) << a.err;
  const RunResult b = Readout("code" + in + Files());
  ASSERT_EQ(b.exit, 0) << b.err;
  const RunResult c = Readout("code" + in + "--petrarch-config '" + (dir_ / "dicts/PETR_config.ini").string() + "'");
  ASSERT_EQ(c.exit, 0) << c.err;
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out, c.out);
  const std::vector<std::string> lines = Lines(a.out);
  ASSERT_GE(lines.size(), 1u) << "the first-light sentence codes nothing";
  simdjson::dom::parser parser;
  bool restore = false;
  for (const std::string& line : lines) {
    simdjson::dom::element e;
    ASSERT_FALSE(parser.parse(line).get(e)) << line;
    EXPECT_EQ(std::string_view(e["doc"].get_string().value()), "in.txt");
    for (const char* key : {"sentence", "id", "date", "source", "target", "code", "root", "quad", "goldstein",
                            "plover", "negated", "modality", "location", "said_by", "channel", "evidence"}) {
      EXPECT_FALSE(e[key].error()) << key << " missing in " << line;
    }
    restore = restore || (std::string_view(e["code"].get_string().value()) == "064" &&
                          std::string_view(e["source"]["code"].get_string().value()) == "ARN");
  }
  EXPECT_TRUE(restore) << a.out;

  const fs::path out = dir_ / "events.tsv";
  const RunResult p = Readout("code" + in + Dicts() + " --format phoenix -o '" + out.string() + "'");
  ASSERT_EQ(p.exit, 0) << p.err;
  const std::vector<std::string> rows = Lines(Slurp(out));
  EXPECT_EQ(rows.size(), lines.size());
  for (const std::string& row : rows) EXPECT_EQ(std::count(row.begin(), row.end(), '\t'), 25) << row;
}

// PETRARCH2's own PETR_config.ini names bare files that live in a
// dictionaries/ folder beside it; those are found there.
TEST_F(Coding, PetrarchConfigNamesAreFoundWherePetrarchKeptThem) {
  fs::create_directories(dir_ / "petrarch2/dictionaries");
  for (const char* name : {"tiny.verbs.txt", "tiny.actors.txt", "tiny.agents.txt", "tiny.discards.txt"}) {
    fs::copy_file(dir_ / "dicts" / name, dir_ / "petrarch2/dictionaries" / name);
  }
  fs::copy_file(dir_ / "dicts/PETR_config.ini", dir_ / "petrarch2/PETR_config.ini");
  const std::string in = " '" + input_.string() + "' ";
  const RunResult a = Readout("code" + in + Dicts());
  ASSERT_EQ(a.exit, 0) << a.err;
  const std::string config = " --petrarch-config '" + (dir_ / "petrarch2/PETR_config.ini").string() + "'";
  const RunResult b = Readout("code" + in + config);
  ASSERT_EQ(b.exit, 0) << b.err;
  EXPECT_EQ(a.out, b.out);
  fs::remove(dir_ / "petrarch2/dictionaries/tiny.actors.txt");
  const RunResult c = Readout("code" + in + config);
  EXPECT_EQ(c.exit, 1);
  EXPECT_NE(c.err.find((dir_ / "petrarch2/tiny.actors.txt").string()), std::string::npos) << c.err;
}

constexpr const char* kValidation =
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile>tiny.verbs.txt</Verbfile>\n"
    "  <Actorfile>tiny.actors.txt</Actorfile>\n"
    "  <Agentfile>tiny.agents.txt</Agentfile>\n"
    "  <Discardfile>tiny.discards.txt</Discardfile>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\">\n"
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<Text>Arnor restored diplomatic ties with Gondor.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"NONE-01\" category=\"VERB\">\n"
    "<EventCoding noevents=\"True\"></EventCoding>\n"
    "<Text>Arnor and Gondor watched the rain.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

TEST_F(Coding, ValidateUsageAndBadInput) {
  const fs::path file = Write("records.xml", kValidation);
  EXPECT_EQ(Readout("validate").exit, 2);
  EXPECT_EQ(Readout("validate '" + file.string() + "'").exit, 2) << "--dict-dir is required";
  EXPECT_EQ(Readout("validate '" + file.string() + "' " + Dicts() + " --failures some").exit, 2);

  RunResult r = Readout("validate '" + (dir_ / "absent.xml").string() + "' " + Dicts());
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("absent.xml"), std::string::npos) << r.err;

  const fs::path bad = Write("bad.xml", "<Validation>\n<Sentences>\n<Sentence id=\"a\">\n<Text>x</Txet>\n"
                                        "</Sentence>\n</Sentences>\n</Validation>\n");
  r = Readout("validate '" + bad.string() + "' " + Dicts());
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("bad.xml:4:"), std::string::npos) << r.err;

  fs::remove(dir_ / "dicts/tiny.discards.txt");
  r = Readout("validate '" + file.string() + "' " + Dicts());
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("tiny.discards.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("records.xml:2"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "") << "nothing is reported from a run that did not happen";
}

TEST_F(Coding, ValidateReportsAsTextAndJson) {
  const fs::path file = Write("records.xml", kValidation);
  RunResult r = Readout("validate '" + file.string() + "' " + Dicts());
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("2 records"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("DEMO"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("VERB"), std::string::npos) << r.out;

  r = Readout("validate '" + file.string() + "' " + Dicts() + " --json");
  ASSERT_EQ(r.exit, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(e["records"].get_int64().value(), 2);
  const std::int64_t exact = e["exact"].get_int64().value();
  EXPECT_LE(exact, 2);
  for (const char* key : {"precision", "recall", "f1"}) EXPECT_FALSE(e[key].error()) << key;
  EXPECT_EQ(e["by_category"]["DEMO"]["records"].get_int64().value(), 1);
  EXPECT_EQ(e["by_category"]["VERB"]["records"].get_int64().value(), 1);
  EXPECT_EQ(static_cast<std::int64_t>(e["failures"].get_array().value().size()), 2 - exact);

  r = Readout("validate '" + file.string() + "' " + Dicts() + " --json --failures 0");
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(e["failures"].get_array().value().size(), 0u);
}

// Stories: written for the test, three reports of one flood, two of a
// bridge closure elsewhere, and one report in French.
constexpr std::string_view kStoryGold =
    "{\"id\": \"f1\", \"published\": \"2025-04-02\", \"text\": \"Floods in Tarnby\\nThe river Aske burst its banks "
    "in Tarnby on Tuesday, flooding two hundred homes near the old mill.\", \"gold\": {\"story\": \"flood\"}}\n"
    "{\"id\": \"f2\", \"published\": \"2025-04-02\", \"text\": \"Tarnby homes flooded\\nTwo hundred homes near "
    "the old mill in Tarnby were flooded when the river Aske burst its banks.\", \"gold\": {\"story\": \"flood\"}}\n"
    "{\"id\": \"b1\", \"published\": \"2025-04-02\", \"text\": \"Bridge shut\\nThe Colwick viaduct was closed to "
    "lorries after engineers found cracks in two of its piers.\", \"gold\": {\"story\": \"bridge\"}}\n"
    "{\"id\": \"f3\", \"published\": \"2025-04-03\", \"text\": \"Clean-up in Tarnby\\nResidents of Tarnby began "
    "clearing mud from homes by the old mill after the river Aske flooded them.\", \"gold\": {\"story\": \"flood\"}}\n"
    "{\"id\": \"b2\", \"published\": \"2025-04-03\", \"text\": \"Viaduct cracks\\nEngineers said the cracks in the "
    "piers of the Colwick viaduct would keep it closed to lorries for a month.\", \"gold\": {\"story\": \"bridge\"}}\n"
    "{\"id\": \"fr\", \"published\": \"2025-04-02\", \"language\": \"fr\", \"text\": \"Inondations a Tarnby\\nLa "
    "riviere Aske a deborde a Tarnby mardi, inondant deux cents maisons pres du vieux moulin.\"}\n";

TEST_F(Cli, EvalStoriesScoresAgainstGold) {
  const fs::path gold = Write("gold.jsonl", std::string(kStoryGold));
  RunResult r = Readout("eval stories '" + gold.string() + "' --json");
  ASSERT_EQ(r.exit, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(e["documents"].get_int64().value(), 5);  // the French report has no gold
  EXPECT_EQ(e["gold_stories"].get_int64().value(), 2);
  EXPECT_DOUBLE_EQ(e["f1"].get_double().value(), 1.0) << r.out;
  EXPECT_EQ(e["exact"].get_int64().value(), 2);
  EXPECT_LT(e["singletons_f1"].get_double().value(), 0.7);
  EXPECT_EQ(e["failures"].get_array().value().size(), 0u);

  r = Readout("eval stories '" + gold.string() + "' --failures");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("B-cubed F1         1.000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("0 failures"), std::string::npos) << r.out;

  // The clusterer's knobs reach it: with a threshold nothing can reach,
  // every article stays alone, and each gold story is reported split.
  r = Readout("eval stories '" + gold.string() + "' --json --join-threshold 1 --merge-threshold 1");
  ASSERT_EQ(r.exit, 0) << r.err;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_DOUBLE_EQ(e["f1"].get_double().value(), e["singletons_f1"].get_double().value());
  EXPECT_EQ(e["failures"].get_array().value().size(), 2u);
  EXPECT_EQ(Readout("eval stories '" + gold.string() + "' --join-threshold 2").exit, 2);
}

TEST_F(Cli, EvalStoriesBadGoldIsBadInputNamingTheLine) {
  const fs::path gold = Write("gold.jsonl", std::string(kStoryGold) + "{\"id\": \"x\", \"gold\": \n");
  const RunResult r = Readout("eval stories '" + gold.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("gold.jsonl:7"), std::string::npos) << r.err;
  const fs::path none = Write("none.jsonl", "{\"id\": \"a\", \"text\": \"No gold here.\"}\n");
  EXPECT_EQ(Readout("eval stories '" + none.string() + "'").exit, 1);
}

TEST_F(Cli, CompareListsOtherLanguagesAsNotAnalysed) {
  const fs::path gold = Write("gold.jsonl", std::string(kStoryGold));
  const RunResult r = Readout("compare '" + gold.string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out.substr(0, 300);
  ASSERT_EQ(e["not_analysed"].get_array().value().size(), 1u);
  EXPECT_EQ(std::string_view(e["not_analysed"].at(0)["doc"].get_string().value()), "fr");
  EXPECT_EQ(std::string_view(e["not_analysed"].at(0)["language"].get_string().value()), "fr");
  std::size_t members = 0;
  const simdjson::dom::array stories = e["stories"].get_array().value();
  for (simdjson::dom::element story : stories) {
    const simdjson::dom::array story_members = story["members"].get_array().value();
    for (simdjson::dom::element m : story_members) {
      EXPECT_NE(std::string_view(m.get_string().value()), "fr");
      ++members;
    }
  }
  EXPECT_EQ(members, 5u);
}

// A TABARI user's project: a corpus in TABARI's text format (detected),
// dictionaries in TABARI's conventions, and TABARI's validation format.
TEST_F(Coding, TabariProjectCodesATabariCorpus) {
  fs::create_directories(dir_ / "w");
  Write("w/wire.actors", "ARNOR [ARN]\nGONDOR_ [GON]\nERIADOR [ERI]\n\t[ERIGOV 950101-950231]\n~~FINISH\n");
  Write("w/wire.verbs", "RESTOR  [064]\n- * TIES  [064]\n");
  Write("w/wire.options", "COMPLEX: VERBS[9]\nLABEL: 064=RESTORE\n");
  Write("w/wire.project",
        "Wire project\n<actorsfile> wire.actors\n<verbsfile> wire.verbs\n<optionsfile> wire.options\n");
  const fs::path text = Write("w/wire.text",
                              "#### the wire\n\n950301  W-1\nArnor restored ties with Eriadori envoys.\n"
                              "/* { ARN / ERIGOV / 064 } */\n\n950310  W-2\nArnor restores ties with Gondor.\n"
                              "/* { ARN / GON / 064 } */\n");
  const std::string project = " --tabari-project '" + (dir_ / "w/wire.project").string() + "'";
  RunResult r = Readout("code '" + text.string() + "'" + project + " --gazetteer none --format phoenix");
  ASSERT_EQ(r.exit, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_NE(lines[0].find("\tARN\tARN\t"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("ERIGOV"), std::string::npos) << lines[0];  // stem ERIADOR; 950231 runs to 3 March
  EXPECT_NE(lines[1].find("\tGON\tGON\t"), std::string::npos) << lines[1];

  r = Readout("validate '" + text.string() + "'" + project);
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("2 records, 2 exact"), std::string::npos) << r.out;
  EXPECT_EQ(Readout("validate '" + text.string() + "'").exit, 2);  // neither --dict-dir nor --tabari-project
  EXPECT_EQ(Readout("code '" + text.string() + "' " + Dicts() + project).exit, 2);

  r = Readout("dict lint '" + (dir_ / "w/wire.project").string() + "'");
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.out.find("0 warning(s)"), std::string::npos) << r.out << r.err;
}

// `readout eval quotes`: an invented article with two gold attributions
// (code-point offsets; the "é" makes bytes and code points differ).
TEST_F(Cli, EvalQuotesScoresAgainstGoldAttributions) {
  const std::string text = "Ren\u00e9 Caron said the ferry will run again in June. \\\"We are ready,\\\" the captain added.";
  // Offsets in code points: "René Caron" 0-10, "said" 11-15, content 16-48;
  // the quotation 50-65 (with its marks), "the captain" 66-77, "added" 78-83.
  const fs::path gold = Write("gold.jsonl",
                              "{\"id\":\"a1\",\"text\":\"" + text +
                                  "\",\"gold\":{\"attributions\":[{\"content\":[16,48],\"source\":[0,10],\"cue\":[11,15]},"
                                  "{\"content\":[50,65],\"source\":[66,77],\"cue\":[78,83]}]}}\n");
  const RunResult r = Readout("eval quotes --json '" + gold.string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(e["documents"].get_int64().value(), 1);
  EXPECT_EQ(e.at_pointer("/by/all/gold").get_int64().value(), 2);
  EXPECT_EQ(e.at_pointer("/by/all/matched").get_int64().value(), 2) << r.out;
  EXPECT_DOUBLE_EQ(e.at_pointer("/by/all/speaker_accuracy").get_double().value(), 1.0) << r.out;
  EXPECT_DOUBLE_EQ(e.at_pointer("/by/all/cue_accuracy").get_double().value(), 1.0) << r.out;
  EXPECT_EQ(e.at_pointer("/by/direct/gold").get_int64().value(), 1);
}

TEST_F(Cli, EvalQuotesLeavesOutATextReadAsHtml) {
  // A "text" that looks like HTML is read as HTML: its offsets no longer
  // hold, so the document is named and left out, not scored wrong.
  const fs::path gold = Write("html.jsonl",
                              "{\"id\":\"h1\",\"text\":\"<p>Ann Lee said the port is open.</p>\","
                              "\"gold\":{\"attributions\":[{\"content\":[17,34],\"source\":[3,10],\"cue\":[11,15]}]}}\n");
  const RunResult r = Readout("eval quotes --json '" + gold.string() + "'");
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.err.find("html.jsonl:1"), std::string::npos) << r.err;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(r.out).get(e)) << r.out;
  EXPECT_EQ(e["documents"].get_int64().value(), 0);
  EXPECT_EQ(e["unscored"].get_int64().value(), 1);
}

TEST_F(Cli, EvalQuotesNamesTheBadGoldLine) {
  const fs::path gold = Write("bad.jsonl",
                              "{\"id\":\"a1\",\"text\":\"short\",\"gold\":{\"attributions\":[]}}\n"
                              "{\"id\":\"a2\",\"text\":\"short\",\"gold\":{\"attributions\":[{\"content\":[0,99]}]}}\n");
  const RunResult r = Readout("eval quotes '" + gold.string() + "'");
  EXPECT_EQ(r.exit, 1);
  EXPECT_NE(r.err.find("bad.jsonl:2"), std::string::npos) << r.err;
}

}  // namespace
