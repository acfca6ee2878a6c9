// eval: readout measured against a user's own gold annotations.
//
//   ScoreStories     B-cubed precision, recall and F1 of a grouping into
//                    stories against gold stories, the share of gold stories
//                    recovered exactly, and the F1 of the trivial answer that
//                    puts every document alone (a grouping must beat it).
//   ExplainStories   each gold story split over several predicted stories,
//                    and each predicted story that merges gold stories, with
//                    what the clusterer saw: dates and content similarity.
//
//   QuoteScorer      quotations against gold attributions (content,
//                    source and cue spans, as the PolNeAR corpus annotates
//                    them): content precision, recall and F1, speaker and
//                    cue accuracy among the matches, by attribution type.
//
//   EventScorer      coded events against gold sentences (a CAMEO code or
//                    quad class, with optional source and target spans or
//                    codes, as ConfliBERT's CAMEO data gives them): class
//                    accuracy and macro-F1, the share of sentences with no
//                    event, actor agreement, failures grouped by cause.
//
// B-cubed, per document: precision is the share of its predicted story that
// is in its gold story, recall the share of its gold story that is in its
// predicted story; both averaged over documents (Bagga & Baldwin 1998).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/status.h"
#include "readout/stories.h"

namespace readout::eval {

// A document's gold story.
struct GoldStory {
  std::string doc;
  std::string story;
};

// The gold stories of a JSONL file: every line's "id" and "gold": {"story"}
// (the format of ../shared/datasets). Lines without a gold story are left
// out; a line that is not a JSON object, or an id given twice, is an error
// naming file:line.
Result<std::vector<GoldStory>> ReadGoldStories(const std::string& path);

struct StoryScores {
  std::size_t documents = 0;          // documents with a gold story
  std::size_t gold_stories = 0;
  std::size_t predicted_stories = 0;  // stories holding those documents
  double precision = 0, recall = 0, f1 = 0;
  std::size_t exact = 0;              // gold stories predicted exactly
  double exact_share = 0;
  double singletons_f1 = 0;           // every document alone
};

// Documents of `gold` absent from `predicted` count as stories of their own;
// predicted members without gold are ignored.
StoryScores ScoreStories(const std::vector<GoldStory>& gold, const std::vector<stories::Story>& predicted);

struct StoryMember {
  std::string doc;
  std::string gold;       // its gold story
  std::string predicted;  // its predicted story id
  std::string day;        // YYYY-MM-DD the clusterer dated it by, "" undated
};

struct StoryFailure {
  enum class Kind { kSplit, kMerged } kind = Kind::kSplit;
  std::string story;                 // the gold story split, or the predicted story merging
  std::vector<StoryMember> members;  // its documents
  // For a split: the closest pair of documents across two of the pieces;
  // for a merge: the closest pair from two different gold stories. Their
  // content cosine (as the clusterer weighs features) and days apart (-1
  // when either is undated).
  std::string closest_a, closest_b;
  double similarity = 0;
  int days_apart = -1;
};

// `digests` are the documents as they were clustered and `clusterer` the
// clusterer that grouped them (its corpus statistics weigh the features).
std::vector<StoryFailure> ExplainStories(const std::vector<GoldStory>& gold,
                                         const std::vector<stories::Story>& predicted,
                                         const std::vector<stories::Digest>& digests,
                                         const stories::Clusterer& clusterer);

// ------------------------------------------------------------ attributions

// direct: the whole content is inside quotation marks; mixed: part of it
// is (readout's partial quotations); indirect: none of it.
enum class AttributionType : std::uint8_t { kDirect, kMixed, kIndirect };
std::string_view AttributionTypeName(AttributionType t);  // "direct", "mixed", "indirect"

// One annotated attribution, in byte offsets into the document's text.
struct GoldAttribution {
  Span content;             // the extent of the content
  std::vector<Span> parts;  // its pieces (one unless the annotator split it)
  Span source;              // empty when the attribution names no source
  Span cue;                 // empty when it has no cue
  AttributionType type = AttributionType::kIndirect;
};

struct GoldAttributions {
  std::string doc;
  std::vector<GoldAttribution> attributions;
  // The byte length of the line's "text": the offsets hold only for a
  // document read with exactly that text (a text taken for HTML is not).
  std::size_t text_bytes = 0;
  std::string source;        // file and line, for messages: "gold.jsonl:12"
};

// The gold attributions of a JSONL file: per line "id", "text" and
//   "gold": {"attributions": [{"content": [s, e], "content_parts"?: [[s, e]...],
//                              "source": [s, e] | null, "cue": [s, e] | null,
//                              "type"?: "direct" | "mixed" | "indirect"}]}
// with offsets in Unicode code points into "text" (as brat and PolNeAR
// give them), turned here into byte offsets. A missing "type" is worked out
// from the content's quotation marks. Lines without "gold"/"attributions"
// are left out; a line that is not a JSON object, an offset outside the
// text, a span that ends before it starts, or an id given twice is an error
// naming file:line.
Result<std::vector<GoldAttributions>> ReadGoldAttributions(const std::string& path);

// The type of a content from its own quotation marks (straight, curly,
// `` and '' pairs).
AttributionType TypeOfContent(std::string_view content);

// True when a cue is a verb of saying: Levin's (1993) class of "say" verbs
// (admit, announce, claim, declare, explain, report, reveal, say, state,
// suggest ...) with tell, ask, add, note, write, reply, respond and answer,
// in any inflection.
bool IsVerbOfSaying(std::string_view cue);

// The subsets scores are given for. kSayingOrQuoted: a verb of saying or
// any quotation marks in the content.
enum QuoteCategory : std::uint8_t {
  kAllAttributions,
  kDirectAttributions,
  kMixedAttributions,
  kIndirectAttributions,
  kSayingAttributions,
  kQuotedAttributions,
  kSayingOrQuotedAttributions,
  kQuoteCategories
};
std::string_view QuoteCategoryName(QuoteCategory c);  // "all", "direct", ... "saying_or_quoted"

struct CategoryScores {
  std::size_t gold = 0;       // gold attributions in the category
  std::size_t predicted = 0;  // matched ones plus unmatched predictions of the category
  std::size_t matched = 0;
  double precision = 0, recall = 0, f1 = 0;
  std::size_t speaker_checked = 0, speaker_correct = 0;  // matches whose gold has a source
  double speaker_accuracy = 0;
  std::size_t cue_checked = 0, cue_correct = 0;  // matches whose gold has a cue
  double cue_accuracy = 0;
};

struct QuoteScores {
  std::size_t documents = 0;
  std::size_t unscored = 0;  // documents with gold left out (their text was read differently)
  std::array<CategoryScores, kQuoteCategories> by{};
};

struct QuoteFailure {
  enum class Kind : std::uint8_t { kMissed, kSpurious, kWrongSpeaker, kWrongCue } kind = Kind::kMissed;
  std::string doc;
  AttributionType type = AttributionType::kIndirect;  // the gold's, or the prediction's
  Span content;                 // the gold content (the prediction's when spurious)
  std::string content_text;
  std::string gold_source, gold_cue;        // as written; "" when none
  std::string predicted_speaker, predicted_cue;
  Span predicted;               // the matched or spurious prediction; empty when missed
};

std::string_view QuoteFailureKindName(QuoteFailure::Kind k);  // "missed", "spurious", ...

// Scores quotations document by document. A prediction matches a gold
// attribution when their contents overlap by at least half the shorter of
// the two (the gold content counted piece by piece); each gold attribution
// and each prediction matches at most once, the largest overlaps first (of
// equal ones, the closer in length).
// Among matches, the speaker is right when its span (or its channel's: the
// gold source of "according to a report" is the report) overlaps the gold
// source by half the shorter, or names the same capitalized name written
// elsewhere (a repeated "Trump"); the cue likewise against the gold cue. A
// matched prediction counts in its gold's categories; an unmatched one in
// its own (readout's partial counts as mixed; saying from its verb).
// Before matching, a continuation (SpeakerVia::kContinuation) is joined to
// the quote it continues when only its cue or punctuation lies between
// them: PolNeAR annotates `"A," she said. "B."` as one attribution.
class QuoteScorer {
 public:
  explicit QuoteScorer(bool keep_failures = false) : keep_failures_(keep_failures) {}
  // `doc` is the document the gold and the predictions point into.
  void Add(const GoldAttributions& gold, const Document& doc, const std::vector<quotes::Quote>& predicted);
  QuoteScores Scores() const;
  const std::vector<QuoteFailure>& failures() const { return failures_; }

 private:
  bool keep_failures_;
  QuoteScores counts_;
  std::vector<QuoteFailure> failures_;
};

// ------------------------------------------------------------------ events

// The classes sentences are scored in: the quad classes of Phoenix and of
// ConfliBERT's CAMEO data, with neutral apart, and kNone for a sentence
// readout codes no event in (only ever predicted).
enum class EventClass : std::uint8_t {
  kNeutral = 0,
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
  kNone = 5,
};
inline constexpr std::size_t kGoldEventClasses = 5;  // kNeutral .. kMaterialConflict
std::string_view EventClassName(EventClass c);  // "neutral", "verbal_cooperation", ..., "none"

// The class of a CAMEO code by its root, as Phoenix and ConfliBERT count
// them: 01-02 neutral, 03-05 verbal cooperation, 06-08 material
// cooperation, 09-13 and 16 verbal conflict, 14-15 and 17-20 material
// conflict. kNone for anything without a CAMEO root ("---", "").
EventClass ClassOfCode(std::string_view code);

// One gold sentence (a document of one sentence).
struct GoldEvent {
  std::string doc;
  EventClass gold = EventClass::kNeutral;
  std::string code;                  // CAMEO code when the gold gives one, else ""
  std::vector<Span> sources;         // byte offsets into the text; an actor
  std::vector<Span> targets;         // of a reciprocal event is in both
  std::string source_code, target_code;  // actor codes when given ("USAGOV"), else ""
  std::size_t text_bytes = 0;        // as GoldAttributions::text_bytes
  std::string where;                 // "gold.jsonl:12", for messages
};

// The gold sentences of a JSONL file: per line "id", "text" and
//   "gold": {"quad": 0..4 and/or "code": "190",
//            "source"?: [s, e] | [[s, e], ...], "target"?: likewise,
//            "source_code"?: "IRQMIL", "target_code"?: "IRQ"}
// with offsets in code points into "text". With both "quad" and "code"
// they must agree (ClassOfCode). Lines without "gold" or with neither
// "quad" nor "code" are left out; a line that is not a JSON object, a quad
// outside 0..4, a code without a CAMEO root, a span outside the text, or an
// id given twice is an error naming file:line.
Result<std::vector<GoldEvent>> ReadGoldEvents(const std::string& path);

// What a sentence is scored on: its predicted class is the class of the
// first event readout codes in it (events come in the order of their verbs
// in the text, noun events after them), kNone when there is none.
struct ClassScores {
  std::size_t gold = 0, predicted = 0, correct = 0;
  double precision = 0, recall = 0, f1 = 0;
};

struct Agreement {
  std::size_t checked = 0, agreed = 0;
  double share = 0;
};

enum EventFailureCause : std::uint8_t {
  kParseFailure,      // the text stage did not read the sentence as one
                      // sentence, or the events found have no source actor
  kNoPattern,         // no event coded
  kWrongPattern,      // events coded, none of the gold class
  kWrongMainEvent,    // an event of the gold class, but not the first
  kWrongActor,        // the class right; the source or target disagrees
  kEventFailureCauses
};
std::string_view EventFailureCauseName(EventFailureCause c);  // "parse", "no_pattern", ...

struct EventScores {
  std::size_t sentences = 0;
  std::size_t unscored = 0;  // set by the caller: sentences read with another text

  // Strict: kNone is a class of its own, never right.
  std::size_t correct = 0;
  double accuracy = 0, macro_f1 = 0;  // macro over the five gold classes
  std::array<ClassScores, kGoldEventClasses> by_class{};
  std::size_t predicted_none = 0;     // sentences with no event
  // kNone read as neutral: a sentence without an event is a neutral one.
  std::size_t correct_none_as_neutral = 0;
  double accuracy_none_as_neutral = 0, macro_f1_none_as_neutral = 0;
  std::array<ClassScores, kGoldEventClasses> by_class_none_as_neutral{};
  // Lenient: any event of the sentence has the gold class.
  std::size_t any_event_correct = 0;
  double any_event_accuracy = 0;
  // gold x predicted counts, predicted kNone last.
  std::array<std::array<std::size_t, kGoldEventClasses + 1>, kGoldEventClasses> confusion{};

  double no_event_share = 0;  // predicted_none / sentences
  Agreement event_found;      // gold sentences not neutral: any event coded

  // Actors, on sentences with an event and a gold span of the role: the
  // events of the gold class (all events when none has it) agree when one
  // of their actors' spans overlaps a gold span (overlap), or equals one
  // once a leading article and trailing punctuation or "'s" are set aside
  // (exact). Codes likewise: equal, or the gold code a prefix ("IRQ" of
  // "IRQMIL").
  Agreement source_overlap, source_exact, target_overlap, target_exact;
  Agreement source_code, target_code;
  // Gold CAMEO codes, on sentences with an event: the first event's code
  // equal, and its root equal.
  Agreement code_exact, code_root;

  std::array<std::size_t, kEventFailureCauses> failures_by_cause{};
};

struct EventFailure {
  EventFailureCause cause = kNoPattern;
  std::string doc;
  std::string text;                   // the sentence
  EventClass gold = EventClass::kNeutral;
  EventClass predicted = EventClass::kNone;
  std::string gold_source, gold_target;  // gold spans as written, " | " between
  // The event the sentence was judged by (the first of the gold class,
  // else the first); "" when none.
  std::string code, source, target, verb, rule;
};

// Scores sentences one at a time. A sentence counts once in each figure;
// it fails for the first cause that holds, in EventFailureCause order, and
// a sentence of gold class neutral with no event fails only in the strict
// reading (it is listed, under kNoPattern).
class EventScorer {
 public:
  explicit EventScorer(bool keep_failures = false) : keep_failures_(keep_failures) {}
  // `doc` is the sentence as read, `sentences_read` how many sentences the
  // text stage made of it, `events` what readout coded in it.
  void Add(const GoldEvent& gold, const Document& doc, std::size_t sentences_read,
           const std::vector<events::Event>& events);
  EventScores Scores() const;
  const std::vector<EventFailure>& failures() const { return failures_; }

 private:
  bool keep_failures_;
  EventScores counts_;
  std::vector<EventFailure> failures_;
};

}  // namespace readout::eval
