// The verbs of the readout command. Each Register* adds its subcommand to
// the app and, when that subcommand is chosen, sets `run` to the function
// that does the work and returns the exit code.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

namespace readout::cli {

using VerbRunner = std::function<int()>;

void RegisterSentences(CLI::App& app, VerbRunner& run);  // readout sentences FILES...
void RegisterTokens(CLI::App& app, VerbRunner& run);     // readout tokens FILES...
void RegisterDict(CLI::App& app, VerbRunner& run);       // readout dict lint FILES...

}  // namespace readout::cli
