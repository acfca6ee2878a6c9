// Every sentence of one document tagged and parsed, once: what the event
// coder and the quotation extractor both read.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/grammar.h"
#include "parse/parser.h"
#include "readout/text.h"

namespace readout::parse {

struct DocumentParse {
  // By sentence of the TextAnalysis it was made from. A sentence longer
  // than the cap it was parsed with is left empty (no words).
  std::vector<Parse> sentences;
};

// Tags and parses each sentence of `text` with at most `max_sentence_tokens`
// tokens into `out`; reuses out's buffers.
void ParseDocument(const Grammar& grammar, const text::TextAnalysis& text,
                   std::uint32_t max_sentence_tokens, DocumentParse& out);

}  // namespace readout::parse
