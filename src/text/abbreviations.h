// Word lists the tokenizer and the sentence splitter consult: abbreviations
// that own their period, and the words that plausibly start a sentence after
// an abbreviation that could also end one ("... the U.S. The talks ...").
#pragma once

#include <string_view>

namespace readout::text {

enum class AbbreviationKind : unsigned char {
  kNone,
  kTitle,    // Mr. Dr. Gen. Sen. St.: always followed by a name, never ends a sentence
  kOther,    // Feb. Inc. etc. and initialisms: may end a sentence
};

// `word` without its period, any case.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// A capitalized word that commonly opens a sentence (The, He, But, In ...).
bool IsSentenceStarter(std::string_view word);

}  // namespace readout::text
