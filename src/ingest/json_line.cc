#include "ingest/json_line.h"

#include <cstdint>

#include <fmt/format.h>

#include "ingest/json_locate.h"

namespace readout::ingest {
namespace {

// Short messages for the errors people make; simdjson's own text otherwise.
std::string Describe(simdjson::error_code err) {
  switch (err) {
    case simdjson::TAPE_ERROR:
      return "malformed JSON (a missing or extra comma, brace, bracket, colon or key)";
    case simdjson::UNCLOSED_STRING: return "malformed JSON: a string is not closed";
    case simdjson::STRING_ERROR: return "malformed JSON: bad string escape";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR: return "malformed JSON: expected true, false or null";
    case simdjson::NUMBER_ERROR: return "malformed JSON: bad number";
    case simdjson::UTF8_ERROR: return "invalid UTF-8 in JSON";
    case simdjson::DEPTH_ERROR: return "JSON nested too deeply";
    case simdjson::EMPTY: return "malformed JSON: no value";
    default: return fmt::format("malformed JSON: {}", simdjson::error_message(err));
  }
}

}  // namespace

bool JsonLineParser::Parse(std::string_view line, const char* buffer_end,
                           simdjson::dom::object* object, JsonLineError* error) {
  const bool padded = static_cast<std::size_t>(buffer_end - (line.data() + line.size())) >=
                      simdjson::SIMDJSON_PADDING;
  simdjson::dom::element root;
  const simdjson::error_code err = parser_.parse(line.data(), line.size(), !padded).get(root);
  if (err != simdjson::SUCCESS) {
    error->message = Describe(err);
    error->offset = LocateJsonError(line);
    error->invalid_utf8 = err == simdjson::UTF8_ERROR;
    return false;
  }
  if (root.get_object().get(*object) != simdjson::SUCCESS) {
    error->message = "a JSONL record must be a JSON object";
    error->offset = line.find_first_not_of(" \t\r");
    return false;
  }
  return true;
}

FieldType GetField(simdjson::dom::object object, std::string_view key, std::string* value) {
  simdjson::dom::element e;
  if (object.at_key(key).get(e) != simdjson::SUCCESS) return FieldType::kMissing;
  switch (e.type()) {
    case simdjson::dom::element_type::NULL_VALUE: return FieldType::kNull;
    case simdjson::dom::element_type::STRING: {
      std::string_view s;
      if (e.get_string().get(s) != simdjson::SUCCESS) return FieldType::kOther;
      value->assign(s);
      return FieldType::kString;
    }
    case simdjson::dom::element_type::INT64: {
      std::int64_t v = 0;
      if (e.get_int64().get(v) != simdjson::SUCCESS) return FieldType::kOther;
      value->assign(fmt::format("{}", v));
      return FieldType::kNumber;
    }
    case simdjson::dom::element_type::UINT64: {
      std::uint64_t v = 0;
      if (e.get_uint64().get(v) != simdjson::SUCCESS) return FieldType::kOther;
      value->assign(fmt::format("{}", v));
      return FieldType::kNumber;
    }
    default: return FieldType::kOther;
  }
}

}  // namespace readout::ingest
