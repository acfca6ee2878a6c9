// What the format readers share: where the bytes came from, the options, the
// diagnostics sink, and one way out for finished documents.
//
// A reader turns a buffer into Documents and hands each one to Emit(), which
// fills in what every format needs alike (source, default id, sidecar
// metadata, language) before the caller's sink sees it. Readers report a
// problem with one record through RecordError(), which knows whether
// OnError asks to skip the record or to stop.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "readout/diagnostics.h"
#include "readout/document.h"
#include "readout/ingest.h"
#include "readout/status.h"

namespace readout::ingest {

struct ReadContext {
  std::string path;     // as given; "-" is stdin (Document::source)
  std::string display;  // for messages: the path, or "<stdin>"
  std::string name;     // base name for default ids and sidecar lookup; "stdin" for "-"
  InputFormat format = InputFormat::kUnknown;
  const IngestOptions* options = nullptr;
  Diagnostics* diags = nullptr;
  const DocumentSink* sink = nullptr;

  SourceLocation Where(std::uint32_t line = 0, std::uint32_t column = 0) const {
    return SourceLocation{display, line, column};
  }
  // max_document_bytes, clamped so that every offset fits a Span (uint32).
  std::size_t MaxDocumentBytes() const;
};

ReadContext MakeContext(const std::string& path, InputFormat format,
                        const IngestOptions& options, Diagnostics& diags,
                        const DocumentSink& sink);

// Finishes `doc` (source, format, default id, sidecar metadata, language
// detection) and passes it to the sink. Returns false when the sink asks to
// stop.
bool Emit(ReadContext& ctx, Document&& doc);

// Reports a problem with one record: always a kError diagnostic at
// file:line[:column] with an excerpt of `line_text` around `offset_in_line`
// (npos: no column known). `line_text` may be a window into a longer line
// that starts `column_base` bytes after the line does. Returns the Status to
// stop with under OnError::kStop, Ok under OnError::kSkip.
Status RecordError(ReadContext& ctx, StatusCode code, std::string message,
                   std::uint32_t line, std::string_view line_text,
                   std::size_t offset_in_line = std::string_view::npos,
                   std::size_t column_base = 0);

// A warning located in a record: file:line[:column] plus an excerpt.
void Warn(ReadContext& ctx, std::string message, std::uint32_t line,
          std::string_view line_text = {},
          std::size_t offset_in_line = std::string_view::npos,
          std::size_t column_base = 0);

// The readers. Each returns a Status only for a problem with the whole input
// (or a record error under OnError::kStop); record problems under kSkip are
// diagnostics. `bytes` has passed ScreenInput (not empty, not binary).
Status ReadText(std::string bytes, ReadContext& ctx);
Status ReadHtml(std::string_view bytes, ReadContext& ctx);
Status ReadJsonl(std::string_view bytes, ReadContext& ctx);
Status ReadJson(std::string_view bytes, ReadContext& ctx);
Status ReadPetrarchXml(std::string_view bytes, ReadContext& ctx);
Status ReadTabariText(std::string_view bytes, ReadContext& ctx);

// The last path component ("a/b/c.txt" -> "c.txt").
std::string_view BaseName(std::string_view path);

}  // namespace readout::ingest
