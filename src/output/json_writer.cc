#include "output/json_writer.h"

#include <cmath>
#include <iterator>

#include <fmt/format.h>

#include "readout/utf8.h"

namespace readout::output {

void AppendJsonString(std::string_view s, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no escaping in one append.
    std::size_t j = i;
    while (j < s.size()) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) break;
      ++j;
    }
    out.append(s.substr(i, j - i));
    i = j;
    if (i >= s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      char32_t cp = 0;
      const std::size_t len = DecodeUtf8(s, i, &cp);
      if (len == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
      } else {
        out.append(s.substr(i, len));
        i += len;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
    ++i;
  }
  out += '"';
}

void AppendJsonNumber(double value, std::string& out) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  fmt::format_to(std::back_inserter(out), "{}", value);
}

void JsonObject::Key(std::string_view key) {
  if (!first_) out_ += ',';
  first_ = false;
  AppendJsonString(key, out_);
  out_ += ':';
}

JsonObject& JsonObject::Str(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(value, out_);
  return *this;
}

JsonObject& JsonObject::Int(std::string_view key, std::int64_t value) {
  Key(key);
  out_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::Bool(std::string_view key, bool value) {
  Key(key);
  out_ += value ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::Double(std::string_view key, double value) {
  Key(key);
  AppendJsonNumber(value, out_);
  return *this;
}

JsonObject& JsonObject::Null(std::string_view key) {
  Key(key);
  out_ += "null";
  return *this;
}

JsonObject& JsonObject::StrOrNull(std::string_view key, std::string_view value) {
  return value.empty() ? Null(key) : Str(key, value);
}

std::string& JsonObject::Raw(std::string_view key) {
  Key(key);
  return out_;
}

}  // namespace readout::output
