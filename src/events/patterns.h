// Matching a verb block's patterns around one verb group.
//
// Pattern words after '*' are looked for to the right of the verb, words
// before it to the left (nearest first), in order; a '_' link means the next
// word must be adjacent, a blank that other words may come between
// (TABARI's reading, which the validation suite relies on: "didn't clash
// over the efforts" fits "&NEGATVAUXVRB * OVER EFFORTS"). '+' and '$' take
// the next group that names an actor or agent: the target and the source.
// Synsets match any member phrase. Patterns are tried most specific first;
// the first that fits wins.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "dict/lexicon.h"
#include "parse/parser.h"

namespace readout::events {

struct PatternMatch {
  std::int32_t source = parse::kNone;  // group index bound by '$'
  std::int32_t target = parse::kNone;  // group index bound by '+' or '%'
};

// Whether the caller can use a pattern that fits (say, whether it yields a
// source and a target); an empty function accepts every fit.
using PatternUse = std::function<bool(const dict::CompiledPattern&, const PatternMatch&)>;

// The first pattern of verb block `block` that fits verb group `vg` and that
// `usable` accepts, or nullptr. `sentence_words` holds the sentence's word
// ids, sorted. `candidates` is scratch space, reused between calls.
const dict::CompiledPattern* FindPattern(const dict::Lexicon& lexicon, std::uint32_t block,
                                         const parse::Parse& p, const parse::VerbGroup& vg,
                                         std::span<const dict::WordId> sentence_words,
                                         std::vector<std::uint32_t>& candidates,
                                         PatternMatch& match, const PatternUse& usable = {});

// Whether `pattern` fits around `vg` (exposed for tests).
bool Fits(const dict::Lexicon& lexicon, const dict::CompiledPattern& pattern,
          const parse::Parse& p, const parse::VerbGroup& vg, PatternMatch& match);

// Where the clause of a verb ending at word `from` ends on the right: before
// ", and/but" + a noun group + a finite verb (a clause with its own
// subject), or at a semicolon; else the sentence's end.
std::size_t ClauseEnd(const parse::Parse& p, std::size_t from);

}  // namespace readout::events
