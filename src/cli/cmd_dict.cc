// `readout dict lint FILE...` (and, from cmd_dict_stats.cc, `dict stats`): checks PETRARCH/TABARI-format dictionaries
// (verbs, actors, agents, discards, issues, or a PETR_config.ini with every
// file it names) and prints each problem as file:line:col with the line and
// a caret. Exit 1 when a file cannot be read or has errors, 0 otherwise
// (warnings are printed but do not fail: real dictionaries carry many).
#include <cstdio>
#include <memory>

#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/dict.h"

namespace readout::cli {
namespace {

struct LintFlags {
  std::vector<std::string> files;
  std::string kind = "auto";
  bool quiet = false;
};

dict::DictionaryKind ParseKind(const std::string& name) {
  using K = dict::DictionaryKind;
  if (name == "verbs") return K::kVerbs;
  if (name == "actors") return K::kActors;
  if (name == "agents") return K::kAgents;
  if (name == "discards") return K::kDiscards;
  if (name == "issues") return K::kIssues;
  if (name == "config") return K::kConfig;
  if (name == "project") return K::kTabariProject;
  if (name == "options") return K::kTabariOptions;
  return K::kAuto;
}

int RunLint(const LintFlags& flags) {
  std::size_t errors = 0, warnings = 0;
  for (const std::string& file : flags.files) {
    const Diagnostics diags = dict::LintDictionary(file, ParseKind(flags.kind));
    for (const Diagnostic& d : diags.items()) {
      if (flags.quiet && d.severity != Severity::kError) continue;
      std::fprintf(stderr, "%s\n", FormatDiagnostic(d).c_str());
    }
    errors += diags.errors();
    warnings += diags.warnings();
  }
  std::printf("%zu file(s): %zu error(s), %zu warning(s)\n", flags.files.size(), errors, warnings);
  return errors > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void RegisterDict(CLI::App& app, VerbRunner& run) {
  CLI::App* verb = app.add_subcommand("dict", "Inspect PETRARCH/TABARI-format dictionaries");
  verb->require_subcommand(1);
  auto flags = std::make_shared<LintFlags>();
  CLI::App* lint = verb->add_subcommand("lint", "Report malformed dictionary lines as file:line:col");
  lint->add_option("files", flags->files, "Dictionary files, a PETR_config.ini, or a TABARI .project")->required();
  lint->add_option("--kind", flags->kind, "File kind (default: detected from name and content)")
      ->check(CLI::IsMember({"auto", "verbs", "actors", "agents", "discards", "issues", "config", "project", "options"}));
  lint->add_flag("-q,--quiet", flags->quiet, "Print errors only, not warnings");
  lint->callback([flags, &run] { run = [flags] { return RunLint(*flags); }; });
  RegisterDictStats(*verb, run);
}

}  // namespace readout::cli
