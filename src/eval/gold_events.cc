// Gold events from JSONL (the output of scripts/conflibert_gold.py, or any
// annotation in that shape): one sentence per line with its class or CAMEO
// code, and actor spans in code points turned into byte offsets.
#include <unordered_set>

#include "eval/gold_jsonl.h"
#include "readout/eval.h"

namespace readout::eval {
namespace {

// "source" / "target": one [s, e] pair or a list of them. False when it is
// neither, or a span lies outside the text.
bool ReadSpans(simdjson::dom::element value, const std::vector<std::uint32_t>& offsets, std::vector<Span>* out) {
  simdjson::dom::array list;
  if (value.get(list) != simdjson::SUCCESS) return false;
  if (list.size() > 0 && !list.at(0).value().is_array()) {
    Span one;
    if (!ReadCodePointSpan(value, offsets, &one)) return false;
    out->push_back(one);
    return true;
  }
  for (simdjson::dom::element item : list) {
    Span s;
    if (!ReadCodePointSpan(item, offsets, &s)) return false;
    out->push_back(s);
  }
  return true;
}

}  // namespace

Result<std::vector<GoldEvent>> ReadGoldEvents(const std::string& path) {
  std::vector<GoldEvent> gold;
  std::unordered_set<std::string> seen;
  Status status = ForEachGoldObject(path, [&](simdjson::dom::object object, std::uint32_t line_no) {
    simdjson::dom::object g;
    if (object["gold"].get(g) != simdjson::SUCCESS) return Status::Ok();
    std::int64_t quad = -1;
    std::string_view code;
    const bool has_quad = g["quad"].get(quad) == simdjson::SUCCESS;
    const bool has_code = g["code"].get(code) == simdjson::SUCCESS;
    if (!has_quad && !has_code) return Status::Ok();
    GoldEvent e;
    if (has_quad) {
      if (quad < 0 || quad >= static_cast<std::int64_t>(kGoldEventClasses)) {
        return GoldLineError(path, line_no, "\"quad\" " + std::to_string(quad) + " is not a class 0..4");
      }
      e.gold = static_cast<EventClass>(quad);
    }
    if (has_code) {
      const EventClass of_code = ClassOfCode(code);
      if (of_code == EventClass::kNone) {
        return GoldLineError(path, line_no, "\"code\" \"" + std::string(code) + "\" has no CAMEO root 01..20");
      }
      if (has_quad && of_code != e.gold) {
        return GoldLineError(path, line_no, "\"code\" \"" + std::string(code) + "\" is " +
                                                std::string(EventClassName(of_code)) + ", not \"quad\" " +
                                                std::to_string(quad));
      }
      e.gold = of_code;
      e.code = std::string(code);
    }
    std::string_view id, body;
    if (object["id"].get(id) != simdjson::SUCCESS) {
      return GoldLineError(path, line_no, "a gold event without a string \"id\"");
    }
    if (object["text"].get(body) != simdjson::SUCCESS) {
      return GoldLineError(path, line_no, "a gold event without a string \"text\"");
    }
    e.doc = std::string(id);
    e.text_bytes = body.size();
    e.where = path + ":" + std::to_string(line_no);
    const std::vector<std::uint32_t> offsets = CodePointOffsets(body);
    for (const char* role : {"source", "target"}) {
      simdjson::dom::element value;
      if (g[role].get(value) != simdjson::SUCCESS || value.is_null()) continue;
      if (!ReadSpans(value, offsets, role[0] == 's' ? &e.sources : &e.targets)) {
        return GoldLineError(path, line_no, std::string("\"") + role +
                                                "\" is neither [start, end] nor a list of them inside the text");
      }
    }
    std::string_view actor;
    if (g["source_code"].get(actor) == simdjson::SUCCESS) e.source_code = std::string(actor);
    if (g["target_code"].get(actor) == simdjson::SUCCESS) e.target_code = std::string(actor);
    if (!seen.insert(e.doc).second) return GoldLineError(path, line_no, "id \"" + e.doc + "\" appears twice");
    gold.push_back(std::move(e));
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return gold;
}

}  // namespace readout::eval
