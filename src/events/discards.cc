#include "events/discards.h"

namespace readout::events {

DiscardKind FindDiscard(const dict::Lexicon& lexicon, const dict::DiscardList& discards,
                        const parse::Parse& p) {
  if (discards.discards.empty()) return DiscardKind::kNone;
  DiscardKind found = DiscardKind::kNone;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    dict::PhraseTrie::NodeId node = dict::PhraseTrie::kRoot;
    for (std::size_t i = k; i < p.words.size(); ++i) {
      node = lexicon.discards.Child(node, p.words[i].id);
      if (node == dict::PhraseTrie::kNone) break;
      for (std::uint32_t d : lexicon.discards.Payloads(node)) {
        if (discards.discards[d].whole_story) return DiscardKind::kStory;
        found = DiscardKind::kSentence;
      }
    }
  }
  return found;
}

bool NamesStoppingActor(const dict::Lexicon& lexicon, const dict::DictionarySet& dicts, const parse::Parse& p,
                        std::int32_t date) {
  for (const parse::Mention& m : p.mentions) {
    if (!m.actor) continue;
    const dict::ActorEntry& e = lexicon.actor_entries[m.payload];
    const std::string_view code = dicts.actors[e.file].actors[e.actor].CodeOn(date);
    if (code == "###" || code == "+++") return true;
  }
  return false;
}

}  // namespace readout::events
