// The dictionaries PETRARCH2 ships (read by path from the shared directory,
// never copied): everything loads, counts are plausible, the known problems
// of the files are reported and nothing else, and a few entries resolve as
// their lines say.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::RealDictionary;
using V = std::vector<std::string>;

#define SKIP_IF_ABSENT(name)                                                                   \
  if (!std::filesystem::exists(RealDictionary(name))) {                                        \
    GTEST_SKIP() << "PETRARCH2 dictionaries not found at " << RealDictionary(name) << "; skipped"; \
  }

// Every warning the shipped files deserve, as "file:line", with the reason.
const std::set<std::string> kExpectedWarnings = {
    // CAMEO.2.0.txt: junk after a pattern ("VISIT)[042:043]", "^)[111]").
    "CAMEO.2.0.txt:2374", "CAMEO.2.0.txt:7606",
    // (CAMEO.2.0.txt:5787 "[080!]" is TABARI's dominant mark: read.)
    // CAMEO.2.0.txt: &WEATHER and &DEMONSTRATION are never defined.
    "CAMEO.2.0.txt:8443", "CAMEO.2.0.txt:8444",
    // Countries: dates of 7, 9 and 10 digits ("9008223", "201005011",
    // "1920030320" x2, "1920050709"), a range that ends before it starts.
    "Phoenix.Countries.actors.txt:2039", "Phoenix.Countries.actors.txt:18010",
    "Phoenix.Countries.actors.txt:22508", "Phoenix.Countries.actors.txt:22519",
    "Phoenix.Countries.actors.txt:43613", "Phoenix.Countries.actors.txt:14190",
    // Countries: "+FAEROYENE]_".
    "Phoenix.Countries.actors.txt:15346",
    // Countries: dates without '<' or '>' (read as '>').
    "Phoenix.Countries.actors.txt:31715", "Phoenix.Countries.actors.txt:51384",
    // Countries: "+TAIOAN_ +TAWIAN_", two synonyms on one line.
    "Phoenix.Countries.actors.txt:45980",
    // International: "2004017"; an indented phrase. (A trailing "[---]" after
    // a default at line 90 and revenue figures after the codes at 3696, 3726
    // and 6605 are notes: nothing is lost.)
    "Phoenix.International.actors.txt:40",
    "Phoenix.International.actors.txt:495", "Phoenix.International.actors.txt:267",
    // MilNonState: "...AL_ISLAMI+_ISLAMIC_ADEN_ARMY_", two synonyms run together.
    "Phoenix.MilNonState.actors.txt:30",
    // agents: "[~ENV}", AD!MINIST!RATION x6, ISLAMIC_EXTREMIST without a code.
    "Phoenix.agents.txt:544", "Phoenix.agents.txt:904", "Phoenix.agents.txt:925", "Phoenix.agents.txt:930",
    "Phoenix.agents.txt:1041", "Phoenix.agents.txt:1065", "Phoenix.agents.txt:1069", "Phoenix.agents.txt:1927",
    // IssueCoding: phrases without a code, a stray </ISSUE>, two entries run
    // together on one line, a doubled code, "*******" after a code.
    "Phoenix.IssueCoding.txt:141", "Phoenix.IssueCoding.txt:142", "Phoenix.IssueCoding.txt:143",
    "Phoenix.IssueCoding.txt:144", "Phoenix.IssueCoding.txt:145", "Phoenix.IssueCoding.txt:146",
    "Phoenix.IssueCoding.txt:147", "Phoenix.IssueCoding.txt:481", "Phoenix.IssueCoding.txt:1040",
    "Phoenix.IssueCoding.txt:1183", "Phoenix.IssueCoding.txt:1198", "Phoenix.IssueCoding.txt:1219",
    "Phoenix.IssueCoding.txt:1220", "Phoenix.IssueCoding.txt:1221", "Phoenix.IssueCoding.txt:2250",
    "Phoenix.IssueCoding.txt:2521", "Phoenix.IssueCoding.txt:2889", "Phoenix.IssueCoding.txt:3053",
};

std::set<std::string> WarningLines(const Diagnostics& diags) {
  std::set<std::string> out;
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::kNote) continue;
    out.insert(std::filesystem::path(d.where.file).filename().string() + ":" + std::to_string(d.where.line));
  }
  return out;
}

const Actor* FindActor(const std::vector<ActorDictionary>& dicts, const std::string& primary) {
  for (const ActorDictionary& d : dicts) {
    for (const Actor& a : d.actors) {
      if (a.phrases[0].ToString() == primary) return &a;
    }
  }
  return nullptr;
}

const Agent* FindAgent(const AgentDictionary& d, const std::string& phrase) {
  for (const Agent& a : d.agents) {
    for (const Phrase& p : a.phrases) {
      if (p.ToString() == phrase) return &a;
    }
  }
  return nullptr;
}

class PhoenixSet : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(RealDictionary("PETR_config.ini"))) return;
    Result<DictionaryConfig> config = LoadConfig(RealDictionary("PETR_config.ini"), diags_);
    ASSERT_TRUE(config.ok()) << config.status().ToString();
    Result<DictionarySet> set = LoadDictionaries(*config, diags_);
    ASSERT_TRUE(set.ok()) << set.status().ToString();
    set_ = std::make_unique<DictionarySet>(std::move(set).value());
  }
  static void TearDownTestSuite() { set_.reset(); }
  void SetUp() override {
    SKIP_IF_ABSENT("PETR_config.ini");
    ASSERT_NE(set_, nullptr);
  }

  // Loaded once for the suite: the set is read-only in every test.
  static inline Diagnostics diags_;
  static inline std::unique_ptr<DictionarySet> set_;
};

TEST_F(PhoenixSet, CountsArePlausible) {
  const DictionarySet& s = *set_;
  std::size_t actors = 0, actor_phrases = 0, dated = 0;
  for (const ActorDictionary& d : s.actors) {
    actors += d.actors.size();
    actor_phrases += d.phrase_count();
    for (const Actor& a : d.actors) dated += a.dated.size();
  }
  std::printf(
      "[ counts   ] verbs: %zu synsets, %zu blocks, %zu verbs (%zu forms), %zu patterns, %zu transformations\n"
      "[ counts   ] actors: %zu in %zu files (%zu phrases, %zu dated codes)\n"
      "[ counts   ] agents: %zu (%zu phrases); discards: %zu; issues: %zu (%zu phrases)\n",
      s.verbs.synsets.size(), s.verbs.blocks.size(), s.verbs.verb_count(), s.verbs.form_count(),
      s.verbs.pattern_count(), s.verbs.transformations.size(), actors, s.actors.size(), actor_phrases, dated,
      s.agents.agents.size(), s.agents.phrase_count(), s.discards.discards.size(), s.issues.issues.size(),
      s.issues.phrase_count());
  EXPECT_EQ(s.verbs.synsets.size(), 40u);
  EXPECT_EQ(s.verbs.blocks.size(), 397u);  // one per "---" header
  EXPECT_GT(s.verbs.verb_count(), 1500u);
  EXPECT_GT(s.verbs.pattern_count(), 4500u);  // 4668 pattern lines, a few skipped, alternatives added
  EXPECT_LT(s.verbs.pattern_count(), 5000u);
  EXPECT_EQ(s.verbs.transformations.size(), 8u);
  EXPECT_EQ(s.actors.size(), 3u);
  EXPECT_GT(actors, 25000u);
  EXPECT_GT(actor_phrases, actors);
  EXPECT_GT(dated, 25000u);
  EXPECT_GT(s.agents.agents.size(), 2000u);
  EXPECT_GT(s.discards.discards.size(), 450u);
  EXPECT_GT(s.issues.issues.size(), 3000u);
}

TEST_F(PhoenixSet, OnlyTheKnownProblemsAreReported) {
  EXPECT_EQ(diags_.errors(), 0u);
  std::size_t notes = 0;
  for (const Diagnostic& d : diags_.items()) {
    if (d.severity != Severity::kNote) continue;
    ++notes;
    const bool known = d.message.find("actor has no code") != std::string::npos ||
                       d.message.find("text after the codes") != std::string::npos ||
                       d.message.find("second undated code [---]") != std::string::npos;
    EXPECT_TRUE(known) << FormatDiagnostic(d);
  }
  std::printf("[ lint     ] %zu warnings, %zu notes (actors without a code)\n", diags_.warnings(), notes);
  const std::set<std::string> got = WarningLines(diags_);
  for (const std::string& w : got) EXPECT_EQ(kExpectedWarnings.count(w), 1u) << "unexpected warning at " << w;
  for (const std::string& w : kExpectedWarnings) EXPECT_EQ(got.count(w), 1u) << "expected warning missing: " << w;
}

TEST_F(PhoenixSet, ActorsResolveByDate) {
  const Actor* karzai = FindActor(set_->actors, "HAMID_KARZAI");
  ASSERT_NE(karzai, nullptr);
  EXPECT_EQ(karzai->CodeOn(19900101), "AFGELI");  // [AFGELI 750101-000101]
  EXPECT_EQ(karzai->CodeOn(20050101), "AFGGOV");  // [AFGGOV >011222]
  EXPECT_EQ(karzai->CodeOn(20010601), "AFGELI");  // the default [AFGELI]
  const Actor* annan = FindActor(set_->actors, "KOFI_ANNAN");
  ASSERT_NE(annan, nullptr);
  EXPECT_EQ(annan->CodeOn(19980101), "IGOUNO");
  EXPECT_EQ(annan->CodeOn(20100101), "ELI");
  const Actor* afg = FindActor(set_->actors, "AFGHANISTAN");
  ASSERT_NE(afg, nullptr);
  EXPECT_EQ(afg->CodeOn(20150101), "AFG");
  EXPECT_EQ(afg->phrases.at(1).ToString(), "AFGHAN");
}

TEST_F(PhoenixSet, AgentsMapToTheirCodes) {
  const Agent* ambassador = FindAgent(set_->agents, "AMBASSADORS");
  ASSERT_NE(ambassador, nullptr);
  EXPECT_EQ(ambassador->code, "GOV");
  EXPECT_EQ(ambassador->placement, AgentPlacement::kAfterActor);
  const Agent* policewoman = FindAgent(set_->agents, "POLICEWOMAN");
  ASSERT_NE(policewoman, nullptr);
  EXPECT_EQ(policewoman->code, "COP");
  const Agent* police = FindAgent(set_->agents, "POLICE");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->phrases.size(), 1u);  // "POLICE {} [~COP]": no plural
}

TEST_F(PhoenixSet, VerbsPatternsAndIssues) {
  const VerbBlock* ask = nullptr;
  for (const VerbBlock& b : set_->verbs.blocks) {
    if (b.description == "ASK") ask = &b;
  }
  ASSERT_NE(ask, nullptr);
  EXPECT_EQ(ask->verbs.at(0).forms.at(0).phrase.ToString(), "ASK_FOR");
  EXPECT_EQ(ask->verbs.at(0).code.ToString(), "020");
  bool retrial = false;
  for (const Pattern& p : ask->patterns) {
    retrial |= testing::Tokens(p) == "* ( FOR RETRIAL )" && p.code.forward == "0213";
  }
  EXPECT_TRUE(retrial);
  const Issue& first = set_->issues.issues.at(0);
  EXPECT_EQ(first.category, "EDUCATION");
  EXPECT_EQ(first.code, "EARLY_CHILDHOOD_EDUCATION");
  EXPECT_EQ(testing::Texts(first.phrases), (V{"PRESCHOOL", "PRESCHOOLS"}));
}

TEST(ValidationSet, PatternsAfterTheXmlCommentAreRead) {
  SKIP_IF_ABSENT("PETR.Validate.verbs.txt");
  Diagnostics diags;
  Result<VerbDictionary> d = LoadVerbs(RealDictionary("PETR.Validate.verbs.txt"), diags);
  ASSERT_TRUE(d.ok());
  // Lines 1302-1304 are "<!-- ... -->" comments; PETRARCH2 ignores every
  // pattern after them. There are 56 pattern lines after line 1304.
  std::size_t after = 0;
  const VerbBlock* welcome = nullptr;
  for (const VerbBlock& b : d->blocks) {
    for (const Pattern& p : b.patterns) after += p.line > 1304 ? 1 : 0;
    if (b.description == "WELCOME") welcome = &b;
  }
  EXPECT_EQ(after, 56u);
  ASSERT_NE(welcome, nullptr);
  EXPECT_EQ(welcome->patterns.size(), 13u);
  EXPECT_EQ(testing::Tokens(welcome->patterns[0]), "* &TIETYPES_MEMOS FROM");
  std::printf("[ counts   ] PETR.Validate.verbs.txt: %zu blocks, %zu patterns, %zu warnings\n", d->blocks.size(),
              d->pattern_count(), diags.warnings());
  EXPECT_EQ(diags.errors(), 0u);
}

TEST(ValidationSet, ActorsAgentsAndDiscards) {
  SKIP_IF_ABSENT("PETR.Validate.actors.txt");
  Diagnostics diags;
  Result<ActorDictionary> actors = LoadActors(RealDictionary("PETR.Validate.actors.txt"), diags);
  ASSERT_TRUE(actors.ok());
  std::vector<ActorDictionary> dicts;
  dicts.push_back(std::move(actors).value());
  const Actor* sam = FindActor(dicts, "SAM_GAMGEE");
  ASSERT_NE(sam, nullptr);
  EXPECT_EQ(sam->CodeOn(20100110), "ORCHOB");
  EXPECT_EQ(sam->CodeOn(20130120), "HOBELI");
  EXPECT_EQ(sam->CodeOn(20000101), "HOBCIV");
  const Actor* gollum = FindActor(dicts, "GOLLUM");
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->CodeOn(19970101), "HOBGOV");

  Result<AgentDictionary> agents = LoadAgents(RealDictionary("PETR.Validate.agents.txt"), diags);
  ASSERT_TRUE(agents.ok());
  const Agent* congresswomen = FindAgent(*agents, "CONGRESSWOMEN");
  ASSERT_NE(congresswomen, nullptr);
  EXPECT_EQ(congresswomen->code, "LEG");
  const Agent* msf = FindAgent(*agents, "MSF");
  ASSERT_NE(msf, nullptr);
  EXPECT_EQ(msf->placement, AgentPlacement::kBeforeActor);

  Result<DiscardList> discards = LoadDiscards(RealDictionary("PETR.Validate.discards.txt"), diags);
  ASSERT_TRUE(discards.ok());
  EXPECT_EQ(discards->discards.size(), 9u);
  EXPECT_TRUE(discards->discards.at(2).whole_story);
  // The one warning: "<! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->".
  EXPECT_EQ(WarningLines(diags), (std::set<std::string>{"PETR.Validate.actors.txt:220"}));
}

}  // namespace
}  // namespace readout::dict
