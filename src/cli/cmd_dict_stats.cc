// `readout dict stats [dictionary flags]`: what a dictionary set holds, for
// readout's own set by default: actors per file (entries, phrases, dated
// codes, people), agents, verbs and patterns per CAMEO root, synsets,
// discards, issues, and the CAMEO codebook table.
#include <array>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/cameo.h"
#include "readout/dict.h"

namespace readout::cli {
namespace {

std::string BaseName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

void PrintActors(const dict::ActorDictionary& d) {
  std::size_t phrases = 0, dated = 0, with_history = 0;
  for (const dict::Actor& a : d.actors) {
    phrases += a.phrases.size();
    dated += a.dated.size();
    // An actor whose code changes over time: a person with roles, or a
    // state that changed its name or government.
    if (!a.dated.empty()) ++with_history;
  }
  std::printf("actors    %-34s %6zu entries %7zu phrases %6zu dated codes (%zu entries with dated roles)\n",
              BaseName(d.file).c_str(), d.actors.size(), phrases, dated, with_history);
}

// Entries by the CAMEO root of their code (the forward half, else the
// reverse); null codes and codes outside the codebook count as "other".
struct RootCounts {
  std::array<std::size_t, 21> by_root{};
  std::size_t other = 0;

  void Add(const dict::EventCode& code) {
    const std::string_view root = cameo::RootOf(code.forward.empty() ? code.reverse : code.forward);
    if (root.size() == 2) {
      ++by_root[static_cast<std::size_t>((root[0] - '0') * 10 + (root[1] - '0'))];
    } else {
      ++other;
    }
  }
  void Print(const char* label) const {
    std::printf("%s", label);
    for (std::size_t r = 1; r <= 20; ++r) std::printf(" %02zu:%zu", r, by_root[r]);
    std::printf(" (null or other: %zu)\n", other);
  }
};

int RunStats(const DictFlags& flags) {
  dict::DictionarySet set;
  if (const int code = LoadDictionarySet(flags, &set); code != kExitOk) return code;
  for (const dict::ActorDictionary& d : set.actors) PrintActors(d);
  std::printf("agents    %-34s %6zu entries %7zu phrases\n", BaseName(set.agents.file).c_str(),
              set.agents.agents.size(), set.agents.phrase_count());
  std::printf("verbs     %-34s %6zu blocks  %7zu verbs   %6zu forms %6zu patterns %4zu synsets\n",
              BaseName(set.verbs.file).c_str(), set.verbs.blocks.size(), set.verbs.verb_count(),
              set.verbs.form_count(), set.verbs.pattern_count(), set.verbs.synsets.size());
  // Patterns by the CAMEO root of their code (forward half, else reverse).
  RootCounts by_root;
  for (const dict::VerbBlock& b : set.verbs.blocks) {
    for (const dict::Pattern& p : b.patterns) by_root.Add(p.code);
  }
  by_root.Print("patterns by CAMEO root:");
  if (!set.nouns.file.empty()) {
    RootCounts nouns_by_root;
    for (const dict::EventNoun& n : set.nouns.nouns) nouns_by_root.Add(n.code);
    std::printf("nouns     %-34s %6zu entries %7zu phrases\n", BaseName(set.nouns.file).c_str(),
                set.nouns.nouns.size(), set.nouns.phrase_count());
    nouns_by_root.Print("event nouns by CAMEO root:");
  }
  std::printf("discards  %-34s %6zu phrases\n", BaseName(set.discards.file).c_str(),
              set.discards.discards.size());
  if (!set.issues.file.empty()) {
    std::printf("issues    %-34s %6zu entries %7zu phrases\n", BaseName(set.issues.file).c_str(),
                set.issues.issues.size(), set.issues.phrase_count());
  }
  std::size_t plover = 0;
  for (const cameo::CodeInfo& c : cameo::AllCodes()) if (!c.plover.empty()) ++plover;
  std::printf("CAMEO codebook: %zu codes, each with name, quad class and Goldstein score; %zu with a PLOVER type\n",
              cameo::AllCodes().size(), plover);
  return kExitOk;
}

}  // namespace

void RegisterDictStats(CLI::App& dict_verb, VerbRunner& run) {
  auto flags = std::make_shared<DictFlags>();
  CLI::App* stats = dict_verb.add_subcommand(
      "stats", "Count what a dictionary set holds (readout's own set unless flags name others)");
  AddDictFlags(*stats, *flags);
  stats->callback([flags, &run] { run = [flags] { return RunStats(*flags); }; });
}

}  // namespace readout::cli
