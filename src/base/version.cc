#include "readout/version.h"

namespace readout {
std::string_view Version() { return "0.1.0"; }
}  // namespace readout
