// Gold stories from JSONL: {"id": ..., "gold": {"story": ...}} per line.
#include <unordered_set>

#include "eval/gold_jsonl.h"
#include "readout/eval.h"

namespace readout::eval {

Result<std::vector<GoldStory>> ReadGoldStories(const std::string& path) {
  std::vector<GoldStory> gold;
  std::unordered_set<std::string> seen;
  Status status = ForEachGoldObject(path, [&](simdjson::dom::object object, std::uint32_t line_no) {
    std::string_view id, story;
    simdjson::dom::element id_value;
    if (object["id"].get(id_value) != simdjson::SUCCESS) return Status::Ok();
    if (id_value.is_string()) {
      id = id_value.get_string().value();
    } else {
      return GoldLineError(path, line_no, "\"id\" is not a string");
    }
    if (object.at_pointer("/gold/story").get(story) != simdjson::SUCCESS) {
      std::int64_t number = 0;
      if (object.at_pointer("/gold/story").get(number) != simdjson::SUCCESS) return Status::Ok();
      gold.push_back({std::string(id), std::to_string(number)});
    } else {
      gold.push_back({std::string(id), std::string(story)});
    }
    if (!seen.insert(gold.back().doc).second) {
      return GoldLineError(path, line_no, "id \"" + gold.back().doc + "\" appears twice");
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return gold;
}

}  // namespace readout::eval
