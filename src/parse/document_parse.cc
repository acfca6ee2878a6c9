#include "parse/document_parse.h"

namespace readout::parse {

void ParseDocument(const Grammar& grammar, const text::TextAnalysis& text,
                   std::uint32_t max_sentence_tokens, DocumentParse& out) {
  const std::size_t n = text.sentences.size();
  // resize() keeps the earlier documents' vectors and their capacity.
  out.sentences.resize(n);
  for (std::size_t s = 0; s < n; ++s) {
    const text::Sentence& sentence = text.sentences[s];
    Parse& p = out.sentences[s];
    p.Clear();
    if (sentence.end_token - sentence.first_token > max_sentence_tokens) continue;
    grammar.tagger.Tag(text, sentence.first_token, sentence.end_token, p.words);
    grammar.parser.Run(p);
  }
}

}  // namespace readout::parse
