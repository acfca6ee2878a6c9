// What the coder remembers of a document so far, for the references a
// sentence makes back to it: "he said", "told him", "his counterpart",
// "Mr Talwar", "the two leaders", a pledge with no recipient.
//
//   LastPerson     the most recent person-like actor (a code with a role:
//                  CHNGOV, RUSMIL; not a bare country), the source of an
//                  event first;
//   CounterpartOf  the other party of the most recent two-party event the
//                  actor with that code took part in ("Xi told Putin ...
//                  Putin informed his counterpart" -> Xi);
//   BySurname      the last person named whose name begins or ends with the
//                  word ("Foreign Minister Wang Yi ... Wang held" -> Wang Yi).
//                  What is known of a name is merged as the story tells it:
//                  "India's Talwar" (a country) and later "Prime Minister
//                  Sameer Talwar" (a role) make one INDGOV person;
//   LastPair       the two people of the most recent two-party exchange
//                  (or pair named together): "the two leaders";
//   Dyad           the two countries the story is about: the last pair of
//                  different countries that acted on each other or were
//                  named together ("India and Japan"). An official whose
//                  country is not given, dealing with one of them, belongs
//                  to the other; a pledge with no recipient goes to it.
//
// Deliberately small: descriptions that carry a country ("the Chinese
// leader") are coded by the dictionaries already (CHN + leader ~GOV).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readout/events.h"

namespace readout::events {

class DocumentMemory {
 public:
  void Clear();
  void Remember(const Event& e);
  // A person named anywhere, event or not: with a role (CHNGOV, ---GOV) or
  // a country (IND) and a name no dictionary knows (`entity`).
  void RememberMention(const ActorRef& a);
  // A name given with its country only ("India's Talwar"): code "IND".
  void RememberName(const ActorRef& a);
  // Two actors named together ("India and Japan", "X and Y agreed").
  void RememberTogether(const ActorRef& a, const ActorRef& b);

  const ActorRef* LastPerson() const;
  const ActorRef* CounterpartOf(std::string_view code) const;
  const ActorRef* BySurname(std::string_view word) const;
  // The last two people named together or in an exchange; false if none.
  bool LastPair(ActorRef* a, ActorRef* b) const;
  // The story's two countries (alpha-3), or false.
  bool Dyad(std::string* a, std::string* b) const;
  // The other country of the dyad when `country` is one of them, else "".
  std::string OtherSide(std::string_view country) const;

  // A code that names someone in a role rather than a whole country.
  static bool PersonLike(const ActorRef& a);

 private:
  void NoteDyad(const std::string& a, const std::string& b);

  std::vector<ActorRef> persons_;  // in text order
  std::vector<ActorRef> named_;    // every named person, merged by name, last told last
  struct Pair {
    ActorRef a, b;
  };
  std::vector<Pair> pairs_;
  std::string dyad_a_, dyad_b_;
};

}  // namespace readout::events
