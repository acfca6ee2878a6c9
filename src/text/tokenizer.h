// The tokenizer: one left-to-right pass over a paragraph of normalized text.
#pragma once

#include <string_view>
#include <vector>

#include "readout/text.h"

namespace readout::text {

// Appends the tokens of norm.text()[begin, end) to tokens. `original` is the
// document text the normalized text maps to; it is consulted only to tell an
// opening curly quote from a closing one, which folding made identical.
void Tokenize(const NormalizedText& norm, std::string_view original, std::uint32_t begin,
              std::uint32_t end, const TextOptions& options, std::vector<Token>& tokens);

}  // namespace readout::text
