// Plain text: the file's bytes are the document text, unchanged, so every
// offset later stages produce points into the file itself. What is not
// article content (title line, address line, stray markup) is described by
// spans rather than removed; see text_layout.h.

#include <string>
#include <utility>

#include <fmt/format.h>

#include "ingest/reader.h"
#include "ingest/text_layout.h"
#include "readout/utf8.h"

namespace readout::ingest {

Status ReadText(std::string bytes, ReadContext& ctx) {
  const std::size_t limit = ctx.MaxDocumentBytes();
  if (bytes.size() > limit) {
    return Status(StatusCode::kTooLarge,
                  fmt::format("document is {} bytes, over the limit of {} bytes", bytes.size(),
                              limit),
                  ctx.Where());
  }
  Document doc;
  doc.text = std::move(bytes);
  doc.source_line = 1;
  const Utf8Check utf8 = CheckUtf8(doc.text);
  if (utf8.invalid > 0) {
    doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
    const LineInfo at = LocateOffset(doc.text, utf8.first_invalid);
    ctx.diags->Add(Diagnostic{
        Severity::kWarning, ctx.Where(at.line, at.column),
        fmt::format("{} invalid UTF-8 byte{} (the first here); read as U+FFFD", utf8.invalid,
                    utf8.invalid == 1 ? "" : "s"),
        at.excerpt, at.caret});
  }
  LayOutPlainText(doc);
  if (doc.content.empty()) {
    return Status(StatusCode::kInvalidInput, "no article text (only a title, addresses or markup)",
                  ctx.Where());
  }
  Emit(ctx, std::move(doc));
  return Status::Ok();
}

}  // namespace readout::ingest
