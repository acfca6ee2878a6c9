#include "ingest/screen.h"

#include <cstddef>
#include <cstring>
#include <string>

#include "ingest/strings.h"
#include "readout/diagnostics.h"

namespace readout::ingest {
namespace {

// Control bytes that do not occur in text (tab, line breaks, form feed and
// escape excepted: terminals and old wire feeds use them).
bool IsBinaryControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' &&
          c != 0x1B) ||
         c == 0x7F;
}

Status Binary(std::string_view bytes, std::size_t offset, std::string_view display) {
  const LineInfo at = LocateOffset(bytes, offset);
  return Status(StatusCode::kInvalidInput, "binary data, not text",
                SourceLocation{std::string(display), at.line, at.column});
}

}  // namespace

Status ScreenInput(std::string_view bytes, std::string_view display) {
  if (TrimAscii(SkipBom(bytes)).empty()) {
    return Status(StatusCode::kInvalidInput, "empty input",
                  SourceLocation{std::string(display), 0, 0});
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size()); nul != nullptr) {
    return Binary(bytes, static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data()),
                  display);
  }
  // Text with a few stray control bytes is still text (the UTF-8 check and
  // later stages cope); a sample that is more than a tenth control bytes is
  // not something anyone wrote.
  constexpr std::size_t kSample = 64 * 1024;
  const std::string_view sample = bytes.substr(0, kSample);
  std::size_t controls = 0;
  std::size_t first = std::string_view::npos;
  for (std::size_t i = 0; i < sample.size(); ++i) {
    if (IsBinaryControl(static_cast<unsigned char>(sample[i]))) {
      if (controls++ == 0) first = i;
    }
  }
  if (controls * 10 > sample.size()) return Binary(bytes, first, display);
  return Status::Ok();
}

}  // namespace readout::ingest
