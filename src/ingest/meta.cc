#include "ingest/meta.h"

#include <string>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "ingest/date.h"
#include "ingest/json_line.h"
#include "ingest/reader.h"
#include "ingest/strings.h"

namespace readout {
namespace {

// A sidecar describes files, not articles: this is generous.
constexpr std::size_t kMaxSidecarBytes = std::size_t{256} << 20;

}  // namespace

Result<MetaTable> ReadMetaTable(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxSidecarBytes);
  if (!bytes.ok()) return bytes.status();
  const std::string_view all = bytes.value();
  const char* const end = all.data() + all.size();
  MetaTable table;
  std::map<std::string, std::uint32_t, std::less<>> first_line;
  ingest::JsonLineParser parser;
  std::uint32_t line_no = 0;
  std::size_t begin = 0;
  while (begin < all.size()) {
    std::size_t nl = all.find('\n', begin);
    if (nl == std::string_view::npos) nl = all.size();
    std::string_view line = all.substr(begin, nl - begin);
    if (line_no == 0) line = ingest::SkipBom(line);
    ++line_no;
    begin = nl + 1;
    if (ingest::TrimAscii(line).empty()) continue;

    auto fail = [&](std::string message, std::size_t offset) {
      std::uint32_t column = 0;
      if (offset != std::string_view::npos) column = static_cast<std::uint32_t>(offset + 1);
      return Status(StatusCode::kInvalidInput, std::move(message),
                    SourceLocation{path, line_no, column});
    };
    simdjson::dom::object object;
    ingest::JsonLineError error;
    if (!parser.Parse(line, end, &object, &error)) return fail(error.message, error.offset);

    FileMeta meta;
    std::string file;
    if (ingest::GetField(object, "file", &file) != ingest::FieldType::kString || file.empty()) {
      return fail("sidecar line has no \"file\" (the name of the file it describes)", 0);
    }
    struct Field {
      std::string_view key;
      std::string* out;
    };
    const Field fields[] = {{"id", &meta.id},         {"outlet", &meta.outlet},
                            {"url", &meta.url},       {"published", &meta.published},
                            {"language", &meta.language}, {"title", &meta.title}};
    for (const Field& f : fields) {
      const ingest::FieldType type = ingest::GetField(object, f.key, f.out);
      const bool ok = type == ingest::FieldType::kMissing || type == ingest::FieldType::kNull ||
                      type == ingest::FieldType::kString ||
                      (type == ingest::FieldType::kNumber && f.key == "id");
      if (!ok) return fail(fmt::format("sidecar field \"{}\" must be a string", f.key), 0);
    }
    if (!meta.published.empty()) {
      std::string date = ingest::NormalizeDate(meta.published, /*keep_time=*/true);
      if (date.empty()) {
        return fail(fmt::format("published \"{}\" is not a date (use YYYY-MM-DD)", meta.published),
                    0);
      }
      meta.published = std::move(date);
    }
    std::string key(ingest::BaseName(file));
    if (const auto it = first_line.find(key); it != first_line.end()) {
      return fail(fmt::format("second entry for \"{}\" (the first is on line {})", key, it->second),
                  0);
    }
    first_line.emplace(key, line_no);
    table.emplace(std::move(key), std::move(meta));
  }
  return table;
}

namespace ingest {

void ApplyMeta(const FileMeta& meta, bool single_document, Document& doc) {
  auto merge = [&](const std::string& from, std::string& to) {
    if (from.empty()) return;
    if (single_document || to.empty()) to = from;
  };
  merge(meta.outlet, doc.outlet);
  merge(meta.url, doc.url);
  merge(meta.published, doc.published);
  merge(meta.language, doc.language);
  merge(meta.title, doc.title);
  if (single_document && !meta.id.empty()) doc.id = meta.id;
}

}  // namespace ingest
}  // namespace readout
