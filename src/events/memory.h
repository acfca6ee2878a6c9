// What the coder remembers of a document so far, for the references a
// sentence makes back to it: "he said", "told him", "his counterpart".
//
//   LastPerson     the most recent person-like actor (a code with a role:
//                  CHNGOV, RUSMIL; not a bare country), the source of an
//                  event first;
//   CounterpartOf  the other party of the most recent two-party event the
//                  actor with that code took part in ("Xi told Putin ...
//                  Putin informed his counterpart" -> Xi);
//   BySurname      the last person named whose name begins or ends with the
//                  word ("Foreign Minister Wang Yi ... Wang held" -> Wang Yi).
//
// Deliberately small: descriptions that carry a country ("the Chinese
// leader") are coded by the dictionaries already (CHN + leader ~GOV).
#pragma once

#include <string_view>
#include <vector>

#include "readout/events.h"

namespace readout::events {

class DocumentMemory {
 public:
  void Clear();
  void Remember(const Event& e);
  // A person-like actor named anywhere, event or not.
  void RememberMention(const ActorRef& a);

  const ActorRef* LastPerson() const;
  const ActorRef* CounterpartOf(std::string_view code) const;
  const ActorRef* BySurname(std::string_view word) const;

  // A code that names someone in a role rather than a whole country.
  static bool PersonLike(const ActorRef& a);

 private:
  std::vector<ActorRef> persons_;  // in text order
  std::vector<ActorRef> named_;    // every person-like mention, in text order
  struct Pair {
    ActorRef a, b;
  };
  std::vector<Pair> pairs_;
};

}  // namespace readout::events
