// The coder: tag, parse, then code every sentence (SentenceCoder) and give
// its events their dates and places.
#include "readout/events.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>

#include "base/ascii.h"
#include "events/coder_impl.h"
#include "events/discards.h"
#include "events/memory.h"
#include "events/sentence_coder.h"
#include "parse/document_parse.h"
#include "parse/grammar.h"
#include "parse/parser.h"
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

namespace {

using parse::kNone;

// A byline ("By Clara Westbrook · March 11, 2026"): its date is the
// article's, not an event's.
bool IsByline(const text::TextAnalysis& text, const text::Sentence& sentence) {
  const std::uint32_t first = sentence.first_token;
  if (sentence.end_token < first + 2 || sentence.end_token > first + 16 ||
      !EqualsIgnoreCaseAscii(text.norm_text(text.tokens[first]), "by") ||
      !text.tokens[first + 1].has(text::kCapitalized)) {
    return false;
  }
  // "By Tuesday, ..." is a date, not a name.
  const std::string_view next = text.norm_text(text.tokens[first + 1]);
  for (const char* day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                          "sunday", "january", "february", "march", "april", "may", "june",
                          "july", "august", "september", "october", "november", "december"}) {
    if (EqualsIgnoreCaseAscii(next, day)) return false;
  }
  return true;
}

// The story's main event as its lede gives it: its date, and its place.
//   date   the first day-precise date in the first five sentences (titles
//          and bylines left out) that lies within the week before
//          publication ("On February 24, Xi held a phone call ..." in an
//          article of February 25);
//   place  the dateline's ("NEW DELHI, March 9 (Wire) —", "NEW DELHI —"),
//          else the city the sentence with that date names ("met in New
//          Delhi on Monday").
// A later sentence that gives no date of its own is taken to speak of that
// event; the document's date is the fallback.
struct Lede {
  std::string date;  // "" when the lede gives none
  resolve::Location place;
};

// A place written in capitals before the first comma or dash of the first
// sentence: a wire dateline.
resolve::Location Dateline(const resolve::Gazetteer& gazetteer, const text::TextAnalysis& text,
                           const text::Sentence& sentence) {
  const std::uint32_t first = sentence.first_token;
  std::uint32_t end = first;
  while (end < sentence.end_token && end < first + 5 &&
         text.tokens[end].kind == text::TokenKind::kWord) {
    const std::string_view w = text.norm_text(text.tokens[end]);
    bool upper = w.size() > 1;
    for (char c : w) upper = upper && !(c >= 'a' && c <= 'z');
    if (!upper) break;
    ++end;
  }
  if (end == first || end >= sentence.end_token) return {};
  const std::string_view next = text.norm_text(text.tokens[end]);
  if (next != "," && next != "\xE2\x80\x94" && next != "-" && next != "--" && next != "\xE2\x80\x93") {
    return {};
  }
  // The dateline's words name a city (most populous first) or a country.
  std::string name;
  for (std::uint32_t t = first; t < end; ++t) {
    if (!name.empty()) name += ' ';
    name += text.norm_text(text.tokens[t]);
  }
  resolve::Location place;
  const std::vector<const resolve::City*> cities = gazetteer.FindCities(name);
  if (cities.empty()) return place;
  const resolve::City& city = *cities.front();
  place.found = true;
  place.kind = resolve::PlaceKind::kCity;
  place.name = name;
  place.canonical = city.name;
  place.country = city.country;
  place.has_coords = true;
  place.lat = city.lat;
  place.lon = city.lon;
  place.span = Span{text.tokens[first].begin, text.tokens[end - 1].end};
  return place;
}

Lede FindLede(const Coder::Impl& impl, const Document& doc, const text::TextAnalysis& text) {
  Lede lede;
  const resolve::Gazetteer* gazetteer = impl.options.gazetteer.get();
  std::size_t looked = 0;
  for (const text::Sentence& sentence : text.sentences) {
    if (sentence.has(text::kTitleSentence) || IsByline(text, sentence)) continue;
    if (++looked == 1 && gazetteer != nullptr) lede.place = Dateline(*gazetteer, text, sentence);
    if (looked > 5) break;
  }
  resolve::CivilDate pub;
  if (!resolve::ParseIsoDay(std::string_view(doc.published).substr(0, 10), &pub)) return lede;
  const std::int64_t pub_days = resolve::DaysFromCivil(pub);
  looked = 0;
  for (const text::Sentence& sentence : text.sentences) {
    if (sentence.has(text::kTitleSentence) || IsByline(text, sentence)) continue;
    if (++looked > 5) break;
    const resolve::ResolvedDate d = resolve::ResolveDate(text, sentence, doc.published);
    resolve::CivilDate day;
    if (!d.found || d.precision != resolve::DatePrecision::kDay || !resolve::ParseIsoDay(d.date, &day)) {
      continue;
    }
    const std::int64_t days = resolve::DaysFromCivil(day);
    if (days <= pub_days && days >= pub_days - 7) {
      lede.date = d.date;
      // A city, not a country: "met in New Delhi on Monday" says where,
      // "spoke on Monday about the war in Ukraine" does not.
      if (!lede.place.found && gazetteer != nullptr) {
        resolve::Location place = gazetteer->FindLocation(text, sentence);
        if (place.kind == resolve::PlaceKind::kCity) lede.place = std::move(place);
      }
      break;
    }
  }
  return lede;
}

// Where the events of one sentence happened: the place it names, else the
// lede's when the sentence gives no date of its own either, or the lede's
// date (it continues the main event's account).
resolve::Location SentencePlace(const Coder::Impl& impl, const Document& doc,
                                const text::TextAnalysis& text, const text::Sentence& sentence,
                                const Lede& lede) {
  if (!impl.options.gazetteer) return {};
  resolve::Location place = impl.options.gazetteer->FindLocation(text, sentence);
  if (place.found || !lede.place.found) return place;
  const resolve::ResolvedDate own = resolve::ResolveDate(text, sentence, doc.published);
  if (own.found && own.date != lede.date) return place;
  return lede.place;
}

// The sentence up to the first "that", "whether" or relative clause after
// the word ending at token `after`: a date in such a clause belongs to
// it ("agreed that officials would meet next month").
text::Sentence OwnClause(const text::TextAnalysis& text, const text::Sentence& sentence,
                         std::uint32_t after) {
  text::Sentence cut = sentence;
  for (std::uint32_t t = after + 1; t < sentence.end_token; ++t) {
    const std::string_view w = text.norm_text(text.tokens[t]);
    if (EqualsIgnoreCaseAscii(w, "that") || EqualsIgnoreCaseAscii(w, "whether") ||
        EqualsIgnoreCaseAscii(w, "which") || EqualsIgnoreCaseAscii(w, "who") ||
        EqualsIgnoreCaseAscii(w, "when")) {
      cut.end_token = t;
      break;
    }
  }
  return cut;
}

// Dates and places of one sentence's events. A date the event's clause gives
// wins over the document's; an intended event reads weekdays forward ("will
// meet on Monday"). `verb_tokens[i]` is the last token of events[i]'s verb.
void StampWhenAndWhere(const Document& doc, const text::TextAnalysis& text,
                       const text::Sentence& sentence, const std::string& doc_date,
                       const std::string& doc_precision, const Lede& lede,
                       const resolve::Location& place, const std::vector<std::uint32_t>& verb_tokens,
                       std::vector<Event>& events) {
  for (std::size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    e.doc = doc.id;
    resolve::DateOptions options;
    options.future = e.modality == Modality::kIntended;
    const text::Sentence clause = OwnClause(text, sentence, verb_tokens[i]);
    const resolve::ResolvedDate when = resolve::ResolveDate(text, clause, doc.published, options);
    if (when.found) {
      e.date = when.date;
      e.date_precision = std::string(resolve::DatePrecisionName(when.precision));
    } else if (!lede.date.empty()) {
      e.date = lede.date;
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

// TABARI's complexity test (ParserClass::checkComplexity, with the limits of
// an .options COMPLEX line): counts at or over a limit make the sentence
// complex, and TABARI sets complex sentences aside uncoded. Conjunctions
// inside an actor list ("Arnor and Gondor") do not count, as TABARI skips
// its compounds.
bool IsComplex(const CoderOptions& o, const parse::Parse& p) {
  if (o.complex_verbs == 0 && o.complex_actors == 0 && o.complex_conjunctions == 0 &&
      !o.complex_no_actor_before_verb) {
    return false;
  }
  if (o.complex_verbs > 0 && p.verbs.size() >= o.complex_verbs) return true;
  std::uint32_t actors = 0;
  for (const parse::Mention& m : p.mentions) actors += m.actor;
  if (o.complex_actors > 0 && actors >= o.complex_actors) return true;
  if (o.complex_conjunctions > 0) {
    std::uint32_t conjunctions = 0;
    for (std::size_t w = 0; w < p.words.size(); ++w) {
      if (p.words[w].pos != tag::Pos::kConjunction) continue;
      const bool in_list = w < p.group_of.size() && p.group_of[w] != parse::kNone &&
                           p.groups[static_cast<std::size_t>(p.group_of[w])].items.size() > 1;
      conjunctions += !in_list;
    }
    if (conjunctions >= o.complex_conjunctions) return true;
  }
  if (o.complex_no_actor_before_verb && !p.verbs.empty()) {
    const std::uint32_t verb = p.verbs[0].begin;
    const bool before = std::any_of(p.mentions.begin(), p.mentions.end(),
                                    [&](const parse::Mention& m) { return m.actor && m.begin < verb; });
    if (!before) return true;
  }
  return false;
}

// TABARI's precedence marks (CoderClass::evaluateEvents): when a sentence
// has a dominant event ("111!"), only the dominant ones are kept; otherwise
// subordinate ones ("023?") are dropped when any other event is there.
void ApplyPrecedence(const std::vector<std::pair<std::size_t, dict::EventCode::Precedence>>& marks,
                     std::vector<Event>& events, std::vector<std::uint32_t>& tokens) {
  if (marks.empty()) return;
  using P = dict::EventCode::Precedence;
  std::vector<P> of(events.size(), P::kNormal);
  for (const auto& [e, mark] : marks) {
    if (e < of.size()) of[e] = mark;
  }
  const bool dominant = std::find(of.begin(), of.end(), P::kDominant) != of.end();
  const bool other = std::find_if(of.begin(), of.end(), [](P x) { return x != P::kSubordinate; }) != of.end();
  std::size_t kept = 0;
  for (std::size_t e = 0; e < events.size(); ++e) {
    const bool keep = dominant ? of[e] == P::kDominant : !(other && of[e] == P::kSubordinate);
    if (!keep) continue;
    if (kept != e) {
      events[kept] = std::move(events[e]);
      tokens[kept] = tokens[e];
    }
    ++kept;
  }
  events.resize(kept);
  tokens.resize(kept);
}

}  // namespace

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::shared_ptr<const Coder>> Coder::Create(std::shared_ptr<const parse::Grammar> grammar,
                                                   CoderOptions options) {
  if (grammar->dicts.verbs.blocks.empty()) {
    // Named by its file when it has one: "file: the verb dictionary has no verbs".
    return Status(StatusCode::kInvalidInput, "the verb dictionary has no verbs: nothing can be coded",
                  SourceLocation{grammar->dicts.verbs.file});
  }
  return std::shared_ptr<const Coder>(
      new Coder(std::make_unique<Impl>(std::move(grammar), std::move(options))));
}

Result<std::shared_ptr<const Coder>> Coder::Create(const dict::DictionarySet& dicts,
                                                   Diagnostics& diags, CoderOptions options) {
  return Create(std::make_shared<const parse::Grammar>(dicts, diags), std::move(options));
}

void Coder::Code(const Document& doc, const text::TextAnalysis& text, std::vector<Event>& out,
                 CoderStats* stats) const {
  parse::DocumentParse parse;
  parse::ParseDocument(*impl_->grammar, text, impl_->options.max_sentence_tokens, parse);
  Code(doc, text, parse, out, stats);
}

void Coder::Code(const Document& doc, const text::TextAnalysis& text, const parse::DocumentParse& parse,
                 std::vector<Event>& out, CoderStats* stats) const {
  const Impl& impl = *impl_;
  resolve::DatePrecision known = resolve::DatePrecision::kNone;
  const std::int32_t date = resolve::CodeDate(doc.published, &known);
  const std::string precision(resolve::DatePrecisionName(known));
  const std::string iso_date = precision.empty() ? "" : doc.published.substr(0, 10);
  const std::size_t first_event = out.size();
  std::vector<Event> events;
  DocumentMemory memory;
  const std::string outlet_key = OutletKey(doc.outlet);
  const Lede lede = FindLede(impl, doc, text);
  std::vector<std::uint32_t> verb_tokens;
  // The current sentence's place, found on first use (a story rule, or its
  // events' stamps): the gazetteer lookup is wasted on sentences without
  // events, which are most of them.
  const text::Sentence* current = nullptr;
  std::optional<resolve::Location> place;
  auto place_of = [&]() -> const resolve::Location& {
    if (!place) place = SentencePlace(impl, doc, text, *current, lede);
    return *place;
  };
  const std::function<std::string_view()> place_country = [&]() {
    const resolve::Location& l = place_of();
    return l.found ? std::string_view(l.country) : std::string_view();
  };
  for (std::uint32_t s = 0; s < text.sentences.size(); ++s) {
    const text::Sentence& sentence = text.sentences[s];
    if (stats) ++stats->sentences;
    if (sentence.end_token - sentence.first_token > impl.options.max_sentence_tokens) {
      if (stats) ++stats->sentences_skipped;
      continue;
    }
    const parse::Parse& p = parse.sentences[s];
    const DiscardKind discard = FindDiscard(impl.lexicon, impl.dicts.discards, p);
    if (discard == DiscardKind::kStory) {
      // The whole story is out: drop what its earlier sentences gave.
      if (stats) stats->events -= out.size() - first_event;
      out.resize(first_event);
      return;
    }
    if (discard == DiscardKind::kSentence) continue;
    if (NamesStoppingActor(impl.lexicon, impl.dicts, p, date)) continue;
    if (IsComplex(impl.options, p)) continue;
    events.clear();
    verb_tokens.clear();
    current = &sentence;
    place.reset();
    SentenceCoder coder(impl, doc, text, p, date, memory, outlet_key, place_country);
    for (std::size_t v = 0; v < p.verbs.size(); ++v) {
      // An infinitive completes the verb before it ("vowed to wage war",
      // "called on Gondor to be allowed to leave"): it is coded only when
      // that verb gave nothing.
      if (p.verbs[v].mood == parse::Mood::kTo && !events.empty()) continue;
      coder.CodeVerb(v, s, events);
      if (coder.stopped()) break;
      verb_tokens.resize(events.size(), p.words[p.verbs[v].end - 1].token);
    }
    if (coder.stopped()) continue;  // TABARI's [###] or [+++] on a verb or pattern
    ApplyPrecedence(coder.precedence(), events, verb_tokens);
    coder.CodeNouns(s, events, verb_tokens);
    if (!events.empty()) {
      StampWhenAndWhere(doc, text, sentence, iso_date, precision, lede, place_of(), verb_tokens, events);
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
