// The readout version, as printed by `readout --version`.
#pragma once

#include <string_view>

namespace readout {
std::string_view Version();
}  // namespace readout
