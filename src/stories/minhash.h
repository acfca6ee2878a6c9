// MinHash signatures of a text's word shingles, and the LSH bands that find
// near-duplicate texts without comparing every pair.
//
// Why MinHash: wire copies of one report reach many outlets with new
// headlines, trimmed paragraphs and house style; the share of three-word
// shingles two texts have in common (their Jaccard similarity) stays high,
// and a 64-number signature estimates it in constant time and memory.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "readout/stories.h"

namespace readout::stories {

// Builds a signature from a stream of words (already folded to lower case).
class MinHasher {
 public:
  MinHasher();
  void Add(std::string_view word);
  // The signature of the words added so far; every slot is ~0u when fewer
  // than three words were added.
  const MinHash& signature() const { return signature_; }
  std::uint32_t words() const { return words_; }

 private:
  void AddShingle(std::uint64_t shingle);

  MinHash signature_;
  std::uint64_t previous_[2] = {0, 0};
  std::uint32_t words_ = 0;
};

// The share of equal slots: an estimate of the shingle sets' Jaccard index.
double EstimateJaccard(const MinHash& a, const MinHash& b);

// Bands of kMinHashSize / kBandRows slots; two signatures that agree on any
// whole band are candidates. With 4 rows per band a pair at Jaccard 0.5 is
// found with probability 1 - (1 - 0.5^4)^16 = 0.64, at 0.7 with 0.98.
inline constexpr std::size_t kBandRows = 4;
inline constexpr std::size_t kBands = kMinHashSize / kBandRows;
// One key per band, the band's index mixed in so bands never collide.
std::vector<std::uint64_t> BandKeys(const MinHash& signature);

}  // namespace readout::stories
