// Sentence splitting over the tokens of one paragraph.
//
// A candidate boundary is a token that can end a sentence: . ! ? or an
// ellipsis, or an abbreviation whose period may double as a full stop. The
// closing quotation marks and brackets right after it belong to the ending
// sentence. The candidate becomes a boundary when what follows looks like a
// sentence start: not a lower-case word ("...?" he asked), not a comma or
// other continuing punctuation; after an abbreviation (U.S.) or an ellipsis,
// only a capitalized common sentence opener or an opening quote (so "the U.S.
// President" and "safeguard... the fruits" stay one sentence); after a title
// abbreviation (Mr., Gen.) never. Quotation depth is tracked so each
// sentence knows whether it starts or ends inside a quotation that another
// sentence continues.
#include <string_view>

#include "text/abbreviations.h"
#include "text/segment.h"

namespace readout::text {
namespace {

bool IsTerminal(std::string_view t) {
  if (t == "." || t == "!" || t == "?") return true;
  return t.size() >= 2 && t.find_first_not_of('.') == std::string_view::npos;  // ellipsis
}

bool IsClosing(const Token& t, std::string_view text) {
  if (t.kind == TokenKind::kQuote) return t.has(kCloseQuote);
  return t.kind == TokenKind::kPunct && (text == ")" || text == "]");
}

bool IsLowerWord(const Token& t, std::string_view text) {
  return (t.kind == TokenKind::kWord || t.kind == TokenKind::kClitic) && !t.has(kCapitalized) &&
         !text.empty() && !(text[0] >= '0' && text[0] <= '9');
}

bool ContinuesSentence(std::string_view text) {
  return text == "," || text == ";" || text == ":" || text == ")" || text == "]" || text == "-" ||
         text == "--" || text == "%";
}

}  // namespace

void SplitSentences(const TextAnalysis& a, std::uint32_t first, std::uint32_t end,
                    std::uint32_t paragraph, bool split, const TextOptions& options,
                    std::vector<Sentence>& out) {
  const std::vector<Token>& tokens = a.tokens;
  std::uint32_t start = first;
  int depth = 0;              // open double quotation marks
  bool open_at_start = false;
  auto emit = [&](std::uint32_t stop, std::uint8_t extra) {
    std::uint8_t flags = extra;
    if (open_at_start) flags |= kQuoteOpenAtStart;
    if (depth > 0 && stop < end) flags |= kQuoteOpenAtEnd;
    out.push_back(Sentence{Span{tokens[start].begin, tokens[stop - 1].end}, start, stop, paragraph, flags});
    start = stop;
    open_at_start = depth > 0;
  };
  auto track = [&](const Token& t) {
    if (t.kind != TokenKind::kQuote || a.norm_text(t) != "\"") return;
    if (t.has(kOpenQuote)) depth = 1;   // quotes do not nest in news prose
    else depth = 0;
  };

  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    track(t);
    if (i + 1 - start >= options.max_sentence_tokens && i + 1 < end) {
      emit(i + 1, kForcedBreak);
      continue;
    }
    if (!split) continue;
    const std::string_view text = a.norm_text(t);
    const bool abbreviation = t.has(kAbbreviation);
    if (!abbreviation && !IsTerminal(text)) continue;

    std::uint32_t k = i + 1;
    while (k < end && IsClosing(tokens[k], a.norm_text(tokens[k]))) track(tokens[k++]);
    if (k >= end) {
      i = k - 1;
      continue;  // the paragraph's end closes the sentence
    }
    const Token& next = tokens[k];
    const std::string_view next_text = a.norm_text(next);
    bool boundary;
    if (abbreviation) {
      const std::string_view word = text.substr(0, text.size() - 1);
      const bool starter = next.has(kCapitalized) && IsSentenceStarter(next_text);
      boundary = ClassifyAbbreviation(word) != AbbreviationKind::kTitle &&
                 (starter || (next.kind == TokenKind::kQuote && next.has(kOpenQuote)));
    } else if (text.size() >= 2) {  // ellipsis: "safeguard... the fruits"
      boundary = next.has(kCapitalized) || (next.kind == TokenKind::kQuote && next.has(kOpenQuote));
    } else {
      boundary = !IsLowerWord(next, next_text) && !ContinuesSentence(next_text);
    }
    if (boundary) emit(k, 0);
    i = k - 1;
  }
  if (start < end) emit(end, 0);
}

}  // namespace readout::text
