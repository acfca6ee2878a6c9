#include "stories/minhash.h"

#include <algorithm>

namespace readout::stories {
namespace {

// SplitMix64's finalizer: a cheap bijective mixer with good avalanche, used
// both to hash words and to derive the kMinHashSize hash functions.
std::uint64_t Mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// FNV-1a over the bytes: deterministic across runs and machines, unlike
// std::hash, so signatures can be stored and compared later.
std::uint64_t HashWord(std::string_view word) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : word) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

}  // namespace

MinHasher::MinHasher() { signature_.fill(~0u); }

void MinHasher::Add(std::string_view word) {
  const std::uint64_t h = HashWord(word);
  ++words_;
  if (words_ >= 3) AddShingle(Mix(previous_[0] * 31 + previous_[1]) ^ h);
  previous_[0] = previous_[1];
  previous_[1] = h;
}

void MinHasher::AddShingle(std::uint64_t shingle) {
  for (std::size_t i = 0; i < kMinHashSize; ++i) {
    const auto slot = static_cast<std::uint32_t>(Mix(shingle ^ (0x51ed270b27u * (i + 1))) >> 32);
    signature_[i] = std::min(signature_[i], slot);
  }
}

double EstimateJaccard(const MinHash& a, const MinHash& b) {
  std::size_t equal = 0;
  for (std::size_t i = 0; i < kMinHashSize; ++i) equal += a[i] == b[i] ? 1u : 0u;
  return static_cast<double>(equal) / static_cast<double>(kMinHashSize);
}

std::vector<std::uint64_t> BandKeys(const MinHash& signature) {
  std::vector<std::uint64_t> keys;
  keys.reserve(kBands);
  for (std::size_t band = 0; band < kBands; ++band) {
    std::uint64_t key = Mix(band + 1);
    for (std::size_t row = 0; row < kBandRows; ++row) {
      key = Mix(key ^ signature[band * kBandRows + row]);
    }
    keys.push_back(key);
  }
  return keys;
}

}  // namespace readout::stories
