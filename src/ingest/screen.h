// The checks every input passes before a reader parses it: not empty, not
// binary. They are cheap (one memchr over the buffer, a count over a sample)
// and turn the most common wrong inputs into one clear message instead of a
// parser's confusion.
#pragma once

#include <string_view>

#include "readout/status.h"

namespace readout::ingest {

// kInvalidInput "empty input" for nothing but whitespace (or a lone byte
// order mark); kInvalidInput "binary data, not text" at the line of the
// first NUL byte, or of the first control byte when a sample of the input is
// mostly control bytes. `display` names the input in the Status.
Status ScreenInput(std::string_view bytes, std::string_view display);

}  // namespace readout::ingest
