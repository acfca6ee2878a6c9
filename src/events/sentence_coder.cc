// Coding one sentence: finding the actors of its groups and coding its verb
// groups (CodeVerb) against the verb dictionary's patterns.
#include "events/sentence_coder.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "events/actor_codes.h"
#include "events/patterns.h"
#include "readout/cameo.h"

namespace readout::events {

using parse::kNone;

std::string OutletKey(std::string_view outlet) {
  std::string k;
  for (char c : outlet) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) k.push_back(ToUpperAscii(c));
  }
  if (k.rfind("THE", 0) == 0 && k.size() > 3) k.erase(0, 3);
  return k;
}

void TakeIdentity(const ActorRef& known, ActorRef& to) {
  to.code = known.code;
  to.country = known.country;
  to.sector = known.sector;
  to.entity = known.entity;
}

namespace {


// A verb group that heads a clause of its own: it has a tense or a modal
// ("was reported", "can cope", "trashed"), unlike "to leave" or "starting".
bool IsFinite(const parse::VerbGroup& vg) {
  return vg.mood != parse::Mood::kTo && vg.mood != parse::Mood::kAboutTo &&
         (vg.chain_begin < vg.begin || !vg.nonfinite);
}

bool IsReciprocal(const dict::EventCode& code) {
  const std::string_view root = cameo::RootOf(code.forward.empty() ? code.reverse : code.forward);
  return root.size() == 2 && (root <= "08" || root == "19");
}

// What a promise to do an act of material cooperation is coded as: "India
// will supply ... to Japanese manufacturers" (061, economic cooperation, in
// the future) is an intent to cooperate economically, 0311. CAMEO's root 03
// mirrors roots 06-08: 06x -> 031x, 07x -> 033x, 08x -> 035x. Other codes
// are kept.
std::string AsIntent(const std::string& code) {
  if (code.size() < 3 || code[0] != '0' || code[1] < '6' || code[1] > '8') return code;
  std::string intent = "03";
  intent += code[1] == '6' ? '1' : code[1] == '7' ? '3' : '5';
  if (code[2] != '0') intent += code[2];
  return cameo::Lookup(intent) != nullptr ? intent : intent.substr(0, 3);
}

// Whether the verb dictionary declares `root` among the members of the
// synset `name`: the coding conventions readout.verbs.txt states as
// synsets (&REFUSAL_ROOTS_), which PETRARCH's dictionaries do not.
// Looked up only for the rare verb that needs it (a negated one).
bool DeclaresRoot(const dict::VerbDictionary& verbs, std::string_view name, std::string_view root) {
  const dict::Synset* set = verbs.FindSynset(name);
  if (set == nullptr || root.empty()) return false;
  return std::any_of(set->members.begin(), set->members.end(), [&](const dict::SynsetMember& m) {
    return m.phrase.words.size() == 1 && m.phrase.words[0] == root;
  });
}

// What refusing an act of cooperation is coded as: CAMEO's root 12
// (reject) has a code for refusing each kind ("will not release the
// prisoners" is 1243, refuse to release persons, not 0841). Roots 04-08 map
// onto it: meeting and negotiating 125, mediating 126, agreements 127,
// material cooperation 121x, aid 122x, yielding 124x (ease sanctions 1241,
// release 1243, lift economic sanctions 1244, allow involvement 1245,
// de-escalate 1246), the rest 120. Applied to the roots the verb
// dictionary declares in &REFUSAL_ROOTS_ (readout's: 04-08); PETRARCH
// codes a negated verb as if it were not negated, and its dictionaries
// declare none.
std::string AsRefusal(const std::string& code) {
  const std::string_view root = cameo::RootOf(code);
  if (root.empty() || root < "04" || root > "08") return code;
  if (root == "04") return code.compare(0, 3, "045") == 0 ? "126" : "125";
  if (root == "05") return code.compare(0, 3, "057") == 0 ? "127" : "120";
  if (root == "06") return code.compare(0, 3, "061") == 0 ? "1211" : code.compare(0, 3, "062") == 0 ? "1212" : "121";
  if (root == "07") {
    const char kind = code.size() >= 3 ? code[2] : '0';
    return kind >= '1' && kind <= '4' ? std::string("122") + kind : "120";
  }
  if (code.compare(0, 3, "081") == 0) return "1241";
  if (code.compare(0, 3, "082") == 0) return "1242";
  if (code.compare(0, 3, "084") == 0) return "1243";
  if (code.compare(0, 3, "085") == 0) return "1244";
  if (code.compare(0, 3, "086") == 0) return "1245";
  if (code.compare(0, 3, "087") == 0) return "1246";
  return "124";
}

// "FRO/BIL/SAM": an actor phrase that stands for several actors.
std::vector<ActorRef> SplitAlternatives(const ActorRef& a) {
  std::vector<ActorRef> out;
  if (a.code.find('/') == std::string::npos) {
    out.push_back(a);
    return out;
  }
  std::size_t start = 0;
  while (start <= a.code.size()) {
    std::size_t slash = a.code.find('/', start);
    if (slash == std::string::npos) slash = a.code.size();
    ActorRef one = a;
    one.code = a.code.substr(start, slash - start);
    SplitCountrySector(one);
    if (!one.code.empty()) out.push_back(std::move(one));
    start = slash + 1;
  }
  return out;
}

}  // namespace

SentenceCoder::SentenceCoder(const Coder::Impl& impl, const Document& doc, const text::TextAnalysis& text,
              const parse::Parse& p, std::int32_t date, const DocumentMemory& memory,
              std::string_view outlet_key, const std::function<std::string_view()>& place_country)
    : impl_(impl), doc_(doc), text_(text), p_(p), date_(date), memory_(memory),
      subjects_(p.verbs.size(), kUnset), outlet_(outlet_key), place_country_(place_country) {
  words_.reserve(p.words.size());
  for (const tag::Word& w : p.words) words_.push_back(w.id);
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  mention_at_.assign(p.words.size(), kNone);
  for (std::size_t m = 0; m < p.mentions.size(); ++m) {
    for (std::uint32_t w = p.mentions[m].begin; w < p.mentions[m].end; ++w) {
      mention_at_[w] = static_cast<std::int32_t>(m);
    }
  }
}

Span SentenceCoder::WordsSpan(std::uint32_t begin, std::uint32_t end) const {
  if (begin >= end) return {};
  return {text_.tokens[p_.words[begin].token].begin, text_.tokens[p_.words[end - 1].token].end};
}

// The subject of verb group v: the nearest noun group to its left that is
// not the object of a preposition, not an apposition and not a pronoun
// (a pronoun stands for an actor further left); a verb after "and" shares
// the subject of the verb before it.
std::int32_t SentenceCoder::SubjectOf(std::size_t v) {
  if (subjects_[v] != kUnset) return subjects_[v];
  subjects_[v] = kNone;  // guards against cycles
  const parse::VerbGroup& vg = p_.verbs[v];
  std::int32_t found = kNone;
  std::int32_t pronoun = kNone;  // "he said": used when no named actor is nearer
  const bool adjunct = vg.nonfinite && vg.chain_begin == vg.begin && vg.begin > 0 &&
                       p_.words[vg.begin].form == tag::VerbForm::kGerund &&
                       (WordIs(vg.begin - 1, "before") || WordIs(vg.begin - 1, "after") ||
                        WordIs(vg.begin - 1, "while") || WordIs(vg.begin - 1, "without"));
  if (vg.coordinated && v > 0) {
    found = SubjectOf(v - 1);
  } else if (adjunct) {
    // "The leaders held talks ... before signing a memorandum": the subject
    // of the clause's finite verb.
    for (std::size_t u = 0; u < v; ++u) {
      if (IsFinite(p_.verbs[u])) {
        found = SubjectOf(u);
        break;
      }
    }
  } else {
    for (std::uint32_t w = vg.chain_begin; w-- > 0;) {
      if (parse::IsClauseMark(p_, w)) {
        if (p_.words[w].pos == tag::Pos::kWh && w > 0) {
          for (std::uint32_t u = w; u-- > 0;) {
            const std::int32_t g = p_.group_of[u];
            if (g != kNone && p_.groups[static_cast<std::size_t>(g)].preposition == kNone) {
              found = g;
              break;
            }
          }
        }
        break;
      }
      if (p_.words[w].fn == tag::Fn::kSemicolon) break;
      const std::int32_t g = p_.group_of[w];
      if (g == kNone) continue;
      const parse::Group& group = p_.groups[static_cast<std::size_t>(g)];
      w = group.begin;
      if (OpensClause(group, vg)) {  // "after Mordor attacked": the subject
        found = g;
        break;
      }
      if (group.pronoun && group.preposition == kNone && pronoun == kNone) pronoun = g;
      if (group.preposition != kNone || group.apposition || group.pronoun) continue;
      found = g;
      break;
    }
  }
  if (found == kNone && pronoun != kNone && PersonPronoun(p_.groups[static_cast<std::size_t>(pronoun)])) {
    found = pronoun;
  }
  subjects_[v] = found;
  return found;
}

bool SentenceCoder::FollowedByFiniteVerb(const parse::Group& g) const {
  return std::any_of(p_.verbs.begin(), p_.verbs.end(), [&](const parse::VerbGroup& v) {
    return v.chain_begin == g.end && IsFinite(v);
  });
}

// A group after "after/before/since/until" right before this verb's chain
// is the subject of the clause the word opens; so is one after "with"
// right before an -ing verb.
bool SentenceCoder::OpensClause(const parse::Group& g, const parse::VerbGroup& vg) const {
  if (g.preposition == kNone || g.end != vg.chain_begin) return false;
  const tag::Word& prep = p_.words[static_cast<std::size_t>(g.preposition)];
  if (prep.fn == tag::Fn::kClauseLink) return true;
  // "with NATO accusing Beijing of ...": an absolute clause, its subject
  // after "with".
  return vg.nonfinite && vg.chain_begin == vg.begin &&
         EqualsIgnoreCaseAscii(text_.norm_text(text_.tokens[prep.token]), "with");
}

// "was opposed (earlier) by X": the group after "by" within a few words.
std::int32_t SentenceCoder::PassiveAgent(const parse::VerbGroup& vg) const {
  const auto n = static_cast<std::uint32_t>(p_.words.size());
  for (std::uint32_t w = vg.end; w < n && w < vg.end + 4; ++w) {
    if (p_.words[w].fn == tag::Fn::kBy) {
      if (w + 1 < n && p_.group_of[w + 1] != kNone) return p_.group_of[w + 1];
      return kNone;
    }
    if (p_.words[w].pos != tag::Pos::kAdverb) break;
  }
  return kNone;
}

// The first group with an actor after the verb, leaving out the subject of a
// later verb of saying (", a senior official said").
std::int32_t SentenceCoder::DefaultTarget(const parse::VerbGroup& vg) const {
  // The object lies before the next finite verb, and before a clause that
  // modifies rather than completes the verb: one opened by a subordinator
  // other than "that"/"whether", a relative pronoun, a semicolon, or
  // "after/before/since/until" + subject + verb ("... after a hafling was
  // reported on the pass of Cirith Ungol").
  std::uint32_t limit = static_cast<std::uint32_t>(ClauseEnd(p_, vg.end));
  for (const parse::VerbGroup& other : p_.verbs) {
    if (other.chain_begin >= vg.end && IsFinite(other) && !other.coordinated) {
      limit = std::min(limit, other.chain_begin);
      break;
    }
  }
  for (std::uint32_t w = vg.end; w < limit; ++w) {
    const tag::Word& word = p_.words[w];
    const bool link = word.fn == tag::Fn::kClauseLink && w + 1 < p_.words.size() &&
                      p_.group_of[w + 1] != kNone &&
                      FollowedByFiniteVerb(p_.groups[static_cast<std::size_t>(p_.group_of[w + 1])]);
    if (word.fn == tag::Fn::kSemicolon || word.pos == tag::Pos::kWh || link ||
        (word.pos == tag::Pos::kSubordinator && word.fn != tag::Fn::kComplementizer)) {
      limit = w;
      break;
    }
  }
  for (std::size_t g = 0; g < p_.groups.size(); ++g) {
    const parse::Group& group = p_.groups[g];
    if (group.begin >= limit) break;
    if (group.begin < vg.end) continue;
    if (group.items.empty() && PersonPronoun(group) == nullptr && !NamesCounterpart(group) &&
        Surname(group) == nullptr) {
      continue;
    }
    const bool before_say = std::any_of(p_.verbs.begin(), p_.verbs.end(), [&](const auto& other) {
      return other.say && other.chain_begin == group.end;
    });
    if (before_say) continue;
    // "agreed that senior officials would meet": the subject of the clause
    // "that" opens, not the verb's object.
    if (group.begin > 0 && p_.words[group.begin - 1].fn == tag::Fn::kComplementizer &&
        FollowedByFiniteVerb(group)) {
      break;
    }
    // "..., according to Xinhua": the source of the report, not a target.
    if (group.preposition >= 1 &&
        p_.words[static_cast<std::size_t>(group.preposition) - 1].fn == tag::Fn::kAccording) {
      continue;
    }
    return static_cast<std::int32_t>(g);
  }
  return kNone;
}

// Who reported the event: the subject of the nearest other verb of saying
// in the sentence, else the group after "according to".
std::int32_t SentenceCoder::SayerOf(std::size_t v) {
  return SayerNear(p_.verbs[v].begin, static_cast<std::int32_t>(v));
}

// The same for words at `at` that no verb carries (an event noun);
// `except` is the verb group the words belong to, or kNone.
std::int32_t SentenceCoder::SayerNear(std::uint32_t at, std::int32_t except) {
  const auto n = static_cast<std::uint32_t>(p_.words.size());
  for (std::uint32_t w = 0; w + 2 < n; ++w) {
    if (p_.words[w].fn == tag::Fn::kAccording &&
        p_.words[w + 1].pos == tag::Pos::kTo && p_.group_of[w + 2] != kNone) {
      return p_.group_of[w + 2];
    }
  }
  std::int32_t best = kNone;
  std::uint32_t best_distance = UINT32_MAX;
  for (std::size_t s = 0; s < p_.verbs.size(); ++s) {
    if (static_cast<std::int32_t>(s) == except || !p_.verbs[s].say) continue;
    const std::uint32_t a = p_.verbs[s].begin;
    const std::uint32_t b = at;
    const std::uint32_t d = a > b ? a - b : b - a;
    if (d < best_distance) {
      const std::int32_t subject = SubjectOf(s);
      if (subject == kNone) continue;
      best = subject;
      best_distance = d;
    }
  }
  return best;
}

ActorRef SentenceCoder::MakeActor(const parse::Conjunct& c) const {
  ActorRef a;
  a.span = WordsSpan(c.begin, c.end);
  a.text = std::string(doc_.slice(a.span));
  std::vector<const dict::Agent*> agents;
  for (std::uint32_t m : c.agents) {
    agents.push_back(&impl_.dicts.agents.agents[p_.mentions[m].payload]);
  }
  auto actor_of = [&](std::int32_t mention) -> const dict::Actor* {
    if (mention == kNone) return nullptr;
    const dict::ActorEntry& e =
        impl_.lexicon.actor_entries[p_.mentions[static_cast<std::size_t>(mention)].payload];
    return &impl_.dicts.actors[e.file].actors[e.actor];
  };
  // Two actors in one noun group: the head (the last) when it names a
  // person or body with a role ("China's President Xi Jinping" -> CHNGOV),
  // else the first ("the evil Arnor awful Gondor" is a typo for Arnor).
  const dict::Actor* actor = actor_of(c.actor);
  if (c.last_actor != c.actor) {
    const dict::Actor* head = actor_of(c.last_actor);
    if (head != nullptr && head->CodeOn(date_).size() > 3) actor = head;
  }
  ComposeActorCode(actor, agents, date_, a);
  // "Indian Prime Minister Sameer Talwar": a role the dictionaries code and
  // a name they do not know; the name is the entity, so that "Talwar" can
  // later stand for it.
  const auto [name_begin, name_end] = TrailingName(c);
  if (name_end > name_begin + 1 && DocumentMemory::PersonLike(a)) {
    a.entity = std::string(doc_.slice(WordsSpan(name_begin, name_end)));
  }
  return a;
}

// The capitalized words no dictionary knows at the end of a conjunct, as
// a word range (empty when the conjunct ends in a mention or a common word).
std::pair<std::uint32_t, std::uint32_t> SentenceCoder::TrailingName(const parse::Conjunct& c) const {
  std::uint32_t begin = c.end;
  while (begin > c.begin && p_.words[begin - 1].pos == tag::Pos::kProperNoun &&
         p_.words[begin - 1].capitalized && mention_at_[begin - 1] == kNone) {
    --begin;
  }
  return {begin, c.end};
}

// A personal pronoun group standing for the last person the document named:
// he, she, him, her (not "it" or "they", which as often mean a country or a
// group as anyone in particular).
const ActorRef* SentenceCoder::PersonPronoun(const parse::Group& g) const {
  if (!g.pronoun) return nullptr;
  const std::string_view w = text_.norm_text(text_.tokens[p_.words[g.begin].token]);
  const bool personal = EqualsIgnoreCaseAscii(w, "he") || EqualsIgnoreCaseAscii(w, "she") ||
                        EqualsIgnoreCaseAscii(w, "him") || EqualsIgnoreCaseAscii(w, "her");
  return personal ? memory_.LastPerson() : nullptr;
}

// The actors a group names: its items, or the person a pronoun stands for
// (with the pronoun's own words and offsets).
std::vector<ActorRef> SentenceCoder::ActorsOf(const parse::Group& g) const {
  std::vector<ActorRef> out = PairActors(g);
  if (!out.empty()) return out;
  const ActorRef* person = PersonPronoun(g);
  if (person == nullptr && g.items.empty()) person = Surname(g);
  if (person != nullptr) {
    ActorRef a;
    a.span = WordsSpan(g.begin, g.end);
    a.text = std::string(doc_.slice(a.span));
    TakeIdentity(*person, a);
    out.push_back(std::move(a));
    return out;
  }
  for (const parse::Conjunct& c : g.items) {
    ActorRef made = MakeActor(c);
    // "Prime Minister Sameer Talwar" with no country of its own: the person
    // of that name (or surname) named earlier with one.
    Resolve(c, made);
    for (ActorRef& a : SplitAlternatives(made)) out.push_back(std::move(a));
  }
  if (out.empty() && NamesCounterpart(g)) {  // resolved against the other side later
    ActorRef a;
    a.span = WordsSpan(g.begin, g.end);
    a.text = std::string(doc_.slice(a.span));
    a.code = "---";
    out.push_back(std::move(a));
  }
  return out;
}

// A group that is one capitalized word no dictionary knows, standing for
// a person named in full earlier ("Wang" after "Wang Yi").
const ActorRef* SentenceCoder::Surname(const parse::Group& g) const {
  if (!g.items.empty()) return nullptr;
  std::uint32_t first = g.begin;
  // "Mr Talwar", "Mr. Hanabusa", "Dr Arora".
  if (g.end == first + 2 && (WordIs(first, "mr") || WordIs(first, "mr.") || WordIs(first, "mrs") ||
                             WordIs(first, "mrs.") || WordIs(first, "ms") || WordIs(first, "ms.") ||
                             WordIs(first, "dr") || WordIs(first, "dr."))) {
    ++first;
  }
  if (g.end != first + 1) return nullptr;
  const tag::Word& w = p_.words[first];
  if (w.pos != tag::Pos::kProperNoun) return nullptr;
  return memory_.BySurname(text_.norm_text(text_.tokens[w.token]));
}

void SentenceCoder::RememberMentions(DocumentMemory& memory) const {
  for (const parse::Group& g : p_.groups) {
    std::vector<ActorRef> named;
    for (const parse::Conjunct& c : g.items) {
      if (c.last_actor == kNone && c.agents.empty()) continue;
      // Only a named person can be referred to by surname later: the head
      // of the group ("Chinese Foreign Minister Wang Yi"), a name no
      // dictionary knows after a coded role ("Indian Prime Minister Sameer
      // Talwar", "Prime Minister Sameer Talwar") or after a country's
      // possessive ("India's Talwar").
      const auto [name_begin, name_end] = TrailingName(c);
      if (c.last_actor != kNone) {
        const dict::ActorEntry& e =
            impl_.lexicon.actor_entries[p_.mentions[static_cast<std::size_t>(c.last_actor)].payload];
        if (impl_.dicts.actors[e.file].actors[e.actor].CodeOn(date_).size() <= 3 &&
            name_end == name_begin) {
          if (g.items.size() == 2) named.push_back(MakeActor(c));  // "India and Japan"
          continue;
        }
      } else if (name_end == name_begin) {
        continue;
      }
      ActorRef a = MakeActor(c);
      Resolve(c, a);
      if (a.code.size() == 3) {
        if (!a.entity.empty() && a.entity != a.text) memory.RememberName(a);
      } else {
        memory.RememberMention(a);
      }
      if (g.items.size() == 2) named.push_back(std::move(a));
    }
    if (named.size() == 2) memory.RememberTogether(named[0], named[1]);
  }
  for (const ActorRef& a : learned_) memory.RememberMention(a);
}

bool SentenceCoder::NamesCounterpart(const parse::Group& g) const {
  for (std::uint32_t w = g.begin; w < g.end; ++w) {
    const std::string_view t = text_.norm_text(text_.tokens[p_.words[w].token]);
    if (EqualsIgnoreCaseAscii(t, "counterpart") || EqualsIgnoreCaseAscii(t, "counterparts")) return true;
    // In a visit, "his guest", "her host" (not "guest houses").
    if (w + 1 == g.end && w > g.begin && p_.words[w - 1].pos == tag::Pos::kPossessive &&
        (EqualsIgnoreCaseAscii(t, "guest") || EqualsIgnoreCaseAscii(t, "host"))) {
      return true;
    }
  }
  return false;
}

// "the two leaders", "both sides": a pair the story has named. `people`
// says whether the noun names persons (leaders, men, ministers) rather than
// countries or governments (sides, countries, governments).
bool SentenceCoder::PairPhrase(const parse::Group& g, bool* people) const {
  std::uint32_t w = g.begin;
  if (w + 1 < g.end && WordIs(w, "the") && WordIs(w + 1, "two")) {
    w += 2;
  } else if (w + 1 < g.end && WordIs(w, "both")) {
    w += 1;
  } else {
    return false;
  }
  const std::uint32_t head = g.end - 1;
  if (head < w) return false;
  for (const char* noun : {"leaders", "men", "women", "ministers", "presidents", "premiers",
                           "counterparts", "officials", "heads"}) {
    if (WordIs(head, noun)) {
      *people = true;
      return true;
    }
  }
  for (const char* noun : {"sides", "governments", "countries", "nations", "capitals"}) {
    if (WordIs(head, noun)) {
      *people = false;
      return true;
    }
  }
  return false;
}

// The actors a pair phrase stands for: the two people of the last exchange
// (this sentence's first), else the story's two countries; "sides",
// "governments" and "capitals" are their governments.
std::vector<ActorRef> SentenceCoder::PairActors(const parse::Group& g) const {
  std::vector<ActorRef> out;
  bool people = false;
  if (!PairPhrase(g, &people)) return out;
  ActorRef a, b;
  bool found = false;
  if (people) {
    if (!local_pairs_.empty()) {
      a = local_pairs_.back().first;
      b = local_pairs_.back().second;
      found = true;
    } else {
      found = memory_.LastPair(&a, &b);
    }
  }
  if (!found) {
    std::string x, y;
    if (!memory_.Dyad(&x, &y)) return out;
    const bool states = !WordIs(g.end - 1, "countries") && !WordIs(g.end - 1, "nations");
    const std::string sector = states ? "GOV" : "";
    a = {};
    b = {};
    a.code = x + sector;
    b.code = y + sector;
    SplitCountrySector(a);
    SplitCountrySector(b);
  }
  for (ActorRef* r : {&a, &b}) {
    ActorRef made;
    made.span = WordsSpan(g.begin, g.end);
    made.text = std::string(doc_.slice(made.span));
    TakeIdentity(*r, made);
    out.push_back(std::move(made));
  }
  return out;
}

// The story's countries, leaving out `except` (a country code or "").
std::vector<ActorRef> SentenceCoder::DyadActors(std::string_view except) const {
  std::vector<ActorRef> out;
  std::string x, y;
  if (!memory_.Dyad(&x, &y)) return out;
  for (const std::string* c : {&x, &y}) {
    if (*c == except) continue;
    ActorRef a;
    a.code = *c;
    a.country = *c;
    out.push_back(std::move(a));
  }
  return out;
}

// A group whose head noun names a joint undertaking: "the agreements",
// "a new economic security dialogue".
bool SentenceCoder::HeadIsJoint(const parse::Group& g) const {
  if (!g.items.empty() || g.end == g.begin) return false;
  const tag::Word& head = p_.words[g.end - 1];
  if (head.pos != tag::Pos::kNoun) return false;
  return Coder::Impl::Has(impl_.joint_nouns, text_.norm_text(text_.tokens[head.token]));
}

// "a dialogue between Japan and India": the group of the parties, when
// group g is a joint undertaking that names none itself and "between"
// follows it ("reconciliation between ..." is not one).
std::int32_t SentenceCoder::BetweenGroup(std::int32_t g) const {
  if (g < 0) return kNone;
  const parse::Group& group = p_.groups[static_cast<std::size_t>(g)];
  if (!HeadIsJoint(group) || group.end + 1 >= p_.words.size() || !WordIs(group.end, "between")) {
    return kNone;
  }
  const std::int32_t next = p_.group_of[group.end + 1];
  if (next == kNone || p_.groups[static_cast<std::size_t>(next)].items.size() < 2) return kNone;
  return next;
}

// Whether an event with no target named goes to the other side of the
// story's two countries: promises (loans, supplies) and cutting relations
// (sanctions, duties) are always made to someone, and in a two-country
// story that is the other country.
bool SentenceCoder::ImplicitTargetFits(std::int32_t source, const dict::EventCode& c) const {
  if (source < 0) return false;
  const std::string_view root = cameo::RootOf(c.forward.empty() ? c.reverse : c.forward);
  if (root != "03" && root != "16") return false;
  const std::vector<ActorRef> actors = ActorsOf(p_.groups[static_cast<std::size_t>(source)]);
  return actors.size() == 1 && !memory_.OtherSide(actors[0].country).empty();
}

std::size_t SentenceCoder::GroupSize(std::int32_t g) const {
  if (g == kDyad) return 2;
  if (g < 0) return 0;
  const parse::Group& group = p_.groups[static_cast<std::size_t>(g)];
  bool people = false;
  if (PairPhrase(group, &people)) return 2;
  return group.items.size();
}

// What the story has told of a name the dictionaries do not know.
//   "India's Talwar"                 IND, a person named Talwar;
//   "Prime Minister Sameer Talwar"   ---GOV named Sameer Talwar: the country
//                                    told earlier makes it INDGOV;
//   "Japan's decision"               a state's act: JPNGOV.
void SentenceCoder::Resolve(const parse::Conjunct& c, ActorRef& made) const {
  const auto [name_begin, name_end] = TrailingName(c);
  const bool bare_country = made.code.size() == 3 && made.code != "---";
  const bool possessive_before =
      name_begin > c.begin && p_.words[name_begin - 1].pos == tag::Pos::kPossessive;
  if (name_end > name_begin) {
    if (made.code.compare(0, 3, "---") == 0 || (bare_country && possessive_before)) {
      made.entity = std::string(doc_.slice(WordsSpan(name_begin, name_end)));
    }
    const ActorRef* known = memory_.BySurname(Word(name_end - 1));
    if (known != nullptr && !known->country.empty() && known->code.compare(0, 3, "---") != 0) {
      if (made.code.compare(0, 3, "---") == 0) {
        const std::string sector = made.sector.empty() ? known->sector : made.sector;
        made.code = known->country + sector;
        SplitCountrySector(made);
        if (known->entity.size() > made.entity.size()) made.entity = known->entity;
      } else if (bare_country && possessive_before && known->country == made.country) {
        TakeIdentity(*known, made);
      }
    }
    return;
  }
  if (bare_country && c.end > c.begin + 1 && p_.words[c.end - 2].pos == tag::Pos::kPossessive &&
      Coder::Impl::Has(impl_.state_acts, text_.norm_text(text_.tokens[p_.words[c.end - 1].token]))) {
    made.code += "GOV";
    SplitCountrySector(made);
  }
}

// Rules of a two-country story, for actors the sentence leaves open:
//   - the host of a visit (043), or the one visited (042), belongs to the
//     country where it took place;
//   - an official without a country dealing with one of the story's two
//     countries belongs to the other ("his Japanese counterpart");
//   - a bare country performing an act of state (the verb dictionary's
//     &GOVERNMENT_ROOTS_) is its government, on both sides of a joint act.
void SentenceCoder::ApplyStoryRules(const std::string& cameo, ActorRef& from, ActorRef& to,
                                    bool reciprocal) const {
  auto open = [](const ActorRef& a) { return a.code.compare(0, 3, "---") == 0; };
  auto settle = [&](ActorRef& a, const std::string& country) {
    if (country.empty()) return;
    a.code = country + a.sector;
    SplitCountrySector(a);
    if (!a.entity.empty()) learned_.push_back(a);
  };
  if (cameo == "043" && open(from)) {
    const std::string place(place_country_());
    if (to.country != place) settle(from, place);
  }
  if (cameo == "042" && open(to)) {
    const std::string place(place_country_());
    if (from.country != place) settle(to, place);
  }
  // Only a named official: "visiting heads of government" stay open.
  if (open(from) && !from.entity.empty() && !open(to)) settle(from, memory_.OtherSide(to.country));
  if (open(to) && !to.entity.empty() && !open(from)) settle(to, memory_.OtherSide(from.country));
  if (!Coder::Impl::Has(impl_.government_roots, cameo::RootOf(cameo))) return;
  auto govern = [](ActorRef& a) {
    if (a.code.size() != 3 || a.code == "---" || a.country.empty()) return;
    a.code += "GOV";
    SplitCountrySector(a);
  };
  govern(from);
  if (reciprocal) govern(to);
}

bool SentenceCoder::IsOutlet(const ActorRef& a) const {
  return !outlet_.empty() && OutletKey(a.text) == outlet_;
}

void SentenceCoder::CodeVerb(std::size_t v, std::uint32_t sentence_index,
                             std::vector<Event>& out) {
  const parse::VerbGroup& vg = p_.verbs[v];
  if (vg.entry == kNone) return;
  const dict::VerbEntry& entry = impl_.lexicon.verb_entries[static_cast<std::size_t>(vg.entry)];
  const dict::VerbBlock& block = impl_.dicts.verbs.blocks[entry.block];
  const dict::Verb& verb = block.verbs[entry.verb];

  // Source and target for a pattern's match (or none): the bound groups,
  // else the passive agent / subject and the default object. "Gondor and
  // Osgiliath have renewed ties": with no object, a compound subject of a
  // cooperative (roots 01-08) or fighting (19) event acts on itself, each
  // member towards the others; "X and Y warned their populations" does not.
  std::int32_t source = kNone, target = kNone;
  // The words an implied side stands for ("a new dialogue", "the
  // agreements"), by side; kNone when the side is named or has none.
  std::int32_t implied_words[2] = {kNone, kNone};
  auto resolve = [&](const PatternMatch& m, const dict::EventCode& c) {
    source = m.source;
    target = m.target;
    implied_words[0] = implied_words[1] = kNone;
    if (source == kNone) {
      if (vg.passive) {
        const std::int32_t agent = PassiveAgent(vg);
        if (agent != kNone) {
          source = agent;
          if (target == kNone) target = SubjectOf(v);
        }
      }
      if (source == kNone) source = SubjectOf(v);
      // "A dialogue between Japan and India has begun": the parties; "a
      // new dialogue had been set up": the story's two countries.
      if (source != kNone) {
        const std::int32_t between = BetweenGroup(source);
        if (between != kNone) {
          source = between;
        } else if (implied_ && IsFinite(vg) &&
                   HeadIsJoint(p_.groups[static_cast<std::size_t>(source)]) &&
                   (cameo::RootOf(c.forward) == "04" || cameo::RootOf(c.forward) == "05") &&
                   DyadActors("").size() == 2) {
          implied_words[0] = source;
          source = kDyad;
        }
      }
    }
    if (target == kNone) target = DefaultTarget(vg);
    // "The two ministers had met in Tokyo", "Xi and Putin held talks in
    // Beijing": where they met, not whom.
    if (target >= 0 && source >= 0 && target != source && IsReciprocal(c)) {
      const parse::Group& tg = p_.groups[static_cast<std::size_t>(target)];
      bool people = false;
      if ((PairPhrase(p_.groups[static_cast<std::size_t>(source)], &people) || GroupSize(source) > 1) &&
          tg.preposition != kNone &&
          (WordIs(static_cast<std::uint32_t>(tg.preposition), "in") ||
           WordIs(static_cast<std::uint32_t>(tg.preposition), "at"))) {
        target = source;
      }
    }
    if (target == kNone && source != kNone && IsReciprocal(c) && GroupSize(source) > 1) {
      target = source;
    }
    if (target == kNone && source >= 0 && implied_) {
      // "criticized the agreements": the parties to them.
      for (const parse::Group& g : p_.groups) {
        if (g.begin < vg.end || g.preposition != kNone) continue;
        const bool next = g.begin == vg.end ||
                          (g.begin == vg.end + 1 && p_.words[vg.end].pos == tag::Pos::kAdverb);
        if (next) {
          if (HeadIsJoint(g) && WordIs(g.begin, "the") && !DyadActors("").empty()) {
            target = kOtherSide;
            implied_words[1] = static_cast<std::int32_t>(&g - p_.groups.data());
          }
        }
        break;
      }
    }
    if (target == kNone && implied_ && ImplicitTargetFits(source, c)) target = kOtherSide;
    return source != kNone && target != kNone;
  };
  // The pattern: the most specific that fits and yields both actors (a null
  // pattern always counts: it exists to stop an event). A form listed in
  // several blocks (a dictionary assembled from parts, or a verb whose
  // senses span roots) gets the patterns of all of them: the most specific
  // wins, the earlier block on a tie; the first block gives the default code.
  const PatternUse usable = [&](const dict::CompiledPattern& candidate, const PatternMatch& m) {
    // A null pattern exists to stop an event, and TABARI's [###] / [+++]
    // to stop the sentence: they count whoever the actors are.
    return candidate.code.is_null() || candidate.code.stops_sentence() || resolve(m, candidate.code);
  };
  // Two passes: with the actors the sentence names, then, when they give
  // no event, with the ones the story implies (kDyad, kOtherSide), so that
  // an implied side never beats a pattern that binds a named one.
  PatternMatch match;
  const dict::CompiledPattern* pattern = nullptr;
  dict::EventCode code;
  std::uint32_t rule_line = 0;
  auto choose = [&]() {
    pattern = nullptr;
    for (const std::uint32_t e : impl_.lexicon.verbs.Payloads(vg.node)) {
      PatternMatch m;
      const dict::CompiledPattern* p = FindPattern(
          impl_.lexicon, impl_.lexicon.verb_entries[e].block, p_, vg, words_, candidates_, m, usable);
      if (p != nullptr && (pattern == nullptr || p->specificity > pattern->specificity)) {
        pattern = p;
        match = m;
      }
    }
    code = verb.own_code ? verb.code : block.code;
    rule_line = verb.line;
    if (pattern != nullptr) {
      code = pattern->code;
      rule_line = pattern->line;
    } else {
      match = PatternMatch{};
    }
    if (code.stops_sentence()) {
      stopped_ = true;
      return false;
    }
    if (code.is_null() || (code.forward.empty() && code.reverse.empty())) return false;
    if ((vg.mood == parse::Mood::kWill || vg.mood == parse::Mood::kTo) && !vg.negated) {
      auto intent = [&](const std::string& c) {
        return Coder::Impl::Has(impl_.intent_roots, cameo::RootOf(c)) ? AsIntent(c) : c;
      };
      code.forward = intent(code.forward);
      if (code.paired) code.reverse = intent(code.reverse);
    }
    if (vg.negated && DeclaresRoot(impl_.dicts.verbs, "REFUSAL_ROOTS",
                                   cameo::RootOf(code.forward.empty() ? code.reverse : code.forward))) {
      // A refusal is one party's: "will not visit Japan" is no refusal by
      // Japan to host, so only a joint act keeps both directions.
      const bool joint = code.forward == code.reverse;
      code.forward = AsRefusal(code.forward);
      code.reverse = joint ? code.forward : code.paired ? "" : code.reverse;
    }
    return true;
  };
  const bool coded = choose();
  if (stopped_) return;
  if (!coded && pattern != nullptr) return;  // a null pattern stops the event
  if (!coded || !resolve(match, code)) {
    implied_ = true;
    const bool found = choose() && resolve(match, code);
    implied_ = false;
    if (!found || stopped_) return;
  }
  // The words of each side, or the verb's when the side is implied.
  const parse::Group verb_words{vg.begin, vg.end, {}, kNone, false, false};
  const parse::Group& sg = source >= 0 ? p_.groups[static_cast<std::size_t>(source)] : verb_words;
  const parse::Group& tg = target >= 0 ? p_.groups[static_cast<std::size_t>(target)] : verb_words;

  Modality modality = Modality::kAsserted;
  if (vg.mood == parse::Mood::kWill || vg.mood == parse::Mood::kAboutTo ||
      vg.mood == parse::Mood::kTo) {
    modality = Modality::kIntended;
  } else if (vg.mood == parse::Mood::kWould) {
    modality = Modality::kConditional;
  }
  std::string said_by;
  if (!vg.say) {
    const std::int32_t sayer = SayerOf(v);
    if (sayer != kNone) {
      const parse::Group& g = p_.groups[static_cast<std::size_t>(sayer)];
      said_by = std::string(doc_.slice(WordsSpan(g.begin, g.end)));
      if (modality == Modality::kAsserted) modality = Modality::kReported;
    }
  }
  const std::uint32_t ev_begin = std::min(sg.begin, vg.chain_begin);
  const std::uint32_t ev_end = std::max(tg.end, vg.end);
  Occasion occasion;
  occasion.negated = vg.negated;
  occasion.modality = modality;
  occasion.said_by = said_by;
  occasion.evidence = WordsSpan(ev_begin, ev_end);
  occasion.verb = std::string(doc_.slice(WordsSpan(vg.begin, vg.end)));
  occasion.rule = impl_.verbs_name + ":" + std::to_string(rule_line);

  // "his counterpart", when the words name no one themselves: the other
  // party of the last exchange the source took part in.
  auto with_words = [&](std::vector<ActorRef> actors, std::int32_t g) {
    if (g == kNone) return actors;
    const parse::Group& words = p_.groups[static_cast<std::size_t>(g)];
    for (ActorRef& a : actors) {
      a.span = WordsSpan(words.begin, words.end);
      a.text = std::string(doc_.slice(a.span));
    }
    return actors;
  };
  const std::vector<ActorRef> sources =
      source == kDyad ? with_words(DyadActors(""), implied_words[0]) : ActorsOf(sg);
  const bool counterpart = target >= 0 && NamesCounterpart(tg);
  const bool reciprocal = target == source;
  for (const ActorRef& source_actor : sources) {
    std::vector<ActorRef> targets;
    if (target == source) {
      targets = sources;
    } else if (target == kOtherSide) {
      targets = with_words(
          DyadActors(memory_.OtherSide(source_actor.country).empty() ? "" : source_actor.country),
          implied_words[1]);
    } else {
      targets = ActorsOf(tg);
    }
    for (ActorRef to : targets) {
      ActorRef from = source_actor;
      if (counterpart && to.code.compare(0, 3, "---") == 0) {
        if (const ActorRef* other = memory_.CounterpartOf(from.code)) TakeIdentity(*other, to);
      }
      const std::size_t before = out.size();
      EmitBoth(from, to, code, reciprocal, occasion, sentence_index, out);
      if (code.precedence != dict::EventCode::Precedence::kNormal) {
        for (std::size_t e = before; e < out.size(); ++e) precedence_.emplace_back(e, code.precedence);
      }
    }
  }
}

void SentenceCoder::EmitBoth(const ActorRef& from, const ActorRef& to, const dict::EventCode& code,
                             bool reciprocal, const Occasion& occasion, std::uint32_t sentence_index,
                             std::vector<Event>& out) {
  if (!code.forward.empty()) {
    ActorRef f = from, t = to;
    ApplyStoryRules(code.forward, f, t, reciprocal);
    Emit(f, t, code.forward, occasion, sentence_index, out);
    if (f.country != t.country && DocumentMemory::PersonLike(f) && DocumentMemory::PersonLike(t)) {
      local_pairs_.emplace_back(f, t);
    }
  }
  if (code.paired && !code.reverse.empty()) {
    ActorRef f = to, t = from;
    ApplyStoryRules(code.reverse, f, t, reciprocal);
    Emit(f, t, code.reverse, occasion, sentence_index, out);
  }
}

void SentenceCoder::Emit(const ActorRef& from, const ActorRef& to, const std::string& cameo,
                         const Occasion& occasion, std::uint32_t sentence_index,
                         std::vector<Event>& out) const {
  if (cameo.empty() || from.code == to.code) return;
  if (!impl_.options.keep_uncoded_actors &&
      (from.code.compare(0, 3, "---") == 0 || to.code.compare(0, 3, "---") == 0)) {
    return;
  }
  if (IsOutlet(from) || IsOutlet(to)) return;
  for (const Event& e : out) {
    if (e.sentence == sentence_index && e.source.code == from.code && e.target.code == to.code &&
        e.code == cameo) {
      return;
    }
  }
  Event e;
  e.sentence = sentence_index;
  e.source = from;
  e.target = to;
  e.code = cameo;
  if (const cameo::CodeInfo* info = cameo::Lookup(cameo)) {
    e.root = std::string(info->root);
    e.quad = static_cast<int>(info->quad);
    e.goldstein = info->goldstein;
    e.plover = std::string(info->plover);
  } else {
    e.root = std::string(cameo::RootOf(cameo));
  }
  e.negated = occasion.negated;
  e.modality = occasion.modality;
  e.said_by = occasion.said_by;
  e.evidence = occasion.evidence;
  e.evidence_text = std::string(doc_.slice(occasion.evidence));
  e.verb = occasion.verb;
  e.rule = occasion.rule;
  out.push_back(std::move(e));
}

}  // namespace readout::events
