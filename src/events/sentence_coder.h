// One sentence's coding: the actors its noun groups name (with what the
// story has told of them), the verb groups and event nouns that code events
// between them, and the events themselves. Private to src/events; the
// Coder makes one SentenceCoder per sentence.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/coder_impl.h"
#include "events/memory.h"
#include "parse/parser.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/text.h"

namespace readout::events {

// An outlet's name reduced for comparison: letters and digits, upper-cased,
// without a leading "The" ("The Hindu" = "HINDU").
std::string OutletKey(std::string_view outlet);

// Who `known` is (code and entity), for words that refer to it; the words
// and their offsets stay those of `to`.
void TakeIdentity(const ActorRef& known, ActorRef& to);

// What an event carries besides its actors and code: where the words that
// coded it are, and how the sentence presents it.
struct Occasion {
  bool negated = false;
  Modality modality = Modality::kAsserted;
  std::string said_by;
  Span evidence;
  std::string verb;  // the verb or event noun as written
  std::string rule;  // dictionary file:line
};

class SentenceCoder {
 public:
  SentenceCoder(const Coder::Impl& impl, const Document& doc, const text::TextAnalysis& text,
                const parse::Parse& p, std::int32_t date, const DocumentMemory& memory,
                std::string_view outlet_key, const std::function<std::string_view()>& place_country);

  void CodeVerb(std::size_t v, std::uint32_t sentence_index, std::vector<Event>& out);
  // The events the sentence's event nouns name ("Russia's attack on
  // Ukraine", "talks between A and B"), for pairs its verbs did not code;
  // see noun_events.cc.
  // `last_tokens` gets, for every event added, the token its date is
  // read after (the noun's last).
  void CodeNouns(std::uint32_t sentence_index, std::vector<Event>& out,
                 std::vector<std::uint32_t>& last_tokens);
  // Records the sentence's named people for later references to them.
  void RememberMentions(DocumentMemory& memory) const;

  // A verb or pattern with TABARI's discard [###] or complex [+++] code
  // matched: the sentence is not to be coded at all.
  bool stopped() const { return stopped_; }
  // TABARI's precedence of each event CodeVerb added, by index into `out`
  // (kNormal for the others): see ApplyPrecedence in coder.cc.
  const std::vector<std::pair<std::size_t, dict::EventCode::Precedence>>& precedence() const {
    return precedence_;
  }

 private:
  static constexpr std::int32_t kUnset = -2;
  // Actors the sentence implies without naming them: the story's two
  // countries (a dialogue "had been set up"), or the side of them the
  // source is not (a pledge with no recipient, "criticized the agreements").
  static constexpr std::int32_t kDyad = -3;
  static constexpr std::int32_t kOtherSide = -4;

  std::string Word(std::uint32_t w) const {
    return std::string(text_.norm_text(text_.tokens[p_.words[w].token]));
  }
  bool WordIs(std::uint32_t w, std::string_view s) const {
    return EqualsIgnoreCaseAscii(text_.norm_text(text_.tokens[p_.words[w].token]), s);
  }
  bool PairPhrase(const parse::Group& g, bool* people) const;
  std::vector<ActorRef> PairActors(const parse::Group& g) const;
  std::vector<ActorRef> DyadActors(std::string_view except) const;
  bool HeadIsJoint(const parse::Group& g) const;
  std::int32_t BetweenGroup(std::int32_t g) const;
  bool ImplicitTargetFits(std::int32_t source, const dict::EventCode& c) const;
  void Resolve(const parse::Conjunct& c, ActorRef& made) const;
  void ApplyStoryRules(const std::string& cameo, ActorRef& from, ActorRef& to, bool reciprocal) const;
  std::size_t GroupSize(std::int32_t g) const;

  std::int32_t SubjectOf(std::size_t v);
  bool FollowedByFiniteVerb(const parse::Group& g) const;
  bool OpensClause(const parse::Group& g, const parse::VerbGroup& vg) const;
  std::int32_t PassiveAgent(const parse::VerbGroup& vg) const;
  std::int32_t DefaultTarget(const parse::VerbGroup& vg) const;
  std::int32_t SayerOf(std::size_t v);
  std::int32_t SayerNear(std::uint32_t at, std::int32_t except);
  Span WordsSpan(std::uint32_t begin, std::uint32_t end) const;
  ActorRef MakeActor(const parse::Conjunct& c) const;
  std::pair<std::uint32_t, std::uint32_t> TrailingName(const parse::Conjunct& c) const;
  std::vector<ActorRef> ActorsOf(const parse::Group& g) const;
  const ActorRef* PersonPronoun(const parse::Group& g) const;
  const ActorRef* Surname(const parse::Group& g) const;
  bool NamesCounterpart(const parse::Group& g) const;
  bool IsOutlet(const ActorRef& a) const;
  // Event nouns (noun_events.cc).
  void CodeNoun(std::uint32_t begin, std::uint32_t end, std::uint32_t noun_index,
                std::uint32_t sentence_index, std::vector<Event>& out);
  bool NounInBackground(std::uint32_t begin) const;
  std::vector<ActorRef> HyphenPair(std::uint32_t w) const;
  std::vector<ActorRef> WordActor(std::string_view word) const;
  std::int32_t GoverningVerb(std::uint32_t begin, std::uint32_t end, bool* object) const;
  // Emits from -> to (and the reverse half of a paired code) after the
  // story rules, recording the exchange for later references to it.
  void EmitBoth(const ActorRef& from, const ActorRef& to, const dict::EventCode& code, bool reciprocal,
                const Occasion& occasion, std::uint32_t sentence_index, std::vector<Event>& out);
  void Emit(const ActorRef& from, const ActorRef& to, const std::string& cameo,
            const Occasion& occasion, std::uint32_t sentence_index, std::vector<Event>& out) const;

  const Coder::Impl& impl_;
  const Document& doc_;
  const text::TextAnalysis& text_;
  const parse::Parse& p_;
  std::int32_t date_;
  const DocumentMemory& memory_;
  std::vector<std::int32_t> subjects_;
  std::string_view outlet_;  // OutletKey of the document's outlet
  // Where the sentence's events happened (alpha-3, or ""), looked up only
  // when a rule needs it: most sentences code nothing.
  const std::function<std::string_view()>& place_country_;
  std::vector<std::pair<ActorRef, ActorRef>> local_pairs_;  // exchanges of this sentence
  mutable std::vector<ActorRef> learned_;  // identities the story rules settled
  bool implied_ = false;  // CodeVerb's second pass: implied actors allowed
  std::vector<dict::WordId> words_;  // the sentence's word ids, sorted, distinct
  std::vector<std::int32_t> mention_at_;  // by word: index into p_.mentions, or kNone
  std::vector<std::uint32_t> candidates_;
  std::size_t verb_events_ = 0;  // the sentence's events coded from verbs
  bool stopped_ = false;
  std::vector<std::pair<std::size_t, dict::EventCode::Precedence>> precedence_;  // (event index, mark)
};

}  // namespace readout::events
