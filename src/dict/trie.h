// Interned words and phrase tries: the compiled form of every dictionary.
//
//   Vocabulary  upper-cased word -> dense id (0 is "not in any dictionary").
//   PhraseTrie  sequences of word ids -> payload ids, matched longest first
//               at any position of a sentence.
//
// Both are built once, then only read: safe to share between threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace readout::dict {

using WordId = std::uint32_t;
inline constexpr WordId kUnknownWord = 0;

class Vocabulary {
 public:
  Vocabulary();
  // The id of an upper-cased word, adding it if new.
  WordId Intern(std::string_view upper);
  // The id of a word in any case (ASCII letters folded), kUnknownWord if the
  // vocabulary does not have it. Reuses `scratch` to avoid allocating.
  WordId Find(std::string_view word, std::string& scratch) const;
  WordId FindUpper(std::string_view upper) const;
  std::string_view Word(WordId id) const { return words_[id]; }
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordId, Hash, std::equal_to<>> ids_;
  std::vector<std::string> words_;  // by id; [0] = ""
};

class PhraseTrie {
 public:
  using NodeId = std::uint32_t;
  static constexpr NodeId kRoot = 0;
  static constexpr NodeId kNone = UINT32_MAX;

  PhraseTrie();
  // Adds `words` (non-empty) with `payload`. A phrase added twice keeps every
  // payload, in insertion order.
  void Add(std::span<const WordId> words, std::uint32_t payload);

  NodeId Child(NodeId node, WordId word) const;
  std::span<const std::uint32_t> Payloads(NodeId node) const;

  // Longest phrase starting at words[0]: sets `length` and returns its node,
  // or kNone when no phrase starts there.
  NodeId LongestAt(std::span<const WordId> words, std::size_t& length) const;

  std::size_t node_count() const { return payloads_.size(); }

 private:
  static std::uint64_t Key(NodeId node, WordId word) {
    return (static_cast<std::uint64_t>(node) << 32) | word;
  }
  // Edges (node, word) -> child in an open-addressing table with linear
  // probing: a lookup is one multiply and usually one cache line, which is
  // what every word of every sentence pays several times over. A slot with
  // child kNone is empty.
  struct Slot {
    std::uint64_t key = 0;
    NodeId child = kNone;
  };
  std::size_t SlotOf(std::uint64_t key) const;
  void Grow();
  std::vector<Slot> slots_;  // size a power of two
  std::size_t edge_count_ = 0;
  std::vector<std::vector<std::uint32_t>> payloads_;  // by node
};

}  // namespace readout::dict
