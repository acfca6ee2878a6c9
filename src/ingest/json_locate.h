// Where a JSON text goes wrong, for error messages with a column and caret.
//
// simdjson says *that* a line is malformed and what kind of error it is, but
// not where. When a record fails, this small, obviously correct checker
// (RFC 8259 grammar, iterative so that deep nesting cannot exhaust the
// stack) walks the same bytes and returns the offset of the first byte that
// cannot be part of a valid document. It runs only on lines already known to
// be bad, so its speed does not matter.
#pragma once

#include <cstddef>
#include <string_view>

namespace readout::ingest {

// Offset of the first offending byte (s.size() when the text ends too
// early), or npos when s is a valid JSON text.
std::size_t LocateJsonError(std::string_view s);

}  // namespace readout::ingest
