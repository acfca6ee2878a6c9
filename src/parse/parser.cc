#include "parse/parser.h"

#include <algorithm>

namespace readout::parse {
namespace {

using tag::Pos;

bool IsNominal(Pos p) {
  return p == Pos::kDeterminer || p == Pos::kPossessive || p == Pos::kAdjective ||
         p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kNumber;
}

bool InChain(Pos p) {
  return p == Pos::kAuxiliary || p == Pos::kModal || p == Pos::kNegation || p == Pos::kTo ||
         p == Pos::kAdverb;
}

struct Span {
  std::uint32_t begin;
  std::uint32_t end;
  bool pronoun;
};

}  // namespace

void Parse::Clear() {
  words.clear();
  ids.clear();
  mentions.clear();
  groups.clear();
  verbs.clear();
  group_of.clear();
}

bool IsClauseMark(const Parse& p, std::uint32_t i) {
  const Pos pos = p.words[i].pos;
  return pos == Pos::kSubordinator || pos == Pos::kWh;
}

void Parser::Run(Parse& p) const {
  p.ids.clear();
  for (const tag::Word& w : p.words) p.ids.push_back(w.id);
  p.mentions.clear();
  p.groups.clear();
  p.verbs.clear();
  FindMentions(p);
  FindVerbs(p);
  BuildGroups(p);
}

void Parser::FindMentions(Parse& p) const {
  const std::vector<dict::WordId>& ids = p.ids;
  for (std::uint32_t i = 0; i < ids.size();) {
    const Pos pos = p.words[i].pos;
    const bool can_start = IsNominal(pos) || (pos == Pos::kVerb && p.words[i].capitalized);
    if (!can_start || ids[i] == dict::kUnknownWord) {
      ++i;
      continue;
    }
    std::span<const dict::WordId> rest(ids.data() + i, ids.size() - i);
    std::size_t actor_len = 0;
    std::size_t agent_len = 0;
    const auto actor = lexicon_.actors.LongestAt(rest, actor_len);
    const auto agent = lexicon_.agents.LongestAt(rest, agent_len);
    if (actor == dict::PhraseTrie::kNone && agent == dict::PhraseTrie::kNone) {
      ++i;
      continue;
    }
    Mention m;
    m.begin = i;
    if (actor != dict::PhraseTrie::kNone && actor_len >= agent_len) {
      m.actor = true;
      m.end = i + static_cast<std::uint32_t>(actor_len);
      m.payload = lexicon_.actors.Payloads(actor)[0];
    } else {
      m.end = i + static_cast<std::uint32_t>(agent_len);
      m.payload = lexicon_.agents.Payloads(agent)[0];
    }
    // The words of a name are nominal whatever the tagger guessed.
    for (std::uint32_t k = m.begin; k < m.end; ++k) {
      if (!IsNominal(p.words[k].pos)) p.words[k].pos = Pos::kProperNoun;
      p.words[k].form = tag::VerbForm::kNone;
    }
    p.mentions.push_back(m);
    i = m.end;
  }
}

void Parser::FindVerbs(Parse& p) const {
  const std::vector<dict::WordId>& ids = p.ids;
  for (std::uint32_t i = 0; i < p.words.size(); ++i) {
    const tag::Word& w = p.words[i];
    if (w.pos != Pos::kVerb) continue;
    VerbGroup g;
    g.begin = i;
    g.end = i + 1;
    g.say = w.say;
    g.nonfinite = w.form == tag::VerbForm::kGerund || w.form == tag::VerbForm::kParticiple;
    std::size_t len = 0;
    std::span<const dict::WordId> rest(ids.data() + i, ids.size() - i);
    const auto node = lexicon_.verbs.LongestAt(rest, len);
    if (node != dict::PhraseTrie::kNone) {
      const auto payload = lexicon_.verbs.Payloads(node)[0];
      g.entry = static_cast<std::int32_t>(payload);
      g.node = node;
      g.end = i + static_cast<std::uint32_t>(len);
    }
    // The chain before the verb: auxiliaries, modals, negation, adverbs,
    // "to", and "about" of "about to".
    std::uint32_t c = i;
    bool be = false;
    while (c > 0) {
      const tag::Word& prev = p.words[c - 1];
      const bool about_to = prev.fn == tag::Fn::kAbout && p.words[c].pos == Pos::kTo;
      if (!InChain(prev.pos) && !about_to) break;
      --c;
      if (prev.pos == Pos::kNegation) g.negated = true;
      if (prev.be) be = true;
      if (about_to) g.mood = Mood::kAboutTo;
      if (prev.pos == Pos::kModal && g.mood == Mood::kPlain) {
        g.mood = prev.fn == tag::Fn::kWill ? Mood::kWill : Mood::kWould;
      }
      if (prev.pos == Pos::kTo && g.mood == Mood::kPlain) g.mood = Mood::kTo;
    }
    // Leading adverbs belong to the clause, not the chain.
    while (c < i && p.words[c].pos == Pos::kAdverb) ++c;
    g.chain_begin = c;
    g.passive = be && (w.form == tag::VerbForm::kPast || w.form == tag::VerbForm::kParticiple);
    if (c > 0 && p.words[c - 1].pos == Pos::kConjunction) g.coordinated = true;
    if (c > 1 && p.words[c - 1].pos == Pos::kComma && p.words[c - 2].pos == Pos::kConjunction) {
      g.coordinated = true;
    }
    p.verbs.push_back(g);
    i = g.end - 1;
  }
}

void Parser::BuildGroups(Parse& p) const {
  const auto n = static_cast<std::uint32_t>(p.words.size());
  std::vector<std::int32_t> mention_at(n, kNone);
  for (std::size_t m = 0; m < p.mentions.size(); ++m) {
    for (std::uint32_t k = p.mentions[m].begin; k < p.mentions[m].end; ++k) {
      mention_at[k] = static_cast<std::int32_t>(m);
    }
  }
  // 1. Noun groups.
  std::vector<Span> ngs;
  for (std::uint32_t i = 0; i < n;) {
    if (p.words[i].pos == Pos::kPronoun) {
      ngs.push_back({i, i + 1, true});
      ++i;
      continue;
    }
    if (!IsNominal(p.words[i].pos)) {
      ++i;
      continue;
    }
    std::uint32_t j = i;
    while (j < n && IsNominal(p.words[j].pos)) ++j;
    ngs.push_back({i, j, false});
    i = j;
  }
  auto conjunct_of = [&](const Span& s) {
    Conjunct c;
    c.begin = s.begin;
    c.end = s.end;
    for (std::uint32_t k = s.begin; k < s.end; ++k) {
      const std::int32_t m = mention_at[k];
      if (m == kNone || (k > s.begin && mention_at[k - 1] == m)) continue;
      if (p.mentions[static_cast<std::size_t>(m)].actor) {
        if (c.actor == kNone) c.actor = m;
        c.last_actor = m;
      } else {
        c.agents.push_back(static_cast<std::uint32_t>(m));
      }
    }
    return c;
  };
  auto has_content = [](const Conjunct& c) { return c.actor != kNone || !c.agents.empty(); };
  // 2. Coordination: NG (, NG)* (,) CONJ NG. Commas without a conjunction
  // are appositions, not lists.
  struct List {
    std::vector<Span> members;
    bool has_conj = false;
    bool pronoun = false;
  };
  std::vector<List> lists;
  for (std::size_t k = 0; k < ngs.size(); ++k) {
    if (!lists.empty() && !ngs[k].pronoun && !lists.back().pronoun) {
      const Span& prev = lists.back().members.back();
      const std::uint32_t gap_begin = prev.end;
      const std::uint32_t gap_end = ngs[k].begin;
      bool comma = false;
      bool conj = false;
      bool other = false;
      for (std::uint32_t g = gap_begin; g < gap_end; ++g) {
        const Pos pos = p.words[g].pos;
        if (pos == Pos::kComma && !comma && !conj) {
          comma = true;
        } else if (pos == Pos::kConjunction && !conj) {
          conj = true;
        } else {
          other = true;
        }
      }
      // "loans, and India committed ...": ", and" before a noun group that
      // a verb follows opens a new clause, unless a list is under way ("A,
      // B, and C agreed").
      const std::uint32_t after = ngs[k].end;
      const bool new_clause = comma && conj && lists.back().members.size() == 1 && after < n &&
                              (p.words[after].pos == Pos::kVerb || p.words[after].pos == Pos::kModal ||
                               p.words[after].pos == Pos::kAuxiliary);
      if (!other && !new_clause && gap_end > gap_begin && (conj || comma)) {
        lists.back().members.push_back(ngs[k]);
        lists.back().has_conj = lists.back().has_conj || conj;
        continue;
      }
    }
    List l;
    l.members.push_back(ngs[k]);
    l.pronoun = ngs[k].pronoun;
    lists.push_back(std::move(l));
  }
  // A comma list without a conjunction splits back into its members; a list
  // "A, B and C" keeps its members.
  std::vector<List> split;
  for (List& l : lists) {
    if (l.members.size() > 1 && !l.has_conj) {
      for (const Span& s : l.members) {
        List one;
        one.members.push_back(s);
        split.push_back(std::move(one));
      }
    } else {
      split.push_back(std::move(l));
    }
  }
  // 3. Groups, with agent lists completed by "of/from/in" + actors.
  for (std::size_t k = 0; k < split.size(); ++k) {
    const List& l = split[k];
    Group g;
    g.begin = l.members.front().begin;
    g.end = l.members.back().end;
    g.pronoun = l.pronoun;
    std::vector<Conjunct> items;
    for (const Span& s : l.members) items.push_back(conjunct_of(s));
    if (k + 1 < split.size() && !l.pronoun) {
      const List& next = split[k + 1];
      const std::uint32_t prep = g.end;
      const bool adjacent = next.members.front().begin == prep + 1;
      const tag::Fn pw = prep < n ? p.words[prep].fn : tag::Fn::kNone;
      if (adjacent && (pw == tag::Fn::kOf || pw == tag::Fn::kFrom || pw == tag::Fn::kIn)) {
        std::vector<Conjunct> actors;
        for (const Span& s : next.members) {
          Conjunct c = conjunct_of(s);
          if (c.actor != kNone) actors.push_back(c);
        }
        const bool last_agent_only = items.back().actor == kNone && !items.back().agents.empty();
        const bool all_agent_only =
            std::all_of(items.begin(), items.end(), [](const Conjunct& c) { return c.actor == kNone; });
        if (!actors.empty() && last_agent_only) {
          std::vector<Conjunct> merged;
          const std::size_t from = all_agent_only ? 0 : items.size() - 1;
          merged.assign(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(from));
          for (std::size_t a = from; a < items.size(); ++a) {
            if (!has_content(items[a])) continue;
            for (const Conjunct& act : actors) {
              Conjunct c = items[a];
              c.actor = act.actor;
              c.last_actor = act.last_actor;
              c.end = act.end;
              c.agents.insert(c.agents.end(), act.agents.begin(), act.agents.end());
              merged.push_back(c);
            }
          }
          items = std::move(merged);
          g.end = next.members.back().end;
          ++k;
        }
      }
    }
    // Agents of a list borrow the country of a neighbour ("Danish media and
    // government"); the previous neighbour first.
    for (std::size_t a = 0; a < items.size(); ++a) {
      if (items[a].actor != kNone || items[a].agents.empty()) continue;
      for (std::size_t d = 1; d < items.size(); ++d) {
        if (a >= d && items[a - d].actor != kNone && !items[a - d].borrowed) {
          items[a].actor = items[a - d].actor;
          items[a].last_actor = items[a - d].last_actor;
          items[a].borrowed = true;
          break;
        }
        if (a + d < items.size() && items[a + d].actor != kNone && !items[a + d].borrowed) {
          items[a].actor = items[a + d].actor;
          items[a].last_actor = items[a + d].last_actor;
          items[a].borrowed = true;
          break;
        }
      }
    }
    for (Conjunct& c : items) {
      if (has_content(c)) g.items.push_back(std::move(c));
    }
    if (g.begin > 0) {
      const Pos before = p.words[g.begin - 1].pos;
      if (before == Pos::kPreposition || before == Pos::kTo) {
        g.preposition = static_cast<std::int32_t>(g.begin - 1);
      }
      if (before == Pos::kComma && g.end < n && p.words[g.end].pos == Pos::kComma && g.begin > 1 &&
          IsNominal(p.words[g.begin - 2].pos)) {
        g.apposition = true;
      }
    }
    p.groups.push_back(std::move(g));
  }
  p.group_of.assign(n, kNone);
  for (std::size_t k = 0; k < p.groups.size(); ++k) {
    for (std::uint32_t w = p.groups[k].begin; w < p.groups[k].end; ++w) {
      p.group_of[w] = static_cast<std::int32_t>(k);
    }
  }
}

}  // namespace readout::parse
