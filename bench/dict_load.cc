// Manual timing of a full dictionary load, for checking the load budget
// (the Phoenix set must load well under 2 s in an optimized build):
//
//   build/bench/dict_load [PETR_config.ini] [runs]
//
// Loads everything the config names `runs` times (default 5) and prints the
// fastest and median wall time, per file and in total, with what was loaded
// so that a fast but wrong load is visible too. Not a test: timings depend on
// the machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "readout/dict.h"

namespace {

using Clock = std::chrono::steady_clock;
using readout::Diagnostics;
namespace dict = readout::dict;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Timing {
  std::string what;
  std::vector<double> ms;
  void Print() {
    std::sort(ms.begin(), ms.end());
    std::printf("  %-34s min %8.1f ms   median %8.1f ms\n", what.c_str(), ms.front(), ms[ms.size() / 2]);
  }
};

template <typename F>
void TimeFile(std::vector<Timing>& timings, std::size_t index, const std::string& what, F load) {
  if (timings.size() <= index) timings.push_back(Timing{what, {}});
  const Clock::time_point t0 = Clock::now();
  load();
  timings[index].ms.push_back(Ms(Clock::now() - t0));
}

}  // namespace

int main(int argc, char** argv) {
  const std::string config_path =
      argc > 1 ? argv[1] : std::string(READOUT_SHARED_DIR) + "/petrarch2/dictionaries/PETR_config.ini";
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  Diagnostics config_diags;
  readout::Result<dict::DictionaryConfig> config = dict::LoadConfig(config_path, config_diags);
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.status().ToString().c_str());
    return 1;
  }
  std::vector<Timing> timings;
  Timing total{"total (LoadDictionaries)", {}};
  dict::DictionarySet set;
  std::size_t warnings = 0, errors = 0;
  for (int run = 0; run < runs; ++run) {
    Diagnostics diags;
    std::size_t i = 0;
    TimeFile(timings, i++, "verbs", [&] { (void)dict::LoadVerbs(config->verb_file, diags); });
    for (const std::string& f : config->actor_files) {
      TimeFile(timings, i++, "actors " + f.substr(f.rfind('/') + 1), [&] { (void)dict::LoadActors(f, diags); });
    }
    TimeFile(timings, i++, "agents", [&] { (void)dict::LoadAgents(config->agent_file, diags); });
    TimeFile(timings, i++, "discards", [&] { (void)dict::LoadDiscards(config->discard_file, diags); });
    if (!config->issue_file.empty()) {
      TimeFile(timings, i++, "issues", [&] { (void)dict::LoadIssues(config->issue_file, diags); });
    }
    Diagnostics all;
    const Clock::time_point t0 = Clock::now();
    readout::Result<dict::DictionarySet> loaded = dict::LoadDictionaries(*config, all);
    total.ms.push_back(Ms(Clock::now() - t0));
    if (!loaded.ok()) {
      std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
      return 1;
    }
    set = std::move(loaded).value();
    warnings = all.warnings();
    errors = all.errors();
  }
  std::printf("%s, %d runs\n", config_path.c_str(), runs);
  for (Timing& t : timings) t.Print();
  total.Print();
  std::size_t actors = 0, actor_phrases = 0;
  for (const dict::ActorDictionary& a : set.actors) {
    actors += a.actors.size();
    actor_phrases += a.phrase_count();
  }
  std::printf(
      "loaded: %zu synsets, %zu verb blocks, %zu verbs (%zu forms), %zu patterns, %zu transformations;\n"
      "        %zu actors (%zu phrases); %zu agents (%zu phrases); %zu discards; %zu issues (%zu phrases)\n"
      "diagnostics: %zu warnings, %zu errors\n",
      set.verbs.synsets.size(), set.verbs.blocks.size(), set.verbs.verb_count(), set.verbs.form_count(),
      set.verbs.pattern_count(), set.verbs.transformations.size(), actors, actor_phrases,
      set.agents.agents.size(), set.agents.phrase_count(), set.discards.discards.size(),
      set.issues.issues.size(), set.issues.phrase_count(), warnings, errors);
  return 0;
}
