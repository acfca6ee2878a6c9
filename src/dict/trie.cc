#include "dict/trie.h"

#include "base/ascii.h"

namespace readout::dict {

Vocabulary::Vocabulary() { words_.emplace_back(); }

WordId Vocabulary::Intern(std::string_view upper) {
  auto it = ids_.find(upper);
  if (it != ids_.end()) return it->second;
  auto id = static_cast<WordId>(words_.size());
  words_.emplace_back(upper);
  ids_.emplace(std::string(upper), id);
  return id;
}

WordId Vocabulary::FindUpper(std::string_view upper) const {
  auto it = ids_.find(upper);
  return it == ids_.end() ? kUnknownWord : it->second;
}

WordId Vocabulary::Find(std::string_view word, std::string& scratch) const {
  scratch.assign(word);
  for (char& c : scratch) c = ToUpperAscii(c);
  return FindUpper(scratch);
}

PhraseTrie::PhraseTrie() : slots_(16) { payloads_.emplace_back(); }

// Fibonacci hashing of the (node, word) pair; the first slot to probe.
std::size_t PhraseTrie::SlotOf(std::uint64_t key) const {
  const std::uint64_t h = (key ^ (key >> 29)) * 0x9E3779B97F4A7C15ULL;
  return static_cast<std::size_t>(h >> 20) & (slots_.size() - 1);
}

void PhraseTrie::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  for (const Slot& s : old) {
    if (s.child == kNone) continue;
    std::size_t i = SlotOf(s.key);
    while (slots_[i].child != kNone) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = s;
  }
}

void PhraseTrie::Add(std::span<const WordId> words, std::uint32_t payload) {
  NodeId node = kRoot;
  for (WordId w : words) {
    const std::uint64_t key = Key(node, w);
    std::size_t i = SlotOf(key);
    while (slots_[i].child != kNone && slots_[i].key != key) i = (i + 1) & (slots_.size() - 1);
    if (slots_[i].child == kNone) {
      slots_[i] = {key, static_cast<NodeId>(payloads_.size())};
      payloads_.emplace_back();
      if (++edge_count_ * 2 > slots_.size()) Grow();  // keep the load under 1/2
      node = static_cast<NodeId>(payloads_.size() - 1);
    } else {
      node = slots_[i].child;
    }
  }
  payloads_[node].push_back(payload);
}

PhraseTrie::NodeId PhraseTrie::Child(NodeId node, WordId word) const {
  if (word == kUnknownWord) return kNone;
  const std::uint64_t key = Key(node, word);
  for (std::size_t i = SlotOf(key);; i = (i + 1) & (slots_.size() - 1)) {
    const Slot& s = slots_[i];
    if (s.child == kNone) return kNone;
    if (s.key == key) return s.child;
  }
}

std::span<const std::uint32_t> PhraseTrie::Payloads(NodeId node) const {
  return payloads_[node];
}

PhraseTrie::NodeId PhraseTrie::LongestAt(std::span<const WordId> words, std::size_t& length) const {
  NodeId node = kRoot;
  NodeId best = kNone;
  length = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    node = Child(node, words[i]);
    if (node == kNone) break;
    if (!payloads_[node].empty()) {
      best = node;
      length = i + 1;
    }
  }
  return best;
}

}  // namespace readout::dict
