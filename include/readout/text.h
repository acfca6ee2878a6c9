// text: a Document's content as normalized text, tokens, sentences and
// paragraphs, every piece carrying byte offsets into Document::text.
//
//   Normalize   UTF-8 repaired (each invalid byte becomes U+FFFD), NFC, and
//               typographic variants folded for matching: curly quotes and
//               primes to ' and ", dashes to -, exotic spaces to ' ', soft
//               hyphens and zero-width characters dropped, "…" to "...".
//               An offset map leads from every normalized byte back to the
//               original bytes.
//   Tokenize    words, abbreviations (U.S., Feb., Mr.), numbers and amounts
//               (1,000.5; $ 2 million), hyphenated compounds (China-Russia),
//               possessives and contractions split off (Russia 's, would n't),
//               quotes marked as opening or closing, URLs kept whole.
//   Split       paragraphs (blank lines; single line breaks unless the text is
//               hard-wrapped), then sentences within a paragraph: terminal
//               punctuation followed by a plausible sentence start, never
//               after a title abbreviation, never inside a quotation that the
//               same sentence continues ("...woe," Xi told Putin); headline
//               lines end a sentence without punctuation.
//
// Contracts: TextPipeline is cheap to keep and reuse; Analyze() clears and
// refills a TextAnalysis, reusing its memory, so one of each per thread codes
// a stream of documents without allocating per token. A TextAnalysis refers
// to nothing in the Document after Analyze returns (it copies what it needs),
// but its offsets are meaningful only against that Document's text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/document.h"

namespace readout::text {

// ---------------------------------------------------------------- normalize

// The normalized form of a document's content and the map back to the
// original bytes. The map is piecewise: a run of bytes copied unchanged maps
// byte for byte; a replaced run (a folded quote, an NFC-composed sequence, a
// repaired byte) maps as a whole to the original bytes it came from.
class NormalizedText {
 public:
  const std::string& text() const { return text_; }
  std::string_view view(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text_).substr(begin, end - begin);
  }
  // Original offset of normalized offset n, for a span start (the first
  // original byte that produced byte n) and for a span end (one past the
  // last original byte that produced byte n-1).
  std::uint32_t OriginalBegin(std::uint32_t n) const;
  std::uint32_t OriginalEnd(std::uint32_t n) const;
  std::uint32_t invalid_bytes() const { return invalid_bytes_; }

  // The same mapping for offsets visited mostly in increasing order (the
  // tokenizer's): amortized O(1) instead of a binary search per call.
  // Valid while the NormalizedText is not modified.
  class Cursor {
   public:
    explicit Cursor(const NormalizedText& n) : n_(n) {}
    std::uint32_t OriginalBegin(std::uint32_t n);
    std::uint32_t OriginalEnd(std::uint32_t n);

   private:
    std::size_t Seek(std::uint32_t n);
    const NormalizedText& n_;
    std::size_t run_ = 0;
  };

  // --- building (used by Normalize) ---
  void Clear();
  void Copy(std::string_view bytes, std::uint32_t orig_begin);            // unchanged run
  void Replace(std::string_view bytes, std::uint32_t orig_begin, std::uint32_t orig_end);
  void CountInvalid() { ++invalid_bytes_; }

 private:
  struct Run {
    std::uint32_t norm_begin;
    std::uint32_t orig_begin;
    std::uint32_t orig_end;
    bool copied;  // byte-for-byte; otherwise the run maps as a whole
  };
  const Run& RunAt(std::uint32_t n) const;

  std::string text_;
  std::vector<Run> runs_;
  std::uint32_t invalid_bytes_ = 0;
};

// Appends the normalized form of original[span] to out, mapping offsets to
// span-relative positions of `original` (offsets are into `original`).
void NormalizeAppend(std::string_view original, Span span, NormalizedText& out);

// Whole-string convenience (tests, dictionary keys): the normalized text of s.
std::string Normalize(std::string_view s);

// ---------------------------------------------------------------- tokens

enum class TokenKind : std::uint8_t {
  kWord,     // letters, with inner hyphens, apostrophes and periods (U.S.)
  kNumber,   // 3, 1,000.5, 70th, 2025-02-24, 10:30
  kPunct,    // . , ; : ! ? ( ) - ... and the like
  kQuote,    // " or ' used as a quotation mark (see kOpenQuote / kCloseQuote)
  kSymbol,   // $ % & + and other symbols, currency signs
  kUrl,      // http://..., www...., e-mail addresses, @handles
  kClitic,   // 's, ', n't, 're, 've, 'll, 'd, 'm split off a word
};

enum TokenFlags : std::uint8_t {
  kNone = 0,
  kAbbreviation = 1 << 0,   // ends with a period that belongs to it (Mr., U.S.)
  kHyphenated = 1 << 1,     // word-internal hyphen (Russia-Ukraine)
  kOpenQuote = 1 << 2,
  kCloseQuote = 1 << 3,
  kCapitalized = 1 << 4,    // first letter upper case
  kSpaceBefore = 1 << 5,    // preceded by white space (or starts its paragraph)
  kLineStart = 1 << 6,      // first token on its line
};

// 20 bytes, trivially copyable: offsets into Document::text (begin/end) and
// into the NormalizedText (nbegin/nend).
struct Token {
  std::uint32_t begin;
  std::uint32_t end;
  std::uint32_t nbegin;
  std::uint32_t nend;
  TokenKind kind;
  std::uint8_t flags;
  std::uint16_t reserved;
  bool has(TokenFlags f) const { return (flags & f) != 0; }
};

std::string_view TokenKindName(TokenKind k);

// ---------------------------------------------------------------- sentences

enum SentenceFlags : std::uint8_t {
  kTitleSentence = 1 << 0,      // the document's title line
  kQuoteOpenAtStart = 1 << 1,   // starts inside a quotation opened earlier
  kQuoteOpenAtEnd = 1 << 2,     // a quotation continues into the next sentence
  kForcedBreak = 1 << 3,        // cut at the token limit, not at punctuation
};

struct Sentence {
  Span span;                    // original offsets, first token to last
  std::uint32_t first_token;    // index into TextAnalysis::tokens
  std::uint32_t end_token;      // one past the last
  std::uint32_t paragraph;      // index into TextAnalysis::paragraphs
  std::uint8_t flags;
  bool has(SentenceFlags f) const { return (flags & f) != 0; }
};

struct Paragraph {
  Span span;                    // original offsets, first token to last
  std::uint32_t first_sentence;
  std::uint32_t end_sentence;
};

struct TextAnalysis {
  NormalizedText norm;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Paragraph> paragraphs;

  // The normalized (folded) text of a token: what matching sees.
  std::string_view norm_text(const Token& t) const { return norm.view(t.nbegin, t.nend); }
  void Clear();
};

struct TextOptions {
  // A sentence longer than this many tokens is cut (kForcedBreak), so that
  // junk without punctuation cannot make later stages quadratic.
  std::uint32_t max_sentence_tokens = 250;
  // A token longer than this many bytes is cut into pieces of this size.
  std::uint32_t max_token_bytes = 1024;
};

class TextPipeline {
 public:
  explicit TextPipeline(TextOptions options = {}) : options_(options) {}
  // Normalizes, tokenizes and splits doc's title span and content (skipping
  // masked ranges) into out, which is cleared first.
  void Analyze(const Document& doc, TextAnalysis& out) const;

 private:
  TextOptions options_;
};

// The text of an original span with masked ranges left out: what a person
// should read for a sentence (offsets still name the whole span).
std::string VisibleText(const Document& doc, Span span);

}  // namespace readout::text
