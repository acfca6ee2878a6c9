// The quotes stage: quotation marks paired over the whole document, then
// each quotation tied to an attribution frame, plus reported speech without
// marks.
//
// How it works, per document:
//   1. Every sentence is tagged and parsed (actor and agent mentions).
//   2. Referents: every noun chunk that names someone (an actor mention, a
//      capitalized name, a personal role) is resolved and recorded, in text
//      order, for the coreference of pronouns and descriptions (coref.h).
//      Chunks inside quotation marks are the speaker's words, not the
//      reporter's, and are left out.
//   3. Quotation marks are paired across sentences within a paragraph
//      (an opening mark, then the next closing one; an unclosed quotation
//      ends with its paragraph).
//   4. Each quotation looks for a reporting verb ("said", "told", "noted",
//      "according to" ...) outside quotation marks: before the opening mark
//      in the sentence where it opens, or after the closing mark in the
//      sentence where it closes; a quotation that opens its sentence tries
//      the right first ("...," Xi said), any other the left first (Xi said
//      ties would "..."). The verb's subject is the speaker ("said Xi":
//      inverted; "... but added": the subject of the verb before; a
//      participle ", reiterating": the sentence's speaker). "X quoted Y as
//      saying" gives speaker Y and channel X. A quoted sentence with no
//      attribution right after a quotation continues that speaker.
//   5. Scare quotes are dropped: a short unattributed label, or a short
//      quotation used as a modifier between a determiner and a noun
//      (a "no limits" partnership).
//   6. Reported speech: a say-type verb followed by "that" (or directly by
//      a clause), and "according to X", give indirect quotes whose text is
//      the reported clause; a clause holding quotation marks is left to 4.
//      A clause before a frame that closes the sentence ("..., X told
//      reporters.") is reported speech too; a frame of a medium closing the
//      sentence ("..., the broadcaster Y reported") is the channel of the
//      speech inside it; "X said that Y had explained that ..." gives Y's
//      words through X.
//
// Speakers as news reports name them (step 2 completes each sentence's
// chunks, CompleteSentence): apposition ("India's foreign secretary, Rohan
// Deshpande"), "of Japan" after a name, a title's country before a list of
// portfolios, honorifics ("Mr Talwar" is the surname), a country for an
// unqualified title (an earlier mention, the dateline, the other side of
// the exchange), "a senior Japanese official" as an anonymous person that
// "the official" refers back to, "the two leaders" as the last pair that
// met (Quote::group), the reporting outlet never an actor. A country as
// speaker is its government; so is a capital's readout.
#include "readout/quotes.h"

#include <algorithm>
#include <array>
#include <string>
#include <tuple>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "events/actor_codes.h"
#include "parse/document_parse.h"
#include "parse/grammar.h"
#include "parse/parser.h"
#include "quotes/coref.h"
#include "quotes/cues.h"
#include "quotes/words.h"
#include "readout/resolve.h"
#include "tag/tagger.h"

namespace readout::quotes {

std::string_view QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

std::string_view SpeakerViaName(SpeakerVia v) {
  switch (v) {
    case SpeakerVia::kNone: return "none";
    case SpeakerVia::kName: return "name";
    case SpeakerVia::kPronoun: return "pronoun";
    case SpeakerVia::kDescription: return "description";
    case SpeakerVia::kSurname: return "surname";
    case SpeakerVia::kContinuation: return "continuation";
    case SpeakerVia::kPhrase: return "phrase";
  }
  return "none";
}

struct Extractor::Impl {
  Impl(std::shared_ptr<const parse::Grammar> g, ExtractorOptions opts)
      : grammar(std::move(g)), options(opts) {}
  std::shared_ptr<const parse::Grammar> grammar;
  const dict::DictionarySet& dicts = grammar->dicts;
  const dict::Lexicon& lexicon = grammar->lexicon;
  ExtractorOptions options;
};

namespace {

using tag::Pos;

// A quotation: its marks and words as token indices.
struct QuoteMarks {
  std::uint32_t open = 0;         // the opening mark (its first token)
  std::uint32_t close = 0;        // the closing mark (its last token), or one past the last word
  bool closed = false;
  std::uint32_t first = 0;        // first and one-past-last quoted token
  std::uint32_t end = 0;
};

// A noun chunk resolved to what it stands for.
struct Resolved {
  events::ActorRef ref;
  SpeakerVia via = SpeakerVia::kNone;
  bool person = false;
  bool institution = false;
  bool media = false;
  std::string name;
  std::string head;  // the chunk's last word, lower case
  bool role = false;       // a personal role word ("minister", "official")
  bool anonymous = false;  // "a senior Japanese official": nobody named
  // "the two leaders": the two parties of the last exchange, each resolved.
  std::vector<events::ActorRef> group;
  bool found() const { return via != SpeakerVia::kNone; }
};

// An attribution: the reporting verb of a sentence and who it names.
struct Frame {
  std::uint32_t sentence = 0;
  std::int32_t verb = -1;  // word index; -1: none
  std::uint32_t verb_end = 0;
  std::string verb_text;
  Span verb_span;
  Resolved speaker;
  Resolved addressee;
  Resolved channel;
  // Every relay the words came through, outermost first ("Bloomberg cited
  // CCTV, which said": Bloomberg, CCTV); `channel` is one of them.
  std::vector<Resolved> chain;
  std::uint32_t speaker_begin = 0;  // first word of the speaker's chunk
  bool according = false;  // "according to X" is the whole frame
  bool found() const { return verb >= 0 && speaker.found(); }
};

class DocExtractor {
 public:
  DocExtractor(const Extractor::Impl& impl, const Document& doc, const text::TextAnalysis& text,
               const parse::DocumentParse& parse)
      : impl_(impl), doc_(doc), text_(text), parse_(parse), date_(resolve::CodeDate(doc.published)) {}

  void Run(std::vector<Quote>& out);

 private:
  // ---- words
  // A sentence longer than the extractor reads is seen as empty, whatever
  // the other stages parsed of it.
  const parse::Parse& P(std::uint32_t s) const {
    const text::Sentence& sentence = text_.sentences[s];
    if (sentence.end_token - sentence.first_token > impl_.options.max_sentence_tokens) return unread_;
    return parse_.sentences[s];
  }
  std::uint32_t Tok(std::uint32_t s, std::uint32_t w) const { return P(s).words[w].token; }
  std::uint32_t Size(std::uint32_t s) const { return static_cast<std::uint32_t>(P(s).words.size()); }
  std::string Lower(std::uint32_t s, std::uint32_t w) const {
    return LowerAscii(text_.norm_text(text_.tokens[Tok(s, w)]));
  }
  bool Quoted(std::uint32_t s, std::uint32_t w) const { return in_quote_[Tok(s, w)]; }
  bool IsQuoteMark(std::uint32_t s, std::uint32_t w) const {
    return text_.tokens[Tok(s, w)].kind == text::TokenKind::kQuote;
  }
  bool IsNpWord(std::uint32_t s, std::uint32_t w) const;
  Span WordsSpan(std::uint32_t s, std::uint32_t b, std::uint32_t e) const {
    return {text_.tokens[Tok(s, b)].begin, text_.tokens[Tok(s, e - 1)].end};
  }

  // ---- chunks and resolution
  std::uint32_t ChunkLeft(std::uint32_t s, std::uint32_t last) const;   // first word
  std::uint32_t ChunkRight(std::uint32_t s, std::uint32_t first) const;  // one past
  std::uint32_t ExtendChunk(std::uint32_t s, std::uint32_t e) const;
  Resolved Resolve(std::uint32_t s, std::uint32_t b, std::uint32_t e, const Resolved* of = nullptr) const;
  // The subject of a reporting verb: resolved when it can be, otherwise the
  // words alone (SpeakerVia::kPhrase); "who" stands for the chunk before it.
  Resolved Subject(std::uint32_t s, std::uint32_t b, std::uint32_t e) const;
  struct Chunk {
    std::uint32_t b = 0, e = 0;
    Resolved r;
    bool appositive = false;  // the second half of "X, Y": not another party
  };
  void BuildReferents();
  void CompleteSentence(std::uint32_t s, std::vector<Chunk>& chunks) const;
  std::string TitleCountry(std::uint32_t s, std::uint32_t b) const;
  bool IsOutlet(std::string_view name) const;
  void FindDateline();

  // ---- frames
  bool IsReportingVerb(std::uint32_t s, std::uint32_t w) const;
  bool IsAccording(std::uint32_t s, std::uint32_t w) const;
  bool FramesQuotation(std::uint32_t s, std::uint32_t w) const;
  // Whether the noun chunk at w is the subject of a clause (a finite verb
  // or a modal right after it): "announced the talks would resume".
  bool NounChunkOpensClause(std::uint32_t s, std::uint32_t w) const;
  // One past "as saying" (any cue's -ing form) starting at word e, or 0.
  std::uint32_t AsSaying(std::uint32_t s, std::uint32_t e) const;
  Frame FrameAt(std::uint32_t s, std::uint32_t w, int depth = 0) const;
  std::int32_t FindVerbLeft(std::uint32_t s, std::uint32_t from) const;
  std::int32_t FindVerbRight(std::uint32_t s, std::uint32_t from) const;
  void FindChannel(std::uint32_t s, Frame& f) const;

  // ---- quotations
  void PairMarks();
  std::uint32_t MarkAt(std::uint32_t t, std::uint32_t end, bool* opens, bool* closes) const;
  void QuoteFrom(const QuoteMarks& q, std::vector<Quote>& out);
  void Indirect(std::uint32_t s, std::vector<Quote>& out);
  void NominalOrColon(std::uint32_t s, std::vector<Quote>& out);
  void Emit(QuoteKind kind, std::uint32_t sentence, Span span, const Frame& f, std::vector<Quote>& out);

  const Extractor::Impl& impl_;
  const Document& doc_;
  const text::TextAnalysis& text_;
  const parse::DocumentParse& parse_;
  const parse::Parse unread_;
  std::int32_t date_;
  std::vector<std::uint32_t> sentence_of_;  // by token
  std::vector<bool> in_quote_;              // by token: marks and words
  std::vector<QuoteMarks> marks_;
  Coref coref_;
  // Chunks resolved while building the referents, by sentence: (first word, answer).
  std::vector<std::vector<std::pair<std::uint32_t, Resolved>>> resolved_;
  std::string dateline_country_;           // "NEW DELHI, March 9 -": IND
  std::vector<std::string> doc_countries_;  // in order of first mention
  // Reporting verbs inside another's reported clause, with the outer channel.
  // (sentence, verb, channel, the relays before it)
  std::vector<std::tuple<std::uint32_t, std::uint32_t, Resolved, std::vector<Resolved>>> nested_channel_;
  // The last emitted quotation's frame, for continuations.
  Frame last_frame_;
  std::uint32_t last_quote_sentence_ = UINT32_MAX;
};

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

bool DocExtractor::IsReportingVerb(std::uint32_t s, std::uint32_t w) const {
  if (Quoted(s, w)) return false;
  const tag::Word& word = P(s).words[w];
  if (word.pos != Pos::kVerb && !word.say) return false;
  return ReportingVerbKind(Lower(s, w)) != VerbClass::kNone;
}

bool DocExtractor::IsAccording(std::uint32_t s, std::uint32_t w) const {
  return !Quoted(s, w) && w + 1 < Size(s) && Lower(s, w) == "according" && Lower(s, w + 1) == "to";
}

// A verb of belief ("hoped", "believe") frames a reported clause, never
// quoted words: what is in marks was said, not thought ("analysts believe
// the prospect of a "reverse Kissinger" is unlikely").
bool DocExtractor::FramesQuotation(std::uint32_t s, std::uint32_t w) const {
  return (IsReportingVerb(s, w) && CueGroupOf(Lower(s, w)) != CueGroup::kBelieve) || IsAccording(s, w);
}

bool DocExtractor::NounChunkOpensClause(std::uint32_t s, std::uint32_t w) const {
  const std::uint32_t e = ChunkRight(s, w);
  if (e >= Size(s)) return false;
  const Pos pos = P(s).words[e].pos;
  return pos == Pos::kModal || pos == Pos::kAuxiliary ||
         (pos == Pos::kVerb && P(s).words[e].form != tag::VerbForm::kGerund &&
          P(s).words[e].form != tag::VerbForm::kParticiple);
}

std::uint32_t DocExtractor::AsSaying(std::uint32_t s, std::uint32_t e) const {
  if (e + 1 >= Size(s) || Lower(s, e) != "as") return 0;
  const std::string cue = Lower(s, e + 1);
  const bool ing = cue.size() > 4 && cue.compare(cue.size() - 3, 3, "ing") == 0;
  return ing && CueGroupOf(cue) != CueGroup::kNone ? e + 2 : 0;
}

std::int32_t DocExtractor::FindVerbLeft(std::uint32_t s, std::uint32_t from) const {
  for (std::uint32_t w = from; w-- > 0;) {
    if (Quoted(s, w)) continue;
    if (P(s).words[w].fn == tag::Fn::kSemicolon) break;
    // "quoted him as saying": the frame is the verb before "as saying".
    if (w > 0 && Lower(s, w) == "saying" && Lower(s, w - 1) == "as") continue;
    if (FramesQuotation(s, w)) return static_cast<std::int32_t>(w);
  }
  return -1;
}

std::int32_t DocExtractor::FindVerbRight(std::uint32_t s, std::uint32_t from) const {
  for (std::uint32_t w = from; w < Size(s); ++w) {
    if (Quoted(s, w)) {
      if (IsQuoteMark(s, w) && text_.tokens[Tok(s, w)].has(text::kOpenQuote)) break;
      continue;
    }
    if (P(s).words[w].fn == tag::Fn::kSemicolon) break;
    if (FramesQuotation(s, w)) return static_cast<std::int32_t>(w);
  }
  return -1;
}

// The frame of the reporting verb (or "according to") at word v.
Frame DocExtractor::FrameAt(std::uint32_t s, std::uint32_t v, int depth) const {
  Frame f;
  f.sentence = s;
  f.verb = static_cast<std::int32_t>(v);
  const std::uint32_t n = Size(s);
  if (IsAccording(s, v)) {
    f.according = true;
    f.verb_end = v + 2;
    f.verb_span = WordsSpan(s, v, v + 2);
    f.verb_text = std::string(doc_.slice(f.verb_span));
    // "state law" with "state" taken for a verb: a base form before a noun.
    const bool verb_noun = v + 3 < n && P(s).words[v + 2].pos == Pos::kVerb &&
                           P(s).words[v + 2].form == tag::VerbForm::kBase && !Quoted(s, v + 2) &&
                           (P(s).words[v + 3].pos == Pos::kNoun || P(s).words[v + 3].pos == Pos::kProperNoun);
    if (v + 2 < n && (IsNpWord(s, v + 2) || verb_noun)) {
      // "readouts from both sides", "the ministry of foreign affairs"
      const std::uint32_t e = ExtendChunk(s, ChunkRight(s, verb_noun ? v + 3 : v + 2));
      f.speaker = Subject(s, v + 2, e);
      f.speaker_begin = v + 2;
      if (f.speaker.found()) f.channel = f.speaker;
      f.verb_end = e;
    } else if (v + 2 < n && P(s).words[v + 2].pos == Pos::kPronoun && !Quoted(s, v + 2)) {
      // "according to him"
      f.speaker = Subject(s, v + 2, v + 3);
      f.speaker_begin = v + 2;
      f.verb_end = v + 3;
    }
    return f;
  }
  f.verb_end = v + 1;
  const std::string lv = Lower(s, v);
  f.verb_span = WordsSpan(s, v, v + 1);
  f.verb_text = std::string(doc_.slice(f.verb_span));
  // Relays: "X quoted Y as saying", "X reported Y as saying", "X cited Y
  // as saying": Y speaks, X is the channel ("quoted" needs no "as saying").
  // Passive: "Y was quoted by X as saying": the subject speaks.
  if (IsRelayVerb(lv) && v + 1 < n) {
    if (Lower(s, v + 1) == "by" && v + 2 < n && IsNpWord(s, v + 2) && v >= 2 &&
        P(s).words[v - 1].pos == Pos::kAuxiliary) {
      const std::uint32_t e = ChunkRight(s, v + 2);
      const std::uint32_t as_end = AsSaying(s, e);
      const std::uint32_t last = v - 2;
      if (as_end > 0 && !Quoted(s, last) && (IsNpWord(s, last) || P(s).words[last].pos == Pos::kPronoun)) {
        const std::uint32_t b = IsNpWord(s, last) ? ChunkLeft(s, last) : last;
        f.speaker = Subject(s, b, last + 1);
        f.speaker_begin = b;
        f.channel = Subject(s, v + 2, e);
        f.chain.push_back(f.channel);
        f.verb_end = as_end;
        return f;
      }
    }
    if (IsNpWord(s, v + 1) || IsPersonPronoun(Lower(s, v + 1))) {
      const std::uint32_t e = IsNpWord(s, v + 1) ? ChunkRight(s, v + 1) : v + 2;
      const std::uint32_t as_end = AsSaying(s, e);
      if (as_end > 0 || lv == "quoted" || lv == "quotes") {
        if (v > 0 && IsNpWord(s, v - 1)) {
          f.channel = Subject(s, ChunkLeft(s, v - 1), v);
          if (f.channel.found()) f.chain.push_back(f.channel);
        }
        f.speaker = Subject(s, v + 1, e);
        f.speaker_begin = v + 1;
        f.verb_end = as_end > 0 ? as_end : e;
        return f;
      }
    }
  }
  // The subject, left of the verb chain.
  std::uint32_t w = v;
  while (w > 0) {
    const Pos pos = P(s).words[w - 1].pos;
    // A capitalized "adverb" right before the verb is a name ("Kelly said").
    const bool name = pos == Pos::kAdverb && P(s).words[w - 1].capitalized && !Quoted(s, w - 1);
    if ((pos == Pos::kAdverb && !name) || pos == Pos::kAuxiliary || pos == Pos::kModal ||
        pos == Pos::kNegation) {
      --w;
      continue;
    }
    break;
  }
  // "Bob Goodlatte (R-Va.) told": a parenthesis between subject and verb.
  if (w >= 3 && !Quoted(s, w - 1) && Lower(s, w - 1) == ")") {
    std::uint32_t open = w - 1;
    while (open > 0 && w - open < 12 && Lower(s, open) != "(") --open;
    if (Lower(s, open) == "(" && open > 0 && IsNpWord(s, open - 1)) w = open;
  }
  // "India on Wednesday criticised": a time between subject and verb (the
  // tagger may have taken the day for an adverb, skipped above).
  {
    std::uint32_t t = v;  // the time word, if any
    if (w < v && IsTimeWord(Lower(s, w))) {
      t = w;
    } else if (w >= 1 && !Quoted(s, w - 1) && IsTimeWord(Lower(s, w - 1))) {
      t = w - 1;
    }
    if (t < v) {
      const std::uint32_t b = IsNpWord(s, t) ? ChunkLeft(s, t) : t;
      const std::string prep = b > 0 ? Lower(s, b - 1) : std::string();
      if (b >= 2 && (prep == "on" || prep == "last" || prep == "this" || prep == "early" ||
                     prep == "late") && IsNpWord(s, b - 2)) {
        w = b - 1;
      } else if (b >= 2 && P(s).words[b - 1].pos == Pos::kVerb &&
                 (P(s).words[b - 1].form == tag::VerbForm::kParticiple ||
                  P(s).words[b - 1].form == tag::VerbForm::kPast) &&
                 IsNpWord(s, b - 2)) {
        // "A news report published Wednesday said": the report speaks.
        w = b - 1;
      }
    }
  }
  // "Talwar, who spoke in Hindi, called", "A senior official, speaking on
  // condition of anonymity, told", "X, the foreign secretary, said": the
  // subject is before the phrase set off by commas.
  const bool finite = P(s).words[v].form != tag::VerbForm::kGerund;
  // "Trump, speaking at a rally in Wilmington, N.C., warned": the sentence
  // opens with the subject and a comma, and nothing finite stands between
  // that comma and the verb, however many commas the phrase holds.
  if (finite && w >= 4 && P(s).words[w - 1].pos == Pos::kComma && !Quoted(s, w - 1) && IsNpWord(s, 0)) {
    const std::uint32_t k = ChunkRight(s, 0);
    bool clear = k + 2 < w && P(s).words[k].pos == Pos::kComma;
    for (std::uint32_t u = k + 1; clear && u + 1 < w; ++u) {
      const Pos pos = P(s).words[u].pos;
      clear = !Quoted(s, u) && pos != Pos::kModal && pos != Pos::kAuxiliary && pos != Pos::kWh &&
              !(pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund &&
                P(s).words[u].form != tag::VerbForm::kParticiple);
    }
    // A dateline in capitals ("PARIS, Aug 31 (Reuters) - ...") is no subject.
    bool caps = true;
    for (char c : doc_.slice(WordsSpan(s, 0, k))) caps = caps && !(c >= 'a' && c <= 'z');
    if (clear && !caps) {
      Resolved subject = Subject(s, 0, k);
      if (subject.found()) {
        f.speaker = std::move(subject);
        f.speaker_begin = 0;
      }
    }
  }
  if (!f.speaker.found() && finite && w >= 4 && P(s).words[w - 1].pos == Pos::kComma && !Quoted(s, w - 1)) {
    // c1: the comma opening the phrase, 0 when none.
    std::uint32_t c1 = w - 2;
    while (c1 > 0 && w - c1 < 30 && !Quoted(s, c1) && P(s).words[c1].pos != Pos::kComma) --c1;
    if (c1 > 0 && c1 + 1 < w - 1 && !Quoted(s, c1) && P(s).words[c1].pos == Pos::kComma &&
        IsNpWord(s, c1 - 1)) {
      const std::uint32_t inner = c1 + 1;
      const std::string li = Lower(s, inner);
      const tag::Word& iw = P(s).words[inner];
      // An appositive may run on ("executive director of Interfaith Paths
      // to Peace"), so any phrase opening with a nominal word counts.
      const bool parenthetical =
          li == "who" || li == "whose" || li == "which" ||
          (iw.pos == Pos::kVerb && (iw.form == tag::VerbForm::kGerund || iw.form == tag::VerbForm::kParticiple ||
                                    iw.form == tag::VerbForm::kPast)) ||
          IsNpWord(s, inner);
      if (parenthetical) {
        const std::uint32_t b = ChunkLeft(s, c1 - 1);
        Resolved subject = Subject(s, b, c1);
        if (subject.found()) {
          f.speaker = std::move(subject);
          f.speaker_begin = b;
        }
      }
    }
  }
  if (!f.speaker.found() && w > 0 && !Quoted(s, w - 1)) {
    const std::uint32_t last = w - 1;
    const tag::Word& word = P(s).words[last];
    const std::string lw = Lower(s, last);
    if (word.pos == Pos::kPronoun || word.pos == Pos::kWh || IsPersonPronoun(lw)) {
      f.speaker = Subject(s, last, last + 1);
      f.speaker_begin = last;
      // "Bloomberg cited state broadcaster CCTV, which said": the one who
      // cited is a relay before the antecedent.
      if ((lw == "which" || lw == "who") && last >= 3) {
        const std::uint32_t ant = P(s).words[last - 1].pos == Pos::kComma ? last - 2 : last - 1;
        const std::uint32_t b0 = IsNpWord(s, ant) ? ChunkLeft(s, ant) : ant;
        if (b0 >= 2 && IsRelayVerb(Lower(s, b0 - 1)) && !Quoted(s, b0 - 1) && IsNpWord(s, b0 - 2)) {
          Resolved outer = Subject(s, ChunkLeft(s, b0 - 2), b0 - 1);
          if (outer.found()) f.chain.push_back(std::move(outer));
        }
      }
    } else if (IsNpWord(s, last)) {
      std::uint32_t b = ChunkLeft(s, last);
      f.speaker = Subject(s, b, last + 1);
      // "A source close to the talks", "people familiar with her thinking",
      // "two-thirds of the delegates": the head stands before a
      // prepositional phrase; the chunk after it alone names nobody.
      for (int step = 0; step < 2 && f.speaker.via == SpeakerVia::kPhrase && b >= 2 && !Quoted(s, b - 1) &&
                         (P(s).words[b - 1].pos == Pos::kPreposition || P(s).words[b - 1].pos == Pos::kTo) &&
                         IsNpWord(s, b - 2);
           ++step) {
        b = ChunkLeft(s, b - 2);
        f.speaker = Subject(s, b, last + 1);
      }
      f.speaker_begin = b;
    } else if ((word.pos == Pos::kConjunction ||
                (word.pos == Pos::kComma && !(finite && v + 1 < n && IsNpWord(s, v + 1)))) &&
               depth < 3) {
      // (", said Dante Scala, a professor": a finite verb after a comma with
      // a noun after it has its subject there, found below.)
      // "... voiced support but added that": the subject of the verb before;
      // ", reiterating that": the sentence's speaker. A reporting verb
      // before shares its speaker ("He said that ... and said that"); else
      // the sentence's first finite verb has the subject ("Sanders has
      // denounced supporters that level attacks, saying").
      for (std::uint32_t u = last; u-- > 0 && !f.speaker.found();) {
        if (Quoted(s, u) || P(s).words[u].pos != Pos::kVerb || !IsReportingVerb(s, u)) continue;
        const Frame before = FrameAt(s, u, depth + 1);
        if (before.speaker.found()) {
          f.speaker = before.speaker;
          f.speaker_begin = before.speaker_begin;
        }
      }
      for (std::uint32_t u = 0; u < last && !f.speaker.found(); ++u) {
        if (Quoted(s, u) || P(s).words[u].pos != Pos::kVerb ||
            P(s).words[u].form == tag::VerbForm::kGerund) {
          continue;
        }
        const Frame before = FrameAt(s, u, depth + 1);
        if (before.speaker.found() && before.speaker.via != SpeakerVia::kPhrase) {
          f.speaker = before.speaker;
          f.speaker_begin = before.speaker_begin;
        }
        break;
      }
      for (std::uint32_t u = last; u-- > 0 && !f.speaker.found();) {
        if (Quoted(s, u)) continue;
        const Pos pos = P(s).words[u].pos;
        if (pos == Pos::kVerb) {
          const Frame before = FrameAt(s, u, depth + 1);
          // A subject known to nobody counts only when its verb reports
          // ("A source said ..., adding"): not "provisional" before a
          // mis-tagged "anti-dumping".
          if (before.speaker.found() && (before.speaker.via != SpeakerVia::kPhrase || IsReportingVerb(s, u))) {
            f.speaker = before.speaker;
            f.speaker_begin = before.speaker_begin;
            break;
          }
        }
      }
    }
  }
  // "...," said Xi: the subject after the verb (never after "told": what
  // follows it is whom he told).
  // A participle has no subject after it: ", saying the agreement goes"
  // is what was said, not who said it.
  if (!f.speaker.found() && !TakesAddressee(lv) && v + 1 < n && IsNpWord(s, v + 1) && v > 0 &&
      P(s).words[v].form != tag::VerbForm::kGerund &&
      (Quoted(s, v - 1) || P(s).words[v - 1].pos == Pos::kComma)) {
    const std::uint32_t e = ChunkRight(s, v + 1);
    f.speaker = Subject(s, v + 1, e);
    f.speaker_begin = v + 1;
    f.verb_end = e;
  }
  // The addressee: "told Putin", "told his counterpart".
  if (TakesAddressee(lv) && f.verb_end < n && IsNpWord(s, f.verb_end)) {
    const std::uint32_t e = ChunkRight(s, f.verb_end);
    f.addressee = Resolve(s, f.verb_end, e, &f.speaker);
    if (!f.addressee.found()) f.addressee = Resolved{};
    f.verb_end = e;
  }
  return f;
}

// The channel of frame f in sentence s: "according to X" beside another
// speaker, "in its readout", a speaker that is itself a readout or a news
// agency, "X quoted ...".
void DocExtractor::FindChannel(std::uint32_t s, Frame& f) const {
  const std::uint32_t n = Size(s);
  // "in its readout", "In their joint statement, the leaders ...": a
  // channel anywhere in the sentence outside the quotation.
  if (!f.channel.found() && f.verb >= 0) {
    for (std::uint32_t w = 0; w + 2 < n; ++w) {
      if (Quoted(s, w) || Lower(s, w) != "in" || !IsNpWord(s, w + 1)) continue;
      const std::uint32_t head_end = ChunkRight(s, w + 1);
      if (head_end > w + 1 && IsChannelHead(Lower(s, head_end - 1))) {
        const std::uint32_t e = ExtendChunk(s, head_end);
        Resolved c = Resolve(s, w + 1, e);
        c.head = Lower(s, head_end - 1);
        c.via = SpeakerVia::kName;
        if (c.ref.code.empty()) {
          // "its readout": the speaker's own.
          c.ref.code = f.speaker.ref.code;
          c.ref.entity = f.speaker.ref.entity;
          events::SplitCountrySector(c.ref);
        }
        f.channel = c;
        break;
      }
    }
  }
  // "..., according to a readout from Japan's Foreign Ministry" beside the
  // speaker, unless a dash sets it off as a comment on something else.
  if (!f.channel.found()) {
    for (std::uint32_t w = 0; w + 2 < n; ++w) {
      if (!IsAccording(s, w) || static_cast<std::int32_t>(w) == f.verb) continue;
      if (!IsNpWord(s, w + 2)) continue;
      bool dashed = false;
      const std::uint32_t lo = std::min<std::uint32_t>(w, f.verb_end);
      const std::uint32_t hi = std::max<std::uint32_t>(w, f.verb_end);
      for (std::uint32_t u = lo; u < hi; ++u) {
        dashed = dashed || (!Quoted(s, u) && IsDash(doc_.slice(WordsSpan(s, u, u + 1))));
      }
      if (dashed) continue;
      const std::uint32_t head_end = ChunkRight(s, w + 2);
      Resolved c = Resolve(s, w + 2, ExtendChunk(s, head_end));
      if (c.found()) {
        c.head = Lower(s, head_end - 1);
        f.channel = c;
        break;
      }
    }
  }
  // "Talwar said that ..., the state broadcaster Doordarshan reported": a
  // medium or a document reporting the whole sentence.
  if (!f.channel.found() && f.verb >= 0) {
    for (std::uint32_t u = f.verb_end; u < n; ++u) {
      if (static_cast<std::int32_t>(u) == f.verb || !IsReportingVerb(s, u)) continue;
      const Frame outer = FrameAt(s, u, 3);
      if (!outer.speaker.found() || outer.speaker_begin == 0 || outer.speaker_begin <= f.verb_end) continue;
      if (P(s).words[std::min(outer.speaker_begin, static_cast<std::uint32_t>(outer.verb)) - 1].pos != Pos::kComma) continue;
      if (outer.speaker.media || IsChannelHead(outer.speaker.head)) {
        f.channel = outer.speaker;
        break;
      }
    }
  }
  if (!f.channel.found() && f.speaker.found() && f.speaker.via == SpeakerVia::kName &&
      (f.speaker.media || IsChannelHead(f.speaker.head))) {
    f.channel = f.speaker;
  }
  // "China's own readout": the readout named before.
  if (f.channel.found() && f.channel.name.empty() && IsChannelHead(f.channel.head)) {
    if (const Referent* c = coref_.Channel(f.channel.ref.country)) {
      if (c->text != f.channel.ref.text) f.channel.ref.entity = c->text;
    }
  }
}

// Quotation marks as news writes them: " and the curly pair (folded to "
// by the text stage), and two ASCII apostrophes or backquotes side by side
// (''...'' and ``...'', the newspaper and typesetting styles), which the
// tokenizer gives as two quote tokens flagged alike. Returns how many tokens the mark at t
// takes (0: no double quotation mark) and whether it opens or closes one.
std::uint32_t DocExtractor::MarkAt(std::uint32_t t, std::uint32_t end, bool* opens, bool* closes) const {
  const text::Token& tok = text_.tokens[t];
  if (tok.kind == text::TokenKind::kQuote && text_.norm_text(tok) == "\"") {
    // A mark the tokenizer could not tell is either.
    *opens = tok.has(text::kOpenQuote) || !tok.has(text::kCloseQuote);
    *closes = tok.has(text::kCloseQuote) || !tok.has(text::kOpenQuote);
    // An opening mark typed where a closing one belongs ("...here,“ said
    // Lee"): attached to the words before it, a space after it.
    if (*opens && !*closes && !tok.has(text::kSpaceBefore) && t > 0 &&
        (t + 1 >= text_.tokens.size() || text_.tokens[t + 1].has(text::kSpaceBefore))) {
      *closes = true;
    }
    return 1;
  }
  if (t + 1 >= end || tok.kind != text::TokenKind::kQuote) return 0;
  const std::string_view here = doc_.slice({tok.begin, tok.end});
  const text::Token& next = text_.tokens[t + 1];
  if ((here != "'" && here != "`") || next.kind != text::TokenKind::kQuote || next.begin != tok.end ||
      doc_.slice({next.begin, next.end}) != here) {
    return 0;
  }
  *opens = tok.has(text::kOpenQuote);
  *closes = !*opens;
  return 2;
}

void DocExtractor::PairMarks() {
  in_quote_.assign(text_.tokens.size(), false);
  std::int64_t open = -1;
  std::uint32_t open_width = 1;  // tokens of the opening mark
  std::uint32_t open_paragraph = 0;
  // close: the closing mark's first token (or where an unclosed quotation
  // stops); width: its tokens.
  auto finish = [&](std::uint32_t close, std::uint32_t width, bool closed) {
    QuoteMarks q;
    q.open = static_cast<std::uint32_t>(open);
    q.close = closed ? close + width - 1 : close;
    q.closed = closed;
    q.first = q.open + open_width;
    q.end = close;
    for (std::uint32_t t = q.open; t < q.close + (closed ? 1u : 0u) && t < in_quote_.size(); ++t) {
      in_quote_[t] = true;
    }
    if (q.end > q.first) marks_.push_back(q);
    open = -1;
  };
  for (const text::Sentence& sentence : text_.sentences) {
    if (open >= 0 && sentence.paragraph != open_paragraph) finish(sentence.first_token, 0, false);
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      bool opens = false, closes = false;
      const std::uint32_t width = MarkAt(t, sentence.end_token, &opens, &closes);
      if (width == 0) continue;
      if (open < 0) {
        if (opens) {
          open = t;
          open_width = width;
          open_paragraph = sentence.paragraph;
        }
      } else if (closes || width != open_width) {
        finish(t, width, true);
      } else {
        open = t;  // two opening marks: the first was stray
        open_width = width;
      }
      t += width - 1;
    }
  }
  if (open >= 0) finish(static_cast<std::uint32_t>(text_.tokens.size()), 0, false);
}

void DocExtractor::Emit(QuoteKind kind, std::uint32_t sentence, Span span, const Frame& f,
                        std::vector<Quote>& out) {
  Quote q;
  q.doc = doc_.id;
  q.sentence = sentence;
  q.kind = kind;
  q.span = span;
  q.text = std::string(doc_.slice(span));
  q.speaker = f.speaker.ref;
  q.via = f.speaker.via;
  q.group = f.speaker.group;
  // A country does not speak, its government does: "India called the
  // measure ..." is INDGOV.
  if (q.speaker.code.size() == 3 && q.speaker.country == q.speaker.code && !f.speaker.media) {
    q.speaker.code += "GOV";
    events::SplitCountrySector(q.speaker);
  }
  q.verb = f.verb_text;
  q.verb_span = f.verb_span;
  q.addressee = f.addressee.ref;
  q.channel = f.channel.ref;
  if (!f.channel.found()) q.channel = events::ActorRef{};
  for (const Resolved& r : f.chain) q.channels.push_back(r.ref);
  if (f.channel.found() && std::none_of(f.chain.begin(), f.chain.end(), [&](const Resolved& r) {
        return r.ref.span == f.channel.ref.span;
      })) {
    q.channels.push_back(f.channel.ref);
  }
  if (!f.addressee.found()) q.addressee = events::ActorRef{};
  out.push_back(std::move(q));
}

void DocExtractor::QuoteFrom(const QuoteMarks& q, std::vector<Quote>& out) {
  // The quoted words, without a trailing comma (the attribution's).
  std::uint32_t end = q.end;
  while (end > q.first && text_.norm_text(text_.tokens[end - 1]) == ",") --end;
  if (end <= q.first) return;
  const std::uint32_t so = sentence_of_[q.open];
  const std::uint32_t sc = sentence_of_[end - 1];
  if (P(so).words.empty() || P(sc).words.empty()) return;
  const std::uint32_t ow = q.open - text_.sentences[so].first_token;
  const bool at_start = ow == 0;
  std::uint32_t cw_after = Size(sc);  // first word after the closing mark in sc
  if (q.closed && sentence_of_[q.close] == sc) cw_after = q.close - text_.sentences[sc].first_token + 1;

  // Words, verbs.
  std::size_t words = 0;
  bool has_verb = false;
  for (std::uint32_t t = q.first; t < end; ++t) {
    const text::TokenKind k = text_.tokens[t].kind;
    if (k == text::TokenKind::kWord || k == text::TokenKind::kNumber) ++words;
    const std::uint32_t s = sentence_of_[t];
    if (P(s).words.empty()) continue;
    const tag::Word& w = P(s).words[t - text_.sentences[s].first_token];
    if (w.pos == Pos::kVerb || w.pos == Pos::kAuxiliary || w.pos == Pos::kModal) has_verb = true;
  }
  const bool shortq = words <= 4 && !has_verb;
  // A "so-called" label is nobody's words.
  if (ow > 0) {
    const std::string b1 = Lower(so, ow - 1);
    if (b1 == "so-called" ||
        (b1 == "called" && ((ow >= 2 && Lower(so, ow - 2) == "so") ||
                            (ow >= 3 && IsDash(Lower(so, ow - 2)) && Lower(so, ow - 3) == "so")))) {
      return;
    }
  }
  // A label used as a modifier: a "no limits" partnership.
  if (shortq && ow > 0 && cw_after < Size(sc)) {
    const Pos before = P(so).words[ow - 1].pos;
    const Pos after = P(sc).words[cw_after].pos;
    if ((before == Pos::kDeterminer || before == Pos::kPossessive) &&
        (after == Pos::kNoun || after == Pos::kProperNoun)) {
      return;
    }
  }

  Frame f;
  auto try_left = [&] {
    const std::int32_t v = FindVerbLeft(so, ow);
    if (v >= 0) f = FrameAt(so, static_cast<std::uint32_t>(v));
    // Quoted words inside a reported clause are the outer speaker's: "he
    // did say he found Trump "very charming"", "Trump said executives were
    // calling "every 15 minutes"". While the frame found opens the clause
    // of a reporting verb before it, that verb's frame is the one.
    for (int hop = 0; hop < 3 && f.found(); ++hop) {
      const std::uint32_t first = std::min(f.speaker_begin, static_cast<std::uint32_t>(f.verb));
      if (first == 0) break;
      const std::int32_t u = FindVerbLeft(so, first);
      if (u < 0 || IsAccording(so, static_cast<std::uint32_t>(u))) break;
      Frame outer = FrameAt(so, static_cast<std::uint32_t>(u));
      if (!outer.found() || outer.speaker_begin >= first) break;
      std::uint32_t k = outer.verb_end;
      if (k < first && Lower(so, k) == "that") ++k;
      if (k != first) break;
      f = std::move(outer);
    }
    if (f.found()) FindChannel(so, f);
  };
  auto try_right = [&] {
    const std::int32_t v = FindVerbRight(sc, cw_after);
    if (v >= 0) f = FrameAt(sc, static_cast<std::uint32_t>(v));
    if (f.found()) FindChannel(sc, f);
  };
  bool left_only_attribution = false;
  if (at_start) {
    try_right();
    if (!f.found()) try_left();
  } else {
    try_left();
    if (f.found()) {
      // Between the frame and the mark only the frame's own words.
      const std::uint32_t from = std::max<std::uint32_t>(f.verb_end, static_cast<std::uint32_t>(f.verb) + 1);
      left_only_attribution = true;
      for (std::uint32_t w = from; w < ow; ++w) {
        const std::string lw = Lower(so, w);
        // "saying that "..."": the words are woven into the reporter's
        // sentence, a partial quotation.
        if (lw != ":" && lw != "," && lw != "as" && lw != "saying") {
          left_only_attribution = false;
        }
      }
    } else {
      try_right();
    }
  }
  // A quotation that opens its paragraph (a block quotation) after a
  // paragraph ending "X quoted Y as saying:" or "Y said:".
  bool colon_frame = false;
  if (!f.found() && ow == 0 && so > 0 && text_.sentences[so].paragraph != text_.sentences[so - 1].paragraph &&
      text_.paragraphs[text_.sentences[so].paragraph].first_sentence == so && Size(so - 1) > 1 &&
      Lower(so - 1, Size(so - 1) - 1) == ":") {
    const std::uint32_t ps = so - 1;
    const std::int32_t v = FindVerbLeft(ps, Size(ps) - 1);
    if (v >= 0) {
      Frame pf = FrameAt(ps, static_cast<std::uint32_t>(v));
      bool only_frame = pf.found();
      for (std::uint32_t w = pf.verb_end; only_frame && w + 1 < Size(ps); ++w) {
        const std::string lw = Lower(ps, w);
        only_frame = lw == "as" || lw == "saying" || lw == ",";
      }
      if (only_frame) {
        FindChannel(ps, pf);
        f = pf;
        colon_frame = true;
      }
    }
  }
  // A quotation ending in "?" or "!" ends its sentence, and the frame
  // opens the next one: ""Why now?" Biden said." Only a frame right at the
  // start of the next sentence of the same paragraph counts.
  bool next_frame = false;
  if (!f.found() && at_start && q.closed && sc + 1 < text_.sentences.size() && cw_after >= Size(sc) &&
      text_.sentences[sc + 1].paragraph == text_.sentences[sc].paragraph && Size(sc + 1) > 1 &&
      !Quoted(sc + 1, 0)) {
    const std::uint32_t ns = sc + 1;
    const std::int32_t v = FindVerbRight(ns, 0);
    if (v >= 0 && v < 12) {
      Frame nf = FrameAt(ns, static_cast<std::uint32_t>(v));
      if (nf.found() && std::min<std::uint32_t>(nf.speaker_begin, static_cast<std::uint32_t>(v)) == 0) {
        FindChannel(ns, nf);
        f = nf;
        next_frame = true;
      }
    }
  }
  SpeakerVia via_override = SpeakerVia::kNone;
  if (!f.found()) {
    // A quoted sentence right after a quotation continues it.
    if (at_start && last_quote_sentence_ != UINT32_MAX && so <= last_quote_sentence_ + 1 &&
        last_frame_.found() && !shortq) {
      f = last_frame_;
      via_override = SpeakerVia::kContinuation;
    } else {
      return;  // unattributed: scare quotes, titles, terms
    }
  }
  // Direct: nothing of the reporter's own inside the sentence but the frame.
  bool direct = false;
  if (via_override == SpeakerVia::kContinuation || colon_frame || next_frame) {
    direct = true;
  } else if (at_start && f.sentence == sc && f.verb >= static_cast<std::int32_t>(cw_after)) {
    // "...," Xi said. / "...," said Xi: only the frame after the mark.
    direct = true;
    for (std::uint32_t w = cw_after; w < static_cast<std::uint32_t>(f.verb); ++w) {
      const Pos pos = P(sc).words[w].pos;
      if (pos != Pos::kComma && pos != Pos::kPunct && pos != Pos::kPronoun && !IsNpWord(sc, w)) {
        direct = false;
      }
    }
  } else if (left_only_attribution) {
    // Xi said: "..." [, according to X].
    direct = true;
    for (std::uint32_t w = cw_after; w < Size(sc); ++w) {
      const Pos pos = P(sc).words[w].pos;
      if (pos == Pos::kComma || pos == Pos::kPunct) continue;
      direct = IsAccording(sc, w);
      break;
    }
  }
  Frame emitted = f;
  if (via_override != SpeakerVia::kNone) emitted.speaker.via = via_override;
  const Span span{text_.tokens[q.first].begin, text_.tokens[end - 1].end};
  Emit(direct ? QuoteKind::kDirect : QuoteKind::kPartial, so, span, emitted, out);
  if (f.channel.found()) {
    Referent c;
    c.text = f.channel.ref.text;
    c.country = f.channel.ref.country;
    c.code = f.channel.ref.code;
    coref_.AddChannel(std::move(c));
  }
  last_frame_ = f;
  last_quote_sentence_ = sc;
}

// Reported speech without marks in sentence s.
void DocExtractor::Indirect(std::uint32_t s, std::vector<Quote>& out) {
  const std::uint32_t n = Size(s);
  if (n == 0) return;
  // The reported clause must hold no quotation marks at all.
  auto clean = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t w = b; w < e; ++w) {
      if (Quoted(s, w)) return false;
    }
    return e > b + 1;
  };
  auto trim_end = [&](std::uint32_t b, std::uint32_t e) {
    while (e > b && (P(s).words[e - 1].pos == Pos::kPunct || P(s).words[e - 1].pos == Pos::kComma)) --e;
    return e;
  };
  for (std::uint32_t v = 0; v < n; ++v) {
    if (IsAccording(s, v)) {
      Frame f = FrameAt(s, v);
      if (!f.found()) continue;
      // "according to X, CLAUSE" or "CLAUSE, according to X."
      std::uint32_t b = 0, e = 0;
      if (v == 0 && f.verb_end < n && P(s).words[f.verb_end].pos == Pos::kComma) {
        b = f.verb_end + 1;
        e = trim_end(b, n);
      } else if (v > 0 && P(s).words[v - 1].pos == Pos::kComma) {
        b = 0;
        e = v - 1;
        // "The plan, according to two aides, is to wait": set off by commas
        // inside the clause, which runs on after it.
        if (f.verb_end + 2 < n && P(s).words[f.verb_end].pos == Pos::kComma) e = trim_end(0, n);
      } else {
        continue;
      }
      // Another speaker's finite "said" inside makes the sentence theirs;
      // a cue word in passing ("superdelegates declaring support") does not.
      bool other = false;
      for (std::uint32_t w = b; w < e; ++w) {
        if (w >= v && w < f.verb_end) continue;  // the frame itself
        other = other || (IsReportingVerb(s, w) && CueGroupOf(Lower(s, w)) == CueGroup::kSay &&
                          P(s).words[w].form != tag::VerbForm::kGerund &&
                          P(s).words[w].form != tag::VerbForm::kParticiple);
      }
      if (other || !clean(b, e)) continue;
      FindChannel(s, f);
      Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      continue;
    }
    // "X reported Y as saying that ...", "Y was quoted by X as saying ...".
    const bool relay = IsRelayVerb(Lower(s, v)) && !Quoted(s, v);
    if (!relay && (!IsReportingVerb(s, v) || ReportingVerbKind(Lower(s, v)) != VerbClass::kSay)) continue;
    Frame f = FrameAt(s, v);
    if (!f.found()) continue;
    const bool as_saying = f.verb_end >= 2 && Lower(s, f.verb_end - 2) == "as";
    if (relay && !as_saying && ReportingVerbKind(Lower(s, v)) != VerbClass::kSay) continue;
    const CueGroup clause_group = CueGroupOf(Lower(s, as_saying ? f.verb_end - 1 : v));
    std::uint32_t w = f.verb_end;
    // "said in a statement on Monday that": prepositional phrases between.
    for (int pp = 0; pp < 3 && w < n; ++pp) {
      if (P(s).words[w].pos == Pos::kAdverb) {
        ++w;
        continue;
      }
      // "said Thursday that", "said last week that"
      if (IsNpWord(s, w)) {
        const std::uint32_t e = ChunkRight(s, w);
        const std::string head = Lower(s, e - 1);
        if (IsTimeWord(head) || IsTimeUnit(head)) {
          w = e;
          continue;
        }
      }
      if (P(s).words[w].pos == Pos::kPreposition && w + 1 < n && IsNpWord(s, w + 1)) {
        w = ChunkRight(s, w + 1);
        continue;
      }
      break;
    }
    // "India will supply ..., Deshpande told reporters after the talks.":
    // the frame closes the sentence and the clause comes first.
    // The same frame set off by commas inside the clause ("The goal, he
    // said, is a cease-fire") or followed by a participle ("..., he said,
    // adding ...") reports the clause around it.
    // ", as The Times reported": "as" between the comma and the frame.
    std::uint32_t frame_first = std::min(f.speaker_begin, v);
    if (frame_first >= 4 && Lower(s, frame_first - 1) == "as" && P(s).words[frame_first - 2].pos == Pos::kComma) {
      --frame_first;
    }
    if (frame_first >= 3 && P(s).words[frame_first - 1].pos == Pos::kComma) {
      const bool ends = trim_end(w, n) == w;
      const bool comma_after = !ends && P(s).words[w].pos == Pos::kComma && w + 1 < n;
      // ", said Ann Lee, a broker who ...": the inverted speaker's apposition.
      const bool apposition = comma_after && f.speaker_begin > static_cast<std::uint32_t>(v) &&
                              (IsNpWord(s, w + 1) || P(s).words[w + 1].pos == Pos::kWh);
      const bool participle = comma_after && (apposition || (P(s).words[w + 1].pos == Pos::kVerb &&
                                                            P(s).words[w + 1].form == tag::VerbForm::kGerund));
      const bool resumes = comma_after && !participle;
      if (ends || participle || resumes) {
        const std::uint32_t before_end = trim_end(0, frame_first - 1);
        const std::uint32_t e = resumes ? trim_end(w + 1, n) : before_end;
        bool finite = false, other = false;
        for (std::uint32_t u = 0; u < e; ++u) {
          if (u >= frame_first && u <= w) continue;  // the frame itself
          const Pos pos = P(s).words[u].pos;
          finite = finite || pos == Pos::kModal || pos == Pos::kAuxiliary ||
                   (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund);
          // Another speaker's finite say-verb makes the clause theirs; a
          // cue word in passing ("polls showing") does not.
          other = other || (IsReportingVerb(s, u) && CueGroupOf(Lower(s, u)) == CueGroup::kSay &&
                            P(s).words[u].form != tag::VerbForm::kGerund &&
                            P(s).words[u].form != tag::VerbForm::kParticiple);
        }
        if (finite && !other && clean(0, e) && (!resumes || e > w + 2)) {
          FindChannel(s, f);
          Emit(QuoteKind::kIndirect, s, WordsSpan(s, 0, e), f, out);
        }
        continue;
      }
    }
    if (w >= n) continue;
    // "Rubio says, win or lose, he is staying": a comma, then the clause.
    // Not after an inverted subject: "said Ann Lee, a broker" is apposition.
    if (w == f.verb_end && w + 3 < n && P(s).words[w].pos == Pos::kComma && !Quoted(s, w + 1) &&
        f.speaker_begin < static_cast<std::uint32_t>(v) && TakesBareClause(clause_group) &&
        P(s).words[w + 1].pos != Pos::kVerb && P(s).words[w + 1].pos != Pos::kWh) {
      const std::uint32_t e = trim_end(w + 1, n);
      bool fin = false, other = false;
      for (std::uint32_t u = w + 1; u < e; ++u) {
        const Pos pos = P(s).words[u].pos;
        fin = fin || pos == Pos::kModal || pos == Pos::kAuxiliary ||
              (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund);
        other = other || IsReportingVerb(s, u) || IsAccording(s, u);
      }
      if (fin && !other && clean(w + 1, e)) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, w + 1, e), f, out);
      }
      continue;
    }
    std::uint32_t b = 0;
    if (clause_group == CueGroup::kAsk) {
      // "asked whether ...", "asked the judge whether ...", "asked the
      // judge to block the rule" (the one asked belongs to the request).
      std::uint32_t a = w;
      if (IsNpWord(s, a)) {
        a = ChunkRight(s, a);
      } else if (P(s).words[a].pos == Pos::kPronoun) {
        ++a;
      }
      if (a < n && IsQuestionWord(Lower(s, a))) {
        b = a;
      } else if (a > w && a < n && Lower(s, a) == "to") {
        // "requested anonymity to discuss a private talk, said": the
        // request ends at its comma.
        std::uint32_t stop = a;
        while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
        const std::uint32_t e = trim_end(w, stop);
        if (clean(w, e)) {
          FindChannel(s, f);
          Emit(QuoteKind::kIndirect, s, WordsSpan(s, w, e), f, out);
        }
        continue;
      } else {
        continue;
      }
    } else if (w == f.verb_end && w < n && f.speaker_begin > 0 && f.speaker_begin < static_cast<std::uint32_t>(v) &&
               (P(s).words[w].pos == Pos::kModal || P(s).words[w].pos == Pos::kAuxiliary ||
                (P(s).words[w].pos == Pos::kVerb && P(s).words[w].form != tag::VerbForm::kGerund &&
                 P(s).words[w].form != tag::VerbForm::kBase)) &&
               (IsNpWord(s, f.speaker_begin - 1) || P(s).words[f.speaker_begin - 1].pos == Pos::kWh ||
                Lower(s, f.speaker_begin - 1) == "that")) {
      // "a finish that he said defied expectations", "the rules, which
      // officials said will take effect in May": the clause's subject is
      // what the relative clause hangs on; the words are the rest of it,
      // up to its comma.
      b = w;
      std::uint32_t stop = w;
      while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
      const std::uint32_t e = trim_end(b, stop);
      bool clear = e > b + 1;
      for (std::uint32_t u = b; u < e && clear; ++u) clear = !Quoted(s, u);
      if (clear) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      }
      continue;
    } else if (Lower(s, w) == "that") {
      b = w + 1;
    } else if (w == f.verb_end && TakesNounContent(Lower(s, v)) && IsNpWord(s, w) &&
               P(s).words[w].pos != Pos::kProperNoun && !NounChunkOpensClause(s, w)) {
      // "announced his engagement", "reported no arrests", "denied the
      // charge": what was said, named by a noun phrase, up to the comma.
      std::uint32_t stop = w;
      while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
      const std::uint32_t e = trim_end(w, stop);
      bool clear = e > w;
      for (std::uint32_t u = w; u < e && clear; ++u) clear = !IsReportingVerb(s, u) && !IsAccording(s, u);
      if (clear) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, w, e), f, out);
      }
      continue;
    } else if (w == f.verb_end && TakesBareClause(clause_group) &&
               (IsNpWord(s, w) || P(s).words[w].pos == Pos::kPronoun ||
                (P(s).words[w].pos == Pos::kVerb && P(s).words[w].form == tag::VerbForm::kGerund))) {
      // "Xi said China would ...": a clause with its own finite verb. A
      // subject pronoun ("said he wants") opens a clause whatever the
      // tagger made of the verb after it.
      const std::string lw = Lower(s, w);
      bool finite = lw == "he" || lw == "she" || lw == "they" || lw == "we" || lw == "i";
      for (std::uint32_t u = w + 1; u < n && P(s).words[u].pos != Pos::kComma; ++u) {
        const Pos pos = P(s).words[u].pos;
        if (pos == Pos::kModal || pos == Pos::kAuxiliary ||
            (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund)) {
          finite = true;
          break;
        }
      }
      if (!finite) continue;
      b = w;
    } else {
      continue;
    }
    // The clause ends at the sentence end, at ", according to", or at a
    // frame closing the sentence (", the state broadcaster reported").
    std::uint32_t e = n;
    for (std::uint32_t u = b; u + 1 < n; ++u) {
      if (P(s).words[u].pos == Pos::kComma && IsAccording(s, u + 1)) {
        e = u;
        break;
      }
      if (u > b && IsReportingVerb(s, u)) {
        const Frame tail = FrameAt(s, u, 3);
        const std::uint32_t first = std::min(tail.speaker_begin, u);
        if (tail.speaker.found() && first > b + 1 && P(s).words[first - 1].pos == Pos::kComma) {
          e = first - 1;
          break;
        }
      }
    }
    e = trim_end(b, e);
    if (!clean(b, e)) {
      // "said he backed the bill, which he called "a cartel"": the marks
      // belong to a relative clause with its own frame; the reported
      // clause ends before it.
      std::uint32_t q = b;
      while (q < e && !Quoted(s, q)) ++q;
      std::uint32_t cut = e;
      for (std::uint32_t u = q; u > b + 1; --u) {
        if (P(s).words[u - 1].pos == Pos::kComma && P(s).words[u].pos == Pos::kWh) {
          cut = u - 1;
          break;
        }
      }
      if (cut == e || !clean(b, cut)) continue;
      e = trim_end(b, cut);
    }
    FindChannel(s, f);
    // "The ministry said in its account that Morioka had explained that
    // ...": the inner speaker's words, through the outer one.
    bool nested = false;
    for (std::uint32_t u = b + 1; u + 1 < e; ++u) {
      if (!IsReportingVerb(s, u) || ReportingVerbKind(Lower(s, u)) != VerbClass::kSay) continue;
      const Frame inner = FrameAt(s, u, 3);
      // Only speech nests ("said that Morioka had explained that", "which
      // said that Xi told Putin the ties ..."); "said he knows the cost" is
      // the outer speaker's claim about a belief.
      bool inner_finite = false;
      for (std::uint32_t t = inner.verb_end + 1; t < e && !inner_finite; ++t) {
        const Pos pos = P(s).words[t].pos;
        inner_finite = pos == Pos::kModal || pos == Pos::kAuxiliary ||
                       (pos == Pos::kVerb && P(s).words[t].form != tag::VerbForm::kGerund);
      }
      const bool inner_clause =
          CueGroupOf(Lower(s, u)) == CueGroup::kSay && inner.verb_end < e &&
          (Lower(s, inner.verb_end) == "that" ||
           ((IsNpWord(s, inner.verb_end) || P(s).words[inner.verb_end].pos == Pos::kPronoun) && inner_finite));
      if (inner.speaker.found() && inner.speaker_begin == b && inner_clause) {
        // The relay is the outer speaker by name, not the "which" that stood for it.
        Resolved through = f.channel.found() ? f.channel : f.speaker;
        if (!f.channel.found() && f.speaker_begin >= 2 && P(s).words[f.speaker_begin].pos == Pos::kWh) {
          std::uint32_t ant = f.speaker_begin - 1;
          if (P(s).words[ant].pos == Pos::kComma) --ant;
          if (IsNpWord(s, ant)) {
            Resolved named = Subject(s, ChunkLeft(s, ant), ant + 1);
            if (named.found()) through = std::move(named);
          }
        }
        nested_channel_.emplace_back(s, u, through, f.chain);
        nested = true;
      }
      break;
    }
    if (nested) continue;
    if (!f.channel.found()) {
      for (const auto& [ns, nv, channel, chain] : nested_channel_) {
        if (ns == s && nv == v) {
          f.channel = channel;
          f.chain = chain;
        }
      }
    }
    Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
  }
}

// Attributions without a verb:
//   "In the poll, Clinton's support has risen": a document or survey named
//   after "in" opening the sentence is the source of the clause after it;
//   "Warren: Trump is a failure" (headlines, transcripts): one to four
//   capitalized words before a colon opening the sentence speak the rest.
void DocExtractor::NominalOrColon(std::uint32_t s, std::vector<Quote>& out) {
  const std::uint32_t n = Size(s);
  if (n < 5 || Quoted(s, 0)) return;
  auto trim_end = [&](std::uint32_t b, std::uint32_t e) {
    while (e > b && (P(s).words[e - 1].pos == Pos::kPunct || P(s).words[e - 1].pos == Pos::kComma)) --e;
    return e;
  };
  auto clean = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t w = b; w < e; ++w) {
      if (Quoted(s, w) || IsReportingVerb(s, w) || IsAccording(s, w)) return false;
    }
    return e > b + 2;
  };
  auto finite = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t u = b; u < e; ++u) {
      const Pos pos = P(s).words[u].pos;
      if (pos == Pos::kModal || pos == Pos::kAuxiliary ||
          (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund)) {
        return true;
      }
    }
    return false;
  };
  const bool title = text_.sentences[s].has(text::kTitleSentence);
  if (!title && Lower(s, 0) == "in" && IsNpWord(s, 1)) {
    const std::uint32_t head_end = ChunkRight(s, 1);
    const std::uint32_t e0 = ExtendChunk(s, head_end);
    if (IsDocumentNoun(Lower(s, head_end - 1)) && e0 + 2 < n && P(s).words[e0].pos == Pos::kComma) {
      const std::uint32_t b = e0 + 1, e = trim_end(b, n);
      if (clean(b, e) && finite(b, e)) {
        Frame f;
        f.sentence = s;
        f.verb = 0;
        f.verb_end = e0;
        f.verb_span = WordsSpan(s, 0, 1);
        f.verb_text = std::string(doc_.slice(f.verb_span));
        f.speaker = Subject(s, 1, e0);
        f.speaker_begin = 1;
        if (f.speaker.found()) Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      }
    }
    return;
  }
  std::uint32_t c = 0;
  while (c < n && c < 5 && P(s).words[c].capitalized && !Quoted(s, c)) ++c;
  if (c == 0 || c > 4 || c + 3 >= n || Lower(s, c) != ":") return;
  const std::string first = Lower(s, 0);
  if (IsColonLabel(first)) return;
  Resolved who = Resolve(s, 0, c);
  // A place ("WASHINGTON:") is a dateline, not a speaker.
  if (who.ref.code.size() == 3 && who.ref.code == who.ref.country) return;
  const std::uint32_t b = c + 1, e = trim_end(b, n);
  if (e <= b + 2) return;
  // A list of names after the colon ("Nevada: Adam Khan, Ben Ortiz, ...")
  // is a roster, not words.
  std::uint32_t names = 0, commas = 0;
  for (std::uint32_t w = b; w < e; ++w) {
    if (Quoted(s, w)) return;
    commas += P(s).words[w].pos == Pos::kComma;
    names += P(s).words[w].capitalized;
  }
  if (commas >= 2 && 2 * names >= e - b) return;
  Frame f;
  f.sentence = s;
  f.verb = static_cast<std::int32_t>(c);
  f.verb_end = c + 1;
  f.verb_span = WordsSpan(s, c, c + 1);
  f.verb_text = ":";
  f.speaker = Subject(s, 0, c);
  f.speaker_begin = 0;
  if (f.speaker.found()) Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
}

void DocExtractor::Run(std::vector<Quote>& out) {
  const std::uint32_t ns = static_cast<std::uint32_t>(text_.sentences.size());
  sentence_of_.assign(text_.tokens.size(), 0);
  for (std::uint32_t s = 0; s < ns; ++s) {
    const text::Sentence& sentence = text_.sentences[s];
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) sentence_of_[t] = s;
  }
  PairMarks();
  FindDateline();
  BuildReferents();
  std::vector<Quote> found;
  std::size_t next_mark = 0;
  for (std::uint32_t s = 0; s < ns; ++s) {
    while (next_mark < marks_.size() && sentence_of_[marks_[next_mark].open] == s) {
      QuoteFrom(marks_[next_mark], found);
      ++next_mark;
    }
    if (impl_.options.indirect && !text_.sentences[s].has(text::kTitleSentence)) Indirect(s, found);
    if (impl_.options.indirect) NominalOrColon(s, found);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  std::size_t n = 0;
  for (Quote& q : found) {
    q.id = doc_.id + "#q" + std::to_string(n++);
    out.push_back(std::move(q));
  }
}

}  // namespace

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::Create(std::shared_ptr<const parse::Grammar> grammar,
                                                           ExtractorOptions options) {
  return std::shared_ptr<const Extractor>(
      new Extractor(std::make_unique<Impl>(std::move(grammar), options)));
}

Result<std::shared_ptr<const Extractor>> Extractor::Create(const dict::DictionarySet& dicts,
                                                           Diagnostics& diags,
                                                           ExtractorOptions options) {
  return Create(std::make_shared<const parse::Grammar>(dicts, diags), options);
}

void Extractor::Extract(const Document& doc, const text::TextAnalysis& text,
                        const parse::DocumentParse& parse, std::vector<Quote>& out) const {
  DocExtractor(*impl_, doc, text, parse).Run(out);
}

void Extractor::Extract(const Document& doc, const text::TextAnalysis& text,
                        std::vector<Quote>& out) const {
  parse::DocumentParse parse;
  parse::ParseDocument(*impl_->grammar, text, impl_->options.max_sentence_tokens, parse);
  Extract(doc, text, parse, out);
}

}  // namespace readout::quotes
