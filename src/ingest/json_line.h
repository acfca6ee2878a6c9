// One line of JSONL parsed into an object, shared by the JSONL reader and the
// metadata sidecar.
//
// simdjson reads SIMDJSON_PADDING bytes past the end of what it parses. A
// line in the middle of a buffer already has the rest of the buffer after
// it, so it is parsed in place; only the last line(s) of a buffer are copied
// into the parser's padded scratch space. Nothing is copied per line
// otherwise, and one parser (with its tape) is reused for every line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <simdjson.h>

namespace readout::ingest {

struct JsonLineError {
  std::string message;
  std::size_t offset = std::string_view::npos;  // into the line; npos if unknown
  bool invalid_utf8 = false;
};

class JsonLineParser {
 public:
  // Parses `line`, a view into a buffer that ends at `buffer_end`. On
  // failure returns false and describes the problem (with the offending
  // byte's offset when it can be found).
  bool Parse(std::string_view line, const char* buffer_end, simdjson::dom::object* object,
             JsonLineError* error);

 private:
  simdjson::dom::parser parser_;
};

enum class FieldType : unsigned char { kMissing, kNull, kString, kNumber, kOther };

// The type of a field's value; a string is copied into *value, an integer
// rendered into it as text (record ids are often numeric).
FieldType GetField(simdjson::dom::object object, std::string_view key, std::string* value);

}  // namespace readout::ingest
