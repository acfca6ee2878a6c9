// Helpers for the dict tests.
#pragma once

#include <string>
#include <vector>

#include "readout/dict.h"

namespace readout::dict::testing {

// "file:line: message" for every diagnostic (severity left out).
inline std::vector<std::string> Messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diags.items()) {
    out.push_back(d.where.file + ":" + std::to_string(d.where.line) + ": " + d.message);
  }
  return out;
}

// The phrases as strings ("AIR_FORCE", "HAMAS WING").
inline std::vector<std::string> Texts(const std::vector<Phrase>& phrases) {
  std::vector<std::string> out;
  for (const Phrase& p : phrases) out.push_back(p.ToString());
  return out;
}

// A pattern's tokens in a compact form: words as themselves, synsets as
// &NAME, markers and brackets as their character, '_' before a token that
// is adjacent to the previous one.
inline std::string Tokens(const Pattern& p) {
  std::string out;
  for (const PatternToken& t : p.tokens) {
    if (!out.empty()) out += t.gap == Gap::kAdjacent ? "_" : " ";
    switch (t.kind) {
      case TokenKind::kWord: out += t.text; break;
      case TokenKind::kSynset: out += "&" + t.text; break;
      case TokenKind::kVerb: out += "*"; break;
      case TokenKind::kSource: out += "$"; break;
      case TokenKind::kTarget: out += "+"; break;
      case TokenKind::kCompound: out += "%"; break;
      case TokenKind::kSkip: out += "^"; break;
      case TokenKind::kNounOpen: out += "{"; break;
      case TokenKind::kNounClose: out += "}"; break;
      case TokenKind::kPrepOpen: out += "("; break;
      case TokenKind::kPrepClose: out += ")"; break;
    }
  }
  return out;
}

inline std::string RealDictionary(const std::string& name) {
  return std::string(READOUT_SHARED_DIR) + "/petrarch2/dictionaries/" + name;
}

}  // namespace readout::dict::testing
