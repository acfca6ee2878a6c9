// JSONL: one article per line, {"id", "url", "outlet", "published",
// "language", "title", "text"}; only "text" is required. A line may also be
// a WordPress REST post (json_record.h).
//
// Lines are found with memchr and parsed where they lie (see json_line.h),
// so a large file costs one pass to find lines plus simdjson's own pass; a
// line over max_document_bytes is refused before any parsing, which keeps a
// 100 MB single line from costing more than the memchr that measured it.

#include <cstring>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "ingest/date.h"
#include "ingest/json_line.h"
#include "ingest/json_record.h"
#include "ingest/reader.h"
#include "ingest/strings.h"
#include "ingest/text_layout.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

class JsonlReader {
 public:
  JsonlReader(std::string_view bytes, ReadContext& ctx) : bytes_(bytes), ctx_(ctx) {}

  Status Run() {
    const char* const end = bytes_.data() + bytes_.size();
    std::size_t begin = 0;
    while (begin < bytes_.size()) {
      const void* nl = std::memchr(bytes_.data() + begin, '\n', bytes_.size() - begin);
      const std::size_t stop =
          nl == nullptr ? bytes_.size()
                        : static_cast<std::size_t>(static_cast<const char*>(nl) - bytes_.data());
      std::string_view line = bytes_.substr(begin, stop - begin);
      if (begin == 0) line = SkipBom(line);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++line_no_;
      begin = stop + 1;
      if (TrimAscii(line).empty()) continue;
      bool keep_going = true;
      if (Status s = Record(line, end, &keep_going); !s.ok()) return s;
      if (!keep_going) break;
    }
    return Status::Ok();
  }

 private:
  Status Record(std::string_view line, const char* buffer_end, bool* keep_going) {
    const std::size_t limit = ctx_.MaxDocumentBytes();
    if (line.size() > limit) {
      return RecordError(
          ctx_, StatusCode::kTooLarge,
          fmt::format("line is {} bytes, over the limit of {} bytes", line.size(), limit), line_no_,
          line);
    }
    simdjson::dom::object object;
    JsonLineError error;
    Utf8Check utf8;
    if (!parser_.Parse(line, buffer_end, &object, &error)) {
      // Invalid UTF-8 is damage, not a malformed record: read the record
      // with the bad bytes replaced, and say where they were.
      bool repaired_ok = false;
      if (error.invalid_utf8) {
        utf8 = CheckUtf8(line);
        repaired_ = RepairUtf8(line);
        JsonLineError second;
        repaired_ok =
            parser_.Parse(repaired_, repaired_.data() + repaired_.size(), &object, &second);
        if (!repaired_ok) error = {second.message, std::string_view::npos, false};
      }
      if (!repaired_ok) {
        return RecordError(ctx_, StatusCode::kInvalidInput, error.message, line_no_, line,
                           error.offset);
      }
    }

    Document doc;
    doc.source_line = line_no_;
    JsonRecordIssue problem;
    std::vector<JsonRecordIssue> warnings;
    if (!DocumentFromJson(object, doc, &problem, &warnings)) {
      return RecordError(ctx_, StatusCode::kInvalidInput, problem.message, line_no_, line,
                         problem.field.empty() ? std::string_view::npos : line.find("\"" + problem.field + "\""));
    }
    for (const JsonRecordIssue& w : warnings) {
      Warn(ctx_, w.message, line_no_, line, line.find("\"" + w.field + "\""));
    }
    if (TrimAscii(doc.text).empty()) {
      // Nothing to code, but still a record (ids and counts stay aligned
      // with the input); a warning, not an error, so a dataset with a few
      // empty bodies does not stop a run.
      Warn(ctx_, "record's \"text\" is empty", line_no_, line);
    }
    if (utf8.invalid > 0) {
      doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
      Warn(ctx_,
           fmt::format("{} invalid UTF-8 byte{} (the first here); read as U+FFFD", utf8.invalid,
                       utf8.invalid == 1 ? "" : "s"),
           line_no_, line, utf8.first_invalid);
    }
    *keep_going = Emit(ctx_, std::move(doc));
    return Status::Ok();
  }

  std::string_view bytes_;
  ReadContext& ctx_;
  JsonLineParser parser_;
  std::string repaired_;  // reused for lines with invalid UTF-8
  std::uint32_t line_no_ = 0;
};

}  // namespace

Status ReadJsonl(std::string_view bytes, ReadContext& ctx) { return JsonlReader(bytes, ctx).Run(); }

}  // namespace readout::ingest
