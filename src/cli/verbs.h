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
void RegisterDict(CLI::App& app, VerbRunner& run);       // readout dict lint FILES... | dict stats
void RegisterDictStats(CLI::App& dict_verb, VerbRunner& run);  // the `stats` subcommand of `dict`
void RegisterCode(CLI::App& app, VerbRunner& run);       // readout code FILES... --dict-dir DIR
void RegisterQuotes(CLI::App& app, VerbRunner& run);     // readout quotes FILES... --dict-dir DIR
void RegisterCompare(CLI::App& app, VerbRunner& run);    // readout compare FILES... [--format json|markdown|html]
void RegisterValidate(CLI::App& app, VerbRunner& run);   // readout validate FILE.xml --dict-dir DIR
void RegisterEval(CLI::App& app, VerbRunner& run);       // readout eval stories GOLD.jsonl...

}  // namespace readout::cli
