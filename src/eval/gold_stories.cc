// Gold stories from JSONL: {"id": ..., "gold": {"story": ...}} per line.
#include <unordered_set>

#include <simdjson.h>

#include "base/file_io.h"
#include "readout/eval.h"

namespace readout::eval {
namespace {

// Gold files are article collections; a gigabyte is far past any of them.
constexpr std::size_t kMaxGoldBytes = std::size_t{1} << 30;

Status LineError(const std::string& path, std::uint32_t line, const std::string& message) {
  return Status(StatusCode::kInvalidInput, message, SourceLocation{path, line, 0});
}

}  // namespace

Result<std::vector<GoldStory>> ReadGoldStories(const std::string& path) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxGoldBytes);
  if (!bytes.ok()) return bytes.status();
  const std::string& text = *bytes;
  std::vector<GoldStory> gold;
  std::unordered_set<std::string> seen;
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
      return LineError(path, line_no, "not a JSON object");
    }
    std::string_view id, story;
    simdjson::dom::element id_value;
    if (object["id"].get(id_value) != simdjson::SUCCESS) continue;
    if (id_value.is_string()) {
      id = id_value.get_string().value();
    } else {
      return LineError(path, line_no, "\"id\" is not a string");
    }
    if (object.at_pointer("/gold/story").get(story) != simdjson::SUCCESS) {
      std::int64_t number = 0;
      if (object.at_pointer("/gold/story").get(number) != simdjson::SUCCESS) continue;
      gold.push_back({std::string(id), std::to_string(number)});
    } else {
      gold.push_back({std::string(id), std::string(story)});
    }
    if (!seen.insert(gold.back().doc).second) {
      return LineError(path, line_no, "id \"" + gold.back().doc + "\" appears twice");
    }
  }
  return gold;
}

}  // namespace readout::eval
