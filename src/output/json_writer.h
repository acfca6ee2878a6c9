// A minimal JSON writer for readout's records: appends to a caller's
// string, escapes per RFC 8259 and repairs invalid UTF-8 (each bad byte
// becomes U+FFFD) so that every line written is valid JSON whatever the input
// held. Keys are written in call order, so record layouts stay stable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace readout::output {

// Appends s as a JSON string literal (with quotes).
void AppendJsonString(std::string_view s, std::string& out);

// Appends a JSON number (null for NaN and infinities).
void AppendJsonNumber(double value, std::string& out);

class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;

  JsonObject& Str(std::string_view key, std::string_view value);
  JsonObject& Int(std::string_view key, std::int64_t value);
  JsonObject& Bool(std::string_view key, bool value);
  // Shortest round-trip form ("3.4", "-10"); NaN and infinities, which JSON
  // cannot hold, are written as null.
  JsonObject& Double(std::string_view key, double value);
  JsonObject& Null(std::string_view key);
  // A string, or null when it is empty (an optional value not known).
  JsonObject& StrOrNull(std::string_view key, std::string_view value);
  // Writes the key and returns the buffer for a nested value the caller appends.
  std::string& Raw(std::string_view key);
  void Close() { out_ += '}'; }

 private:
  void Key(std::string_view key);
  std::string& out_;
  bool first_ = true;
};

}  // namespace readout::output
