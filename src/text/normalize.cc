// Normalization with an offset map back to the original bytes.
//
// The text is walked once. Runs of ASCII are copied as they are (the common
// case: one map entry per run, no per-byte work beyond the scan). A non-ASCII
// code point is either folded (typographic quotes, dashes, spaces, invisible
// characters: a fixed table), or copied when ICU says it is NFC-inert, or
// gathered with the code points that combine with it into one normalization
// segment that ICU composes; the segment maps as a whole to the original
// bytes it came from. An invalid byte becomes U+FFFD mapped to that byte.
// A combining mark that follows an ASCII base pulls the base into its segment,
// so "e" + U+0301 becomes the single code point U+00E9.
#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "readout/text.h"
#include "readout/utf8.h"

namespace readout::text {
namespace {

// What a typographic variant folds to for matching, or nullptr to keep it.
const char* Fold(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x02BC: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0x00AB: case 0x00BB: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
    case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case 0x2026:
      return "...";
    default:
      return nullptr;
  }
}

const icu::Normalizer2& Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  // ICU owns the instance; it is immutable and thread-safe.
  static const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return *nfc;
}

}  // namespace

void NormalizedText::Clear() {
  text_.clear();
  runs_.clear();
  invalid_bytes_ = 0;
}

void NormalizedText::Copy(std::string_view bytes, std::uint32_t orig_begin) {
  if (bytes.empty()) return;
  const auto n = static_cast<std::uint32_t>(bytes.size());
  if (!runs_.empty()) {
    Run& last = runs_.back();
    if (last.copied && last.orig_end == orig_begin &&
        last.norm_begin + (last.orig_end - last.orig_begin) == text_.size()) {
      last.orig_end += n;
      text_.append(bytes);
      return;
    }
  }
  runs_.push_back({static_cast<std::uint32_t>(text_.size()), orig_begin, orig_begin + n, true});
  text_.append(bytes);
}

void NormalizedText::Replace(std::string_view bytes, std::uint32_t orig_begin, std::uint32_t orig_end) {
  if (bytes.empty()) return;  // dropped characters leave no trace in the map
  runs_.push_back({static_cast<std::uint32_t>(text_.size()), orig_begin, orig_end, false});
  text_.append(bytes);
}

const NormalizedText::Run& NormalizedText::RunAt(std::uint32_t n) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), n,
                             [](std::uint32_t v, const Run& r) { return v < r.norm_begin; });
  return *(it - 1);
}

std::uint32_t NormalizedText::OriginalBegin(std::uint32_t n) const {
  if (runs_.empty()) return 0;
  if (n >= text_.size()) return runs_.back().orig_end;
  const Run& r = RunAt(n);
  return r.copied ? r.orig_begin + (n - r.norm_begin) : r.orig_begin;
}

std::uint32_t NormalizedText::OriginalEnd(std::uint32_t n) const {
  if (runs_.empty() || n == 0) return runs_.empty() ? 0 : runs_.front().orig_begin;
  const Run& r = RunAt(n - 1);
  return r.copied ? r.orig_begin + (n - r.norm_begin) : r.orig_end;
}

std::size_t NormalizedText::Cursor::Seek(std::uint32_t n) {
  const std::vector<Run>& runs = n_.runs_;
  if (run_ >= runs.size() || runs[run_].norm_begin > n) {
    run_ = static_cast<std::size_t>(&n_.RunAt(n) - runs.data());  // moved backwards: search
    return run_;
  }
  // A few steps forward is the common case; a long jump (a new paragraph
  // far ahead) is cheaper by search.
  for (int steps = 0; run_ + 1 < runs.size() && runs[run_ + 1].norm_begin <= n; ++steps) {
    if (steps == 8) {
      run_ = static_cast<std::size_t>(&n_.RunAt(n) - runs.data());
      break;
    }
    ++run_;
  }
  return run_;
}

std::uint32_t NormalizedText::Cursor::OriginalBegin(std::uint32_t n) {
  if (n_.runs_.empty() || n >= n_.text_.size()) return n_.OriginalBegin(n);
  const Run& r = n_.runs_[Seek(n)];
  return r.copied ? r.orig_begin + (n - r.norm_begin) : r.orig_begin;
}

std::uint32_t NormalizedText::Cursor::OriginalEnd(std::uint32_t n) {
  if (n_.runs_.empty() || n == 0) return n_.OriginalEnd(n);
  const Run& r = n_.runs_[Seek(n - 1)];
  return r.copied ? r.orig_begin + (n - r.norm_begin) : r.orig_end;
}

void NormalizeAppend(std::string_view original, Span span, NormalizedText& out) {
  const icu::Normalizer2& nfc = Nfc();
  std::uint32_t i = span.begin;
  const std::uint32_t end = std::min<std::uint32_t>(span.end, static_cast<std::uint32_t>(original.size()));
  // A span may end inside a character: nothing past its end is read, so the
  // cut character's bytes are invalid here (U+FFFD), never completed from
  // the next span.
  original = original.substr(0, end);
  const auto at = [&](std::uint32_t k) { return static_cast<unsigned char>(original[k]); };
  std::string composed;
  while (i < end) {
    // ASCII run. If a combining code point follows it, its last byte is the
    // base the mark sits on and goes into the normalization segment instead.
    std::uint32_t j = i;
    while (j < end && at(j) < 0x80) ++j;
    std::uint32_t seg = j;
    if (j < end && j > i) {
      char32_t cp = 0;
      if (DecodeUtf8(original, j, &cp) != 0 && !nfc.hasBoundaryBefore(static_cast<UChar32>(cp))) {
        seg = j - 1;
      }
    }
    out.Copy(original.substr(i, seg - i), i);
    i = seg;
    if (i >= end) break;

    char32_t cp = 0;
    const auto len = static_cast<std::uint32_t>(DecodeUtf8(original, i, &cp));
    if (len == 0) {
      out.Replace("\xEF\xBF\xBD", i, i + 1);
      out.CountInvalid();
      ++i;
      continue;
    }
    if (const char* folded = Fold(cp)) {
      out.Replace(folded, i, i + len);  // "" drops the character
      i += len;
      continue;
    }
    if (at(i) >= 0x80 && nfc.isInert(static_cast<UChar32>(cp))) {
      out.Copy(original.substr(i, len), i);
      i += len;
      continue;
    }
    // A normalization segment: this code point (or the ASCII base before a
    // mark) and every following one that has no boundary before it.
    std::uint32_t k = i + (at(i) < 0x80 ? 1 : len);
    while (k < end) {
      char32_t next = 0;
      const auto next_len = static_cast<std::uint32_t>(DecodeUtf8(original, k, &next));
      if (next_len == 0 || nfc.hasBoundaryBefore(static_cast<UChar32>(next))) break;
      k += next_len;
    }
    const std::string_view segment = original.substr(i, k - i);
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(segment.data(), static_cast<std::int32_t>(segment.size())));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc.isNormalized(u, status) && U_SUCCESS(status)) {
      out.Copy(segment, i);
    } else {
      status = U_ZERO_ERROR;
      const icu::UnicodeString n = nfc.normalize(u, status);
      composed.clear();
      if (U_SUCCESS(status)) n.toUTF8String(composed);
      if (composed.empty()) composed.assign(segment);
      out.Replace(composed, i, k);
    }
    i = k;
  }
}

std::string Normalize(std::string_view s) {
  NormalizedText out;
  NormalizeAppend(s, Span{0, static_cast<std::uint32_t>(s.size())}, out);
  return out.text();
}

}  // namespace readout::text
