// What the fuzz targets share: the contracts every reader's Document must
// keep (include/readout/document.h), checked on each document a target sees,
// so that a reader that returns a bad span fails here rather than somewhere
// downstream; and the path of readout's own data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/document.h"
#include "readout/status.h"
#include "readout/text.h"

namespace readout::fuzz {

// READOUT_DATA_DIR when set (as the CLI reads it), else the source tree's data/.
inline std::string DataDir() {
  const char* env = std::getenv("READOUT_DATA_DIR");
  return env != nullptr && *env != '\0' ? std::string(env) : std::string(READOUT_SOURCE_DIR) + "/data";
}

[[noreturn]] inline void Fail(const Document& doc, const char* what) {
  std::fprintf(stderr, "document contract broken (%s:%u, id %s): %s\n", doc.source.c_str(),
               doc.source_line, doc.id.c_str(), what);
  std::abort();
}

// Spans inside text, each begin <= end, in order and not overlapping.
inline void CheckSpans(const Document& doc, const std::vector<Span>& spans, const char* what) {
  std::uint32_t last = 0;
  for (const Span& s : spans) {
    if (s.begin > s.end || s.end > doc.text.size()) Fail(doc, what);
    if (s.begin < last) Fail(doc, what);
    last = s.end;
  }
}

inline void CheckDocument(const Document& doc) {
  CheckSpans(doc, doc.content, "content span out of text or out of order");
  CheckSpans(doc, doc.masked, "masked span out of text or out of order");
  if (doc.title_span.begin > doc.title_span.end || doc.title_span.end > doc.text.size()) {
    Fail(doc, "title span out of text");
  }
  if (doc.source_line == 0) Fail(doc, "source line 0 (lines are 1-based)");
}

// The text stage's contracts (include/readout/text.h): tokens inside the
// document and the normalized text, in order; sentences cover consecutive
// token ranges and name their paragraph; paragraphs their sentences.
inline void CheckAnalysis(const Document& doc, const text::TextAnalysis& a) {
  const std::size_t n = a.norm.text().size();
  std::uint32_t last = 0;
  for (const text::Token& t : a.tokens) {
    if (t.begin >= t.end || t.end > doc.text.size()) Fail(doc, "token out of text");
    if (t.nbegin > t.nend || t.nend > n) Fail(doc, "token out of normalized text");
    if (t.begin < last) {
      std::fprintf(stderr, "token at %u after one ending at %u\n", t.begin, last);
      Fail(doc, "tokens out of order");
    }
    last = t.end;
  }
  std::uint32_t next_token = 0;
  for (const text::Sentence& s : a.sentences) {
    if (s.first_token < next_token || s.first_token >= s.end_token ||
        s.end_token > a.tokens.size()) {
      Fail(doc, "sentence token range");
    }
    next_token = s.end_token;
    if (s.paragraph >= a.paragraphs.size()) Fail(doc, "sentence names no paragraph");
    if (s.span.begin > s.span.end || s.span.end > doc.text.size()) Fail(doc, "sentence span");
    (void)text::VisibleText(doc, s.span);
  }
  for (const text::Paragraph& p : a.paragraphs) {
    if (p.first_sentence > p.end_sentence || p.end_sentence > a.sentences.size()) {
      Fail(doc, "paragraph sentence range");
    }
  }
}

// Formats every diagnostic and the status as a front end would print them
// (excerpts and carets are computed from offsets the readers report).
inline std::size_t FormatAll(const Diagnostics& diags, const Status& status) {
  std::size_t bytes = status.ToString().size();
  for (const Diagnostic& d : diags.items()) bytes += FormatDiagnostic(d).size();
  return bytes;
}

}  // namespace readout::fuzz
