#include "cli/dict_flags.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "cli/run_inputs.h"

namespace readout::cli {
namespace {

namespace fs = std::filesystem;

bool Exists(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// PETRARCH2 looked up the names in its config in its own data/dictionaries
// folder, so the PETR_config.ini shipped beside such a folder names files
// that are not next to it. When a bare name is missing next to the config,
// the same name in dictionaries/ or data/dictionaries/ beside it is used.
void FindBesideConfig(const fs::path& config_dir, std::string& path) {
  if (path.empty() || Exists(path)) return;
  auto norm = [](const fs::path& d) {
    const fs::path n = d.lexically_normal();
    return n == "." ? fs::path() : n;
  };
  const fs::path p{path};
  if (norm(p.parent_path()) != norm(config_dir)) return;  // the config gave a folder: take it at its word
  for (const char* sub : {"dictionaries", "data/dictionaries"}) {
    const fs::path alt = config_dir / sub / p.filename();
    if (Exists(alt.string())) {
      path = alt.lexically_normal().string();
      return;
    }
  }
}

// readout's own data: $READOUT_DATA_DIR, else the data/ folder of the
// source tree the binary was built from.
fs::path DataDir() {
  const char* env = std::getenv("READOUT_DATA_DIR");
  return (env != nullptr && *env != '\0') ? fs::path(env) : fs::path(READOUT_DEFAULT_DATA_DIR);
}

std::string DefaultConfigPath() { return (DataDir() / "dictionaries" / "PETR_config.ini").string(); }

// The gazetteer for event locations: --gazetteer DIR, "none" for no
// locations, else the data folder's gazetteer/ when it is there.
int LoadGazetteer(const DictFlags& flags, std::shared_ptr<const resolve::Gazetteer>* out) {
  if (flags.gazetteer == "none") return kExitOk;
  const std::string dir = flags.gazetteer.empty() ? (DataDir() / "gazetteer").string() : flags.gazetteer;
  std::error_code ec;
  if (flags.gazetteer.empty() && !fs::is_directory(dir, ec)) return kExitOk;  // optional by default
  Result<resolve::Gazetteer> loaded = resolve::Gazetteer::Load(dir);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
    return kExitBadInput;
  }
  *out = std::make_shared<const resolve::Gazetteer>(std::move(loaded).value());
  return kExitOk;
}

// Reads a PETR_config.ini into *config, resolving its names; an exit code.
int ReadConfig(const std::string& ini, Diagnostics& diags, dict::DictionaryConfig* config) {
  Result<dict::DictionaryConfig> loaded = dict::LoadConfig(ini, diags);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().ToString().c_str());
    return kExitBadInput;
  }
  *config = std::move(loaded).value();
  if (config->verb_file.empty()) {
    std::fprintf(stderr, "%s: [Dictionaries] names no verbfile_name\n", ini.c_str());
    return kExitBadInput;
  }
  const fs::path dir = fs::path(ini).parent_path();
  FindBesideConfig(dir, config->verb_file);
  for (std::string& a : config->actor_files) FindBesideConfig(dir, a);
  FindBesideConfig(dir, config->agent_file);
  FindBesideConfig(dir, config->discard_file);
  FindBesideConfig(dir, config->issue_file);
  FindBesideConfig(dir, config->noun_file);
  return kExitOk;
}

// The DictionaryConfig the flags describe, or an exit code.
int ConfigFromFlags(const DictFlags& f, Diagnostics& diags, dict::DictionaryConfig* config) {
  const bool files = !f.verbs.empty() || !f.actors.empty() || !f.agents.empty() || !f.discards.empty() ||
                     !f.issues.empty() || !f.nouns.empty();
  const bool all_files = !f.verbs.empty() && !f.actors.empty() && !f.agents.empty() && !f.discards.empty();
  const int ways = (files ? 1 : 0) + (f.petrarch_config.empty() ? 0 : 1) + (f.dict_dir.empty() ? 0 : 1) +
                   (f.tabari_project.empty() ? 0 : 1);
  if (ways > 1) {
    std::fprintf(stderr,
                 "readout: dictionaries given more than one way; give them one way: "
                 "--verbs/--actors/--agents/--discards [--issues] [--nouns], --petrarch-config FILE, "
                 "--dict-dir DIR, or --tabari-project FILE\n");
    return kExitUsage;
  }
  if (!f.tabari_project.empty()) {
    Result<dict::TabariProject> project = dict::LoadTabariProject(f.tabari_project, diags);
    if (!project.ok()) {
      std::fprintf(stderr, "%s\n", project.status().ToString().c_str());
      return kExitBadInput;
    }
    *config = std::move(project->dictionaries);
    return kExitOk;
  }
  if (all_files) {
    config->verb_file = f.verbs;
    config->actor_files = f.actors;
    config->agent_file = f.agents;
    config->discard_file = f.discards;
    config->issue_file = f.issues;
    config->noun_file = f.nouns;
    return kExitOk;
  }
  if (ways == 0 || files) {
    // readout's own dictionaries, with any files given layered on top: a
    // verb, agent, discard or issue file replaces the default one; actor
    // files come before the default ones, so their phrases win.
    const std::string ini = DefaultConfigPath();
    if (!Exists(ini)) {
      std::fprintf(stderr,
                   "%s: readout's default dictionaries are not there; set READOUT_DATA_DIR to the "
                   "folder holding dictionaries/, or give --dict-dir DIR\n",
                   ini.c_str());
      return kExitBadInput;
    }
    if (const int code = ReadConfig(ini, diags, config); code != kExitOk) return code;
    if (!f.verbs.empty()) config->verb_file = f.verbs;
    if (!f.agents.empty()) config->agent_file = f.agents;
    if (!f.discards.empty()) config->discard_file = f.discards;
    if (!f.issues.empty()) config->issue_file = f.issues;
    if (!f.nouns.empty()) config->noun_file = f.nouns;
    config->actor_files.insert(config->actor_files.begin(), f.actors.begin(), f.actors.end());
    return kExitOk;
  }
  std::string ini = f.petrarch_config;
  if (!f.dict_dir.empty()) {
    std::error_code ec;
    if (!fs::is_directory(f.dict_dir, ec)) {
      std::fprintf(stderr, "%s: dictionary directory not found\n", f.dict_dir.c_str());
      return kExitBadInput;
    }
    ini = (fs::path(f.dict_dir) / "PETR_config.ini").string();
    if (!Exists(ini)) {
      std::fprintf(stderr, "%s: not found (--dict-dir needs a directory holding a PETR_config.ini)\n",
                   ini.c_str());
      return kExitBadInput;
    }
  }
  return ReadConfig(ini, diags, config);
}

}  // namespace

void AddDictFlags(CLI::App& verb, DictFlags& flags) {
  const std::string group = "Dictionaries (one way)";
  verb.add_option("--verbs", flags.verbs, "Verb dictionary (CAMEO.2.0.txt)")->group(group);
  verb.add_option("--actors", flags.actors, "Actor dictionary; repeat for several")
      ->allow_extra_args(false)
      ->group(group);
  verb.add_option("--agents", flags.agents, "Agent dictionary")->group(group);
  verb.add_option("--discards", flags.discards, "Discard list")->group(group);
  verb.add_option("--issues", flags.issues, "Issue list (optional)")->group(group);
  verb.add_option("--nouns", flags.nouns, "Event nouns, readout's format (optional)")->group(group);
  verb.add_option("--petrarch-config", flags.petrarch_config,
                  "A PETR_config.ini; its [Dictionaries] names are relative to its folder")
      ->group(group);
  verb.add_option("--dict-dir", flags.dict_dir, "A folder holding a PETR_config.ini and its dictionaries")
      ->group(group);
  verb.add_option("--tabari-project", flags.tabari_project,
                  "A TABARI .project: its .actors, .verbs, .agents and .options files")
      ->group(group);
  verb.add_option("--gazetteer", flags.gazetteer,
                  "Folder with countries.tsv and cities.tsv for event locations "
                  "(default: readout's data/gazetteer; 'none' for no locations)");
  verb.add_flag("--verbose", flags.verbose, "Print every dictionary warning, not just their count");
}

void PrintDiagnostics(const Diagnostics& diags, bool verbose, const char* what) {
  std::size_t quiet = 0;
  for (const Diagnostic& d : diags.items()) {
    if (verbose || d.severity == Severity::kError) {
      std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
    } else {
      ++quiet;
    }
  }
  if (quiet > 0) {
    std::fprintf(stderr, "readout: %s: %zu warning(s) and note(s) not shown (--verbose lists them)\n", what,
                 quiet);
  }
}

int LoadDictionarySet(const DictFlags& flags, dict::DictionarySet* set) {
  Diagnostics diags;
  dict::DictionaryConfig config;
  if (const int code = ConfigFromFlags(flags, diags, &config); code != kExitOk) {
    PrintDiagnostics(diags, flags.verbose, "dictionaries");
    return code;
  }
  Result<dict::DictionarySet> dicts = dict::LoadDictionaries(config, diags);
  PrintDiagnostics(diags, flags.verbose, "dictionaries");
  if (!dicts.ok()) {
    std::fprintf(stderr, "%s\n", dicts.status().ToString().c_str());
    return kExitBadInput;
  }
  *set = std::move(dicts).value();
  set->tabari_stems = !flags.tabari_project.empty();  // TABARI's files, read TABARI's way
  return kExitOk;
}

int CoderOptionsFromFlags(const DictFlags& flags, events::CoderOptions* options) {
  if (const int code = LoadGazetteer(flags, &options->gazetteer); code != kExitOk) return code;
  if (flags.tabari_project.empty()) return kExitOk;
  Diagnostics diags;
  Result<dict::TabariProject> project = dict::LoadTabariProject(flags.tabari_project, diags);
  if (!project.ok() || project->options_file.empty()) return kExitOk;  // reported by LoadDictionarySet
  Result<dict::TabariOptions> tabari = dict::LoadTabariOptions(project->options_file, diags);
  PrintDiagnostics(diags, flags.verbose, "TABARI options");
  if (!tabari.ok()) {
    std::fprintf(stderr, "%s\n", tabari.status().ToString().c_str());
    return kExitBadInput;
  }
  options->complex_verbs = tabari->complex_verbs;
  options->complex_actors = tabari->complex_actors;
  options->complex_conjunctions = tabari->complex_conjunctions;
  options->complex_no_actor_before_verb = tabari->complex_no_actor_before_verb;
  return kExitOk;
}

int BuildAnalyzer(const DictFlags& flags, AnalyzerOptions options, std::shared_ptr<const Analyzer>* analyzer) {
  dict::DictionarySet set;
  if (const int code = LoadDictionarySet(flags, &set); code != kExitOk) return code;
  if (options.code_events) {
    if (const int code = CoderOptionsFromFlags(flags, &options.coder); code != kExitOk) return code;
  }
  Diagnostics diags;
  Result<std::shared_ptr<const Analyzer>> built = Analyzer::Create(set, diags, std::move(options));
  PrintDiagnostics(diags, flags.verbose, "dictionaries");
  if (!built.ok()) {
    std::fprintf(stderr, "%s\n", built.status().ToString().c_str());
    return kExitBadInput;
  }
  *analyzer = std::move(built).value();
  return kExitOk;
}

}  // namespace readout::cli
