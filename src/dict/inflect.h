// Regular English noun plurals and verb forms, for the dictionaries that ask
// for them to be generated (synsets, agents, verbs, issue n:/v: markers).
//
// Plurals. The documentation's rule is "add S; Y becomes IES; SS takes ES";
// PETRARCH's code adds ES after any final S. We use the ordinary spelling
// rules, which agree with both wherever they produce a real word:
//   consonant + Y -> IES      (MILITIA PARTY -> PARTIES)
//   vowel + Y     -> YS       (ATTORNEY -> ATTORNEYS; the doc's rule gives
//                              ATTORNIES, which never occurs in text)
//   S X Z SH CH   -> ES       (CONGRESS -> CONGRESSES, CHURCH -> CHURCHES)
//   otherwise     -> S
// Irregular plurals are written out in the dictionaries ({MEN}, synonyms).
// A synset member already in the plural (&WEAPON's +MISSILES) gets a form
// like MISSILESES that never occurs in text: harmless, where guessing which
// words in S are plurals would lose BUS -> BUSES.
//
// Verb forms (-S, -ED, -ING), PETRARCH's make_verb_forms plus the Y rules it
// lacks (it writes CARRYED, which is why the CAMEO file spells such verbs out):
//   -S    as the plural above  (PUSH -> PUSHES, CARRY -> CARRIES)
//   -ED   E -> D; consonant + Y -> IED; else ED
//   -ING  IE -> YING (DIE); EE, OE, YE keep the E (AGREE); E dropped (MAKE ->
//         MAKING); else ING
// Final consonants are never doubled: whether to double (STOP -> STOPPED but
// VISIT -> VISITED) depends on stress, which spelling does not show. The
// dictionaries list such verbs' forms in {...} (BAN {BANS BANNED}), and
// PETRARCH does not double either.
#pragma once

#include <string>
#include <string_view>

namespace readout::dict::internal {

std::string PluralOf(std::string_view word);

struct VerbInflections {
  std::string s, ed, ing;
};
VerbInflections InflectVerb(std::string_view verb);

}  // namespace readout::dict::internal
