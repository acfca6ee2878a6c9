// Candidate search over sets of content words, so that a story told by
// thousands of outlets is compared in time proportional to its size rather
// than to its size squared.
//
//   WordVocabulary  interns the words of one comparison as dense ids.
//   WordSetIndex    an inverted index over items (quotes, sentences), each a
//                   sorted set of word ids: word -> the items holding it.
//   ProbeOrder      an item's words, rarest first: the words that find the
//                   fewest and most telling candidates.
//   CandidateWalker walks the postings of a probe's leading words and hands
//                   each distinct candidate to a callback, at most
//                   `max_candidates` of them, saying when that cap cut the
//                   walk short.
//
// Why the leading words are enough for exact answers when no cap bites: a
// similarity that needs two sets to share at least k words can only be met
// by an item that shares one of the probe's first |probe| - k + 1 words (the
// k - 1 words after them cannot make k shared words alone). This is the
// prefix filter of set-similarity joins. Weighted coverage works the same
// way with weights for counts; the caller says how many leading words to
// walk.
//
// Contracts: ids are dense from 0 in order of first sight; a WordSet holds
// each id once, ascending. The index copies what it needs from the sets.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace readout::compare {

using WordId = std::uint32_t;
using WordSet = std::vector<WordId>;  // ascending, each id once

// Interns words for one comparison; it dies with the comparison, so ids stay
// small and nothing is shared between runs.
class WordVocabulary {
 public:
  WordId Intern(const std::string& word);
  // The ascending, unique ids of `words`.
  WordSet SetOf(const std::vector<std::string>& words);
  std::size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, WordId> ids_;
};

// How many words two sets share.
std::size_t SharedWords(const WordSet& a, const WordSet& b);

// Word -> the items holding it, ascending.
class WordSetIndex {
 public:
  // Item i is sets[i]; every id must be below `vocabulary_size`.
  WordSetIndex(const std::vector<WordSet>& sets, std::size_t vocabulary_size);

  const std::vector<std::uint32_t>& postings(WordId word) const { return postings_[word]; }
  std::size_t frequency(WordId word) const { return postings_[word].size(); }
  std::size_t items() const { return items_; }

 private:
  std::vector<std::vector<std::uint32_t>> postings_;
  std::size_t items_ = 0;
};

// `set` rarest word first; ties by id, so the order is reproducible.
std::vector<WordId> ProbeOrder(const WordSet& set, const WordSetIndex& index);

// What one walk did, for the caller's statistics.
struct WalkResult {
  std::size_t visited = 0;  // candidates handed to the callback
  bool capped = false;      // stopped at max_candidates with postings left
  bool stopped = false;     // the callback asked to stop
};

// Reusable scratch for walks over one index: a stamp per item marks the
// items already seen by the current walk, so no walk clears anything.
class CandidateWalker {
 public:
  explicit CandidateWalker(const WordSetIndex& index) : index_(index), seen_(index.items(), 0) {}

  // Hands `visit` each distinct item above `after` that holds one of
  // probe[0 .. prefix) and that `skip` does not reject, walking the words
  // in probe order and each posting list in item order. `visit` returns
  // true to stop the walk. At most `max_candidates` items are visited.
  template <typename Skip, typename Visit>
  WalkResult Walk(const std::vector<WordId>& probe, std::size_t prefix, std::int64_t after,
                  std::size_t max_candidates, Skip skip, Visit visit) {
    WalkResult r;
    ++stamp_;
    prefix = std::min(prefix, probe.size());
    for (std::size_t w = 0; w < prefix; ++w) {
      const std::vector<std::uint32_t>& items = index_.postings(probe[w]);
      auto it = after < 0 ? items.begin()
                          : std::upper_bound(items.begin(), items.end(), static_cast<std::uint32_t>(after));
      for (; it != items.end(); ++it) {
        const std::uint32_t item = *it;
        if (seen_[item] == stamp_) continue;
        seen_[item] = stamp_;
        if (skip(item)) continue;
        if (r.visited == max_candidates) {
          r.capped = true;
          return r;
        }
        ++r.visited;
        if (visit(item)) {
          r.stopped = true;
          return r;
        }
      }
    }
    return r;
  }

 private:
  const WordSetIndex& index_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t stamp_ = 0;
};

}  // namespace readout::compare
