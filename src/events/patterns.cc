#include "events/patterns.h"

#include <algorithm>

namespace readout::events {
namespace {

using dict::CompiledToken;
using dict::Gap;
using dict::TokenKind;

// Length of the longest synset member starting at word k and ending at or
// before `max_end` (exactly there when `exact`), or 0.
std::size_t SynsetAt(const dict::PhraseTrie& trie, const parse::Parse& p, std::size_t k,
                     std::size_t max_end = SIZE_MAX, bool exact = false) {
  dict::PhraseTrie::NodeId node = dict::PhraseTrie::kRoot;
  std::size_t best = 0;
  for (std::size_t i = k; i < p.words.size() && i < max_end; ++i) {
    node = trie.Child(node, p.words[i].id);
    if (node == dict::PhraseTrie::kNone) break;
    if (!trie.Payloads(node).empty() && (!exact || i + 1 == max_end)) best = i + 1 - k;
  }
  return best;
}

// Longest synset member a phrase may have, for bounding the leftward search.
constexpr std::size_t kMaxMemberWords = 6;

// For '$', '+' and '%' at word k: the group there if it names an actor or
// agent, bound as the source ('$'), the target ('+'), or by its side of the
// verb ('%', a compound: "- % * [030:030]" is a compound subject whose
// members act on each other, "- * WITH % [031]" a compound object); else
// nullptr.
const parse::Group* BindActor(const CompiledToken& t, const parse::Parse& p, std::size_t k,
                              bool before_verb, PatternMatch& match) {
  const std::int32_t g = p.group_of[k];
  if (g == parse::kNone || p.groups[static_cast<std::size_t>(g)].items.empty()) return nullptr;
  const bool source =
      t.kind == TokenKind::kSource || (t.kind == TokenKind::kCompound && before_verb);
  (source ? match.source : match.target) = g;
  return &p.groups[static_cast<std::size_t>(g)];
}

}  // namespace

// Where the verb's clause ends on the right: before ", and/but" + a noun
// group + a finite verb, which opens a clause with a subject of its own
// ("Japan pledged loans, and India committed to supplying ... to Japanese
// manufacturers": the manufacturers are not Japan's), or at a semicolon.
std::size_t ClauseEnd(const parse::Parse& p, std::size_t from) {
  const std::size_t n = p.words.size();
  for (std::size_t k = from; k + 2 < n; ++k) {
    if (p.words[k].fn == tag::Fn::kSemicolon) return k;
    if (p.words[k].pos != tag::Pos::kComma || p.words[k + 1].pos != tag::Pos::kConjunction) continue;
    const std::int32_t g = p.group_of[k + 2];
    if (g == parse::kNone) continue;
    const std::uint32_t after = p.groups[static_cast<std::size_t>(g)].end;
    for (const parse::VerbGroup& v : p.verbs) {
      if (v.chain_begin == after && !v.nonfinite) return k;
    }
  }
  return n;
}

namespace {

bool MatchAfter(const dict::Lexicon& lex, const std::vector<CompiledToken>& tokens,
                const parse::Parse& p, std::size_t pos, PatternMatch& match) {
  const std::size_t n = ClauseEnd(p, pos);
  for (const CompiledToken& t : tokens) {
    const bool adjacent = t.gap == Gap::kAdjacent;
    const std::size_t limit = adjacent ? std::min(pos + 1, n) : n;
    bool found = false;
    for (std::size_t k = pos; k < limit && !found; ++k) {
      switch (t.kind) {
        case TokenKind::kWord:
          if (p.words[k].id == t.word) {
            pos = k + 1;
            found = true;
          }
          break;
        case TokenKind::kSynset:
          if (t.synset < lex.synsets.size()) {
            const std::size_t len = SynsetAt(lex.synsets[t.synset], p, k);
            if (len > 0) {
              pos = k + len;
              found = true;
            }
          }
          break;
        case TokenKind::kSource:
        case TokenKind::kTarget:
        case TokenKind::kCompound:
          if (const parse::Group* group = BindActor(t, p, k, false, match)) {
            pos = group->end;
            found = true;
          }
          break;
        default:
          found = true;
          break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// Tokens before the verb, nearest first; `pos` is one past the word to look
// at next (moving left).
bool MatchBefore(const dict::Lexicon& lex, const std::vector<CompiledToken>& tokens,
                 const parse::Parse& p, std::size_t pos, PatternMatch& match) {
  for (const CompiledToken& t : tokens) {
    const bool adjacent = t.gap == Gap::kAdjacent;
    std::size_t lowest = 0;
    if (adjacent) {
      const std::size_t reach = t.kind == TokenKind::kSynset ? kMaxMemberWords : 1;
      lowest = pos > reach ? pos - reach : 0;
    }
    bool found = false;
    for (std::size_t k = pos; k-- > lowest && !found;) {
      switch (t.kind) {
        case TokenKind::kWord:
          if (p.words[k].id == t.word) {
            pos = k;
            found = true;
          }
          break;
        case TokenKind::kSynset:
          // A member starting at k: adjacent, it must end right before
          // `pos`; loose, anywhere before it.
          if (t.synset < lex.synsets.size() &&
              SynsetAt(lex.synsets[t.synset], p, k, pos, adjacent) > 0) {
            pos = k;
            found = true;
          }
          break;
        case TokenKind::kSource:
        case TokenKind::kTarget:
        case TokenKind::kCompound:
          if (const parse::Group* group = BindActor(t, p, k, true, match)) {
            pos = group->begin;
            found = true;
          }
          break;
        default:
          found = true;
          break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

bool Fits(const dict::Lexicon& lexicon, const dict::CompiledPattern& pattern,
          const parse::Parse& p, const parse::VerbGroup& vg, PatternMatch& match) {
  match = PatternMatch{};
  return MatchAfter(lexicon, pattern.after, p, vg.end, match) &&
         MatchBefore(lexicon, pattern.before, p, vg.begin, match);
}

const dict::CompiledPattern* FindPattern(const dict::Lexicon& lexicon, std::uint32_t block,
                                         const parse::Parse& p, const parse::VerbGroup& vg,
                                         std::span<const dict::WordId> sentence_words,
                                         std::vector<std::uint32_t>& candidates,
                                         PatternMatch& match, const PatternUse& usable) {
  const auto& patterns = lexicon.patterns[block];
  const dict::PatternIndex& index = lexicon.pattern_index[block];
  // The patterns whose key word the sentence has (a merge of two sorted
  // lists), and those with no word at all; then in priority order.
  candidates.assign(index.unkeyed.begin(), index.unkeyed.end());
  auto k = index.keyed.begin();
  for (dict::WordId w : sentence_words) {
    while (k != index.keyed.end() && k->first < w) ++k;
    while (k != index.keyed.end() && k->first == w) {
      candidates.push_back(k->second);
      ++k;
    }
    if (k == index.keyed.end()) break;
  }
  std::sort(candidates.begin(), candidates.end());
  for (std::uint32_t i : candidates) {
    const dict::CompiledPattern& pattern = patterns[i];
    const bool possible = std::all_of(
        pattern.required.begin(), pattern.required.end(), [&](dict::WordId w) {
          return std::binary_search(sentence_words.begin(), sentence_words.end(), w);
        });
    if (possible && Fits(lexicon, pattern, p, vg, match) && (!usable || usable(pattern, match))) {
      return &pattern;
    }
  }
  match = PatternMatch{};
  return nullptr;
}

}  // namespace readout::events
