// The common end of every reader: what all documents get alike, and how
// record-level problems are reported.

#include <algorithm>
#include <limits>
#include <utility>

#include <fmt/format.h>

#include "ingest/language.h"
#include "ingest/meta.h"
#include "ingest/published_date.h"
#include "ingest/reader.h"

namespace readout::ingest {

std::size_t ReadContext::MaxDocumentBytes() const {
  // Spans are 32-bit offsets; a larger cap could not be represented.
  constexpr std::size_t kSpanLimit = std::numeric_limits<std::uint32_t>::max();
  return std::min(options->max_document_bytes, kSpanLimit);
}

ReadContext MakeContext(const std::string& path, InputFormat format, const IngestOptions& options,
                        Diagnostics& diags, const DocumentSink& sink) {
  ReadContext ctx;
  ctx.path = path;
  const bool is_stdin = path == "-";
  ctx.display = is_stdin ? "<stdin>" : path;
  ctx.name = is_stdin ? "stdin" : std::string(BaseName(path));
  ctx.format = format;
  ctx.options = &options;
  ctx.diags = &diags;
  ctx.sink = &sink;
  return ctx;
}

bool Emit(ReadContext& ctx, Document&& doc) {
  doc.source = ctx.path;
  doc.format = ctx.format;
  const bool single_document =
      ctx.format == InputFormat::kText || ctx.format == InputFormat::kHtml;
  if (doc.id.empty()) {
    doc.id = single_document ? ctx.name : fmt::format("{}:{}", ctx.name, doc.source_line);
  }
  if (ctx.options->meta != nullptr && ctx.path != "-") {
    const auto it = ctx.options->meta->find(BaseName(ctx.path));
    if (it != ctx.options->meta->end()) ApplyMeta(it->second, single_document, doc);
  }
  DatePublication(doc);
  if (ctx.options->detect_language) FillLanguage(doc);
  return (*ctx.sink)(std::move(doc));
}

namespace {

Diagnostic Located(ReadContext& ctx, Severity severity, std::string message, std::uint32_t line,
                   std::string_view line_text, std::size_t offset, std::size_t column_base) {
  Diagnostic d;
  d.severity = severity;
  d.message = std::move(message);
  std::uint32_t column = 0;
  if (!line_text.empty()) {
    const bool known = offset != std::string_view::npos;
    const LineInfo at = LocateOffset(line_text, known ? offset : 0);
    if (known) column = static_cast<std::uint32_t>(column_base + at.column);
    d.excerpt = at.excerpt;
    d.caret = at.caret;
  }
  d.where = ctx.Where(line, column);
  return d;
}

}  // namespace

Status RecordError(ReadContext& ctx, StatusCode code, std::string message, std::uint32_t line,
                   std::string_view line_text, std::size_t offset_in_line,
                   std::size_t column_base) {
  Diagnostic d = Located(ctx, Severity::kError, std::move(message), line, line_text,
                         offset_in_line, column_base);
  Status stop = ctx.options->on_error == OnError::kStop ? Status(code, d.message, d.where)
                                                        : Status::Ok();
  ctx.diags->Add(std::move(d));
  return stop;
}

void Warn(ReadContext& ctx, std::string message, std::uint32_t line, std::string_view line_text,
          std::size_t offset_in_line, std::size_t column_base) {
  ctx.diags->Add(Located(ctx, Severity::kWarning, std::move(message), line, line_text,
                         offset_in_line, column_base));
}

std::string_view BaseName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace readout::ingest
