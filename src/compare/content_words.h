// The words of a span that carry its content, for deciding whether two
// sources say the same thing: lower case, function words left out, a plural
// or third-person "s" taken off so "supports" meets "support".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"  // LowerAscii, used with ContentWords
#include "readout/document.h"
#include "readout/text.h"

namespace readout::compare {

bool IsFunctionWord(std::string_view lower);

// The content words of the tokens inside `span`, in text order.
std::vector<std::string> ContentWords(const text::TextAnalysis& text, Span span);

}  // namespace readout::compare
