// Why a grouping differs from the gold: each split and each merge with the
// closest pair of documents across it. See readout/eval.h.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <unordered_map>

#include "readout/eval.h"
#include "stories/date_window.h"

namespace readout::eval {
namespace {

struct Index {
  std::unordered_map<std::string, std::string> predicted;  // doc -> story id
  std::unordered_map<std::string, const stories::Digest*> digest;
};

StoryMember Member(const GoldStory& g, const Index& index) {
  StoryMember m;
  m.doc = g.doc;
  m.gold = g.story;
  if (const auto it = index.predicted.find(g.doc); it != index.predicted.end()) m.predicted = it->second;
  if (const auto it = index.digest.find(g.doc); it != index.digest.end() && it->second->has_day) {
    m.day = stories::DayName(it->second->day);
  }
  return m;
}

// The most similar pair (a, b) with `apart(a, b)` among `members`.
template <typename Apart>
void Closest(const std::vector<StoryMember>& members, const Index& index,
             const stories::Clusterer& clusterer, Apart apart, StoryFailure& f) {
  f.similarity = -1;
  // All pairs: a bound keeps a story of thousands from taking minutes.
  const std::size_t n = std::min<std::size_t>(members.size(), 200);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      if (!apart(members[i], members[j])) continue;
      const auto a = index.digest.find(members[i].doc), b = index.digest.find(members[j].doc);
      if (a == index.digest.end() || b == index.digest.end()) continue;
      const double s = clusterer.Similarity(*a->second, *b->second);
      if (s <= f.similarity) continue;
      f.similarity = s;
      f.closest_a = members[i].doc;
      f.closest_b = members[j].doc;
      f.days_apart = a->second->has_day && b->second->has_day ? std::abs(a->second->day - b->second->day) : -1;
    }
  }
  if (f.similarity < 0) f.similarity = 0;
}

}  // namespace

std::vector<StoryFailure> ExplainStories(const std::vector<GoldStory>& gold,
                                         const std::vector<stories::Story>& predicted,
                                         const std::vector<stories::Digest>& digests,
                                         const stories::Clusterer& clusterer) {
  Index index;
  for (const stories::Story& s : predicted) {
    for (const std::string& doc : s.members) index.predicted.emplace(doc, s.id);
  }
  for (const stories::Digest& d : digests) index.digest.emplace(d.doc, &d);
  // Gold stories and predicted stories in order of first appearance.
  std::map<std::string, std::vector<StoryMember>> by_gold, by_predicted;
  std::vector<std::string> gold_order, predicted_order;
  for (const GoldStory& g : gold) {
    StoryMember m = Member(g, index);
    if (by_gold[g.story].empty()) gold_order.push_back(g.story);
    by_gold[g.story].push_back(m);
    if (m.predicted.empty()) continue;
    if (by_predicted[m.predicted].empty()) predicted_order.push_back(m.predicted);
    by_predicted[m.predicted].push_back(std::move(m));
  }
  std::vector<StoryFailure> failures;
  for (const std::string& story : gold_order) {
    const std::vector<StoryMember>& members = by_gold[story];
    const bool split = std::any_of(members.begin(), members.end(), [&](const StoryMember& m) {
      return m.predicted.empty() || m.predicted != members.front().predicted;
    });
    if (!split) continue;
    StoryFailure& f = failures.emplace_back();
    f.kind = StoryFailure::Kind::kSplit;
    f.story = story;
    f.members = members;
    Closest(members, index, clusterer,
            [](const StoryMember& a, const StoryMember& b) { return a.predicted != b.predicted; }, f);
  }
  for (const std::string& story : predicted_order) {
    const std::vector<StoryMember>& members = by_predicted[story];
    const bool merged = std::any_of(members.begin(), members.end(),
                                    [&](const StoryMember& m) { return m.gold != members.front().gold; });
    if (!merged) continue;
    StoryFailure& f = failures.emplace_back();
    f.kind = StoryFailure::Kind::kMerged;
    f.story = story;
    f.members = members;
    Closest(members, index, clusterer,
            [](const StoryMember& a, const StoryMember& b) { return a.gold != b.gold; }, f);
  }
  return failures;
}

}  // namespace readout::eval
