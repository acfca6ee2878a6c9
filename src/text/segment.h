// Paragraph and sentence boundaries over normalized text and its tokens.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "readout/text.h"

namespace readout::text {

// Appends the paragraphs of s[begin, end) as [begin, end) ranges of s.
// Blank lines always separate paragraphs; a single line break does too,
// unless the text looks hard-wrapped (short lines that run on), in which
// case it is a space.
void FindParagraphs(std::string_view s, std::uint32_t begin, std::uint32_t end,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& out);

// Appends the sentences of tokens[first, end) (one paragraph) to out.
// With split=false the paragraph is one sentence (PETRARCH records), still
// cut at options.max_sentence_tokens.
void SplitSentences(const TextAnalysis& a, std::uint32_t first, std::uint32_t end,
                    std::uint32_t paragraph, bool split, const TextOptions& options,
                    std::vector<Sentence>& out);

}  // namespace readout::text
