#include "compare/content_words.h"

#include <algorithm>
#include <array>

namespace readout::compare {
namespace {

// Sorted for binary search. Articles, pronouns, auxiliaries, prepositions,
// conjunctions and the commonest adverbs: words two translations share by
// grammar, not by content.
constexpr std::array<std::string_view, 104> kFunctionWords = {
    "a",     "about", "after",  "again", "all",   "also",  "am",    "an",    "and",   "any",
    "are",   "as",    "at",     "be",    "been",  "before", "being", "both",  "but",   "by",
    "can",   "could", "did",    "do",    "does",  "during", "each",  "for",   "from",  "had",
    "has",   "have",  "having", "he",    "her",   "here",  "hers",  "him",   "his",   "how",
    "i",     "if",    "in",     "into",  "is",    "it",    "its",   "just",  "may",   "me",
    "might", "more",  "most",   "must",  "my",    "no",    "nor",   "not",   "of",    "on",
    "one",   "only",  "or",     "other", "our",   "ours",  "out",   "over",  "own",   "s",
    "said",  "say",   "says",   "shall", "she",   "should", "so",    "some",  "such",  "than",
    "that",  "the",   "their",  "them",  "then",  "there", "these", "they",  "this",  "those",
    "to",    "too",   "under",  "up",    "very",  "was",   "we",    "were",  "what",  "which",
    "who",   "will",  "with",   "would"};

std::string Stem(std::string word) {
  // Only the plural / third-person -s: enough for "supports"/"support" and
  // "parties"/"party" without the false friends of a full stemmer.
  if (word.size() > 4 && word.ends_with("ies")) {
    word.resize(word.size() - 3);
    word += 'y';
  } else if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss") && !word.ends_with("us")) {
    word.pop_back();
  }
  return word;
}

}  // namespace

bool IsFunctionWord(std::string_view lower) {
  return std::binary_search(kFunctionWords.begin(), kFunctionWords.end(), lower);
}

std::vector<std::string> ContentWords(const text::TextAnalysis& text, Span span) {
  std::vector<std::string> words;
  const auto first = std::lower_bound(
      text.tokens.begin(), text.tokens.end(), span.begin,
      [](const text::Token& t, std::uint32_t offset) { return t.begin < offset; });
  for (auto t = first; t != text.tokens.end() && t->end <= span.end; ++t) {
    if (t->kind != text::TokenKind::kWord && t->kind != text::TokenKind::kNumber) continue;
    std::string lower = LowerAscii(text.norm_text(*t));
    if (IsFunctionWord(lower)) continue;
    words.push_back(Stem(std::move(lower)));
  }
  return words;
}

}  // namespace readout::compare
