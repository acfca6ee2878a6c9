// quotes: who said what, to whom, and through which channel.
//
//   Extractor   compiled dictionaries plus the tagger and shallow parser;
//               finds the quotations of one document.
//   Quote       one quotation: its kind, the quoted (or reported) words as
//               byte offsets into Document::text, the speaker with the actor
//               code in force on the document's date, the reporting verb,
//               the addressee and the channel the words came through.
//
// What counts as a quotation (details in src/quotes/extractor.cc):
//   direct    words in quotation marks (", the curly pair, ''...'',
//             ``...'') with an attribution around them: `"...," Xi said.`,
//             `Xi said: "..."`, `"...," said Xi`, `"...?" Xi asked.`, also
//             across sentences, and a quoted sentence that continues the
//             previous speaker's quotation;
//   partial   quoted words inside the reporter's own sentence:
//             `Xi said ties would "proceed with ease"` (the outer speaker's
//             when the marks sit inside a reported clause);
//   indirect  reported speech without marks, after any cue of the lexicon
//             (src/quotes/cues.h): `X said (that) ...`, `X told Y ...`,
//             `..., officials said`, `The plan, he said, is ...`, `which
//             officials said will ...`, `according to X, ...`, `In a
//             statement, ...`, `X: ...`, `X asked whether ...`, `X
//             announced a plan`; the text is what was said.
// Relays: `X quoted/reported/cited Y as saying`, `Y was quoted by X as
// saying`, `X cited Y, which said that Z told ...` give the speaker Y (or
// Z) and the relays in `channels`, outermost first.
// Scare quotes around a short label (one to four words, no verb, no
// attribution: `a "no limits" partnership`, a `so-called "..."`) are not
// quotations, and a verb of belief never frames quoted words.
//
// Speakers named by a pronoun ("he said") or a description ("the Chinese
// leader", "his counterpart") are resolved by a small within-document
// coreference (src/quotes/coref.h); `speaker.text` keeps the words as
// written and `speaker.entity` / `speaker.code` give what they stand for.
//
// Contracts: an Extractor is immutable once created and safe to share
// between threads; Extract() is a pure function of its arguments.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/status.h"
#include "readout/text.h"

namespace readout::quotes {

enum class QuoteKind : std::uint8_t { kDirect, kPartial, kIndirect };
std::string_view QuoteKindName(QuoteKind k);  // "direct", "partial", "indirect"

// How the speaker was found.
enum class SpeakerVia : std::uint8_t {
  kNone,         // no speaker (not emitted by the extractor)
  kName,         // the attribution names it ("Xi Jinping", "the Kremlin")
  kPronoun,      // "he", "she", "him": the last person-like actor
  kDescription,  // "the Chinese leader", "his counterpart"
  kSurname,      // "Wang" after "Foreign Minister Wang Yi"
  kContinuation, // an unattributed quoted sentence after the speaker's quote
  kPhrase,       // words that resolve to nobody known ("a source", "more than
                 // 4 in 10", "the candidate"): the speaker is the words alone
};
std::string_view SpeakerViaName(SpeakerVia v);

struct Quote {
  std::string doc;             // Document::id
  std::string id;              // "<doc>#q<n>", unique per document
  std::uint32_t sentence = 0;  // index of the sentence where the words start
  QuoteKind kind = QuoteKind::kDirect;
  Span span;                   // the quoted words, without the marks
  std::string text;            // the original bytes of `span`
  // text, span: the words as written; code, country, sector, entity: what
  // they stand for (after coreference for pronouns and descriptions).
  events::ActorRef speaker;
  SpeakerVia via = SpeakerVia::kNone;
  std::string verb;            // the reporting verb as written ("told", "according to")
  Span verb_span;              // where `verb` is (in an earlier sentence for a continuation)
  events::ActorRef addressee;  // empty text when none
  events::ActorRef channel;    // empty text when none ("Xinhua", "its readout")
  // Every relay the words came through, outermost first: "Bloomberg cited
  // CCTV, which said that ..." gives Bloomberg, CCTV; "Xinhua quoted Xi as
  // saying" gives Xinhua. Holds `channel` when there is one.
  std::vector<events::ActorRef> channels;
  // A plural speaker's members, each resolved ("the two leaders" after a
  // meeting of Hanabusa and Talwar); empty for a single speaker.
  std::vector<events::ActorRef> group;
};

struct ExtractorOptions {
  // Sentences longer than this many tokens are not searched for attributions.
  std::uint32_t max_sentence_tokens = 250;
  // Emit indirect speech (`X said that ...`) as well as quotations.
  bool indirect = true;
};

class Extractor {
 public:
  // Extracts with the run's grammar (readout/analysis.h), shared with the
  // other stages. Never fails today; the Result keeps the door open for
  // options that can be wrong.
  static Result<std::shared_ptr<const Extractor>> Create(std::shared_ptr<const parse::Grammar> grammar,
                                                         ExtractorOptions options = {});
  // Compiles a grammar of its own from `dicts` (only the actors and agents
  // matter; verbs help the tagger). Problems go to `diags`.
  static Result<std::shared_ptr<const Extractor>> Create(const dict::DictionarySet& dicts,
                                                         Diagnostics& diags,
                                                         ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Appends the quotations of `doc` (already analysed into `text` and parsed
  // into `parse` with this extractor's grammar) to `out`, in text order.
  void Extract(const Document& doc, const text::TextAnalysis& text, const parse::DocumentParse& parse,
               std::vector<Quote>& out) const;
  // The same, parsing `text` first (for callers that run no other stage).
  void Extract(const Document& doc, const text::TextAnalysis& text, std::vector<Quote>& out) const;

  struct Impl;

 private:
  explicit Extractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout::quotes
