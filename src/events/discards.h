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

// Whether the sentence names an actor whose code on `date` is TABARI's
// discard code "###" or complex code "+++": TABARI codes no such sentence
// (ParserClass::checkDiscards; a complex one it sets aside).
bool NamesStoppingActor(const dict::Lexicon& lexicon, const dict::DictionarySet& dicts, const parse::Parse& p,
                        std::int32_t date);

}  // namespace readout::events
