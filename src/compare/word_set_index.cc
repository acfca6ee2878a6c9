#include "compare/word_set_index.h"

namespace readout::compare {

WordId WordVocabulary::Intern(const std::string& word) {
  const auto [it, added] = ids_.try_emplace(word, static_cast<WordId>(ids_.size()));
  return it->second;
}

WordSet WordVocabulary::SetOf(const std::vector<std::string>& words) {
  WordSet set;
  set.reserve(words.size());
  for (const std::string& w : words) set.push_back(Intern(w));
  std::sort(set.begin(), set.end());
  set.erase(std::unique(set.begin(), set.end()), set.end());
  return set;
}

std::size_t SharedWords(const WordSet& a, const WordSet& b) {
  std::size_t shared = 0;
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

WordSetIndex::WordSetIndex(const std::vector<WordSet>& sets, std::size_t vocabulary_size)
    : postings_(vocabulary_size), items_(sets.size()) {
  for (std::uint32_t i = 0; i < sets.size(); ++i) {
    for (const WordId w : sets[i]) postings_[w].push_back(i);
  }
}

std::vector<WordId> ProbeOrder(const WordSet& set, const WordSetIndex& index) {
  std::vector<WordId> order(set.begin(), set.end());
  std::sort(order.begin(), order.end(), [&](WordId x, WordId y) {
    const std::size_t fx = index.frequency(x), fy = index.frequency(y);
    return fx != fy ? fx < fy : x < y;
  });
  return order;
}

}  // namespace readout::compare
