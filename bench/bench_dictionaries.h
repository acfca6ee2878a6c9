// Dictionary loading shared by the benchmark programs.
#pragma once

#include <string>

#include "readout/diagnostics.h"
#include "readout/dict.h"

namespace readout::bench {

// Loads the dictionaries a PETR_config.ini names. PETRARCH2 resolves those
// names against its dictionary directory, and the shared copy keeps a
// PETR_config.ini both beside the dictionaries and one level up, so a name
// that does not exist beside the config is also looked for in
// "dictionaries/" next to it. Errors are printed with `program` in front.
bool LoadDictionarySet(const std::string& config_path, const char* program, dict::DictionarySet& out,
                       Diagnostics& diags);

}  // namespace readout::bench
