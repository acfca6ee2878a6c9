#include "compare/statement_groups.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace readout::compare {
namespace {

// One group's quotes by source; only roots of the union-find hold one.
using BySource = std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>;

// Two renderings of one source this similar are one statement whoever the
// extractor took the speaker to be: a phrase and the sentence it was cut
// from give 0.9.
constexpr double kRepeatedSimilarity = 0.8;

}  // namespace

double SetSimilarity(std::size_t shared, std::size_t a_size, std::size_t b_size) {
  if (a_size == 0 || b_size == 0) return 0;
  const double dice = 2.0 * static_cast<double>(shared) / static_cast<double>(a_size + b_size);
  const std::size_t smaller = std::min(a_size, b_size);
  double containment = 0;
  if (smaller >= 4) containment = 0.9 * static_cast<double>(shared) / static_cast<double>(smaller);
  return std::max(dice, containment);
}

double SetSimilarity(const WordSet& a, const WordSet& b) {
  return SetSimilarity(SharedWords(a, b), a.size(), b.size());
}

std::vector<std::vector<std::uint32_t>> GroupStatements(const std::vector<StatementItem>& items,
                                                        const std::vector<StatementLink>& links,
                                                        double threshold) {
  const std::size_t n = items.size();
  std::vector<std::uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::uint32_t> size(n, 1);
  std::vector<BySource> by_source(n);
  for (std::uint32_t i = 0; i < n; ++i) by_source[i][items[i].source].push_back(i);
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  // Two quotes of one source that are one statement there (see the header).
  auto one_statement = [&](std::uint32_t x, std::uint32_t y) {
    if (items[x].run == items[y].run) return true;
    const double sim = SetSimilarity(*items[x].words, *items[y].words);
    const bool same_speaker = items[x].speaker != 0 && items[x].speaker == items[y].speaker;
    return sim >= kRepeatedSimilarity || (same_speaker && sim >= threshold);
  };
  // Each source's quotes in a group stay one statement: connected by
  // one_statement, so the two groups may join when each source they share
  // has a pair across them that is.
  auto compatible = [&](const BySource& small, const BySource& large) {
    for (const auto& [source, xs] : small) {
      const auto it = large.find(source);
      if (it == large.end()) continue;
      const bool linked = std::any_of(xs.begin(), xs.end(), [&](std::uint32_t x) {
        return std::any_of(it->second.begin(), it->second.end(),
                           [&](std::uint32_t y) { return one_statement(x, y); });
      });
      if (!linked) return false;
    }
    return true;
  };

  for (const StatementLink& link : links) {
    std::uint32_t ra = find(link.a), rb = find(link.b);
    if (ra == rb) continue;
    if (size[ra] < size[rb]) std::swap(ra, rb);
    if (!compatible(by_source[rb], by_source[ra])) continue;
    parent[rb] = ra;
    size[ra] += size[rb];
    for (auto& [source, xs] : by_source[rb]) {
      std::vector<std::uint32_t>& into = by_source[ra][source];
      into.insert(into.end(), xs.begin(), xs.end());
    }
    BySource().swap(by_source[rb]);
  }

  std::unordered_map<std::uint32_t, std::size_t> group_of_root;
  std::vector<std::vector<std::uint32_t>> groups;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t root = find(i);
    if (by_source[root].size() < 2) continue;  // one source: no statement across outlets
    const auto [it, added] = group_of_root.try_emplace(root, groups.size());
    if (added) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  return groups;
}

}  // namespace readout::compare
