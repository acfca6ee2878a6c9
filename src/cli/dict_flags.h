// The dictionary flags of the verbs that code events, and the one place
// that turns them into a compiled Coder. Dictionaries are given at most one
// way:
//   (nothing)                           readout's own set, data/dictionaries
//                                       ($READOUT_DATA_DIR/dictionaries)
//   --verbs F --actors F [--actors F ...] --agents F --discards F [--issues F]
//   [--nouns F]
//                                       exactly these files; any of them
//                                       alone is layered over readout's own
//                                       set (actor files first, so they win;
//                                       the others replace their default;
//                                       all four of verbs, actors, agents and
//                                       discards: no default nouns either)
//   --petrarch-config PETR_config.ini   names relative to the config's folder
//   --dict-dir DIR                      DIR/PETR_config.ini
//   --tabari-project FILE.project       the .actors, .verbs and .agents files
//                                       a TABARI project names (relative to
//                                       its folder), and its .options: the
//                                       COMPLEX limits are applied; options
//                                       readout does not apply are noted
// Problems in the dictionaries are printed ninja style: errors always,
// warnings and notes only with --verbose (otherwise counted in one line).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "readout/analysis.h"
#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/events.h"

namespace readout::cli {

struct DictFlags {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
  std::string nouns;
  std::string petrarch_config;
  std::string dict_dir;
  std::string tabari_project;
  std::string gazetteer;  // "" readout's own, "none" no locations
  bool verbose = false;
};

void AddDictFlags(CLI::App& verb, DictFlags& flags);

// Prints `diags` to stderr: errors always, the rest only when `verbose`,
// else a one-line count of what was left out, labelled `what`.
void PrintDiagnostics(const Diagnostics& diags, bool verbose, const char* what);

// Loads the dictionaries the flags name into *set. Returns an exit code as
// BuildAnalyzer does.
int LoadDictionarySet(const DictFlags& flags, dict::DictionarySet* set);

// The coder options the flags imply: the gazetteer, and the .options file of
// a --tabari-project. An exit code as BuildAnalyzer's.
int CoderOptionsFromFlags(const DictFlags& flags, events::CoderOptions* options);

// Loads the dictionaries the flags name and compiles them once into the
// analyzer every document goes through (`options` says which stages; the
// flags add the coder's). Returns an exit code (kExitUsage when the flags
// give more than one way, kExitBadInput when a file is missing or
// unreadable); *analyzer is set on kExitOk.
int BuildAnalyzer(const DictFlags& flags, AnalyzerOptions options, std::shared_ptr<const Analyzer>* analyzer);

}  // namespace readout::cli
