// Format detection: the extension proposes, the content disposes.
//
// A file's extension names the format it claims to be; a short look at its
// first bytes confirms the claim or, when the content is unambiguous (a
// first line that parses as a JSON object, "<!DOCTYPE html", a PETRARCH
// <Sentence> record, a TABARI "YYMMDD ID" record header), overrides it. Stdin has no extension, so the content
// alone decides, and anything that is none of the structured formats is
// read as plain text. Known binary formats (by extension or magic number)
// are refused by name instead of being read as garbage text.
#pragma once

#include <string_view>

#include "readout/document.h"

namespace readout::ingest {

struct FormatGuess {
  InputFormat format = InputFormat::kUnknown;
  // Set when the input is recognised but cannot be read (format is then
  // kUnknown): "PDF", "XML without PETRARCH <Sentence> records", ...
  std::string_view unsupported;
};

FormatGuess GuessFormat(std::string_view path, std::string_view bytes);

// The format the content alone shows unambiguously, or kUnknown.
// *xml_without_records is set for XML that has no PETRARCH records.
InputFormat SniffContent(std::string_view bytes, bool* xml_without_records = nullptr);

// True when the first non-blank line of `bytes` is a JSON object.
bool FirstLineIsJsonObject(std::string_view bytes);

}  // namespace readout::ingest
