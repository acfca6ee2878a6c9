// B-cubed scores of a grouping into stories. See readout/eval.h.
#include <unordered_map>
#include <unordered_set>

#include "readout/eval.h"

namespace readout::eval {
namespace {

struct BCubed {
  double precision = 0, recall = 0;
};

// `gold_of[i]` and `predicted_of[i]` are the clusters of document i.
BCubed Score(const std::vector<std::size_t>& gold_of, const std::vector<std::size_t>& predicted_of) {
  const std::size_t n = gold_of.size();
  std::unordered_map<std::size_t, std::size_t> gold_size, predicted_size;
  std::unordered_map<std::uint64_t, std::size_t> both;  // (gold, predicted) -> documents
  const auto pair_key = [](std::size_t g, std::size_t p) {
    return (static_cast<std::uint64_t>(g) << 32) | static_cast<std::uint64_t>(p);
  };
  for (std::size_t i = 0; i < n; ++i) {
    ++gold_size[gold_of[i]];
    ++predicted_size[predicted_of[i]];
    ++both[pair_key(gold_of[i], predicted_of[i])];
  }
  BCubed b;
  if (n == 0) return b;
  for (std::size_t i = 0; i < n; ++i) {
    const double shared = static_cast<double>(both[pair_key(gold_of[i], predicted_of[i])]);
    b.precision += shared / static_cast<double>(predicted_size[predicted_of[i]]);
    b.recall += shared / static_cast<double>(gold_size[gold_of[i]]);
  }
  b.precision /= static_cast<double>(n);
  b.recall /= static_cast<double>(n);
  return b;
}

double F1(const BCubed& b) {
  return b.precision + b.recall > 0 ? 2 * b.precision * b.recall / (b.precision + b.recall) : 0;
}

}  // namespace

StoryScores ScoreStories(const std::vector<GoldStory>& gold, const std::vector<stories::Story>& predicted) {
  std::unordered_map<std::string, std::size_t> predicted_id;  // doc -> predicted story
  for (std::size_t s = 0; s < predicted.size(); ++s) {
    for (const std::string& doc : predicted[s].members) predicted_id.emplace(doc, s);
  }
  std::unordered_map<std::string, std::size_t> gold_id;  // gold story name -> index
  std::vector<std::size_t> gold_of, predicted_of, alone;
  std::size_t next_alone = predicted.size();
  for (const GoldStory& g : gold) {
    gold_of.push_back(gold_id.emplace(g.story, gold_id.size()).first->second);
    const auto it = predicted_id.find(g.doc);
    predicted_of.push_back(it != predicted_id.end() ? it->second : next_alone++);
    alone.push_back(alone.size());
  }
  StoryScores s;
  s.documents = gold.size();
  s.gold_stories = gold_id.size();
  s.predicted_stories = std::unordered_set<std::size_t>(predicted_of.begin(), predicted_of.end()).size();
  const BCubed b = Score(gold_of, predicted_of);
  s.precision = b.precision;
  s.recall = b.recall;
  s.f1 = F1(b);
  s.singletons_f1 = F1(Score(gold_of, alone));
  // A gold story is exact when one predicted story holds all its documents
  // and nothing else of the gold set.
  std::unordered_map<std::size_t, std::unordered_set<std::size_t>> pieces;   // gold -> predicted
  std::unordered_map<std::size_t, std::unordered_set<std::size_t>> sources;  // predicted -> gold
  for (std::size_t i = 0; i < gold_of.size(); ++i) {
    pieces[gold_of[i]].insert(predicted_of[i]);
    sources[predicted_of[i]].insert(gold_of[i]);
  }
  for (const auto& [g, p] : pieces) {
    if (p.size() == 1 && sources[*p.begin()].size() == 1) ++s.exact;
  }
  s.exact_share = s.gold_stories > 0 ? static_cast<double>(s.exact) / static_cast<double>(s.gold_stories) : 0;
  return s;
}

}  // namespace readout::eval
