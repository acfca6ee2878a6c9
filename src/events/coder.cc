// The coder: tag, parse, then for every verb group whose verb is in the
// dictionary, find the pattern that fits, the source and target groups, and
// emit one event per (source actor, target actor) pair.
#include "readout/events.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "events/actor_codes.h"
#include "events/discards.h"
#include "events/patterns.h"
#include "parse/parser.h"
#include "readout/cameo.h"
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

// "2025-02-24..." -> 20250224. A month alone is read as its 15th, a year
// alone as 1 July. With no date the codes in force last are used (the
// dictionary's open-ended "[CODE >date]" entries), not the oldest ones.
constexpr std::int32_t kUndated = 99991231;
std::int32_t DateNumber(std::string_view iso, std::string& precision) {
  precision.clear();
  if (iso.size() < 4) return kUndated;
  auto digits = [&](std::size_t at, std::size_t len, std::int32_t& v) {
    if (iso.size() < at + len) return false;
    v = 0;
    for (std::size_t i = at; i < at + len; ++i) {
      if (!IsAsciiDigit(iso[i])) return false;
      v = v * 10 + (iso[i] - '0');
    }
    return true;
  };
  std::int32_t y = 0, m = 0, d = 0;
  if (!digits(0, 4, y)) return kUndated;
  precision = "year";
  if (iso.size() >= 7 && iso[4] == '-' && digits(5, 2, m)) {
    precision = "month";
    if (iso.size() >= 10 && iso[7] == '-' && digits(8, 2, d)) {
      precision = "day";
      return y * 10000 + m * 100 + d;
    }
    return y * 10000 + m * 100 + 15;  // mid-month: the best guess for dated codes
  }
  return y * 10000 + 701;
}

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
                const parse::Parse& p, std::int32_t date)
      : impl_(impl), doc_(doc), text_(text), p_(p), date_(date),
        subjects_(p.verbs.size(), kUnset), outlet_(OutletKey(doc.outlet)) {
    words_.reserve(p.words.size());
    for (const tag::Word& w : p.words) words_.push_back(w.id);
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
  }

  void CodeVerb(std::size_t v, std::uint32_t sentence_index, std::vector<Event>& out);

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
  bool IsOutlet(const ActorRef& a) const;

  const Coder::Impl& impl_;
  const Document& doc_;
  const text::TextAnalysis& text_;
  const parse::Parse& p_;
  std::int32_t date_;
  std::vector<std::int32_t> subjects_;
  std::string outlet_;
  std::vector<dict::WordId> words_;  // the sentence's word ids, sorted, distinct
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
      if (group.preposition != kNone || group.apposition || group.pronoun) continue;
      found = g;
      break;
    }
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
// is the subject of the clause the word opens.
bool SentenceCoder::OpensClause(const parse::Group& g, const parse::VerbGroup& vg) const {
  return g.preposition != kNone && g.end == vg.chain_begin &&
         p_.words[static_cast<std::size_t>(g.preposition)].fn == tag::Fn::kClauseLink;
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
    if (group.begin < vg.end || group.items.empty()) continue;
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
  return a;
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

  PatternMatch match;
  const dict::CompiledPattern* pattern =
      FindPattern(impl_.lexicon, entry.block, p_, vg, words_, candidates_, match);
  dict::EventCode code = verb.own_code ? verb.code : block.code;
  std::uint32_t rule_line = verb.line;
  if (pattern != nullptr) {
    code = pattern->code;
    rule_line = pattern->line;
  }
  if (code.is_null() || (code.forward.empty() && code.reverse.empty())) return;

  std::int32_t source = match.source;
  std::int32_t target = match.target;
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
  // "Gondor and Osgiliath have renewed ties": with no object, a compound
  // subject of a cooperative (roots 01-08) or fighting (19) event acts on
  // itself, each member towards the others. "X and Y warned their
  // populations" does not.
  if (target == kNone && source != kNone && IsReciprocal(code) &&
      p_.groups[static_cast<std::size_t>(source)].items.size() > 1) {
    target = source;
  }
  if (source == kNone || target == kNone) return;
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
  for (const parse::Conjunct& s : sg.items) {
    for (const ActorRef& from : SplitAlternatives(MakeActor(s))) {
      for (const parse::Conjunct& t : tg.items) {
        for (const ActorRef& to : SplitAlternatives(MakeActor(t))) {
          if (!code.forward.empty()) emit(from, to, code.forward);
          if (code.paired && !code.reverse.empty()) emit(to, from, code.reverse);
        }
      }
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
  std::string precision;
  const std::int32_t date = DateNumber(doc.published, precision);
  const std::string iso_date = precision.empty() ? "" : doc.published.substr(0, 10);
  const std::size_t first_event = out.size();
  parse::Parse p;
  std::vector<Event> events;
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
    SentenceCoder coder(impl, doc, text, p, date);
    for (std::size_t v = 0; v < p.verbs.size(); ++v) {
      // An infinitive completes the verb before it ("vowed to wage war",
      // "called on Gondor to be allowed to leave"): it is coded only when
      // that verb gave nothing.
      if (p.verbs[v].mood == parse::Mood::kTo && !events.empty()) continue;
      coder.CodeVerb(v, s, events);
    }
    for (Event& e : events) {
      e.doc = doc.id;
      e.date = iso_date;
      e.date_precision = precision;
    }
    std::size_t n = 0;
    for (Event& e : events) {
      e.id = doc.id + "#" + std::to_string(s) + "." + std::to_string(n++);
      out.push_back(std::move(e));
    }
    if (stats) stats->events += events.size();
  }
}

}  // namespace readout::events
