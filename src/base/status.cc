#include "readout/status.h"

#include <fmt/format.h>

namespace readout {

std::string Status::ToString() const {
  if (ok()) return "ok";
  if (where_.file.empty()) return message_;
  if (where_.line == 0) return fmt::format("{}: {}", where_.file, message_);
  if (where_.column == 0) return fmt::format("{}:{}: {}", where_.file, where_.line, message_);
  return fmt::format("{}:{}:{}: {}", where_.file, where_.line, where_.column, message_);
}

}  // namespace readout
