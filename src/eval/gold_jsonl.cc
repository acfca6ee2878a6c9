// The JSONL line loop of the gold readers, and code points to bytes.
#include "eval/gold_jsonl.h"

#include "base/file_io.h"

namespace readout::eval {
namespace {

// Gold files are article collections; a gigabyte is far past any of them.
constexpr std::size_t kMaxGoldBytes = std::size_t{1} << 30;

}  // namespace

Status GoldLineError(const std::string& path, std::uint32_t line, const std::string& message) {
  return Status(StatusCode::kInvalidInput, message, SourceLocation{path, line, 0});
}

Status ForEachGoldObject(const std::string& path, const GoldObjectVisitor& visit) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxGoldBytes);
  if (!bytes.ok()) return bytes.status();
  const std::string& text = *bytes;
  simdjson::dom::parser parser;
  std::uint32_t line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    ++line_no;
    std::string_view line(text.data() + start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    simdjson::dom::object object;
    if (parser.parse(line.data(), line.size()).get(object) != simdjson::SUCCESS) {
      return GoldLineError(path, line_no, "not a JSON object");
    }
    if (Status s = visit(object, line_no); !s.ok()) return s;
  }
  return Status::Ok();
}

std::vector<std::uint32_t> CodePointOffsets(std::string_view text) {
  std::vector<std::uint32_t> at;
  at.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    // Continuation bytes (10xxxxxx) belong to the code point before them.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(static_cast<std::uint32_t>(i));
  }
  at.push_back(static_cast<std::uint32_t>(text.size()));
  return at;
}

bool ReadCodePointSpan(simdjson::dom::element value, const std::vector<std::uint32_t>& offsets, Span* out) {
  simdjson::dom::array pair;
  if (value.get(pair) != simdjson::SUCCESS || pair.size() != 2) return false;
  std::int64_t b = 0, e = 0;
  if (pair.at(0).get(b) != simdjson::SUCCESS || pair.at(1).get(e) != simdjson::SUCCESS) return false;
  const auto n = static_cast<std::int64_t>(offsets.size()) - 1;
  if (b < 0 || e < b || e > n) return false;
  *out = {offsets[static_cast<std::size_t>(b)], offsets[static_cast<std::size_t>(e)]};
  return true;
}

}  // namespace readout::eval
