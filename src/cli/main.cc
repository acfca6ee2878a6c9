// readout: the command-line front end. Each verb lives in its own file and
// registers itself here; this file only parses and dispatches.
#include <cstdio>
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/version.h"

int main(int argc, char** argv) {
  CLI::App app{"readout: news reports in, source-attributed event data out"};
  app.set_version_flag("--version", std::string(readout::Version()));
  app.require_subcommand(1);
  std::function<int()> run;
  readout::cli::RegisterSentences(app, run);
  readout::cli::RegisterTokens(app, run);
  readout::cli::RegisterDict(app, run);
  readout::cli::RegisterCode(app, run);
  readout::cli::RegisterQuotes(app, run);
  readout::cli::RegisterCompare(app, run);
  readout::cli::RegisterValidate(app, run);
  readout::cli::RegisterEval(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? readout::cli::kExitOk : readout::cli::kExitUsage;
  }
  return run ? run() : readout::cli::kExitUsage;
}
