// tag: a coarse part of speech for every token of a sentence, fast enough to
// run on every sentence of a corpus (a table lookup and a few context rules
// per token, no model).
//
// What the event coder needs from a tagger is narrow: which words are verbs
// here (and in which form), which start or end noun groups, and which are
// the function words that structure a clause. So the tag set is coarse and
// the lexicon small and explicit:
//   * closed classes (determiners, pronouns, prepositions, conjunctions,
//     subordinators, auxiliaries, modals, negation) from a built-in table;
//   * verbs: any form in the verb dictionary, plus -ED/-ING words;
//   * everything else is nominal: a proper noun when capitalized inside the
//     sentence, else a common noun; -LY words are adverbs.
// Then context settles noun/verb ambiguity: after a determiner, possessive
// or adjective a verb form is a noun ("an attack"), or an adjective when a
// noun follows ("the affected villages"); after an auxiliary, modal or "to"
// it is a verb.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dict/lexicon.h"
#include "readout/text.h"

namespace readout::tag {

enum class Pos : std::uint8_t {
  kNoun,
  kProperNoun,
  kVerb,
  kAdjective,
  kAdverb,
  kDeterminer,
  kPossessive,    // his, its, their ... and the clitic 's
  kPronoun,       // he, it, they ...
  kPreposition,
  kConjunction,   // and, or, nor, but
  kSubordinator,  // that, whether, if, because, after (clause-introducing) ...
  kWh,            // who, which, whom, whose
  kAuxiliary,     // be, have, do in all forms
  kModal,         // will, would, can, could ... (and "wo", "ca" of won't/can't)
  kNegation,      // not, n't, never
  kTo,            // infinitival / prepositional "to"
  kNumber,
  kComma,
  kPunct,         // other punctuation, quotes and symbols
};

enum class VerbForm : std::uint8_t { kNone, kBase, kPast, kParticiple, kGerund, kThird };

// The function words the parser and coder test for by identity. They are
// marked here rather than compared by vocabulary id, because a small
// dictionary set need not contain "by" or "of" at all.
enum class Fn : std::uint8_t {
  kNone,
  kBy,
  kOf,
  kFrom,
  kIn,
  kAbout,       // "about to"
  kAccording,   // "according to"
  kWill,        // will, shall, won't ('wo'), 'll: future
  kDegree,      // very, so, too, more, less, quite: an adjective follows
  kClauseLink,  // after, before, since, until: may open a clause
  kComplementizer,  // that, whether: open a clause that completes a verb
  kHave,        // have, has, had, having: an auxiliary, or a verb with an object
  kSemicolon,
};

struct Word {
  std::uint32_t token = 0;  // index into TextAnalysis::tokens
  dict::WordId id = dict::kUnknownWord;
  Pos pos = Pos::kNoun;
  VerbForm form = VerbForm::kNone;
  bool capitalized = false;
  bool be = false;         // a form of "be" (passive and progressive)
  bool say = false;        // a verb of saying (said, told, reported ...)
  bool by_ending = false;  // tagged by its ending alone ("-ing", "-ed", "-ly")
  Fn fn = Fn::kNone;
};

class Tagger {
 public:
  explicit Tagger(const dict::Lexicon& lexicon);
  // Tags the tokens [first, end) of `text` into `out` (cleared first).
  void Tag(const text::TextAnalysis& text, std::uint32_t first, std::uint32_t end,
           std::vector<Word>& out) const;

 private:
  struct Entry {
    Pos pos = Pos::kNoun;
    VerbForm form = VerbForm::kNone;
    bool be = false;
    bool say = false;
    bool known = false;  // from the tables or a verb; not a guess
    Fn fn = Fn::kNone;
    bool by_ending = false;
  };
  // An upper-cased word's class out of context; `dict_verb`: it starts a
  // form in the verb dictionary.
  static Entry Classify(std::string_view upper, bool dict_verb);
  void SettleEventNouns(std::vector<Word>& out) const;
  static void SettleUnknownNames(std::vector<Word>& out);

  const dict::Lexicon& lexicon_;
  std::vector<Entry> by_id_;  // by WordId
};

}  // namespace readout::tag
