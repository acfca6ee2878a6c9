// The reading every gold file shares: a JSONL file, one annotated document
// per line, each line a JSON object. ReadGoldStories, ReadGoldAttributions
// and ReadGoldEvents differ only in what they take from each object.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "readout/document.h"
#include "readout/status.h"

namespace readout::eval {

// An error at `path`:`line`, as every gold reader reports one.
Status GoldLineError(const std::string& path, std::uint32_t line, const std::string& message);

// Calls `visit` with every line of the JSONL file at `path` that is not
// blank, parsed, and its 1-based line number; stops at the first error
// `visit` returns and returns it. A line that is not a JSON object is an
// error naming file:line. The object lives only during the call.
using GoldObjectVisitor = std::function<Status(simdjson::dom::object object, std::uint32_t line)>;
Status ForEachGoldObject(const std::string& path, const GoldObjectVisitor& visit);

// Byte offset of every code point of `text`, plus one for its end: gold
// offsets come in code points (as brat, PolNeAR and Python give them).
std::vector<std::uint32_t> CodePointOffsets(std::string_view text);

// A [start, end] pair of code points, as bytes through `offsets`. False
// when it is not a pair of integers inside the text with start <= end.
bool ReadCodePointSpan(simdjson::dom::element value, const std::vector<std::uint32_t>& offsets, Span* out);

}  // namespace readout::eval
