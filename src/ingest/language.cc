#include "ingest/language.h"

#include <algorithm>
#include <array>
#include <cstdio>  // compact_lang_det.h uses FILE without including it

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

}  // namespace

std::string DetectLanguageCode(const Document& doc) {
  const std::string sample = Sample(doc);
  if (sample.empty()) return {};
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
