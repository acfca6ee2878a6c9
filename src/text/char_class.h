// Character classes for the tokenizer: a 256-entry table answers for ASCII
// (nearly every byte of English news after folding), ICU answers for the
// rest. Both are inline so the hot loop pays no call for ASCII.
#pragma once

#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>

#include "readout/utf8.h"

namespace readout::text {

enum CharClass : std::uint8_t {
  kOther = 0,
  kSpace = 1 << 0,
  kNewline = 1 << 1,
  kLetter = 1 << 2,
  kDigit = 1 << 3,
  kUpper = 1 << 4,
  kPunctChar = 1 << 5,   // becomes a kPunct token
  kSymbolChar = 1 << 6,  // becomes a kSymbol token
};

struct AsciiTable {
  std::uint8_t cls[128];
  constexpr AsciiTable() : cls{} {
    for (int c = 0; c < 128; ++c) {
      std::uint8_t v = kSymbolChar;  // controls and the rest
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') v = kSpace;
      else if (c == '\n') v = kSpace | kNewline;
      else if (c >= 'a' && c <= 'z') v = kLetter;
      else if (c >= 'A' && c <= 'Z') v = kLetter | kUpper;
      else if (c >= '0' && c <= '9') v = kDigit;
      else if (c < 0x20 || c == 0x7F) v = kSpace;  // stray controls separate tokens
      else {
        switch (c) {
          case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')':
          case '[': case ']': case '{': case '}': case '-': case '/': case '"': case '\'':
            v = kPunctChar;
            break;
          default:
            v = kSymbolChar;
        }
      }
      cls[c] = v;
    }
  }
};
inline constexpr AsciiTable kAscii;

inline std::uint8_t ClassOf(char32_t cp) {
  if (cp < 128) return kAscii.cls[cp];
  const auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c)) return (cp == 0x2028 || cp == 0x2029 || cp == 0x85) ? (kSpace | kNewline) : kSpace;
  if (u_isUAlphabetic(c)) return u_isupper(c) ? (kLetter | kUpper) : kLetter;
  const std::int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK)
    return kLetter;  // marks continue the word they sit on
  if (type == U_DECIMAL_DIGIT_NUMBER) return kDigit;
  if (u_ispunct(c)) return kPunctChar;
  if (type == U_CONTROL_CHAR || type == U_FORMAT_CHAR) return kSpace;
  return kSymbolChar;
}

// The class of the code point at s[i] and its length in bytes (an invalid
// byte counts as a one-byte symbol; normalized text has none).
inline std::uint8_t ClassAt(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    return kAscii.cls[b];
  }
  char32_t cp = 0;
  *len = DecodeUtf8(s, i, &cp);
  if (*len == 0) {
    *len = 1;
    return kSymbolChar;
  }
  return ClassOf(cp);
}

}  // namespace readout::text
