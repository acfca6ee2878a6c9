// `readout validate FILE.xml --dict-dir DIR`: codes a PETRARCH validation
// file's records from their text alone with the dictionaries its
// <Environment> names, and reports how many came out exactly as the gold
// says. Exit 0 when it ran (whatever the score), 1 on bad input, 2 usage.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/output.h"
#include "readout/validate.h"

namespace readout::cli {
namespace {

struct ValidateFlags {
  std::string file;
  std::string dict_dir;
  std::string tabari_project;
  bool json = false;
  std::string failures;  // N | all; "" = the default for the format
  bool verbose = false;
};

// The text report lists this many failures unless told otherwise; the JSON
// report lists all of them (a script can cut, a person scrolls).
constexpr std::size_t kTextFailures = 20;

bool ParseFailures(const std::string& s, std::size_t* n) {
  if (s == "all") {
    *n = output::kAllFailures;
    return true;
  }
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  *n = std::stoul(s);
  return true;
}

int RunValidate(const ValidateFlags& flags) {
  std::size_t max_failures = flags.json ? output::kAllFailures : kTextFailures;
  if (!flags.failures.empty() && !ParseFailures(flags.failures, &max_failures)) {
    std::fprintf(stderr, "readout: --failures takes a number or 'all', not '%s'\n", flags.failures.c_str());
    return kExitUsage;
  }
  if (flags.dict_dir.empty() == flags.tabari_project.empty()) {
    std::fprintf(stderr, "readout: validate needs one of --dict-dir DIR (PETRARCH) or --tabari-project FILE (TABARI)\n");
    return kExitUsage;
  }
  Diagnostics diags;
  validate::RunOptions options;
  options.file = flags.file;
  options.dict_dir = flags.dict_dir;
  options.tabari_project = flags.tabari_project;
  const Result<validate::Report> report = validate::RunValidation(options, diags);
  PrintDiagnostics(diags, flags.verbose, "validation file and dictionaries");
  if (!report.ok()) {
    std::fprintf(stderr, "%s\n", report.status().ToString().c_str());
    return kExitBadInput;
  }
  std::string out;
  if (flags.json) {
    output::AppendValidationJson(*report, max_failures, out);
  } else {
    output::AppendValidationText(*report, max_failures, out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitBadInput;
}

}  // namespace

void RegisterValidate(CLI::App& app, VerbRunner& run) {
  auto flags = std::make_shared<ValidateFlags>();
  CLI::App* verb = app.add_subcommand("validate", "Score the coder on a PETRARCH validation file");
  verb->add_option("file", flags->file, "Validation file (PETR.UnitTest.records.xml, or TABARI's Validate.text)")->required();
  verb->add_option("--dict-dir", flags->dict_dir, "Folder holding the dictionaries its <Environment> names");
  verb->add_option("--tabari-project", flags->tabari_project,
                   "For TABARI's suite (Validate.text): the .project naming its dictionaries and options");
  verb->add_flag("--json", flags->json, "One JSON object instead of the readable report");
  verb->add_option("--failures", flags->failures, "How many failures to list: N or all (default 20; all with --json)");
  verb->add_flag("--verbose", flags->verbose, "Print every warning about the file and dictionaries");
  verb->callback([flags, &run] { run = [flags] { return RunValidate(*flags); }; });
}

}  // namespace readout::cli
