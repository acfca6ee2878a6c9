// Noun chunks and what they stand for: the speaker and addressee
// candidates of every frame, and the document's referents in text order for
// the coreference of pronouns and descriptions (see doc_extractor.h).
#include "quotes/doc_extractor.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "events/actor_codes.h"
#include "parse/parser.h"
#include "quotes/coref.h"
#include "quotes/words.h"

namespace readout::quotes {

using tag::Pos;

bool DocExtractor::IsNpWord(std::uint32_t s, std::uint32_t w) const {
  if (Quoted(s, w)) return false;
  const tag::Word& word = P(s).words[w];
  const text::Token& tok = text_.tokens[word.token];
  if (word.pos == Pos::kPronoun && doc_.slice({tok.begin, tok.end}) == "US") return true;
  switch (word.pos) {
    case Pos::kNoun:
    case Pos::kProperNoun:
    case Pos::kAdjective:
    case Pos::kDeterminer:
    case Pos::kPossessive:
    case Pos::kNumber:
      return true;
    case Pos::kVerb:
      // "Foreign Ministry", "State" after a name: capitalized words inside a
      // name are nominal whatever the verb dictionary says; -ed/-ing words
      // before a noun are adjectives ("the closely anticipated call").
      return word.capitalized && w > 0 && !word.say;
    case Pos::kAdverb:
      // "Kelly", "Beverly": a capitalized -ly word is a name (at the start
      // of a sentence only where a verb follows: "Kelly said").
      return word.capitalized &&
             (w > 0 || (w + 1 < P(s).words.size() && P(s).words[w + 1].pos == Pos::kVerb));
    default:
      return false;
  }
}

// The first word of the noun chunk ending at `last`: nominal words, a
// possessive clitic joining two ("Beijing 's readout"), and "of"/"from"
// joining a noun to a determined or capitalized chunk ("Secretary of State
// Marco Rubio", "a statement from the Kremlin"). A possessive pronoun or a
// determiner starts the chunk.
std::uint32_t DocExtractor::ChunkLeft(std::uint32_t s, std::uint32_t last) const {
  std::uint32_t b = last;
  while (b > 0) {
    const tag::Word& here = P(s).words[b];
    const std::uint32_t prev = b - 1;
    const bool starts = here.pos == Pos::kDeterminer ||
                        (here.pos == Pos::kPossessive &&
                         text_.tokens[here.token].kind != text::TokenKind::kClitic);
    if (!starts && IsNpWord(s, prev)) {
      b = prev;
      continue;
    }
    // A noun the tagger took for a verb in front of a noun ("campaign
    // officials", "transition aides"): a base form right after a comma,
    // a determiner or the sentence start.
    if (!starts && (here.pos == Pos::kNoun || here.pos == Pos::kProperNoun) && !Quoted(s, prev) &&
        P(s).words[prev].pos == Pos::kVerb && P(s).words[prev].form == tag::VerbForm::kBase &&
        (prev == 0 || P(s).words[prev - 1].pos == Pos::kComma || P(s).words[prev - 1].pos == Pos::kDeterminer ||
         P(s).words[prev - 1].pos == Pos::kVerb)) {
      b = prev;
      continue;
    }
    const std::string lw = Lower(s, prev);
    if ((lw == "of" || lw == "from") && prev > 0 && IsNpWord(s, prev - 1) &&
        P(s).words[prev - 1].pos != Pos::kDeterminer &&
        (here.capitalized || here.pos == Pos::kDeterminer)) {
      b = prev - 1;
      continue;
    }
    break;
  }
  return b;
}

// A channel's chunk with what names its source: "a readout from Japan's
// Foreign Ministry", "the readout released by India's Ministry of External
// Affairs", "its own account of the call".
std::uint32_t DocExtractor::ExtendChunk(std::uint32_t s, std::uint32_t e) const {
  const std::uint32_t n = Size(s);
  for (int step = 0; step < 3 && e + 1 < n && !Quoted(s, e); ++step) {
    const std::string lw = Lower(s, e);
    if ((lw == "of" || lw == "from" || lw == "by") && IsNpWord(s, e + 1)) {
      e = ChunkRight(s, e + 1);
    } else if ((lw == "released" || lw == "issued" || lw == "published" || lw == "provided") &&
               e + 2 < n && Lower(s, e + 1) == "by" && IsNpWord(s, e + 2)) {
      e = ChunkRight(s, e + 2);
    } else {
      break;
    }
  }
  return e;
}

std::uint32_t DocExtractor::ChunkRight(std::uint32_t s, std::uint32_t first) const {
  const std::uint32_t n = Size(s);
  std::uint32_t e = first;
  while (e < n && IsNpWord(s, e)) {
    // A determiner or possessive pronoun inside starts another chunk.
    if (e > first && (P(s).words[e].pos == Pos::kDeterminer ||
                      (P(s).words[e].pos == Pos::kPossessive &&
                       text_.tokens[P(s).words[e].token].kind != text::TokenKind::kClitic))) {
      break;
    }
    ++e;
  }
  return e;
}

Resolved DocExtractor::Resolve(std::uint32_t s, std::uint32_t b, std::uint32_t e,
                               const Resolved* of) const {
  Resolved r;
  if (b >= e) return r;
  // A chunk resolved (and completed from its sentence) while the referents
  // were built: the same answer, with what the sentence around it added.
  if (of == nullptr && s < resolved_.size()) {
    for (const auto& [at, done] : resolved_[s]) {
      if (at == b && done.ref.span == WordsSpan(s, b, e)) return done;
    }
  }
  const parse::Parse& p = P(s);
  r.ref.span = WordsSpan(s, b, e);
  r.ref.text = std::string(doc_.slice(r.ref.span));
  r.head = Lower(s, e - 1);

  // A pronoun alone.
  if (e == b + 1 && IsPersonPronoun(r.head)) {
    if (const Referent* ref = coref_.Pronoun(s, b)) {
      r.ref.entity = ref->entity;
      r.ref.code = ref->code;
      r.ref.country = ref->country;
      events::SplitCountrySector(r.ref);
      r.name = ref->name;
    }
    r.via = SpeakerVia::kPronoun;
    r.person = true;
    return r;
  }

  // Dictionary mentions inside the chunk.
  const dict::Actor* actor = nullptr;
  const dict::Actor* last_actor = nullptr;
  std::uint32_t actor_end = 0, last_actor_end = 0;
  std::vector<const dict::Agent*> agents;
  for (const parse::Mention& m : p.mentions) {
    if (m.begin < b || m.end > e) continue;
    if (m.actor) {
      const dict::ActorEntry& entry = impl_.lexicon.actor_entries[m.payload];
      const dict::Actor* a = &impl_.dicts.actors[entry.file].actors[entry.actor];
      if (actor == nullptr) {
        actor = a;
        actor_end = m.end;
      }
      last_actor = a;
      last_actor_end = m.end;
    } else {
      agents.push_back(&impl_.dicts.agents.agents[m.payload]);
    }
  }
  if (last_actor != actor && last_actor->CodeOn(date_).size() > 3) {
    actor = last_actor;
    actor_end = last_actor_end;
  }
  bool dated_person = false;
  if (actor != nullptr || !agents.empty()) {
    events::ComposeActorCode(actor, agents, date_, r.ref);
    if (actor != nullptr && !actor->dated.empty()) dated_person = true;
  }

  // The name: the trailing run of capitalized words that are not roles.
  bool role = false, institution = false, media = false;
  // A word of a dictionary phrase that ends before the name ("Secretary
  // of State" before "Marco Rubio") is not part of the name.
  auto inside_earlier_mention = [&](std::uint32_t w, std::uint32_t name_start) {
    return std::any_of(p.mentions.begin(), p.mentions.end(), [&](const parse::Mention& m) {
      return m.begin <= w && w < m.end && m.end <= name_start;
    });
  };
  std::uint32_t name_b = e;
  while (name_b > b) {
    const tag::Word& word = p.words[name_b - 1];
    const std::string lw = Lower(s, name_b - 1);
    const bool capital = word.capitalized && word.pos != Pos::kDeterminer &&
                         word.pos != Pos::kPossessive && !IsRoleWord(lw) && !IsInstitutionWord(lw);
    if (!capital || (name_b < e && inside_earlier_mention(name_b - 1, name_b))) break;
    --name_b;
  }
  for (std::uint32_t w = b; w < e; ++w) {
    const std::string lw = Lower(s, w);
    if (IsRoleWord(lw)) role = true;
    if (IsInstitutionWord(lw)) institution = true;
    if (IsMediaWord(lw)) media = true;
  }
  // "Mr Talwar", "Dr. Arora": a person; the name is what follows the title.
  const bool honorific = name_b + 1 < e && IsHonorific(Lower(s, name_b));
  if (honorific) ++name_b;
  if (name_b < e) r.name = std::string(doc_.slice(WordsSpan(s, name_b, e)));
  // The reporting outlet itself ("told The Tollmere Ledger") is a medium,
  // never an actor.
  const bool outlet = !r.name.empty() && IsOutlet(r.name);
  if (outlet) {
    media = true;
    r.ref.code.clear();
    r.ref.country.clear();
    r.ref.sector.clear();
  }
  if (r.ref.sector.find("MED") != std::string::npos) media = true;
  // A name the dictionary does not resolve within: the name itself.
  if (!r.name.empty() && (actor == nullptr || actor_end <= name_b)) {
    r.ref.entity = r.name;
  }
  const bool unknown_name = !r.name.empty() && (actor == nullptr || actor_end <= name_b);
  const std::size_t name_words = name_b < e ? e - name_b : 0;
  institution = institution || IsInstitutionName(r.name);
  r.institution = institution || media;
  r.media = media;
  r.person = !r.institution && (role || dated_person || honorific || (unknown_name && name_words >= 2));
  r.role = role;
  const std::string first = Lower(s, b);
  const bool plural = !r.name.empty() ? false : (IsGroupHead(r.head) || (role && r.head.size() > 1 && r.head.back() == 's'));
  if (r.name.empty() && IsGroupHead(r.head) && !r.institution &&
      (first == "the" || first == "both" || first == "their")) {
    // "the two leaders": the parties of the last exchange.
    const Referent* x = nullptr;
    const Referent* y = nullptr;
    if (coref_.Group(s, b, &x, &y)) {
      for (const Referent* m : {x, y}) {
        events::ActorRef member;
        member.text = m->name.empty() ? m->text : m->name;
        member.entity = m->entity;
        member.code = m->code;
        events::SplitCountrySector(member);
        r.group.push_back(std::move(member));
      }
      r.ref.code = r.group[0].code;
      events::SplitCountrySector(r.ref);
      r.ref.entity = r.group[0].text;
      r.ref.entity += " and ";
      r.ref.entity += r.group[1].text;
      r.via = SpeakerVia::kDescription;
      r.person = false;
      return r;
    }
  }
  if (plural) r.person = false;
  if (r.name.empty() && role && !r.institution && (first == "a" || first == "an")) {
    // "a senior Japanese official": someone new, unnamed; coded from the words.
    r.anonymous = true;
    r.via = SpeakerVia::kDescription;
    return r;
  }
  if (r.name.empty() && r.institution && !media && r.ref.country.empty() && first == "the" &&
      e == b + 2) {
    // "the ministry": the last institution of that kind named with a country.
    if (const Referent* ref = coref_.Institution(r.head, s, b)) {
      r.ref.entity = ref->entity;
      r.ref.code = ref->code;
      events::SplitCountrySector(r.ref);
      r.via = SpeakerVia::kDescription;
      return r;
    }
  }

  if (r.name.empty() && IsCounterpartWord(r.head) && of != nullptr) {
    Referent who;
    who.entity = of->ref.entity;
    who.name = of->name;
    if (const Referent* c = coref_.Counterpart(who, s, b)) {
      r.ref.entity = c->entity;
      r.ref.code = c->code;
      events::SplitCountrySector(r.ref);
      r.name = c->name;
      r.person = true;
      r.via = SpeakerVia::kDescription;
      return r;
    }
  }
  if (r.name.empty() && role && !r.institution && !plural) {
    // "the Chinese leader": the last person of that country; "the official":
    // also the last "a ... official".
    if (const Referent* ref = coref_.Description(r.ref.country, r.head, s, b)) {
      r.ref.entity = ref->entity;
      r.ref.code = ref->code;
      events::SplitCountrySector(r.ref);
      r.name = ref->name;
      r.person = true;
      r.anonymous = ref->anonymous;
      r.via = SpeakerVia::kDescription;
      return r;
    }
  }
  if (unknown_name && name_words == 1 && (e - b == 1 || (honorific && e - b == 2))) {
    // "Wang" after "Foreign Minister Wang Yi".
    if (const Referent* ref = coref_.Surname(r.name, s, b)) {
      r.ref.entity = ref->entity;
      r.ref.code = ref->code;
      events::SplitCountrySector(r.ref);
      r.name = ref->name;
      r.person = ref->person;
      r.via = SpeakerVia::kSurname;
      return r;
    }
  }
  if (r.ref.code.empty() && r.name.empty() && !role && !institution && !media) return r;
  // "Tokyo's readout": a government's document.
  if (IsChannelHead(r.head) && r.ref.code.size() == 3) {
    r.ref.code += "GOV";
    events::SplitCountrySector(r.ref);
  }
  r.via = SpeakerVia::kName;
  return r;
}

Resolved DocExtractor::Subject(std::uint32_t s, std::uint32_t b, std::uint32_t e) const {
  const std::string first = Lower(s, b);
  if (e == b + 1 && (first == "who" || first == "which") && b > 0) {
    // "Sanders, who said ...": the relative pronoun's antecedent.
    std::uint32_t last = b - 1;
    if (P(s).words[last].pos == Pos::kComma && last > 0) --last;
    if (!Quoted(s, last) && IsNpWord(s, last)) {
      // The words as written are "who"; what they stand for is the antecedent.
      Resolved r = Subject(s, ChunkLeft(s, last), last + 1);
      if (r.found()) {
        if (r.ref.entity.empty()) r.ref.entity = r.name.empty() ? r.ref.text : r.name;
        r.ref.span = WordsSpan(s, b, e);
        r.ref.text = std::string(doc_.slice(r.ref.span));
        if (r.via == SpeakerVia::kName || r.via == SpeakerVia::kPhrase) r.via = SpeakerVia::kPronoun;
      }
      return r;
    }
  }
  Resolved r = Resolve(s, b, e);
  if (r.found()) return r;
  // Any noun phrase or pronoun that says something is a speaker, known or
  // not; news attributes to "a source", "aides" and "about 9 percent". Not
  // a time ("two weeks", "once") nor a phrase without a nominal head.
  const Pos head = P(s).words[e - 1].pos;
  if (head != Pos::kNoun && head != Pos::kProperNoun && head != Pos::kNumber && head != Pos::kPronoun) {
    return Resolved{};
  }
  if (IsTimeWord(Lower(s, e - 1)) || IsTimeUnit(Lower(s, e - 1))) return Resolved{};
  r = Resolved{};
  r.ref.span = WordsSpan(s, b, e);
  r.ref.text = std::string(doc_.slice(r.ref.span));
  r.head = Lower(s, e - 1);
  r.via = SpeakerVia::kPhrase;
  return r;
}

bool DocExtractor::IsOutlet(std::string_view name) const {
  std::string_view outlet = doc_.outlet;
  if (outlet.size() > 4 && (outlet.substr(0, 4) == "The " || outlet.substr(0, 4) == "the ")) {
    outlet.remove_prefix(4);
  }
  if (outlet.empty() || outlet.size() != name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (ToLowerAscii(outlet[i]) != ToLowerAscii(name[i])) return false;
  }
  return true;
}

// A dateline opens one of the first sentences: a place in capitals, then a
// comma or a dash ("NEW DELHI, March 9 (Wire) -", "TOKYO -"). Its country
// is where unqualified titles belong.
void DocExtractor::FindDateline() {
  const std::uint32_t ns = static_cast<std::uint32_t>(text_.sentences.size());
  for (std::uint32_t s = 0; s < ns && s < 4; ++s) {
    if (text_.sentences[s].has(text::kTitleSentence)) continue;
    const std::uint32_t n = Size(s);
    std::uint32_t k = 0;
    for (; k < n && k < 4; ++k) {
      const text::Token& tok = text_.tokens[Tok(s, k)];
      if (tok.kind != text::TokenKind::kWord) break;
      const std::string_view w = doc_.slice({tok.begin, tok.end});
      bool caps = w.size() >= 2;
      for (char c : w) caps = caps && !(c >= 'a' && c <= 'z');
      if (!caps) break;
    }
    if (k == 0 || k >= n) continue;
    const std::string after(text_.norm_text(text_.tokens[Tok(s, k)]));
    if (after != "," && after != "(" && !IsDash(after) && !IsDash(std::string(doc_.slice(WordsSpan(s, k, k + 1))))) continue;
    const Resolved place = Resolve(s, 0, k);
    if (place.ref.code.size() == 3) dateline_country_ = place.ref.country;
    return;
  }
}

// Step 2: every chunk that names someone, outside quotation marks.
void DocExtractor::BuildReferents() {
  resolved_.assign(text_.sentences.size(), {});
  std::vector<Chunk> chunks;
  for (std::uint32_t s = 0; s < text_.sentences.size(); ++s) {
    const std::uint32_t n = Size(s);
    chunks.clear();
    for (std::uint32_t w = 0; w < n;) {
      if (!IsNpWord(s, w)) {
        ++w;
        continue;
      }
      const std::uint32_t e = ChunkRight(s, w);
      Resolved r = Resolve(s, w, e);
      if (r.found() && r.via != SpeakerVia::kPronoun) chunks.push_back({w, e, std::move(r), false});
      w = e;
    }
    CompleteSentence(s, chunks);
    std::int32_t subject_ref = -1;
    std::int32_t last_person = -1;
    std::uint32_t last_person_end = 0;
    for (const Chunk& c : chunks) {
      const Resolved& r = c.r;
      resolved_[s].emplace_back(c.b, r);
      if (!r.ref.country.empty() && r.ref.country != "---" &&
          std::find(doc_countries_.begin(), doc_countries_.end(), r.ref.country) == doc_countries_.end()) {
        doc_countries_.push_back(r.ref.country);
      }
      std::uint32_t next = c.e;
      while (next < n && (P(s).words[next].pos == Pos::kAdverb ||
                          P(s).words[next].pos == Pos::kNegation)) {
        ++next;
      }
      const bool subject =
          c.b == 0 || (next < n && !Quoted(s, next) &&
          (P(s).words[next].pos == Pos::kVerb || P(s).words[next].pos == Pos::kAuxiliary ||
           P(s).words[next].pos == Pos::kModal));
      Referent ref;
      ref.text = r.ref.text;
      ref.name = r.name;
      ref.entity = r.ref.entity;
      ref.code = r.ref.code;
      ref.country = r.ref.country;
      ref.person = r.person;
      ref.subject = subject;
      ref.anonymous = r.anonymous;
      ref.institution = r.institution;
      ref.head = r.head;
      ref.sentence = s;
      ref.word = c.b;
      coref_.Add(std::move(ref));
      if (!r.person || c.appositive) continue;
      const auto here = static_cast<std::int32_t>(coref_.last_index());
      // "Xi and Putin", "Xi told Putin": a two-party exchange, for "his
      // counterpart" and "the two leaders".
      if (last_person >= 0 && last_person_end + 1 == c.b && Lower(s, last_person_end) == "and") {
        coref_.AddPair(static_cast<std::size_t>(last_person), static_cast<std::size_t>(here));
        subject_ref = -1;
      } else if (subject_ref >= 0) {
        coref_.AddPair(static_cast<std::size_t>(subject_ref), static_cast<std::size_t>(here));
        subject_ref = -1;
      } else if (subject) {
        subject_ref = here;
      }
      last_person = here;
      last_person_end = c.e;
    }
  }
}

// The country of a title split by commas and "and" ("Japan's Economy,
// Trade and Industry Minister"): the possessive before the list, or "".
std::string DocExtractor::TitleCountry(std::uint32_t s, std::uint32_t b) const {
  for (std::uint32_t u = b, steps = 0; u-- > 0 && steps < 12; ++steps) {
    if (Quoted(s, u)) break;
    const text::Token& tok = text_.tokens[Tok(s, u)];
    if (tok.kind == text::TokenKind::kClitic && u > 0) {
      Resolved owner = Resolve(s, ChunkLeft(s, u - 1), u);
      return owner.ref.code.size() == 3 ? owner.ref.country : std::string();
    }
    const std::string lw = Lower(s, u);
    if (lw == "," || lw == "and" || P(s).words[u].capitalized) continue;
    break;
  }
  return {};
}

// What the words around a chunk add to it, within its sentence:
//   - a title's country written before a list ("Japan's Economy, Trade and
//     Industry Minister");
//   - "Prime Minister Ryoichi Hanabusa of Japan": the country after "of";
//   - apposition, either way: "India's foreign secretary, Rohan Deshpande":
//     the name takes the role's code and the role the name;
//   - a minister's portfolio is not a sector ("Industry Minister" is GOV,
//     not BUSGOV);
//   - an official whose country the words do not give: an earlier mention
//     of the same name with a country ("India's Talwar"), else the
//     dateline's country (an unqualified title is the home country's), else
//     when someone of another country is in the sentence, the first country
//     of the document that is not theirs.
void DocExtractor::CompleteSentence(std::uint32_t s, std::vector<Chunk>& chunks) const {
  const std::uint32_t n = Size(s);
  auto set_country = [](Resolved& r, const std::string& country) {
    if (r.ref.code.empty()) {
      r.ref.code = country;
      if (r.role) r.ref.code += "GOV";
    } else if (r.ref.code.compare(0, 3, "---") == 0) {
      r.ref.code.replace(0, 3, country);
    } else {
      return;
    }
    events::SplitCountrySector(r.ref);
  };
  auto no_country = [](const Resolved& r) { return r.ref.country.empty() || r.ref.country == "---"; };
  for (Chunk& c : chunks) {
    if (c.r.person && c.r.role && no_country(c.r)) {
      const std::string country = TitleCountry(s, c.b);
      if (!country.empty()) set_country(c.r, country);
    }
  }
  for (std::size_t k = 0; k + 1 < chunks.size(); ++k) {
    Resolved& a = chunks[k].r;
    Resolved& b = chunks[k + 1].r;
    const std::uint32_t gap = chunks[k].e;
    if (chunks[k + 1].b != gap + 1) continue;
    const std::string between = Lower(s, gap);
    if (between == "of" && a.person && no_country(a) && b.ref.code.size() == 3) {
      set_country(a, b.ref.country);
      continue;
    }
    if (between != ",") continue;
    const std::uint32_t after = chunks[k + 1].e;
    const bool closes = after >= n || P(s).words[after].pos == Pos::kComma ||
                        P(s).words[after].pos == Pos::kPunct || P(s).words[after].pos == Pos::kVerb;
    if (!closes) continue;
    // A role resolved to someone earlier ("India's foreign secretary" to the
    // last Indian named) yields to the name beside it.
    auto appose = [&](Resolved& role, Resolved& named) {
      if (!role.role || (!role.name.empty() && role.via != SpeakerVia::kDescription) || role.ref.code.empty() || named.name.empty() ||
          !named.person || !no_country(named) || role.institution || !role.group.empty()) {
        return false;
      }
      named.ref.code = role.ref.code;
      events::SplitCountrySector(named.ref);
      named.role = true;
      role.name = named.name;
      role.ref.entity = named.ref.entity;
      role.person = true;
      role.anonymous = false;
      return true;
    };
    if (appose(a, b) || appose(b, a)) chunks[k + 1].appositive = true;
  }
  for (Chunk& c : chunks) {
    Resolved& r = c.r;
    if (!r.person || !r.role) continue;
    // A portfolio word before the role is not the person's sector.
    const std::size_t gov = r.ref.code.find("GOV");
    if (gov != std::string::npos && gov >= 3 && r.ref.code.size() > 6 && gov % 3 == 0) {
      r.ref.code = r.ref.code.substr(0, 3) + "GOV";
      events::SplitCountrySector(r.ref);
    }
    if (!no_country(r) || r.ref.sector.find("GOV") == std::string::npos) continue;
    std::string country;
    if (!r.name.empty()) {
      const std::size_t sp = r.name.rfind(' ');
      const std::string surname = sp == std::string::npos ? r.name : r.name.substr(sp + 1);
      if (const Referent* same = coref_.Named(surname, s, c.b)) country = same->country;
    }
    if (country.empty()) country = dateline_country_;
    if (country.empty()) {
      std::vector<std::string> others;
      for (const Chunk& o : chunks) {
        if (&o != &c && !no_country(o.r)) others.push_back(o.r.ref.country);
      }
      if (!others.empty()) {
        for (const std::string& dc : doc_countries_) {
          if (std::find(others.begin(), others.end(), dc) == others.end()) {
            country = dc;
            break;
          }
        }
      }
    }
    if (!country.empty() && country.size() == 3) set_country(r, country);
  }
}

}  // namespace readout::quotes
