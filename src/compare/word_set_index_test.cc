#include "compare/word_set_index.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <utility>
#include <vector>

#include "compare/statement_groups.h"

namespace readout::compare {
namespace {

// Random sets over a small vocabulary with a skewed word frequency, as in
// news: a few words everywhere, most words rare.
std::vector<WordSet> RandomSets(std::mt19937& rng, std::size_t n, std::uint32_t vocabulary) {
  std::vector<WordSet> sets;
  std::geometric_distribution<std::uint32_t> word(0.08);
  std::uniform_int_distribution<std::size_t> size(3, 14);
  for (std::size_t i = 0; i < n; ++i) {
    WordSet s;
    for (std::size_t k = size(rng); k > 0; --k) s.push_back(word(rng) % vocabulary);
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    sets.push_back(std::move(s));
  }
  return sets;
}

TEST(WordVocabulary, InternsInOrderOfFirstSightAndSetsAreSortedAndUnique) {
  WordVocabulary v;
  EXPECT_EQ(v.SetOf({"force", "drive", "force", "apart"}), (WordSet{0, 1, 2}));
  EXPECT_EQ(v.Intern("drive"), 1u);
  EXPECT_EQ(v.SetOf({"apart", "new"}), (WordSet{2, 3}));
  EXPECT_EQ(v.size(), 4u);
}

TEST(ProbeOrder, RarestWordFirstTiesById) {
  const std::vector<WordSet> sets = {{0, 1, 2}, {0, 1}, {0, 3}};
  const WordSetIndex index(sets, 4);
  EXPECT_EQ(ProbeOrder({0, 1, 2, 3}, index), (std::vector<WordId>{2, 3, 1, 0}));
}

// The prefix filter against the obvious version: walking the first
// |probe| - k + 1 words finds every later item sharing k words or more.
TEST(CandidateWalker, PrefixFindsEveryItemSharingEnoughWords) {
  std::mt19937 rng(7);
  const std::vector<WordSet> sets = RandomSets(rng, 300, 60);
  const WordSetIndex index(sets, 60);
  CandidateWalker walker(index);
  for (const std::size_t k : {1u, 2u, 3u}) {
    for (std::uint32_t i = 0; i < sets.size(); ++i) {
      const std::vector<WordId> probe = ProbeOrder(sets[i], index);
      std::set<std::uint32_t> found;
      const WalkResult r = walker.Walk(probe, probe.size() + 1 - std::min(k, probe.size()), i, 1u << 30,
                                       [](std::uint32_t) { return false; },
                                       [&](std::uint32_t j) {
                                         EXPECT_TRUE(found.insert(j).second) << "visited twice";
                                         return false;
                                       });
      EXPECT_FALSE(r.capped);
      for (std::uint32_t j = i + 1; j < sets.size(); ++j) {
        if (SharedWords(sets[i], sets[j]) >= k) {
          EXPECT_TRUE(found.count(j)) << i << " misses " << j;
        }
      }
      for (const std::uint32_t j : found) EXPECT_GT(j, i);
    }
  }
}

TEST(CandidateWalker, CapStopsTheWalkAndSaysSo) {
  std::vector<WordSet> sets(50, WordSet{0, 1, 2});
  const WordSetIndex index(sets, 3);
  CandidateWalker walker(index);
  std::size_t visited = 0;
  const WalkResult r = walker.Walk(ProbeOrder(sets[0], index), 3, 0, 10, [](std::uint32_t) { return false; },
                                   [&](std::uint32_t) { return ++visited, false; });
  EXPECT_TRUE(r.capped);
  EXPECT_EQ(r.visited, 10u);
  EXPECT_EQ(visited, 10u);

  // Skipped items do not count; a walk that runs out is not capped.
  const WalkResult all = walker.Walk(ProbeOrder(sets[0], index), 3, 0, 49, [](std::uint32_t) { return false; },
                                     [](std::uint32_t) { return false; });
  EXPECT_FALSE(all.capped);
  EXPECT_EQ(all.visited, 49u);
  const WalkResult some = walker.Walk(ProbeOrder(sets[0], index), 3, -1, 10,
                                      [](std::uint32_t j) { return j % 2 == 0; }, [](std::uint32_t) { return false; });
  EXPECT_TRUE(some.capped);
  EXPECT_EQ(some.visited, 10u);
}

TEST(CandidateWalker, VisitorStopsTheWalk) {
  std::vector<WordSet> sets(5, WordSet{0});
  const WordSetIndex index(sets, 1);
  CandidateWalker walker(index);
  const WalkResult r = walker.Walk({0}, 1, -1, 100, [](std::uint32_t) { return false; },
                                   [](std::uint32_t j) { return j == 2; });
  EXPECT_TRUE(r.stopped);
  EXPECT_EQ(r.visited, 3u);
}

// ---------------------------------------------------------------- statement groups

TEST(GroupStatements, PiecesOfOneQuotationShareTheirStatement) {
  // Source 0 cuts the statement in two pieces (one run); source 1 has it whole.
  const WordSet whole = {1, 2, 3, 4, 5, 6, 7, 8}, first = {1, 2, 3, 4}, second = {5, 6, 7, 8};
  const std::vector<StatementItem> items = {{0, 1, 9, &first}, {0, 1, 9, &second}, {1, 2, 9, &whole}};
  const std::vector<StatementLink> links = {{0.9, 0, 2}, {0.9, 1, 2}};
  EXPECT_EQ(GroupStatements(items, links, 0.35), (std::vector<std::vector<std::uint32_t>>{{0, 1, 2}}));
}

TEST(GroupStatements, TwoStatementsOfOneSourceStayApart) {
  // Source 1's long quote is similar to two different statements of source 0
  // (different speakers, little alike): it joins the stronger one only.
  const WordSet a = {1, 2, 3, 4}, b = {3, 4, 5, 6, 7}, both = {1, 2, 3, 4, 5, 6, 7};
  const std::vector<StatementItem> items = {{0, 1, 1, &a}, {0, 2, 2, &b}, {1, 3, 1, &both}};
  const std::vector<StatementLink> links = {{0.9, 0, 2}, {0.8, 1, 2}};
  EXPECT_EQ(GroupStatements(items, links, 0.35), (std::vector<std::vector<std::uint32_t>>{{0, 2}}));
  // Were they one speaker's, similar at the threshold, they would be one statement.
  const std::vector<StatementItem> same = {{0, 1, 1, &a}, {0, 2, 1, &b}, {1, 3, 1, &both}};
  EXPECT_EQ(GroupStatements(same, links, 0.35), (std::vector<std::vector<std::uint32_t>>{{0, 1, 2}}));
}

TEST(GroupStatements, OneSourceAloneIsNoStatement) {
  const WordSet a = {1, 2, 3};
  const std::vector<StatementItem> items = {{0, 1, 1, &a}, {0, 2, 1, &a}};
  EXPECT_TRUE(GroupStatements(items, {}, 0.35).empty());
}

}  // namespace
}  // namespace readout::compare
