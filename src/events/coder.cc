// The coder: tag, parse, then for every verb group whose verb is in the
// dictionary, find the pattern that fits, the source and target groups, and
// emit one event per (source actor, target actor) pair.
#include "readout/events.h"

#include <algorithm>
#include <optional>
#include <string>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "events/actor_codes.h"
#include "events/discards.h"
#include "events/memory.h"
#include "events/patterns.h"
#include "parse/parser.h"
#include "readout/cameo.h"
#include "resolve/calendar.h"
#include "tag/tagger.h"

namespace readout::events {

std::string_view ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kIntended: return "intended";
    case Modality::kConditional: return "conditional";
  }
  return "asserted";
}

struct Coder::Impl {
  Impl(const dict::DictionarySet& set, Diagnostics& diags, CoderOptions opts)
      : dicts(set), lexicon(dict::Compile(dicts, diags)), tagger(lexicon), parser(lexicon),
        options(opts) {}

  dict::DictionarySet dicts;
  // The verb file's name without directories, for Event::rule.
  std::string verbs_name = dicts.verbs.file.substr(dicts.verbs.file.find_last_of('/') + 1);
  dict::Lexicon lexicon;
  tag::Tagger tagger;
  parse::Parser parser;
  CoderOptions options;
};

namespace {

using parse::kNone;

std::string OutletKey(std::string_view outlet) {
  std::string k;
  for (char c : outlet) {
    if (IsAsciiAlpha(c) || IsAsciiDigit(c)) k.push_back(ToUpperAscii(c));
  }
  if (k.rfind("THE", 0) == 0 && k.size() > 3) k.erase(0, 3);
  return k;
}

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

// Who `known` is (code and entity), for words that refer to it; the words
// and their offsets stay those of `to`.
void TakeIdentity(const ActorRef& known, ActorRef& to) {
  to.code = known.code;
  to.country = known.country;
  to.sector = known.sector;
  to.entity = known.entity;
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

class SentenceCoder {
 public:
  SentenceCoder(const Coder::Impl& impl, const Document& doc, const text::TextAnalysis& text,
                const parse::Parse& p, std::int32_t date, const DocumentMemory& memory,
                std::string_view outlet_key)
      : impl_(impl), doc_(doc), text_(text), p_(p), date_(date), memory_(memory),
        subjects_(p.verbs.size(), kUnset), outlet_(outlet_key) {
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

  void CodeVerb(std::size_t v, std::uint32_t sentence_index, std::vector<Event>& out);
  // Records the sentence's named people for later references to them.
  void RememberMentions(DocumentMemory& memory) const;

 private:
  static constexpr std::int32_t kUnset = -2;

  std::int32_t SubjectOf(std::size_t v);
  bool FollowedByFiniteVerb(const parse::Group& g) const;
  bool OpensClause(const parse::Group& g, const parse::VerbGroup& vg) const;
  std::int32_t PassiveAgent(const parse::VerbGroup& vg) const;
  std::int32_t DefaultTarget(const parse::VerbGroup& vg) const;
  std::int32_t SayerOf(std::size_t v);
  Span WordsSpan(std::uint32_t begin, std::uint32_t end) const;
  ActorRef MakeActor(const parse::Conjunct& c) const;
  std::pair<std::uint32_t, std::uint32_t> TrailingName(const parse::Conjunct& c) const;
  std::vector<ActorRef> ActorsOf(const parse::Group& g) const;
  const ActorRef* PersonPronoun(const parse::Group& g) const;
  const ActorRef* Surname(const parse::Group& g) const;
  bool NamesCounterpart(const parse::Group& g) const;
  bool IsOutlet(const ActorRef& a) const;

  const Coder::Impl& impl_;
  const Document& doc_;
  const text::TextAnalysis& text_;
  const parse::Parse& p_;
  std::int32_t date_;
  const DocumentMemory& memory_;
  std::vector<std::int32_t> subjects_;
  std::string_view outlet_;  // OutletKey of the document's outlet
  std::vector<dict::WordId> words_;  // the sentence's word ids, sorted, distinct
  std::vector<std::int32_t> mention_at_;  // by word: index into p_.mentions, or kNone
  std::vector<std::uint32_t> candidates_;
};

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
  if (vg.coordinated && v > 0) {
    found = SubjectOf(v - 1);
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
  std::uint32_t limit = static_cast<std::uint32_t>(p_.words.size());
  for (const parse::VerbGroup& other : p_.verbs) {
    if (other.chain_begin >= vg.end && IsFinite(other) && !other.coordinated) {
      limit = other.chain_begin;
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
    if (s == v || !p_.verbs[s].say) continue;
    const std::uint32_t a = p_.verbs[s].begin;
    const std::uint32_t b = p_.verbs[v].begin;
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
  std::vector<ActorRef> out;
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
    const auto [name_begin, name_end] = TrailingName(c);
    if (made.code.compare(0, 3, "---") == 0 && name_end > name_begin) {
      const std::string_view last = text_.norm_text(text_.tokens[p_.words[name_end - 1].token]);
      if (const ActorRef* known = memory_.BySurname(last)) TakeIdentity(*known, made);
    }
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
  if (g.end != g.begin + 1 || !g.items.empty()) return nullptr;
  const tag::Word& w = p_.words[g.begin];
  if (w.pos != tag::Pos::kProperNoun) return nullptr;
  return memory_.BySurname(text_.norm_text(text_.tokens[w.token]));
}

void SentenceCoder::RememberMentions(DocumentMemory& memory) const {
  for (const parse::Group& g : p_.groups) {
    for (const parse::Conjunct& c : g.items) {
      if (c.last_actor == kNone) continue;
      // Only a named person can be referred to by surname later: the head
      // of the group ("Chinese Foreign Minister Wang Yi"), or a name no
      // dictionary knows after a coded role ("Indian Prime Minister Sameer
      // Talwar"). Anything else is skipped before any string is built.
      const dict::ActorEntry& e =
          impl_.lexicon.actor_entries[p_.mentions[static_cast<std::size_t>(c.last_actor)].payload];
      const auto [name_begin, name_end] = TrailingName(c);
      if (impl_.dicts.actors[e.file].actors[e.actor].CodeOn(date_).size() <= 3 &&
          name_end < name_begin + 2) {
        continue;
      }
      memory.RememberMention(MakeActor(c));
    }
  }
}

bool SentenceCoder::NamesCounterpart(const parse::Group& g) const {
  for (std::uint32_t w = g.begin; w < g.end; ++w) {
    const std::string_view t = text_.norm_text(text_.tokens[p_.words[w].token]);
    if (EqualsIgnoreCaseAscii(t, "counterpart") || EqualsIgnoreCaseAscii(t, "counterparts")) return true;
  }
  return false;
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
  auto resolve = [&](const PatternMatch& m, const dict::EventCode& c) {
    source = m.source;
    target = m.target;
    if (source == kNone) {
      if (vg.passive) {
        const std::int32_t agent = PassiveAgent(vg);
        if (agent != kNone) {
          source = agent;
          if (target == kNone) target = SubjectOf(v);
        }
      }
      if (source == kNone) source = SubjectOf(v);
    }
    if (target == kNone) target = DefaultTarget(vg);
    if (target == kNone && source != kNone && IsReciprocal(c) &&
        p_.groups[static_cast<std::size_t>(source)].items.size() > 1) {
      target = source;
    }
    return source != kNone && target != kNone;
  };
  // The pattern: the most specific that fits and yields both actors (a null
  // pattern always counts: it exists to stop an event). A form listed in
  // several blocks (a dictionary assembled from parts, or a verb whose
  // senses span roots) gets the patterns of all of them: the most specific
  // wins, the earlier block on a tie; the first block gives the default code.
  const PatternUse usable = [&](const dict::CompiledPattern& candidate, const PatternMatch& m) {
    return candidate.code.is_null() || resolve(m, candidate.code);
  };
  PatternMatch match;
  const dict::CompiledPattern* pattern = nullptr;
  for (const std::uint32_t e : impl_.lexicon.verbs.Payloads(vg.node)) {
    PatternMatch m;
    const dict::CompiledPattern* p = FindPattern(
        impl_.lexicon, impl_.lexicon.verb_entries[e].block, p_, vg, words_, candidates_, m, usable);
    if (p != nullptr && (pattern == nullptr || p->specificity > pattern->specificity)) {
      pattern = p;
      match = m;
    }
  }
  dict::EventCode code = verb.own_code ? verb.code : block.code;
  std::uint32_t rule_line = verb.line;
  if (pattern != nullptr) {
    code = pattern->code;
    rule_line = pattern->line;
  }
  if (code.is_null() || (code.forward.empty() && code.reverse.empty())) return;
  if (!resolve(match, code)) return;
  const parse::Group& sg = p_.groups[static_cast<std::size_t>(source)];
  const parse::Group& tg = p_.groups[static_cast<std::size_t>(target)];

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
  const Span evidence = WordsSpan(ev_begin, ev_end);
  const std::string verb_text(doc_.slice(WordsSpan(vg.begin, vg.end)));
  const std::string rule = impl_.verbs_name + ":" + std::to_string(rule_line);

  auto emit = [&](const ActorRef& from, const ActorRef& to, const std::string& cameo) {
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
    e.negated = vg.negated;
    e.modality = modality;
    e.said_by = said_by;
    e.evidence = evidence;
    e.evidence_text = std::string(doc_.slice(evidence));
    e.verb = verb_text;
    e.rule = rule;
    out.push_back(std::move(e));
  };
  // "his counterpart", when the words name no one themselves: the other
  // party of the last exchange the source took part in.
  const std::vector<ActorRef> targets = ActorsOf(tg);
  const bool counterpart = NamesCounterpart(tg);
  for (const ActorRef& from : ActorsOf(sg)) {
    for (ActorRef to : targets) {
      if (counterpart && to.code.compare(0, 3, "---") == 0) {
        if (const ActorRef* other = memory_.CounterpartOf(from.code)) TakeIdentity(*other, to);
      }
      if (!code.forward.empty()) emit(from, to, code.forward);
      if (code.paired && !code.reverse.empty()) emit(to, from, code.reverse);
    }
  }
}

// The date of the story's main event, from its lede: the first day-precise
// date in the first five sentences that lies within the week before publication
// ("On February 24, Xi held a phone call ..." in an article of February 25).
// A later sentence that gives no date of its own is taken to speak of it;
// the document's date is the fallback. "" when the lede gives none.
std::string LedeDate(const Document& doc, const text::TextAnalysis& text) {
  resolve::CivilDate pub;
  if (!resolve::ParseIsoDay(std::string_view(doc.published).substr(0, 10), &pub)) return "";
  const std::int64_t pub_days = resolve::DaysFromCivil(pub);
  std::size_t looked = 0;
  for (const text::Sentence& sentence : text.sentences) {
    if (sentence.has(text::kTitleSentence)) continue;
    if (++looked > 5) break;
    const resolve::ResolvedDate d = resolve::ResolveDate(text, sentence, doc.published);
    resolve::CivilDate day;
    if (!d.found || d.precision != resolve::DatePrecision::kDay || !resolve::ParseIsoDay(d.date, &day)) {
      continue;
    }
    const std::int64_t days = resolve::DaysFromCivil(day);
    if (days <= pub_days && days >= pub_days - 7) return d.date;
  }
  return "";
}

// Dates and places of one sentence's events. A date the sentence gives wins
// over the document's; an intended event reads weekdays forward ("will meet
// on Monday").
void StampWhenAndWhere(const Coder::Impl& impl, const Document& doc, const text::TextAnalysis& text,
                       const text::Sentence& sentence, const std::string& doc_date,
                       const std::string& doc_precision, const std::string& lede_date,
                       std::vector<Event>& events) {
  std::optional<resolve::ResolvedDate> past, future;
  resolve::Location place;
  if (impl.options.gazetteer) place = impl.options.gazetteer->FindLocation(text, sentence);
  for (Event& e : events) {
    e.doc = doc.id;
    auto& when = e.modality == Modality::kIntended ? future : past;
    if (!when) {
      resolve::DateOptions options;
      options.future = e.modality == Modality::kIntended;
      when = resolve::ResolveDate(text, sentence, doc.published, options);
    }
    if (when->found) {
      e.date = when->date;
      e.date_precision = std::string(resolve::DatePrecisionName(when->precision));
    } else if (!lede_date.empty()) {
      e.date = lede_date;
      e.date_precision = "day";
    } else {
      e.date = doc_date;
      e.date_precision = doc_precision;
    }
    if (place.found) {
      e.has_location = true;
      e.location = {place.name, place.country, place.has_coords, place.lat, place.lon, place.span};
    }
  }
}

}  // namespace

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::Create(const dict::DictionarySet& dicts,
                                                   Diagnostics& diags, CoderOptions options) {
  if (dicts.verbs.blocks.empty()) {
    return Status(StatusCode::kInvalidInput, "the verb dictionary has no verbs: nothing can be coded");
  }
  auto impl = std::make_unique<Impl>(dicts, diags, options);
  return std::shared_ptr<const Coder>(new Coder(std::move(impl)));
}

void Coder::Code(const Document& doc, const text::TextAnalysis& text, std::vector<Event>& out,
                 CoderStats* stats) const {
  const Impl& impl = *impl_;
  resolve::DatePrecision known = resolve::DatePrecision::kNone;
  const std::int32_t date = resolve::CodeDate(doc.published, &known);
  const std::string precision(resolve::DatePrecisionName(known));
  const std::string iso_date = precision.empty() ? "" : doc.published.substr(0, 10);
  const std::size_t first_event = out.size();
  parse::Parse p;
  std::vector<Event> events;
  DocumentMemory memory;
  const std::string outlet_key = OutletKey(doc.outlet);
  std::string lede_date;  // computed at the first event: most documents have none
  bool lede_known = false;
  for (std::uint32_t s = 0; s < text.sentences.size(); ++s) {
    const text::Sentence& sentence = text.sentences[s];
    if (stats) ++stats->sentences;
    if (sentence.end_token - sentence.first_token > impl.options.max_sentence_tokens) {
      if (stats) ++stats->sentences_skipped;
      continue;
    }
    p.Clear();
    impl.tagger.Tag(text, sentence.first_token, sentence.end_token, p.words);
    const DiscardKind discard = FindDiscard(impl.lexicon, impl.dicts.discards, p);
    if (discard == DiscardKind::kStory) {
      // The whole story is out: drop what its earlier sentences gave.
      if (stats) stats->events -= out.size() - first_event;
      out.resize(first_event);
      return;
    }
    if (discard == DiscardKind::kSentence) continue;
    impl.parser.Run(p);
    events.clear();
    SentenceCoder coder(impl, doc, text, p, date, memory, outlet_key);
    for (std::size_t v = 0; v < p.verbs.size(); ++v) {
      // An infinitive completes the verb before it ("vowed to wage war",
      // "called on Gondor to be allowed to leave"): it is coded only when
      // that verb gave nothing.
      if (p.verbs[v].mood == parse::Mood::kTo && !events.empty()) continue;
      coder.CodeVerb(v, s, events);
    }
    if (!events.empty()) {
      if (!lede_known) {
        lede_date = LedeDate(doc, text);
        lede_known = true;
      }
      StampWhenAndWhere(impl, doc, text, sentence, iso_date, precision, lede_date, events);
    }
    coder.RememberMentions(memory);
    for (const Event& e : events) memory.Remember(e);
    std::size_t n = 0;
    for (Event& e : events) {
      e.id = doc.id + "#" + std::to_string(s) + "." + std::to_string(n++);
      out.push_back(std::move(e));
    }
    if (stats) stats->events += events.size();
  }
}

}  // namespace readout::events
