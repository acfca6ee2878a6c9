// Placeholder: the codebook table is being written.
#include "readout/cameo.h"

namespace readout::cameo {
const CodeInfo* Lookup(std::string_view) { return nullptr; }
std::string_view RootOf(std::string_view code) { return code.size() >= 2 ? code.substr(0, 2) : ""; }
bool Valid(std::string_view code) { return Lookup(code) != nullptr; }
std::span<const CodeInfo> AllCodes() { return {}; }
}  // namespace readout::cameo
