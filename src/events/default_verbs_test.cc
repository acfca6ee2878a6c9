// readout's own verb and event-noun dictionaries (data/dictionaries/
// readout.verbs.txt, readout.nouns.txt): they read cleanly, cover every CAMEO
// root, and code the sentences of
// tests/default_dictionaries/*.tsv ("SENTENCE<TAB>SRC TGT CODE | ..." or
// "-" for none) with a small inline actor set, so that a change to the
// dictionary that breaks a sentence shows up here with the sentence.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "events/test_util.h"
#include "readout/cameo.h"
#include "readout/dict.h"

namespace readout::events {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(READOUT_SOURCE_DIR) / "data/dictionaries";

// The actors and agents the sentence files are written against.
constexpr const char* kActors =
    "CHINA [CHN]\nRUSSIA [RUS]\nUKRAINE [UKR]\nUNITED_STATES [USA]\nFRANCE [FRA]\nIRAN [IRN]\n"
    "ISRAEL [ISR]\nJAPAN [JPN]\nINDIA [IND]\nNATO [IGOWSTNAT]\nXI_JINPING [CHNGOV]\n"
    "VLADIMIR_PUTIN [RUSGOV]\nVOLODYMYR_ZELENSKY [UKRGOV]\nEMMANUEL_MACRON [FRAGOV]\n"
    "NARENDRA_MODI [INDGOV]\n";
constexpr const char* kAgents =
    "PRESIDENT [~GOV]\nLEADER [~GOV]\nPRIME_MINISTER [~GOV]\nFOREIGN_MINISTER [~GOV]\n"
    "TROOP [~MIL]\nTROOPS {} [~MIL]\nARMY [~MIL]\nPOLICE {} [~COP]\nPROTESTERS {} [~CVL]\n";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(DefaultVerbs, ReadCleanlyAndCoverEveryRoot) {
  Diagnostics diags;
  const dict::VerbDictionary verbs =
      dict::ParseVerbs(Slurp(kData / "readout.verbs.txt"), "readout.verbs.txt", diags);
  for (const Diagnostic& d : diags.items()) {
    EXPECT_NE(d.severity, Severity::kError) << d.where.line << ": " << d.message;
  }
  EXPECT_GE(verbs.pattern_count(), 2000u);
  std::set<std::string> roots;
  for (const dict::VerbBlock& b : verbs.blocks) {
    for (const dict::Pattern& p : b.patterns) {
      roots.insert(std::string(cameo::RootOf(p.code.forward.empty() ? p.code.reverse : p.code.forward)));
    }
  }
  // Every root of the codebook ("01" .. "20").
  std::set<std::string> codebook_roots;
  for (const cameo::CodeInfo& c : cameo::AllCodes()) codebook_roots.insert(std::string(c.root));
  EXPECT_EQ(codebook_roots.size(), 20u);
  for (const std::string& root : codebook_roots) {
    EXPECT_EQ(roots.count(root), 1u) << "no pattern for CAMEO root " << root;
  }
}

TEST(DefaultVerbs, EventNounsReadCleanlyAndCoverEveryRoot) {
  Diagnostics diags;
  const dict::NounDictionary nouns =
      dict::ParseNouns(Slurp(kData / "readout.nouns.txt"), "readout.nouns.txt", diags);
  EXPECT_TRUE(diags.items().empty()) << diags.items().front().message;
  std::set<std::string> roots;
  for (const dict::EventNoun& n : nouns.nouns) {
    for (const std::string* half : {&n.code.forward, &n.code.reverse}) {
      if (half->empty()) continue;
      EXPECT_NE(cameo::Lookup(*half), nullptr) << "line " << n.line << ": " << *half << " is not in the codebook";
    }
    roots.insert(std::string(cameo::RootOf(n.code.forward)));
  }
  EXPECT_EQ(roots.size(), 20u);
}

TEST(DefaultVerbs, CodeTheSentenceFiles) {
  // Built directly, not with testing::TestCoder: the real dictionary may
  // carry warnings (checked above), which TestCoder treats as failures.
  Diagnostics diags;
  dict::DictionarySet set;
  set.verbs = dict::ParseVerbs(Slurp(kData / "readout.verbs.txt"), "readout.verbs.txt", diags);
  set.nouns = dict::ParseNouns(Slurp(kData / "readout.nouns.txt"), "readout.nouns.txt", diags);
  set.actors.push_back(dict::ParseActors(kActors, "inline.actors", diags));
  set.agents = dict::ParseAgents(kAgents, "inline.agents", diags);
  auto created = Coder::Create(set, diags);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const std::shared_ptr<const Coder> coder = std::move(created).value();
  text::TextPipeline pipeline;
  text::TextAnalysis analysis;
  std::size_t lines = 0, right = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(READOUT_SOURCE_DIR) / "tests/default_dictionaries")) {
    if (entry.path().extension() != ".tsv") continue;
    std::istringstream in(Slurp(entry.path()));
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.find('\t');
      ASSERT_NE(tab, std::string::npos) << entry.path().filename() << ": no tab in: " << line;
      std::vector<std::string> expected;
      std::istringstream parts(line.substr(tab + 1));
      for (std::string part; std::getline(parts, part, '|');) {
        while (!part.empty() && part.front() == ' ') part.erase(0, 1);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.pop_back();
        if (!part.empty() && part != "-") expected.push_back(part);
      }
      std::sort(expected.begin(), expected.end());
      const Document doc = testing::MakeDocument(line.substr(0, tab), "2025-03-10");
      pipeline.Analyze(doc, analysis);
      std::vector<Event> events;
      coder->Code(doc, analysis, events);
      const std::vector<std::string> found = testing::Triples(events);
      ++lines;
      if (found == expected) {
        ++right;
      } else {
        std::string got;
        for (const std::string& f : found) {
          if (!got.empty()) got += " | ";
          got += f;
        }
        std::printf("  %s: %s\n      expected %s\n      found    %s\n",
                    entry.path().filename().c_str(), line.substr(0, tab).c_str(),
                    line.substr(tab + 1).c_str(), got.empty() ? "-" : got.c_str());
      }
    }
  }
  std::printf("default verbs: %zu of %zu sentences coded exactly\n", right, lines);
  // The floor is recorded beside the sentences; raise it as coding improves.
  std::ifstream floor_file(fs::path(READOUT_SOURCE_DIR) / "tests/default_dictionaries/floor.txt");
  std::size_t floor = 0;
  for (std::string line; std::getline(floor_file, line);) {
    if (!line.empty() && line[0] != '#') floor = std::stoul(line);
  }
  EXPECT_GT(lines, 0u);
  EXPECT_GE(right, floor);
}

}  // namespace
}  // namespace readout::events
