// JSON: a file holding one article object, or an array of them, as a
// crawler saves what an API returned (a WordPress /wp-json/wp/v2/posts page
// is an array of posts). Each object is read as json_record.h says.
//
// The top-level array is split into its elements by a scan that tracks
// strings and nesting, and each element is parsed on its own: a payload cut
// off mid-way (a crawler's timeout) still yields every complete article
// before the cut, and the cut one is reported at its line.
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <simdjson.h>

#include "ingest/json_record.h"
#include "ingest/reader.h"
#include "ingest/strings.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

struct Element {
  std::size_t begin = 0, end = 0;  // bytes of the value
  std::uint32_t line = 1;          // where it starts
  bool complete = false;           // its closing bracket was seen
};

// The top-level values of `s`: the elements of an array, or the one object.
// Stops at the first value that does not close (a truncated payload).
std::vector<Element> TopLevelValues(std::string_view s, bool* is_array) {
  std::vector<Element> out;
  std::size_t i = 0;
  std::uint32_t line = 1;
  const auto skip_space = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
      if (s[i] == '\n') ++line;
      ++i;
    }
  };
  skip_space();
  *is_array = i < s.size() && s[i] == '[';
  if (*is_array) ++i;
  while (true) {
    skip_space();
    if (i >= s.size() || (*is_array && s[i] == ']')) break;
    Element e;
    e.begin = i;
    e.line = line;
    int depth = 0;
    bool in_string = false;
    for (; i < s.size(); ++i) {
      const char c = s[i];
      if (c == '\n') ++line;
      if (in_string) {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          in_string = false;
        }
        continue;
      }
      if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          ++i;
          e.complete = true;
          break;
        }
      } else if (depth == 0 && (c == ',' || (*is_array && c == ']'))) {
        e.complete = true;  // a scalar element: not an article, reported when parsed
        break;
      }
    }
    e.end = std::min(i, s.size());
    out.push_back(e);
    if (!e.complete && e.end >= s.size()) break;
    skip_space();
    if (i < s.size() && s[i] == ',') ++i;
    if (!*is_array) break;
  }
  return out;
}

}  // namespace

Status ReadJson(std::string_view bytes, ReadContext& ctx) {
  bytes = SkipBom(bytes);
  bool is_array = false;
  const std::vector<Element> values = TopLevelValues(bytes, &is_array);
  if (values.empty()) {
    return Status(StatusCode::kInvalidInput, "JSON holds no article (an empty array)", ctx.Where(1));
  }
  simdjson::dom::parser parser;
  std::string repaired;
  for (const Element& e : values) {
    const std::string_view text = bytes.substr(e.begin, e.end - e.begin);
    const std::string_view first_line = text.substr(0, text.find('\n'));
    if (!e.complete) {
      if (Status s = RecordError(ctx, StatusCode::kInvalidInput,
                                 "the JSON ends inside this value: the payload is truncated", e.line,
                                 first_line, 0);
          !s.ok()) {
        return s;
      }
      break;
    }
    if (text.size() > ctx.MaxDocumentBytes()) {
      if (Status s = RecordError(ctx, StatusCode::kTooLarge,
                                 fmt::format("record is {} bytes, over the limit of {} bytes", text.size(),
                                             ctx.MaxDocumentBytes()),
                                 e.line, first_line, 0);
          !s.ok()) {
        return s;
      }
      continue;
    }
    const Utf8Check utf8 = CheckUtf8(text);
    std::string_view parsed = text;
    if (utf8.invalid > 0) {
      repaired = RepairUtf8(text);
      parsed = repaired;
    }
    simdjson::dom::element root;
    simdjson::dom::object object;
    const auto error = parser.parse(parsed.data(), parsed.size(), true).get(root);
    if (error != simdjson::SUCCESS || root.get(object) != simdjson::SUCCESS) {
      const std::string why = error != simdjson::SUCCESS ? simdjson::error_message(error)
                                                         : std::string("a JSON value that is not an object");
      if (Status s = RecordError(ctx, StatusCode::kInvalidInput, fmt::format("not an article: {}", why), e.line,
                                 first_line, 0);
          !s.ok()) {
        return s;
      }
      continue;
    }
    Document doc;
    doc.source_line = e.line;
    JsonRecordIssue problem;
    std::vector<JsonRecordIssue> warnings;
    if (!DocumentFromJson(object, doc, &problem, &warnings)) {
      if (Status s = RecordError(ctx, StatusCode::kInvalidInput, problem.message, e.line, first_line, 0);
          !s.ok()) {
        return s;
      }
      continue;
    }
    for (const JsonRecordIssue& w : warnings) Warn(ctx, w.message, e.line, first_line);
    if (utf8.invalid > 0) {
      doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
      Warn(ctx, fmt::format("{} invalid UTF-8 byte{}; read as U+FFFD", utf8.invalid, utf8.invalid == 1 ? "" : "s"),
           e.line, first_line);
    }
    if (!Emit(ctx, std::move(doc))) break;
  }
  return Status::Ok();
}

}  // namespace readout::ingest
