// events: who did what to whom, coded in CAMEO from a document's text and a
// set of PETRARCH/TABARI dictionaries.
//
//   Coder       compiled dictionaries plus the tagger and shallow parser;
//               codes one document's sentences into Events.
//   Event       one coded event: source and target actors with the codes in
//               force on the sentence's date, the CAMEO code with its root,
//               quad class, Goldstein score and PLOVER type, negation,
//               modality, and the evidence span (byte offsets into
//               Document::text) that a reader can check.
//
// How a sentence is coded (details in src/events/):
//   1. tag: part of speech and lemma for every token (src/tag);
//   2. parse: noun phrases with the actors and agents they name, verb groups
//      (auxiliaries, negation, voice), clauses, coordination, appositions,
//      relative clauses and reported-speech frames (src/parse);
//   3. match: each verb group's verb against the verb dictionary; the block's
//      patterns against the words and phrases around it; the subject (or the
//      passive agent) becomes the source, the matched '+' phrase or the
//      object the target; coordinated actors give one event each;
//   4. discards, the null code "---", and the outlet reporting the story
//      (never an actor unless it acts) remove candidates.
//
// Contracts: a Coder is immutable once created and safe to share between
// threads; Code() uses only its arguments and a per-call scratch, so it is a
// pure function of (document, dictionaries).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/document.h"
#include "readout/resolve.h"
#include "readout/status.h"
#include "readout/text.h"

namespace readout::parse {
struct Grammar;
struct DocumentParse;
}  // namespace readout::parse

namespace readout::events {

enum class Modality : std::uint8_t {
  kAsserted,     // the sentence states the event happened / is happening
  kReported,     // attributed: "X said Y attacked Z", "according to X"
  kIntended,     // future, intention, promise: "will visit", "plans to"
  kConditional,  // "would", "could", "if ..."
};
std::string_view ModalityName(Modality m);  // "asserted", ...

struct ActorRef {
  std::string text;     // the words of the original that named it
  Span span;            // their byte offsets in Document::text
  std::string code;     // full code as coded: "CHNGOV", "NGOARN", "---GOV"
  std::string country;  // the leading three-letter country / IGO part, or ""
  std::string sector;   // what follows it ("GOV", "GOVFRM"), or ""
  std::string entity;   // the actor dictionary's primary phrase when the
                        // match named a specific actor (a person), else ""
};

// Where the event happened, from the sentence ("in Riyadh", "at the summit
// in Johannesburg"); see readout/resolve.h.
struct EventLocation {
  std::string name;     // as written
  std::string country;  // ISO alpha-3
  bool has_coords = false;
  double lat = 0;
  double lon = 0;
  Span span;
};

struct Event {
  std::string doc;              // Document::id
  std::uint32_t sentence = 0;   // index in TextAnalysis::sentences
  std::string id;               // "<doc>#<sentence>.<n>", unique per document
  // When it happened: a date the sentence gives ("on Monday", "three years
  // ago", "on January 21"), resolved against the document's date, else the
  // document's date. YYYY-MM-DD, YYYY-MM or YYYY by precision; "" unknown.
  std::string date;
  std::string date_precision;   // "day" | "month" | "year" | ""
  ActorRef source;
  ActorRef target;              // code "" when the event has no target
  std::string code;             // CAMEO "0231"
  std::string root;             // "02"
  int quad = 0;                 // 1..4, 0 when the code is not in the codebook
  double goldstein = 0;
  std::string plover;           // PLOVER event type, "" when unknown
  bool negated = false;
  Modality modality = Modality::kAsserted;
  bool has_location = false;
  EventLocation location;
  std::string said_by;          // who reported it, for kReported ("" if none)
  Span evidence;                // the clause that carries the event
  std::string evidence_text;    // the original bytes of `evidence`
  std::string verb;             // the verb as written ("restore")
  std::string rule;             // dictionary file:line of the pattern or verb
};

struct CoderOptions {
  // A sentence longer than this many tokens is skipped (coded as nothing)
  // and counted. The default is the text stage's own cap (it cuts longer
  // runs), so with default TextOptions every sentence is coded; this guards
  // callers that raise that cap.
  std::uint32_t max_sentence_tokens = 250;
  // Keep events whose source or target has no code (the code is "---...").
  bool keep_uncoded_actors = true;
  // TABARI's COMPLEX option (dict::TabariOptions, ParserClass::
  // checkComplexity): a sentence with at least this many verbs, actor
  // mentions or conjunctions outside actor lists is set aside uncoded, as is
  // one without an actor before its first verb when the flag is set.
  // 0 / false: no such test (the default).
  std::uint32_t complex_verbs = 0;
  std::uint32_t complex_actors = 0;
  std::uint32_t complex_conjunctions = 0;
  bool complex_no_actor_before_verb = false;
  // Places for Event::location; none are looked up without one.
  std::shared_ptr<const resolve::Gazetteer> gazetteer;
};

struct CoderStats {
  std::uint64_t sentences = 0;
  std::uint64_t sentences_skipped = 0;  // too long
  std::uint64_t events = 0;
};

class Coder {
 public:
  // Codes with the run's grammar (readout/analysis.h), shared with the
  // other stages. Fails only when its dictionaries have no verbs at all.
  static Result<std::shared_ptr<const Coder>> Create(std::shared_ptr<const parse::Grammar> grammar,
                                                     CoderOptions options = {});
  // Compiles a grammar of its own from `dicts`; problems (a pattern naming
  // an unknown synset, say) go to `diags`.
  static Result<std::shared_ptr<const Coder>> Create(const dict::DictionarySet& dicts,
                                                     Diagnostics& diags,
                                                     CoderOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  // Codes every sentence of `doc` (already analysed into `text` and parsed
  // into `parse` with this coder's grammar) and appends the events to `out`.
  // `stats`, when given, is added to.
  void Code(const Document& doc, const text::TextAnalysis& text, const parse::DocumentParse& parse,
            std::vector<Event>& out, CoderStats* stats = nullptr) const;
  // The same, parsing `text` first (for callers that run no other stage).
  void Code(const Document& doc, const text::TextAnalysis& text, std::vector<Event>& out,
            CoderStats* stats = nullptr) const;

  struct Impl;

 private:
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout::events
