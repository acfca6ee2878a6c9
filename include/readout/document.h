// The unit every stage works on: one news report and what is known about it.
//
// Ownership and offsets: a Document owns its text. Every span readout
// produces later (tokens, sentences, mentions, events, quotes) is a pair of
// byte offsets into Document::text, so every output points back at its
// evidence. For plain-text input, text is the file's bytes exactly; for
// JSONL and PETRARCH XML it is the record's decoded text field; for TABARI
// text it is the record's lines (its /* comments */ outside content); for HTML it is
// the article text extracted from the page (blocks separated by blank lines).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout {

// A half-open byte range [begin, end) into Document::text.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class InputFormat : std::uint8_t { kUnknown, kText, kHtml, kJsonl, kJson, kPetrarchXml, kTabariText };

std::string_view FormatName(InputFormat f);

struct Document {
  // Stable identifier: the `id` of a JSONL or XML record, otherwise the
  // file name (without directories). Every output record names it as `doc`.
  std::string id;
  std::string outlet;
  std::string url;
  std::string published;  // ISO 8601 date (YYYY-MM-DD) or date-time, YYYY-MM
                          // when only the month is known; "" if unknown
  // Where `published` came from: "meta" (the record, the sidecar or the
  // page's meta tags and JSON-LD), "url" (/2025/02/24/), "dateline" (a
  // dateline, byline or "Published ..." line at the top), "text" (the latest
  // full date the text names); "" when unknown. Photo captions never date
  // a document.
  std::string published_source;
  std::string title;
  // BCP-47-ish language code ("en", "fr", "zh"): from the record or sidecar
  // when given, otherwise detected. language_detected is what the detector
  // said, whatever the metadata claims ("" when detection was not reliable).
  std::string language;
  std::string language_detected;

  std::string text;

  // The parts of text that are article content, in order. Markup left in a
  // text file (an inline image tag, an <address> line) and a title line are
  // outside them, so no later stage ever reads those bytes as prose.
  std::vector<Span> content;
  // Where the title line sits in text, when it is part of text (empty otherwise).
  Span title_span;
  // Byte ranges of text to skip inside content (inline markup such as <b>),
  // in order and not overlapping (as content is).
  std::vector<Span> masked;

  // PETRARCH records mark the text as exactly one sentence (sentence="true").
  bool single_sentence = false;

  // Provenance for diagnostics: the path ("-" for stdin), the 1-based line
  // where the record starts in that file, and the format it was read as.
  std::string source;
  std::uint32_t source_line = 1;
  InputFormat format = InputFormat::kUnknown;
  // Invalid UTF-8 bytes found in text (they are replaced when normalized).
  std::uint32_t invalid_utf8_bytes = 0;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace readout
