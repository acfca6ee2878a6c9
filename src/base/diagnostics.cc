#include "readout/diagnostics.h"

#include <algorithm>

#include <fmt/format.h>

namespace readout {

void Diagnostics::Add(const Status& s) {
  Add(Severity::kError, s.where(), s.message());
}

std::size_t Diagnostics::errors() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  }));
}

std::size_t Diagnostics::warnings() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kWarning;
  }));
}

std::string FormatDiagnostic(const Diagnostic& d) {
  const char* kind = d.severity == Severity::kError     ? "error"
                     : d.severity == Severity::kWarning ? "warning"
                                                        : "note";
  std::string out = Status(StatusCode::kInvalidInput, fmt::format("{}: {}", kind, d.message), d.where)
                        .ToString();
  if (!d.excerpt.empty()) {
    out += fmt::format("\n  {}\n  {}^", d.excerpt, std::string(d.caret, ' '));
  }
  return out;
}

LineInfo LocateOffset(std::string_view text, std::size_t offset, std::size_t max_width) {
  LineInfo info;
  offset = std::min(offset, text.size());
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++info.line;
      line_start = i + 1;
    }
  }
  std::size_t line_end = text.find('\n', offset);
  if (line_end == std::string_view::npos) line_end = text.size();
  info.column = static_cast<std::uint32_t>(offset - line_start + 1);
  // Show a window of at most max_width bytes around the offset; control
  // bytes become spaces so that the caret stays under the spot.
  std::size_t from = line_start;
  if (offset - line_start > max_width / 2) from = offset - max_width / 2;
  std::size_t to = std::min(line_end, from + max_width);
  info.excerpt.assign(text.substr(from, to - from));
  for (char& c : info.excerpt) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  info.caret = static_cast<std::uint32_t>(offset - from);
  return info;
}

}  // namespace readout
