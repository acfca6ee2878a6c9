// Language identification, so that non-English text is flagged instead of
// being coded with English dictionaries.
//
// CLD2 scores a sample of the document's content (at most
// kLanguageSampleBytes, masked markup skipped, invalid UTF-8 repaired). CLD2
// costs about 60 us per kilobyte here, so the sample is what bounds the cost
// per document; a kilobyte of prose (some 170 words) identifies the
// language of a news article as reliably as the whole of it, and CLD2's own
// reliability flag covers the rest (short or mixed text gives "").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "readout/document.h"

namespace readout::ingest {

inline constexpr std::size_t kLanguageSampleBytes = 1024;

// The ISO 639-1 code ("en", "fr"; "zh-Hant" for traditional Chinese) CLD2
// gives the document's content, or "" when it is not reliable.
std::string DetectLanguageCode(const Document& doc);

}  // namespace readout::ingest
