// Tokenizer: one pass, left to right, over a paragraph of normalized text.
//
// At each position the first byte's class picks a scanner: a word (letters,
// then inner hyphens, apostrophes, initialism periods), a number (digits with
// thousands separators, decimals, times, dates and unit or ordinal
// suffixes), a URL or handle, or a single punctuation or symbol code point
// (runs of dots and dashes stay together). Clitics are split off the word
// they end ('s, n't ...) as separate tokens. Quotation marks are classified
// as opening or closing: from the original character when it was a curly
// quote (folding made them identical), from the surrounding spacing
// otherwise. Every token gets its offsets mapped back to the original bytes.
#include "text/tokenizer.h"

#include <array>
#include <cstring>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace readout::text {
namespace {

constexpr std::array<std::string_view, 6> kCliticSuffixes = {"s", "re", "ve", "ll", "d", "m"};

class Tokenizer {
 public:
  Tokenizer(const NormalizedText& norm, std::string_view original, std::uint32_t end,
            const TextOptions& options, std::vector<Token>& tokens)
      : norm_(norm), cursor_(norm), s_(norm.text()), original_(original), end_(end), options_(options), tokens_(tokens) {}

  void Run(std::uint32_t begin) {
    begin_ = begin;
    std::uint32_t i = begin;
    while (i < end_) {
      std::size_t len = 0;
      const std::uint8_t c = ClassAt(s_, i, &len);
      if (c & kSpace) {
        space_before_ = true;
        if (c & kNewline) line_start_ = true;
        i += static_cast<std::uint32_t>(len);
        continue;
      }
      if (IsUrlStart(i)) {
        i = ScanUrl(i);
      } else if (c & kLetter) {
        i = ScanWord(i);
      } else if (c & kDigit) {
        i = ScanNumber(i);
      } else {
        i = ScanPunct(i, c, static_cast<std::uint32_t>(len));
      }
    }
  }

 private:
  std::uint8_t ClassAtOrEnd(std::uint32_t i) const {
    if (i >= end_) return kSpace;
    std::size_t len = 0;
    return ClassAt(s_, i, &len);
  }
  bool IsLetterAt(std::uint32_t i) const { return (ClassAtOrEnd(i) & kLetter) != 0; }
  bool IsDigitAt(std::uint32_t i) const { return (ClassAtOrEnd(i) & kDigit) != 0; }
  bool IsAlnumAt(std::uint32_t i) const { return (ClassAtOrEnd(i) & (kLetter | kDigit)) != 0; }
  bool IsSpaceAt(std::uint32_t i) const { return (ClassAtOrEnd(i) & kSpace) != 0; }
  char At(std::uint32_t i) const { return i < end_ ? s_[i] : '\0'; }

  std::uint32_t SkipAlnum(std::uint32_t j) const {
    while (j < end_) {
      std::size_t len = 0;
      if (!(ClassAt(s_, j, &len) & (kLetter | kDigit))) break;
      j += static_cast<std::uint32_t>(len);
    }
    return j;
  }

  void Emit(std::uint32_t b, std::uint32_t e, TokenKind kind, std::uint8_t flags) {
    std::size_t len = 0;
    if (ClassAt(s_, b, &len) & kUpper) flags |= kCapitalized;
    if (space_before_) flags |= kSpaceBefore;
    if (line_start_) flags |= kLineStart;
    // A pathological token (a megabyte without a space) is cut into pieces
    // at code point boundaries, so that no later stage sees it whole.
    while (e - b > options_.max_token_bytes) {
      std::uint32_t cut = b + options_.max_token_bytes;
      while (cut > b + 1 && (static_cast<unsigned char>(s_[cut]) & 0xC0) == 0x80) --cut;
      Push(b, cut, kind, flags);
      flags &= static_cast<std::uint8_t>(~(kSpaceBefore | kLineStart | kCapitalized));
      b = cut;
    }
    Push(b, e, kind, flags);
    space_before_ = false;
    line_start_ = false;
  }

  void Push(std::uint32_t b, std::uint32_t e, TokenKind kind, std::uint8_t flags) {
    tokens_.push_back(Token{cursor_.OriginalBegin(b), cursor_.OriginalEnd(e), b, e, kind, flags, 0});
  }

  bool IsUrlStart(std::uint32_t i) const {
    const std::string_view rest = s_.substr(i, std::min<std::size_t>(8, end_ - i));
    if (rest.starts_with("http://") || rest.starts_with("https://")) return true;
    if ((rest.starts_with("www.") || rest.starts_with("WWW.")) && IsAlnumAt(i + 4)) return true;
    return At(i) == '@' && IsAlnumAt(i + 1) && (i == 0 || IsSpaceAt(i - 1) || space_before_);
  }

  std::uint32_t ScanUrl(std::uint32_t i) {
    std::uint32_t j = i + 1;
    while (j < end_ && !IsSpaceAt(j) && s_[j] != '"' && s_[j] != '<' && s_[j] != '>') ++j;
    // Sentence punctuation after a URL is not part of it.
    while (j > i + 1 && std::strchr(".,;:!?)]'", s_[j - 1]) != nullptr) --j;
    Emit(i, j, TokenKind::kUrl, kNone);
    return j;
  }

  // If the local part of an e-mail address continues at j (".b@x.org" or
  // "@x.org"), where the address ends; otherwise j. Short lookahead only.
  std::uint32_t EmailEndsAt(std::uint32_t j) const {
    std::uint32_t k = j;
    const std::uint32_t limit = std::min<std::uint32_t>(end_, j + 64);
    while (k < limit && s_[k] != '@' && (IsAlnumAt(k) || s_[k] == '.' || s_[k] == '_' || s_[k] == '-')) ++k;
    if (At(k) != '@' || !IsAlnumAt(k + 1)) return j;
    k = k + 1;
    bool dot = false;
    while (k < end_ && (IsAlnumAt(k) || ((s_[k] == '.' || s_[k] == '-') && IsAlnumAt(k + 1)))) {
      if (s_[k] == '.') dot = true;
      ++k;
    }
    return dot ? k : j;
  }

  std::uint32_t ScanWord(std::uint32_t start) {
    std::uint32_t j = start;
    std::uint32_t segment = start;     // start of the current letter run
    std::uint8_t flags = kNone;
    bool initialism = false;           // consumed an inner period of U.S., e.g.
    bool has_clitic = false;
    std::uint32_t clitic_begin = 0, clitic_end = 0;
    TokenKind kind = TokenKind::kWord;
    for (;;) {
      j = SkipAlnum(j);
      const char ch = At(j);
      if (ch == '-' && IsAlnumAt(j + 1)) {
        flags |= kHyphenated;
        segment = ++j;
        continue;
      }
      if ((ch == '.' || ch == '_') && IsAlnumAt(j + 1) && EmailEndsAt(j) > j) {
        kind = TokenKind::kUrl;  // a.b@example.org
        j = EmailEndsAt(j);
        break;
      }
      if (ch == '.' && j - segment == 1 && IsLetterAt(j + 1) && At(j + 2) == '.') {
        initialism = true;  // U.S., U.N., e.g.
        segment = ++j;
        continue;
      }
      if (ch == '.' && !initialism && IsLetterAt(j + 1) && IsLetterAt(j + 2) && j - segment > 1) {
        segment = ++j;  // a domain inside a word: thediplomat.com
        continue;
      }
      if (ch == '\'' && IsLetterAt(j + 1)) {
        const std::uint32_t after = j + 1;
        if (j - start >= 2 && (s_[j - 1] == 'n' || s_[j - 1] == 'N') && (At(after) == 't' || At(after) == 'T') &&
            !IsAlnumAt(after + 1)) {
          has_clitic = true;
          clitic_begin = j - 1;  // would|n't, ca|n't
          clitic_end = after + 1;
          j = j - 1;
          break;
        }
        const std::uint32_t m = SkipAlnum(after);
        bool clitic = false;
        for (std::string_view suffix : kCliticSuffixes) {
          if (m - after == suffix.size() && s_.compare(after, suffix.size(), suffix) == 0) clitic = true;
        }
        if (clitic) {
          has_clitic = true;
          clitic_begin = j;  // Russia|'s, they|'re
          clitic_end = m;
          break;
        }
        j = after;  // O'Brien, d'Ivoire
        continue;
      }
      if (ch == '@' && j > start && EmailEndsAt(j) > j) {
        kind = TokenKind::kUrl;  // e-mail address
        j = EmailEndsAt(j);
      }
      break;
    }
    if (At(j) == '.' && !has_clitic) {
      if (initialism && j - segment == 1) {
        ++j;
        flags |= kAbbreviation;
      } else if (!initialism && (flags & kHyphenated) == 0 &&
                 ClassifyAbbreviation(s_.substr(start, j - start)) != AbbreviationKind::kNone) {
        ++j;
        flags |= kAbbreviation;
      }
    } else if (initialism) {
      flags |= kAbbreviation;  // "U.S" without its final period still is one
    }
    Emit(start, j, kind, flags);
    if (has_clitic) {
      Emit(clitic_begin, clitic_end, TokenKind::kClitic, kNone);
      j = clitic_end;
    }
    return j;
  }

  std::uint32_t ScanNumber(std::uint32_t start) {
    std::uint32_t j = start;
    while (IsDigitAt(j)) ++j;
    for (;;) {
      const char ch = At(j);
      if (ch == ',' && IsDigitAt(j + 1) && IsDigitAt(j + 2) && IsDigitAt(j + 3) && !IsDigitAt(j + 4)) {
        j += 4;  // 1,000
        continue;
      }
      if ((ch == '.' || ch == ':' || ch == '/' || ch == '-') && IsDigitAt(j + 1)) {
        j += 1;  // 1,000.5  10:30  24/7  2025-02-24
        while (IsDigitAt(j)) ++j;
        continue;
      }
      break;
    }
    if (IsLetterAt(j)) j = SkipAlnum(j);  // 70th, 1990s, 10km
    if (At(j) == '-' && IsAlnumAt(j + 1)) {
      // 10-year-old: a hyphenated compound that starts with a number.
      while (At(j) == '-' && IsAlnumAt(j + 1)) j = SkipAlnum(j + 1);
      Emit(start, j, TokenKind::kWord, kHyphenated);
      return j;
    }
    Emit(start, j, TokenKind::kNumber, kNone);
    return j;
  }

  // Whether the original bytes of normalized position i are the UTF-8
  // encoding of U+20xx with the given low byte (‘ 0x98, ’ 0x99, “ 0x9C, ” 0x9D).
  bool OriginalIs(std::uint32_t i, unsigned char low) const {
    const std::uint32_t o = norm_.OriginalBegin(i);
    return o + 3 <= original_.size() && static_cast<unsigned char>(original_[o]) == 0xE2 &&
           static_cast<unsigned char>(original_[o + 1]) == 0x80 &&
           static_cast<unsigned char>(original_[o + 2]) == low;
  }

  bool OpensHere(std::uint32_t i) const {
    const bool after_break = space_before_ || i == begin_ ||
                             (i > 0 && std::strchr("([{-/\"", s_[i - 1]) != nullptr);
    return after_break && !IsSpaceAt(i + 1);
  }

  std::uint32_t ScanPunct(std::uint32_t i, std::uint8_t c, std::uint32_t len) {
    const char ch = s_[i];
    if (ch == '"') {
      bool open = OpensHere(i);
      if (OriginalIs(i, 0x9C)) open = true;
      if (OriginalIs(i, 0x9D)) open = false;
      Emit(i, i + 1, TokenKind::kQuote, open ? kOpenQuote : kCloseQuote);
      return i + 1;
    }
    if ((ch == '\'' || ch == '`') && At(i + 1) == ch) return ScanDoubled(i);
    if (ch == '\'') return ScanApostrophe(i);
    if (ch == '.' || ch == '-') {
      std::uint32_t j = i + 1;
      while (At(j) == ch) ++j;
      Emit(i, j, TokenKind::kPunct, kNone);
      return j;
    }
    Emit(i, i + len, (c & kPunctChar) ? TokenKind::kPunct : TokenKind::kSymbol, kNone);
    return i + len;
  }

  // Two apostrophes or two backquotes side by side: one double quotation
  // mark as typewriters and typesetters wrote it (''...'' and ``...''), given
  // as two quote tokens with the same flag. `` always opens; '' opens after
  // a space or a line start when a word follows at once.
  std::uint32_t ScanDoubled(std::uint32_t i) {
    const bool open = s_[i] == '`' || ((space_before_ || i == begin_) && !IsSpaceAt(i + 2) && At(i + 2) != '\0');
    const std::uint8_t flag = open ? kOpenQuote : kCloseQuote;
    Emit(i, i + 1, TokenKind::kQuote, flag);
    Emit(i + 1, i + 2, TokenKind::kQuote, flag);
    return i + 2;
  }

  // A ' that no word took: an opening or closing single quotation mark, or
  // the possessive of a plural (leaders').
  std::uint32_t ScanApostrophe(std::uint32_t i) {
    const bool attached = i > begin_ && !space_before_;
    if (OriginalIs(i, 0x98) || (!attached && IsLetterAt(i + 1) && OpensHere(i))) {
      single_open_ = true;
      Emit(i, i + 1, TokenKind::kQuote, kOpenQuote);
    } else if (attached && !single_open_ && (s_[i - 1] == 's' || s_[i - 1] == 'S')) {
      Emit(i, i + 1, TokenKind::kClitic, kNone);
    } else {
      single_open_ = false;
      Emit(i, i + 1, TokenKind::kQuote, kCloseQuote);
    }
    return i + 1;
  }

  const NormalizedText& norm_;
  NormalizedText::Cursor cursor_;
  std::string_view s_;
  std::string_view original_;
  std::uint32_t end_;
  const TextOptions& options_;
  std::vector<Token>& tokens_;
  std::uint32_t begin_ = 0;
  bool space_before_ = true;
  bool line_start_ = true;
  bool single_open_ = false;
};

}  // namespace

void Tokenize(const NormalizedText& norm, std::string_view original, std::uint32_t begin,
              std::uint32_t end, const TextOptions& options, std::vector<Token>& tokens) {
  Tokenizer(norm, original, end, options, tokens).Run(begin);
}

}  // namespace readout::text
