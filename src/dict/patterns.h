// Verb patterns: "- PRE WORDS * POST WORDS [CODE]".
//
// The body is read left to right into tokens. Words end at blanks, '_' and
// the bracket characters; '$', '+', '%' and '^' are markers where a token
// starts; '&NAME' is a synset; '*' (or the older '**') is the verb. '(' ... ')'
// groups a prepositional phrase (preposition first) and '{' ... '}' a noun
// phrase (head last), as PETRARCH2's CAMEO.2.0 writes them; a noun phrase may
// sit inside a prepositional one but not the other way round. Each token
// records whether it was joined to the previous one by '_' (or glued, as in
// "*SCEPTICAL") or separated by a blank; '_' next to a blank counts as a
// blank, as PETRARCH reads "_ ".
//
// Words written with alternatives, "(BY/WITH SANCTIONS)" or
// "(IN AIR ATTACK/BOMBING/RAID/STRIKE)", become one pattern per choice.
// PETRARCH2 takes "BY/WITH" as a single word that never matches; the
// intent is plain, so we expand (only when every part has a letter, so that
// a "9/11" stays a word).
//
// TABARI writes alternatives as "{ WAS | WERE }" (a brace group with '|'),
// possibly several words or synsets each: expanded the same way. A '{'
// group without '|' is PETRARCH2's noun phrase.
//
// Synset names may contain '_' (&FIGHT_OF_WORDS), and synsets may be glued to
// words (NEW_&TIETYPES_RELATIONS, &FIGHT_CRIM). Which is which can only be
// told once every synset is known, so ResolvePatternSynsets runs after the
// whole file is read: the name is the longest defined prefix ending at a '_',
// and the rest are words joined by '_'. That also lets a synset be used
// before its definition, which PETRARCH2 rejects. A pattern naming a synset
// that is not defined at all is skipped, as the format says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/source_lines.h"
#include "readout/dict.h"

namespace readout::dict::internal {

struct PatternProblem {
  std::string message;
  std::string_view at;  // the part of the body at fault
};

// `body` is the line after its leading '-'. Appends one pattern per
// alternative to `out`; on failure appends nothing.
bool ParsePattern(std::string_view body, std::uint32_t line, std::vector<Pattern>& out,
                  PatternProblem& problem);

// Splits synset names glued to words and drops patterns (and nested synset
// members) that name an undefined synset, with a warning each.
void ResolvePatternSynsets(VerbDictionary& dict, Reporter& reporter);

}  // namespace readout::dict::internal
