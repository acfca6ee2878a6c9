// Dictionary loading shared by the benchmark programs.
#pragma once

#include <string>

#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/events.h"

namespace readout::bench {

// Loads the dictionaries a PETR_config.ini names. PETRARCH2 resolves those
// names against its dictionary directory, and the shared copy keeps a
// PETR_config.ini both beside the dictionaries and one level up, so a name
// that does not exist beside the config is also looked for in
// "dictionaries/" next to it. Errors are printed with `program` in front.
bool LoadDictionarySet(const std::string& config_path, const char* program, dict::DictionarySet& out,
                       Diagnostics& diags);

// Coder options with event locations from the gazetteer in `dir` ("" for
// none). False, with the error printed after `program`, when it cannot be
// loaded.
bool LoadCoderOptions(const std::string& gazetteer_dir, const char* program, events::CoderOptions& out);

}  // namespace readout::bench
