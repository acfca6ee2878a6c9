// Scoring: found triples against gold triples, as sets, per record; totals
// overall and per category. Sets, because PETRARCH's own validation compares
// the set of coded events with the set of expected ones, and a coder that
// finds the same event twice in one sentence has still found it once.
#include <algorithm>
#include <iterator>
#include <utility>

#include "readout/validate.h"

namespace readout::validate {
namespace {

void SortUnique(std::vector<Triple>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::optional<double> Ratio(std::uint64_t num, std::uint64_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

void AddTo(Counts& c, const RecordResult& r) {
  ++c.records;
  if (r.exact) ++c.exact;
  if (!r.error.empty()) ++c.errors;
  c.true_positives += r.true_positives;
  c.false_positives += r.false_positives;
  c.false_negatives += r.false_negatives;
}

}  // namespace

std::optional<double> Counts::precision() const {
  return Ratio(true_positives, true_positives + false_positives);
}

std::optional<double> Counts::recall() const {
  return Ratio(true_positives, true_positives + false_negatives);
}

std::optional<double> Counts::f1() const {
  // 2PR / (P + R) = 2TP / (2TP + FP + FN), defined whenever either is.
  return Ratio(2 * true_positives, 2 * true_positives + false_positives + false_negatives);
}

Triple TripleOf(const events::Event& event) {
  auto actor = [](const std::string& code) { return code.empty() ? std::string("---") : code; };
  return Triple{actor(event.source.code), actor(event.target.code), event.code};
}

RecordResult ScoreRecord(const GoldRecord& gold, std::string text, std::vector<Triple> found,
                         std::string error) {
  RecordResult r;
  r.id = gold.id;
  r.category = gold.category;
  r.line = gold.line;
  r.text = std::move(text);
  r.error = std::move(error);
  r.expected = gold.events;
  SortUnique(r.expected);
  r.found = std::move(found);
  SortUnique(r.found);
  std::vector<Triple> common;
  std::set_intersection(r.expected.begin(), r.expected.end(), r.found.begin(), r.found.end(),
                        std::back_inserter(common));
  r.true_positives = common.size();
  r.false_positives = r.found.size() - common.size();
  r.false_negatives = r.expected.size() - common.size();
  r.exact = r.error.empty() && r.expected == r.found;
  return r;
}

void Report::Add(RecordResult r) {
  AddTo(overall, r);
  const std::string_view category = r.category.empty() ? kNoCategory : std::string_view(r.category);
  auto it = by_category.find(category);
  if (it == by_category.end()) it = by_category.emplace(std::string(category), Counts{}).first;
  AddTo(it->second, r);
  records.push_back(std::move(r));
}

}  // namespace readout::validate
