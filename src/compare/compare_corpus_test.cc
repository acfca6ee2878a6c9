// `readout compare` on tests/compare_corpus (one summit told by six
// invented outlets): every statement of the answer key is ONE aligned group
// holding all its renderings (direct, truncated, paraphrased, in pieces,
// another translation, another speaker wording or channel), and nothing
// else; the quotations the key marks "alone" join no group of the key's
// statements. Runs the built binary, as a user would.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Str(simdjson::dom::element e) { return std::string(e.get_string().value()); }

class CompareCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = fs::path(READOUT_SOURCE_DIR) / "tests" / "compare_corpus";
    dir_ = fs::temp_directory_path() / ("readout_compare_corpus_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `readout VERB` on the corpus into dir_/VERB.json; the exit code.
  int Run(const std::string& verb) {
    const std::string cmd = std::string("'") + READOUT_BINARY + "' " + verb + " '" +
                            (corpus_ / "articles").string() + "' --meta '" + (corpus_ / "meta.jsonl").string() +
                            "' -o '" + (dir_ / (verb + ".json")).string() + "' 2> '" +
                            (dir_ / (verb + ".err")).string() + "'";
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  }

  fs::path corpus_, dir_;
};

TEST_F(CompareCorpus, EveryStatementIsOneGroupWithAllItsRenderings) {
  ASSERT_EQ(Run("quotes"), 0) << Slurp(dir_ / "quotes.err");
  ASSERT_EQ(Run("compare"), 0) << Slurp(dir_ / "compare.err");

  // Quote id -> (doc, text), from `readout quotes` (the same analysis).
  std::map<std::string, std::pair<std::string, std::string>> quotes;
  simdjson::dom::parser line_parser;
  std::istringstream lines(Slurp(dir_ / "quotes.json"));
  for (std::string line; std::getline(lines, line);) {
    const simdjson::dom::element q = line_parser.parse(line);
    quotes[Str(q["id"])] = {Str(q["doc"]), Str(q["text"])};
  }
  // The key's rendering -> our one quote id: the quotation containing the
  // key's words, or, with "whole": true, made of them alone.
  auto quote_of = [&](simdjson::dom::element ref) {
    const std::string doc = Str(ref["doc"]), contains = Str(ref["contains"]);
    bool whole = false;
    if (ref["whole"].get(whole) != simdjson::SUCCESS) whole = false;
    std::vector<std::string> ids;
    for (const auto& [id, q] : quotes) {
      if (q.first != doc) continue;
      if (whole ? q.second == contains : q.second.find(contains) != std::string::npos) ids.push_back(id);
    }
    EXPECT_EQ(ids.size(), 1u) << doc << ": \"" << contains << "\" should name one quotation";
    return ids.empty() ? std::string() : ids.front();
  };

  simdjson::dom::parser key_parser, report_parser;
  const simdjson::dom::element key = key_parser.load((corpus_ / "expected.json").string());
  const simdjson::dom::element report = report_parser.load((dir_ / "compare.json").string());
  const simdjson::dom::array stories = report["stories"].get_array();
  ASSERT_EQ(stories.size(), 1u) << "one story";
  const simdjson::dom::element story = stories.at(0);
  ASSERT_EQ(story["members"].get_array().size(), static_cast<std::size_t>(key["story_members"].get_int64()));

  // Our groups: quote id -> group index.
  std::vector<std::set<std::string>> groups;
  std::map<std::string, std::size_t> group_of;
  for (simdjson::dom::element st : story["comparison"]["aligned"].get_array()) {
    groups.emplace_back();
    for (simdjson::dom::element q : st["quotes"].get_array()) {
      group_of[Str(q)] = groups.size() - 1;
      groups.back().insert(Str(q));
    }
  }

  std::set<std::size_t> used;  // groups claimed by a statement
  std::set<std::string> key_quotes;
  for (simdjson::dom::element statement : key["statements"].get_array()) {
    const std::string id = Str(statement["id"]);
    std::set<std::string> want, allowed;
    for (simdjson::dom::element r : statement["renderings"].get_array()) want.insert(quote_of(r));
    allowed = want;
    simdjson::dom::array optional;
    if (statement["optional"].get(optional) == simdjson::SUCCESS) {
      for (simdjson::dom::element r : optional) allowed.insert(quote_of(r));
    }
    key_quotes.insert(allowed.begin(), allowed.end());
    std::set<std::size_t> where;
    for (const std::string& q : want) {
      const auto it = group_of.find(q);
      EXPECT_NE(it, group_of.end()) << id << ": " << q << " is in no group";
      if (it != group_of.end()) where.insert(it->second);
    }
    ASSERT_EQ(where.size(), 1u) << id << ": its renderings are split over " << where.size() << " groups";
    const std::size_t g = *where.begin();
    EXPECT_TRUE(used.insert(g).second) << id << ": shares its group with another statement";
    for (const std::string& q : groups[g]) {
      EXPECT_TRUE(allowed.count(q) > 0) << id << ": its group also holds " << q << " \"" << quotes[q].second
                                        << "\"";
    }
    for (const std::string& q : allowed) {
      const auto it = group_of.find(q);
      EXPECT_TRUE(it == group_of.end() || it->second == g) << id << ": optional " << q << " is in another group";
    }
  }
  for (simdjson::dom::element r : key["alone"].get_array()) {
    const std::string q = quote_of(r);
    const auto it = group_of.find(q);
    if (it == group_of.end()) continue;
    for (const std::string& other : groups[it->second]) {
      EXPECT_EQ(key_quotes.count(other), 0u) << q << " (" << Str(r["why"]) << ") is grouped with " << other;
    }
  }
}

}  // namespace
