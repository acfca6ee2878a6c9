// UTF-8 validity, shared by every stage that reads or writes text. Input may
// contain any bytes; output (JSON, HTML) must be valid, so invalid bytes are
// counted, located and replaced by U+FFFD, never passed through or crashed on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace readout {

struct Utf8Check {
  std::size_t invalid = 0;                              // invalid bytes
  std::size_t first_invalid = std::string_view::npos;   // offset of the first
};
Utf8Check CheckUtf8(std::string_view s);

// Length of the valid UTF-8 sequence starting at s[i] (1-4), or 0 if the
// byte at i does not start one. Overlong forms, surrogates and code points
// above U+10FFFF are invalid. Decodes it into *cp when valid.
std::size_t DecodeUtf8(std::string_view s, std::size_t i, char32_t* cp);

// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(char32_t cp, std::string& out);

// s with every invalid byte replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);

}  // namespace readout
