#include "ingest/json_locate.h"

#include <vector>

#include "readout/utf8.h"

namespace readout::ingest {
namespace {

constexpr std::size_t kNone = std::string_view::npos;

struct Scan {
  bool ok;
  std::size_t pos;  // one past the scalar if ok, else the offending byte
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

Scan String(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  while (j < s.size()) {
    const auto c = static_cast<unsigned char>(s[j]);
    if (c == '"') return {true, j + 1};
    if (c < 0x20) return {false, j};
    if (c == '\\') {
      if (j + 1 >= s.size()) return {false, s.size()};
      const char e = s[j + 1];
      if (e == 'u') {
        for (std::size_t k = j + 2; k < j + 6; ++k) {
          if (k >= s.size()) return {false, s.size()};
          if (!IsHex(s[k])) return {false, k};
        }
        j += 6;
      } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                 e == 'r' || e == 't') {
        j += 2;
      } else {
        return {false, j + 1};
      }
      continue;
    }
    if (c >= 0x80) {
      char32_t cp = 0;
      const std::size_t len = DecodeUtf8(s, j, &cp);
      if (len == 0) return {false, j};
      j += len;
      continue;
    }
    ++j;
  }
  return {false, s.size()};
}

Scan Digits(std::string_view s, std::size_t j) {
  if (j >= s.size()) return {false, s.size()};
  if (!IsDigit(s[j])) return {false, j};
  while (j < s.size() && IsDigit(s[j])) ++j;
  return {true, j};
}

Scan Number(std::string_view s, std::size_t i) {
  std::size_t j = i;
  if (s[j] == '-') ++j;
  if (j >= s.size()) return {false, s.size()};
  if (s[j] == '0') {
    ++j;
  } else {
    const Scan d = Digits(s, j);
    if (!d.ok) return d;
    j = d.pos;
  }
  if (j < s.size() && s[j] == '.') {
    const Scan d = Digits(s, j + 1);
    if (!d.ok) return d;
    j = d.pos;
  }
  if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
    ++j;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) ++j;
    const Scan d = Digits(s, j);
    if (!d.ok) return d;
    j = d.pos;
  }
  return {true, j};
}

Scan Literal(std::string_view s, std::size_t i, std::string_view word) {
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (i + k >= s.size()) return {false, s.size()};
    if (s[i + k] != word[k]) return {false, i + k};
  }
  return {true, i + word.size()};
}

Scan Scalar(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '"') return String(s, i);
  if (c == '-' || IsDigit(c)) return Number(s, i);
  if (c == 't') return Literal(s, i, "true");
  if (c == 'f') return Literal(s, i, "false");
  if (c == 'n') return Literal(s, i, "null");
  return {false, i};
}

}  // namespace

std::size_t LocateJsonError(std::string_view s) {
  enum class State : unsigned char {
    kValue,
    kValueOrClose,
    kKeyOrClose,
    kKey,
    kColon,
    kAfterValue
  };
  std::vector<char> open;  // '{' or '[' for every container not yet closed
  State state = State::kValue;
  std::size_t i = 0;
  const std::size_t n = s.size();
  for (;;) {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    if (i == n) return (state == State::kAfterValue && open.empty()) ? kNone : n;
    const char c = s[i];
    switch (state) {
      case State::kValueOrClose:
        if (c == ']') {
          open.pop_back();
          ++i;
          state = State::kAfterValue;
          break;
        }
        [[fallthrough]];
      case State::kValue:
        if (c == '{' || c == '[') {
          open.push_back(c);
          ++i;
          state = c == '{' ? State::kKeyOrClose : State::kValueOrClose;
        } else {
          const Scan v = Scalar(s, i);
          if (!v.ok) return v.pos;
          i = v.pos;
          state = State::kAfterValue;
        }
        break;
      case State::kKeyOrClose:
        if (c == '}') {
          open.pop_back();
          ++i;
          state = State::kAfterValue;
          break;
        }
        [[fallthrough]];
      case State::kKey: {
        if (c != '"') return i;
        const Scan k = String(s, i);
        if (!k.ok) return k.pos;
        i = k.pos;
        state = State::kColon;
        break;
      }
      case State::kColon:
        if (c != ':') return i;
        ++i;
        state = State::kValue;
        break;
      case State::kAfterValue:
        if (open.empty()) return i;  // content after the document
        if (c == ',') {
          ++i;
          state = open.back() == '{' ? State::kKey : State::kValue;
        } else if (c == (open.back() == '{' ? '}' : ']')) {
          open.pop_back();
          ++i;
        } else {
          return i;
        }
        break;
    }
  }
}

}  // namespace readout::ingest
