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

}  // namespace readout::events
