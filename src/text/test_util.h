// Helpers for the text tests: a Document whose content is the whole string.
#pragma once

#include <string>
#include <vector>

#include "readout/text.h"

namespace readout::text::testing {

inline Document MakeDocument(std::string s) {
  Document d;
  d.id = "test";
  d.text = std::move(s);
  d.content.push_back(Span{0, static_cast<std::uint32_t>(d.text.size())});
  return d;
}

// The normalized texts of the tokens of s.
inline std::vector<std::string> TokenTexts(const std::string& s) {
  const Document d = MakeDocument(s);
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  std::vector<std::string> out;
  for (const Token& t : a.tokens) out.emplace_back(a.norm_text(t));
  return out;
}

// The original text of each sentence of s.
inline std::vector<std::string> SentenceTexts(const std::string& s) {
  const Document d = MakeDocument(s);
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  std::vector<std::string> out;
  for (const Sentence& x : a.sentences) out.emplace_back(d.slice(x.span));
  return out;
}

}  // namespace readout::text::testing
