// The dictionaries compiled for matching: every phrase interned into one
// Vocabulary and stored in tries, every verb pattern turned into word ids
// and synset references, patterns ordered most specific first.
//
// Decisions the compile step makes (the readers keep what the files say):
//  * Actor and agent phrases match as consecutive words whatever separator
//    the file used: news text does not put other words inside a name.
//  * The same actor phrase in several files: the first file loaded wins
//    (the order of the config's actorfile_list), as a user who lists a
//    project file before the stock ones expects.
//  * Verb patterns: '_' means the next word must follow at once, a blank
//    that other words may come between (within the clause). '{' '}' '(' ')'
//    only group words: they add no condition. '^' (skip a noun phrase) adds
//    no condition either. '%' is a compound group: the source before the
//    verb, the target after it.
//  * A pattern's specificity is its number of word, synset and actor ($ + %)
//    tokens; more specific patterns are tried first, file order breaking
//    ties.
//  * Case: ASCII letters are folded; other bytes must match exactly.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "dict/trie.h"
#include "readout/diagnostics.h"
#include "readout/dict.h"

namespace readout::dict {

struct ActorEntry {
  std::uint32_t file = 0;   // index in DictionarySet::actors
  std::uint32_t actor = 0;  // index in that file's actors
};

struct VerbEntry {
  std::uint32_t block = 0;
  std::uint32_t verb = 0;
  std::uint8_t head = 0;     // index of the verb word in the form
  std::uint8_t length = 0;   // words in the form
};

struct CompiledToken {
  TokenKind kind = TokenKind::kWord;
  Gap gap = Gap::kLoose;     // link to the token before it in reading order
  WordId word = kUnknownWord;
  std::uint32_t synset = 0;  // index into Lexicon::synsets for kSynset
};

struct CompiledPattern {
  // Tokens before the verb, nearest the verb first (read right to left), and
  // after it, in reading order. Gaps are those of the text direction: for
  // `before`, gap links a token to the one nearer the verb.
  std::vector<CompiledToken> before;
  std::vector<CompiledToken> after;
  Gap verb_gap_before = Gap::kLoose;  // "RECENTLY_*": the word right before
  Gap verb_gap_after = Gap::kLoose;   // "*_LAWS": the word right after
  EventCode code;
  std::uint32_t line = 0;
  std::uint32_t specificity = 0;
  // Every literal word the pattern needs, sorted and distinct: a sentence
  // lacking one cannot fit, which rejects most patterns without a scan.
  std::vector<WordId> required;
};

// A block's patterns indexed for a quick first cut: each pattern with
// literal words is filed under the one that is rarest across the dictionary,
// so a sentence only visits the patterns whose key word it contains.
struct PatternIndex {
  std::vector<std::pair<WordId, std::uint32_t>> keyed;  // (word, pattern), sorted
  std::vector<std::uint32_t> unkeyed;                   // patterns with no literal word
};

struct Lexicon {
  Vocabulary vocab;

  PhraseTrie actors;  // payload: index into actor_entries
  std::vector<ActorEntry> actor_entries;
  PhraseTrie agents;  // payload: index into DictionarySet::agents.agents
  PhraseTrie verbs;   // payload: index into verb_entries
  std::vector<VerbEntry> verb_entries;
  PhraseTrie discards;  // payload: index into DictionarySet::discards.discards
  PhraseTrie issues;    // payload: index into DictionarySet::issues.issues
  PhraseTrie nouns;     // payload: index into DictionarySet::nouns.nouns
  std::vector<PhraseTrie> synsets;                 // by VerbDictionary::synsets index
  std::vector<std::vector<CompiledPattern>> patterns;  // by block, most specific first
  std::vector<PatternIndex> pattern_index;             // by block
  // DictionarySet::tabari_stems: the stem words, sorted, with their ids.
  std::vector<std::pair<std::string, WordId>> stems;

  // The id of the longest stem that `upper` (an upper-cased word not in the
  // vocabulary) starts with, or kUnknownWord.
  WordId StemOf(std::string_view upper) const;
};

// Compiles `set`; patterns naming an unknown synset are dropped with a
// warning in `diags`. `set` must outlive nothing: the lexicon holds indices
// into it, so keep the two together.
Lexicon Compile(const DictionarySet& set, Diagnostics& diags);

}  // namespace readout::dict
