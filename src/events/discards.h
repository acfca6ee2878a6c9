// Discards: a sentence that mentions a discard phrase is not coded, and a
// story with a '+' discard phrase anywhere is not coded at all (sports
// results, weather, entertainment).
#pragma once

#include "dict/lexicon.h"
#include "parse/parser.h"
#include "readout/dict.h"

namespace readout::events {

enum class DiscardKind : std::uint8_t { kNone, kSentence, kStory };

// The strongest discard among the sentence's words: kStory wins.
DiscardKind FindDiscard(const dict::Lexicon& lexicon, const dict::DiscardList& discards,
                        const parse::Parse& p);

}  // namespace readout::events
