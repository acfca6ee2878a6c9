#include "ingest/language.h"

#include <algorithm>
#include <array>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>
#include <string_view>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include "ingest/strings.h"
#include "readout/ingest.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

// Appends up to `room` bytes of s to out without splitting a UTF-8 sequence.
void AppendBounded(std::string_view s, std::size_t room, std::string& out) {
  if (s.size() > room) {
    std::size_t n = room;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
  }
  out.append(s);
}

// Content bytes, masked tags skipped, up to kLanguageSampleBytes.
std::string Sample(const Document& doc) {
  std::string out;
  out.reserve(kLanguageSampleBytes);
  std::size_t m = 0;  // next masked range
  for (const Span c : doc.content) {
    if (out.size() >= kLanguageSampleBytes) break;
    if (!out.empty()) out += '\n';
    std::size_t pos = c.begin;
    while (pos < c.end && out.size() < kLanguageSampleBytes) {
      while (m < doc.masked.size() && doc.masked[m].end <= pos) ++m;
      std::size_t stop = c.end;
      if (m < doc.masked.size() && doc.masked[m].begin < c.end) {
        stop = std::max<std::size_t>(pos, doc.masked[m].begin);
      }
      AppendBounded(std::string_view(doc.text).substr(pos, stop - pos),
                    kLanguageSampleBytes - out.size(), out);
      if (stop == c.end) break;
      out += ' ';
      pos = doc.masked[m].end;
    }
  }
  if (CheckUtf8(out).invalid > 0) out = RepairUtf8(out);
  return out;
}

// English function words: in English prose about one word in three is one
// of them; in other languages written in Latin letters hardly any are.
bool IsEnglishFunctionWord(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said", "at",
      "from", "it", "his", "has", "have", "be", "are", "were", "will", "an", "its", "which", "their",
      "this", "would"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// A cheap first look, so that CLD2 (some 45,000 instructions for a
// one-sentence record) runs only where it is needed: a sample of at least
// eight words, a quarter of them English function words, and no word
// written in letters beyond ASCII, is English. Anything else is left to
// CLD2.
bool PlainlyEnglish(std::string_view sample) {
  std::size_t words = 0, function = 0;
  std::string word;
  bool foreign = false;  // the current word holds a letter beyond ASCII
  auto end_word = [&]() -> bool {
    if (foreign) return false;
    if (!word.empty()) {
      ++words;
      function += IsEnglishFunctionWord(word);
    }
    word.clear();
    return true;
  };
  for (std::size_t i = 0; i < sample.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(sample[i]);
    if (c >= 0x80) {
      // Typographic punctuation (U+2000-U+206F: curly quotes, dashes) is
      // English news's own; any other non-ASCII character in a word is not.
      if (c == 0xE2 && i + 1 < sample.size() && (static_cast<unsigned char>(sample[i + 1]) & 0xFC) == 0x80) {
        if (!end_word()) return false;
        i += 2;
        continue;
      }
      foreign = true;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += static_cast<char>(c | 0x20);
      continue;
    }
    if (c == '\'' && !word.empty()) continue;  // "Russia's" is one word here
    if (!end_word()) return false;
  }
  if (!end_word()) return false;
  return words >= 8 && 4 * function >= words;
}

}  // namespace

std::string DetectLanguageCode(const Document& doc) {
  const std::string sample = Sample(doc);
  if (sample.empty()) return {};
  if (PlainlyEnglish(sample)) return "en";
  CLD2::CLDHints hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix = 0;
  bool reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(sample.size()), /*is_plain_text=*/true, &hints, 0,
      language3, percent3, scores3, nullptr, &text_bytes, &reliable, &valid_prefix);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang >= CLD2::NUM_LANGUAGES) return {};
  std::string code = CLD2::LanguageCode(lang);
  // Codes CLD2 still uses for historical reasons, as ISO 639-1 has them now.
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "un" || code.empty()) return {};
  return code;
}

}  // namespace readout::ingest

namespace readout {

void FillLanguage(Document& doc) {
  if (!doc.language.empty()) return;
  doc.language_detected = ingest::DetectLanguageCode(doc);
  doc.language = doc.language_detected;
}

}  // namespace readout
