// TABARI's public dictionaries (philip-schrodt/TABARI-Dictionaries and the
// dictionaries of philip-schrodt/TABARI-Code), read from where the user put
// them, never copied here: set READOUT_TABARI_DIR to a folder holding the
// files, directly or one folder down (both repositories extracted side by
// side work; CountryInfo.120116.actors must be unzipped). Without it every
// test skips with a message saying so.
//
// What is pinned: lint reports only the lines TABARI itself could not read
// right, each with the reason below; every dated role and code TABARI
// accepts is read; a few entries resolve as TABARI resolves them.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

namespace fs = std::filesystem;

std::string TabariDir() {
  const char* dir = std::getenv("READOUT_TABARI_DIR");
  return dir != nullptr ? std::string(dir) : std::string();
}

// `name` in the folder or one of its subfolders; "" if absent.
std::string FindTabariFile(const std::string& name) {
  const std::string dir = TabariDir();
  if (dir.empty() || !fs::is_directory(dir)) return {};
  if (fs::exists(fs::path(dir) / name)) return (fs::path(dir) / name).string();
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory() && fs::exists(e.path() / name)) return (e.path() / name).string();
  }
  return {};
}

#define TABARI_FILE(var, name)                                                                      \
  const std::string var = FindTabariFile(name);                                                     \
  if (var.empty()) {                                                                                \
    GTEST_SKIP() << name << " not found: set READOUT_TABARI_DIR to the TABARI dictionaries ("      \
                 << (TabariDir().empty() ? "unset" : TabariDir()) << "); skipped";                  \
  }

// Warnings per file, with what each one is. TABARI reads none of these
// lines right either.
const std::map<std::string, std::size_t> kExpectedWarnings = {
    // "+MONGOLIANS_ [mon]" after "MONGO_ [lol]": a synonym with a code of its
    // own; TABARI keeps the primary's code too.
    {"CAMEO.ECS.120522.actors", 1},
    {"CAMEO.RCS.120521.actors", 0},
    // "FAEROYENE]_": a stray ']' in a phrase (TABARI takes it as a letter).
    {"CountryInfo.120116.actors", 1},
    {"Internatnl.120521.actors", 0},
    // "[PSEGOVFTA 030430 040101-040101]" twice: a stray date TABARI folds
    // into the code ("PSEGOVFTA 030430").
    {"Levant.080629.actors", 2},
    {"PSU.120522.agents", 0},
    {"TABARI.Demo.actors", 0},
    {"Validate.agents", 0},
    // 10 "{ WILL | WOULD ]" closed by ']' (TABARI's lengthPattern runs off
    // the line looking for '}'), 2 patterns with two '*', a stray '}'.
    {"CAMEO.091003.master.verbs", 13},
    // The same 13, and "* TO_ LAY_ SIEGE ..." written as a verb.
    {"CAMEO.080612.verbs", 14},
    // Synset members holding other synsets inside a phrase ("+&TIETYPES
    // ASSURANCES", "+MEMOS_ON_&TIETYPES") and "+PESO_$": readout's synsets
    // hold words or a whole nested synset only.
    {"TABARI.Demo.verbs", 6},
};

TEST(TabariFiles, LintReportsOnlyWhatTabariCannotRead) {
  std::size_t found = 0;
  for (const auto& [name, expected] : kExpectedWarnings) {
    const std::string path = FindTabariFile(name);
    if (path.empty()) continue;
    ++found;
    const Diagnostics d = LintDictionary(path);
    std::size_t notes = 0;
    for (const Diagnostic& item : d.items()) {
      notes += item.severity == Severity::kNote;
      // No dated role or code is lost to the conventions TABARI reads.
      if (item.severity == Severity::kNote) continue;
      EXPECT_EQ(item.message.find("calendar date"), std::string::npos) << FormatDiagnostic(item);
      EXPECT_EQ(item.message.find("ends before it starts"), std::string::npos) << FormatDiagnostic(item);
      EXPECT_EQ(item.message.find("'#' or ';' inside"), std::string::npos) << FormatDiagnostic(item);
    }
    std::printf("[ tabari   ] %-28s %zu errors, %zu warnings, %zu notes\n", name.c_str(), d.errors(), d.warnings(),
                notes);
    EXPECT_EQ(d.errors(), 0u) << name;
    EXPECT_EQ(d.warnings(), expected) << name;
  }
  if (found == 0) {
    GTEST_SKIP() << "no TABARI dictionary found: set READOUT_TABARI_DIR (" << TabariDir() << "); skipped";
  }
}

const Actor* FindActor(const ActorDictionary& d, const std::string& primary) {
  for (const Actor& a : d.actors) {
    if (a.phrases[0].ToString() == primary) return &a;
  }
  return nullptr;
}

TEST(TabariFiles, CountryInfoDatesResolveAsTabariReadsThem) {
  TABARI_FILE(path, "CountryInfo.120116.actors");
  Diagnostics diags;
  Result<ActorDictionary> d = LoadActors(path, diags);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  std::size_t dated = 0;
  for (const Actor& a : d->actors) dated += a.dated.size();
  std::printf("[ tabari   ] CountryInfo: %zu actors, %zu dated codes\n", d->actors.size(), dated);
  EXPECT_GT(dated, 25000u);
  const Actor* quadri = FindActor(*d, "AYUB_QUADRI");  // [BGDGOV 070301-080231], no default
  ASSERT_NE(quadri, nullptr);
  ASSERT_EQ(quadri->dated.size(), 1u);
  EXPECT_EQ(quadri->dated[0].to, 20080302);  // "080231": MakeJulian runs on into March
  EXPECT_EQ(quadri->CodeOn(20080229), "BGDGOV");
  EXPECT_EQ(quadri->CodeOn(20080401), "");
  const Actor* daud = FindActor(*d, "SARDAR_MOHAMMAD_DAUD_KHAN");  // [AFGELI 270101-730717]
  ASSERT_NE(daud, nullptr);
  ASSERT_FALSE(daud->dated.empty());
  EXPECT_EQ(daud->dated[0].from, 19270101);
  EXPECT_EQ(daud->CodeOn(19500101), "AFGELI");
  const Actor* hasina = FindActor(*d, "SHEIKH_HASINA_WAJED");
  ASSERT_NE(hasina, nullptr);
  EXPECT_EQ(hasina->CodeOn(20000101), "BGDGOV");  // [BGDGOV 960623-010715]
  EXPECT_EQ(hasina->CodeOn(20050101), "BGDELI");  // the default [BGDELI]
  EXPECT_EQ(hasina->CodeOn(20100101), "BGDGOV");  // [BGDGOV >090201]
}

TEST(TabariFiles, LevantReadsItsWordListsApartAndStopsAtFinish) {
  TABARI_FILE(path, "Levant.080629.actors");
  Diagnostics diags;
  Result<ActorDictionary> d = LoadActors(path, diags);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_GT(d->nouns.size(), 700u);
  EXPECT_GT(d->adjectives.size(), 100u);
  std::size_t discards = 0;
  for (const Actor& a : d->actors) {
    discards += a.default_code == "###";
    EXPECT_NE(a.phrases[0].words[0], "~~FINISH");
  }
  EXPECT_GT(discards, 200u);  // "ABDUL_KARIM_QASIM [###]"
}

TEST(TabariFiles, MasterVerbsKeepTheirSpecialCodes) {
  TABARI_FILE(path, "CAMEO.091003.master.verbs");
  Diagnostics diags;
  Result<VerbDictionary> d = LoadVerbs(path, diags);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  std::size_t discard = 0, complex = 0, dominant = 0, subordinate = 0;
  auto count = [&](const EventCode& c) {
    discard += c.is_discard();
    complex += c.is_complex();
    dominant += c.precedence == EventCode::Precedence::kDominant;
    subordinate += c.precedence == EventCode::Precedence::kSubordinate;
  };
  for (const VerbBlock& b : d->blocks) {
    for (const Verb& v : b.verbs) count(v.code);
    for (const Pattern& p : b.patterns) count(p.code);
  }
  std::printf("[ tabari   ] master verbs: %zu blocks, %zu patterns; [###] %zu, [+++] %zu, ! %zu, ? %zu\n",
              d->blocks.size(), d->pattern_count(), discard, complex, dominant, subordinate);
  EXPECT_GT(discard, 50u);
  EXPECT_GT(dominant, 3u);
  EXPECT_GE(subordinate, 1u);
  EXPECT_GT(d->pattern_count(), 10000u);
}

}  // namespace
}  // namespace readout::dict
