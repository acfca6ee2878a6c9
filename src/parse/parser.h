// parse: a shallow syntactic analysis of one tagged sentence, as much as the
// event coder needs and no more.
//
//   Mention     a dictionary actor or agent phrase found in the words.
//   Group       noun groups joined into what a verb can take as its source
//               or target: coordinated lists ("Mordor, Rohan and Bree"),
//               agents completed by a following of/from/in phrase ("the
//               ambassadors of Arnor and Gondor"), agents of a list that
//               share its country ("Danish media and government").
//   VerbGroup   a verb with its auxiliaries, modals, negation and "to",
//               its voice, and whether it continues a coordination of verbs.
//
// Clauses are not built as trees: the coder walks left and right from a
// verb group and stops at the clause marks this stage records (subordinators,
// relative pronouns, semicolons), which is what subject and object finding
// needs on news prose.
#pragma once

#include <cstdint>
#include <vector>

#include "dict/lexicon.h"
#include "tag/tagger.h"

namespace readout::parse {

inline constexpr std::int32_t kNone = -1;

struct Mention {
  std::uint32_t begin = 0;  // word indices, end exclusive
  std::uint32_t end = 0;
  bool actor = false;       // else an agent
  std::uint32_t payload = 0;  // Lexicon::actor_entries index, or agent index
};

// One actor of a group: an actor mention (or none) with the agents that
// qualify it, in text order.
struct Conjunct {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::int32_t actor = kNone;            // index into Parse::mentions: the first
  std::int32_t last_actor = kNone;       // and the last actor in the group
  std::vector<std::uint32_t> agents;     // indices into Parse::mentions
  bool borrowed = false;                 // actor taken from a neighbour
};

struct Group {
  std::uint32_t begin = 0;  // first word of the whole group
  std::uint32_t end = 0;
  std::vector<Conjunct> items;  // only items with an actor or an agent
  std::int32_t preposition = kNone;  // the word before it, when a preposition
  bool apposition = false;  // ", NG ," after another noun group
  bool pronoun = false;     // a personal pronoun standing for an earlier actor
};

enum class Mood : std::uint8_t { kPlain, kWill, kWould, kAboutTo, kTo };

struct VerbGroup {
  std::uint32_t chain_begin = 0;  // first auxiliary / modal / negation / "to"
  std::uint32_t begin = 0;        // the verb form's words
  std::uint32_t end = 0;
  std::int32_t entry = kNone;     // Lexicon::verb_entries index (the first)
  std::uint32_t node = 0;         // its Lexicon::verbs trie node: every entry
                                  // of a form listed in several blocks
  bool negated = false;
  bool passive = false;
  bool coordinated = false;  // "... and promised": shares the previous subject
  bool say = false;
  bool nonfinite = false;    // an -ing form or a participle standing alone
  Mood mood = Mood::kPlain;
};

struct Parse {
  std::vector<tag::Word> words;
  std::vector<dict::WordId> ids;   // words[i].id, contiguous for the tries
  std::vector<Mention> mentions;
  std::vector<Group> groups;       // in text order
  std::vector<VerbGroup> verbs;    // in text order
  std::vector<std::int32_t> group_of;  // by word: index into groups, or kNone

  void Clear();
};

class Parser {
 public:
  explicit Parser(const dict::Lexicon& lexicon) : lexicon_(lexicon) {}
  // Parses the tagged words already in `p.words`.
  void Run(Parse& p) const;

 private:
  void FindMentions(Parse& p) const;
  void FindVerbs(Parse& p) const;
  void BuildGroups(Parse& p) const;

  const dict::Lexicon& lexicon_;
};

// Whether word i is a clause mark (subordinator, relative pronoun, ';' ':').
bool IsClauseMark(const Parse& p, std::uint32_t i);

}  // namespace readout::parse
