// Events named by a noun rather than a verb: "Talks between China and
// Russia ended", "the Xi-Putin summit", "Russia's attack on Ukraine",
// "Russian strikes on Kyiv", "a visit to Japan by Modi". Headlines and
// ledes name events this way as often as with a verb.
//
// The noun comes from the event-noun dictionary (readout.nouns.txt): its
// code and the words that introduce its target. Who acts on whom is read
// from the words around the noun, and both sides must be named:
//   source  the actor in the noun's own group ("Russia's attack",
//           "Russian strikes", "the Chinese president's visit"), else a
//           "by" phrase after it ("an attack by Russia"), else the subject
//           of the verb the noun completes ("Israel launched strikes on");
//   target  the group after the noun introduced by one of its target words
//           ("on Kyiv", "to Japan", "with Putin");
//   both    for a joint act (a paired code): "between A and B", "the A-B
//           summit", or a subject of several actors ("X and Y held talks").
// A noun names a past event as often as the one reported ("since Russia's
// invasion of Ukraine", "after the talks"), and such a mention carries no
// date of its own; a noun after a preposition of time or cause is
// background and codes nothing. The verbs come first: a pair of actors the
// sentence's verbs already coded is not coded again from a noun.
// A verb can undo what its object names: "suspended aid to", "cancelled a
// visit to", "lifted sanctions on" report the reverse of aid, a visit,
// sanctions; CAMEO codes that reverse (reduce relations, 16x; ease
// sanctions, 085), and a noun event with no such reverse is not coded.
#include <algorithm>
#include <array>
#include <string>

#include "base/ascii.h"
#include "events/actor_codes.h"
#include "events/sentence_coder.h"
#include "readout/cameo.h"

namespace readout::events {

using parse::kNone;

namespace {

// Words before a noun phrase that make it background: the event is a
// reference point for another ("after the talks") or what something is
// about, not itself reported.
constexpr std::array<std::string_view, 24> kBackgroundWords = {
    "since",  "after",   "before", "following", "amid",    "until",   "ahead",   "prior",
    "despite", "of",     "over",   "about",     "against", "for",     "from",    "like",
    "unlike", "than",    "without", "toward",   "towards", "into",    "to",      "under"};

// Adjectives that make the event one still to come.
constexpr std::array<std::string_view, 10> kPlannedWords = {
    "planned", "upcoming", "proposed", "possible", "potential",
    "future",  "expected", "scheduled", "next",    "impending"};

bool IsOneOf(std::string_view word, std::span<const std::string_view> set) {
  return std::any_of(set.begin(), set.end(), [&](std::string_view s) { return EqualsIgnoreCaseAscii(word, s); });
}

bool IsNounLike(tag::Pos pos) { return pos == tag::Pos::kNoun || pos == tag::Pos::kProperNoun; }

// Every form of the verbs that stop, cut or lift what their object names.
constexpr std::array<std::string_view, 76> kUndoingVerbs = {
    "suspend",   "suspends",   "suspended",  "suspending",  "halt",      "halts",      "halted",
    "halting",   "cancel",     "cancels",    "canceled",    "cancelled", "canceling",  "cancelling",
    "cut",       "cuts",       "cutting",    "reduce",      "reduces",   "reduced",    "reducing",
    "slash",     "slashes",    "slashed",    "slashing",    "freeze",    "freezes",    "froze",
    "frozen",    "freezing",   "stop",       "stops",       "stopped",   "stopping",   "end",
    "ends",      "ended",      "ending",     "scrap",       "scraps",    "scrapped",   "scrapping",
    "postpone",  "postpones",  "postponed",  "postponing",  "terminate", "terminates", "terminated",
    "terminating", "curtail",  "curtails",   "curtailed",   "curtailing", "withdraw",  "withdraws",
    "withdrew",  "withdrawn",  "withdrawing", "lift",       "lifts",     "lifted",     "lifting",
    "ease",      "eases",      "eased",      "easing",      "remove",    "removes",    "removed",
    "removing",  "waive",      "waives",     "waived",      "waiving",   "axed"};

// The CAMEO code of undoing what `code` names, or "" when CAMEO has none:
// aid stopped is 162 (1621 economic, 1622 military, 1623 humanitarian),
// peacekeeping withdrawn 1661, negotiations halted 164, mediation 165,
// other meetings, visits and cooperation called off 160 (reduce
// relations), sanctions and embargoes lifted 085.
std::string UndoneCode(std::string_view code) {
  const std::string_view root = cameo::RootOf(code);
  if (code == "070" || code == "071") return "1621";
  if (code == "072") return "1622";
  if (code == "073") return "1623";
  if (code == "074") return "1661";
  if (code == "163") return "085";
  if (code.substr(0, 3) == "046") return "164";
  if (code.substr(0, 3) == "045") return "165";
  if (root == "04" || root == "05" || root == "06" || root == "07") return "160";
  return "";
}

}  // namespace

void SentenceCoder::CodeNouns(std::uint32_t sentence_index, std::vector<Event>& out,
                              std::vector<std::uint32_t>& last_tokens) {
  if (impl_.dicts.nouns.nouns.empty()) return;
  verb_events_ = out.size();
  const auto n = static_cast<std::uint32_t>(p_.words.size());
  const std::span<const dict::WordId> ids(p_.ids);
  for (std::uint32_t w = 0; w < n;) {
    std::size_t len = 0;
    const dict::PhraseTrie::NodeId node = impl_.lexicon.nouns.LongestAt(ids.subspan(w), len);
    if (node == dict::PhraseTrie::kNone || impl_.lexicon.nouns.Payloads(node).empty()) {
      ++w;
      continue;
    }
    const auto end = static_cast<std::uint32_t>(w + len);
    CodeNoun(w, end, impl_.lexicon.nouns.Payloads(node).front(), sentence_index, out);
    last_tokens.resize(out.size(), p_.words[end - 1].token);
    w = end;
  }
}

// The actors one word names on its own: a one-word actor phrase, or a
// surname the story has given in full.
std::vector<ActorRef> SentenceCoder::WordActor(std::string_view word) const {
  std::vector<ActorRef> out;
  std::string scratch;
  const dict::WordId id = impl_.lexicon.vocab.Find(word, scratch);
  if (id != dict::kUnknownWord) {
    std::size_t len = 0;
    const dict::PhraseTrie::NodeId node = impl_.lexicon.actors.LongestAt(std::span(&id, 1), len);
    if (node != dict::PhraseTrie::kNone && len == 1 && !impl_.lexicon.actors.Payloads(node).empty()) {
      const dict::ActorEntry& e = impl_.lexicon.actor_entries[impl_.lexicon.actors.Payloads(node).front()];
      ActorRef a;
      ComposeActorCode(&impl_.dicts.actors[e.file].actors[e.actor], {}, date_, a);
      if (!a.code.empty()) out.push_back(std::move(a));
      return out;
    }
  }
  if (const ActorRef* known = memory_.BySurname(word)) {
    ActorRef a;
    TakeIdentity(*known, a);
    out.push_back(std::move(a));
  }
  return out;
}

// "Xi-Putin", "US-China": a word of two actors joined by a hyphen, as a
// modifier of a joint act. Empty unless both halves name an actor.
std::vector<ActorRef> SentenceCoder::HyphenPair(std::uint32_t w) const {
  const std::string_view word = text_.norm_text(text_.tokens[p_.words[w].token]);
  const std::size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || word.find('-', dash + 1) != std::string_view::npos) {
    return {};
  }
  std::vector<ActorRef> a = WordActor(word.substr(0, dash));
  std::vector<ActorRef> b = WordActor(word.substr(dash + 1));
  if (a.empty() || b.empty() || a[0].code == b[0].code) return {};
  // Each half's own words: the original may have an en or em dash where
  // the normalized text has '-'.
  const Span span = WordsSpan(w, w + 1);
  const std::string_view original = doc_.slice(span);
  std::size_t cut = original.find('-');
  std::size_t cut_len = 1;
  for (const std::string_view dash_bytes : {"\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x90", "\xE2\x80\x91"}) {
    const std::size_t at = original.find(dash_bytes);
    if (at < cut) {
      cut = at;
      cut_len = dash_bytes.size();
    }
  }
  if (cut == std::string_view::npos) return {};
  const auto at = static_cast<std::uint32_t>(cut);
  a[0].span = {span.begin, span.begin + at};
  b[0].span = {span.begin + at + static_cast<std::uint32_t>(cut_len), span.end};
  for (ActorRef* r : {&a[0], &b[0]}) r->text = std::string(doc_.slice(r->span));
  return {a[0], b[0]};
}

// Whether the noun phrase starting at word `begin` (its group's first word)
// is background: it follows a preposition of time, cause or topic.
bool SentenceCoder::NounInBackground(std::uint32_t begin) const {
  if (begin == 0) return false;
  const tag::Word& before = p_.words[begin - 1];
  if (before.pos != tag::Pos::kPreposition && before.pos != tag::Pos::kTo &&
      before.pos != tag::Pos::kSubordinator && before.fn != tag::Fn::kClauseLink) {
    return false;
  }
  return IsOneOf(text_.norm_text(text_.tokens[before.token]), kBackgroundWords);
}

// The verb group the noun phrase [begin, end) completes: as its object
// (*object = true; the group right after the verb, an adverb between
// allowed) or as its subject (the first finite verb after the phrase).
std::int32_t SentenceCoder::GoverningVerb(std::uint32_t begin, std::uint32_t end, bool* object) const {
  for (std::size_t v = 0; v < p_.verbs.size(); ++v) {
    const parse::VerbGroup& vg = p_.verbs[v];
    if (vg.end == begin || (vg.end + 1 == begin && p_.words[vg.end].pos == tag::Pos::kAdverb)) {
      *object = true;
      return static_cast<std::int32_t>(v);
    }
    if (vg.chain_begin == end) {
      *object = false;
      return static_cast<std::int32_t>(v);
    }
  }
  return kNone;
}

void SentenceCoder::CodeNoun(std::uint32_t begin, std::uint32_t end, std::uint32_t noun_index,
                             std::uint32_t sentence_index, std::vector<Event>& out) {
  const dict::EventNoun& noun = impl_.dicts.nouns.nouns[noun_index];
  const std::uint32_t head = end - 1;
  if (!IsNounLike(p_.words[head].pos)) return;  // "Russia attacks Ukraine": the verb's
  const std::int32_t own = p_.group_of[head];
  if (own == kNone) return;
  const parse::Group& group = p_.groups[static_cast<std::size_t>(own)];
  if (NounInBackground(group.begin)) return;
  const bool joint = noun.code.paired && noun.code.forward == noun.code.reverse;

  // Source: the actors of the noun's own group that stand before it, or
  // the two of an "A-B" word there.
  std::vector<ActorRef> sources;
  std::uint32_t first_word = begin;  // where the evidence starts
  std::vector<ActorRef> pair;
  for (std::uint32_t w = group.begin; w < begin && pair.empty(); ++w) {
    if (noun.code.paired) pair = HyphenPair(w);
    if (!pair.empty()) first_word = w;
  }
  if (pair.empty()) {
    bool before_noun = false;
    for (const parse::Conjunct& c : group.items) {
      if (c.actor != kNone && p_.mentions[static_cast<std::size_t>(c.actor)].end <= begin) before_noun = true;
    }
    if (before_noun) {
      sources = ActorsOf(group);
      first_word = group.begin;
    }
  }

  // After the noun: a target phrase, "by" + the source, "between" + the
  // parties; one group without actors ("on Monday") may come between.
  std::vector<ActorRef> targets;
  std::vector<ActorRef> parties;
  std::uint32_t last_word = end;
  bool counterpart = false;
  std::uint32_t at = group.end;
  bool skipped = false;
  while (at < p_.words.size() && p_.group_of[at] == kNone && at + 1 < p_.words.size()) {
    const std::int32_t next = p_.group_of[at + 1];
    if (next == kNone) {
      // "on Monday", "last week": a time word the tagger reads as an adverb.
      if (skipped || p_.words[at + 1].pos != tag::Pos::kAdverb) break;
      skipped = true;
      at += 2;
      continue;
    }
    const parse::Group& g = p_.groups[static_cast<std::size_t>(next)];
    if (g.preposition != static_cast<std::int32_t>(at)) break;
    const std::string_view prep = text_.norm_text(text_.tokens[p_.words[at].token]);
    std::vector<ActorRef> actors = ActorsOf(g);
    if (actors.empty()) {
      if (skipped) break;
      skipped = true;
    } else if (EqualsIgnoreCaseAscii(prep, "between") && noun.code.paired && actors.size() >= 2) {
      parties = std::move(actors);
      last_word = g.end;
    } else if (EqualsIgnoreCaseAscii(prep, "by") && sources.empty() && pair.empty()) {
      sources = std::move(actors);
      last_word = std::max(last_word, g.end);
    } else if (targets.empty() &&
               std::any_of(noun.target_words.begin(), noun.target_words.end(),
                           [&](const std::string& t) { return EqualsIgnoreCaseAscii(prep, t); })) {
      targets = std::move(actors);
      counterpart = NamesCounterpart(g);
      last_word = std::max(last_word, g.end);
    } else {
      break;
    }
    at = g.end;
  }

  bool object = false;
  std::int32_t governing = GoverningVerb(group.begin, last_word, &object);
  // "Rohan said Mordor's attack failed": what was said, not what was done
  // to it; the verb of saying is the sayer's (below).
  if (governing != kNone && p_.verbs[static_cast<std::size_t>(governing)].say) governing = kNone;
  // "Israel launched strikes on Iran", "China and Russia held talks": the
  // subject of the verb the noun completes.
  if (sources.empty() && pair.empty() && parties.empty() && governing != kNone && object) {
    const std::int32_t subject = SubjectOf(static_cast<std::size_t>(governing));
    if (subject != kNone) {
      sources = ActorsOf(p_.groups[static_cast<std::size_t>(subject)]);
      first_word = std::min(first_word, p_.groups[static_cast<std::size_t>(subject)].begin);
    }
  }
  // "suspended aid to", "cancelled the talks with": the reverse, a code of
  // its own (one way, or both ways for a joint act).
  dict::EventCode code = noun.code;
  if (governing != kNone && object) {
    const parse::VerbGroup& vg = p_.verbs[static_cast<std::size_t>(governing)];
    const std::string_view verb = text_.norm_text(text_.tokens[p_.words[vg.end - 1].token]);
    if (IsOneOf(verb, kUndoingVerbs)) {
      const std::string undone = UndoneCode(noun.code.forward);
      if (undone.empty()) return;
      code.forward = undone;
      code.reverse = joint ? undone : "";
      code.paired = joint;
    }
  }
  if (!pair.empty()) parties = std::move(pair);
  if (parties.empty() && joint && targets.empty() && sources.size() >= 2) parties = sources;
  if (parties.size() >= 2 && !joint) return;  // "clashes between" only for joint acts
  if (parties.empty() && (sources.empty() || targets.empty())) return;

  Occasion occasion;
  for (std::uint32_t w = group.begin; w < begin; ++w) {
    const std::string_view word = text_.norm_text(text_.tokens[p_.words[w].token]);
    if (EqualsIgnoreCaseAscii(word, "no")) occasion.negated = true;
    if (IsOneOf(word, kPlannedWords)) occasion.modality = Modality::kIntended;
  }
  // "There will be no talks", "Talks ... will resume": a modal in the verb
  // chain before the phrase or right after it, whether or not the verb is
  // one the dictionaries know.
  auto modal_at = [&](std::uint32_t w) {
    if (p_.words[w].pos != tag::Pos::kModal) return;
    if (p_.words[w].fn == tag::Fn::kWill) {
      occasion.modality = Modality::kIntended;
    } else if (occasion.modality == Modality::kAsserted) {
      occasion.modality = Modality::kConditional;
    }
  };
  for (std::uint32_t w = group.begin; w > 0;) {
    const tag::Pos pos = p_.words[--w].pos;
    if (pos != tag::Pos::kAuxiliary && pos != tag::Pos::kModal && pos != tag::Pos::kAdverb &&
        pos != tag::Pos::kNegation) {
      break;
    }
    modal_at(w);
  }
  // After the phrase only "will" speaks of the event itself: "the latest
  // call should put to rest ..." is about what the call means.
  for (std::uint32_t w = last_word; w < p_.words.size(); ++w) {
    if (p_.words[w].pos != tag::Pos::kAdverb) {
      if (p_.words[w].fn == tag::Fn::kWill) modal_at(w);
      break;
    }
  }
  if (governing != kNone) {
    const parse::VerbGroup& vg = p_.verbs[static_cast<std::size_t>(governing)];
    if (object && vg.negated) occasion.negated = true;
    if (vg.mood == parse::Mood::kWill || vg.mood == parse::Mood::kAboutTo ||
        (object && vg.mood == parse::Mood::kTo)) {
      occasion.modality = Modality::kIntended;
    } else if (object && vg.mood == parse::Mood::kWould && occasion.modality == Modality::kAsserted) {
      occasion.modality = Modality::kConditional;
    }
  }
  const std::int32_t sayer = SayerNear(begin, governing);
  if (sayer != kNone) {
    const parse::Group& g = p_.groups[static_cast<std::size_t>(sayer)];
    occasion.said_by = std::string(doc_.slice(WordsSpan(g.begin, g.end)));
    if (occasion.modality == Modality::kAsserted) occasion.modality = Modality::kReported;
  }
  occasion.evidence = WordsSpan(std::min(first_word, begin), last_word);
  occasion.verb = std::string(doc_.slice(WordsSpan(begin, end)));
  occasion.rule = impl_.nouns_name + ":" + std::to_string(noun.line);

  // A pair the verbs coded already (between the same actors, or countries)
  // is theirs: "Xi held a phone call with Putin" is one event, not two.
  auto coded = [&](const ActorRef& a, const ActorRef& b) {
    auto same = [](const ActorRef& x, const ActorRef& y) {
      return x.code == y.code || (!x.country.empty() && x.country == y.country);
    };
    const auto verbs_end = out.begin() + static_cast<std::ptrdiff_t>(verb_events_);
    return std::any_of(out.begin(), verbs_end, [&](const Event& e) {
      return (same(e.source, a) && same(e.target, b)) || (same(e.source, b) && same(e.target, a));
    });
  };
  if (!parties.empty()) {
    for (std::size_t i = 0; i < parties.size(); ++i) {
      for (std::size_t j = i + 1; j < parties.size(); ++j) {
        if (coded(parties[i], parties[j])) continue;
        EmitBoth(parties[i], parties[j], code, true, occasion, sentence_index, out);
      }
    }
    return;
  }
  for (const ActorRef& from : sources) {
    for (ActorRef to : targets) {
      if (counterpart && to.code.compare(0, 3, "---") == 0) {
        if (const ActorRef* other = memory_.CounterpartOf(from.code)) TakeIdentity(*other, to);
      }
      if (coded(from, to)) continue;
      EmitBoth(from, to, code, false, occasion, sentence_index, out);
    }
  }
}

}  // namespace readout::events
