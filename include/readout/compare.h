// compare: within one story, how the sources differ.
//
//   Source          one analysed member document (borrowed pointers).
//   Comparison      the result for one story:
//     aligned       the same statement as reported by several sources
//                   (robust to translation variants and truncation), with a
//                   word-level diff of each pair and every difference
//                   classified (DiffKind);
//     unique        claims (sentences or clauses) that only one source carries;
//     quantities    numbers, amounts, durations and dates the sources give for
//                   the same thing, marked agreeing or disagreeing;
//     timeline      the story's events in date order.
//   Compare         builds a Comparison from a story and its sources;
//   CompareStories  the same for every story of a run.
//
// Details in src/compare/: alignment.cc (which quotes are the same
// statement), word_diff.cc (the diff and its hunks), unique_claims.cc,
// quantities.cc.
//
// Contracts: Compare is a pure function of its arguments. Every span is a
// byte range of the named document's Document::text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace readout::compare {

struct Source {
  const Document* doc = nullptr;
  const text::TextAnalysis* text = nullptr;
  const std::vector<events::Event>* events = nullptr;
  const std::vector<quotes::Quote>* quotes = nullptr;
};

enum class DiffKind : std::uint8_t {
  kWording,      // the same place, different words: "away" / "apart"
  kTruncation,   // one side stops early or starts late (a partial quote)
  kOmission,     // words inside a that b leaves out
  kAddition,     // words inside b that a does not have
  kAttribution,  // the words are given to different speakers
  kChannel,      // they came through different intermediaries
  kQuoteKind,    // quoted (direct or partial) in one, indirect speech in the other
};
std::string_view DiffKindName(DiffKind k);  // "wording", "truncation", ...

struct Difference {
  DiffKind kind = DiffKind::kWording;
  std::string a;  // a's side as written ("" when a has nothing there)
  std::string b;
  Span a_span;    // in a's document; empty when the side has no text
  Span b_span;
};

// One run of a quote's text for side-by-side display: equal in both
// sources, or changed (then `diff` indexes QuotePair::diffs).
struct Segment {
  Span span;
  std::string text;
  bool changed = false;
  std::int32_t diff = -1;
};

// Two sources' reports of one statement.
struct QuotePair {
  std::string a, b;          // quote ids
  std::string a_doc, b_doc;
  double similarity = 0;     // 0..1, see src/compare/alignment.cc
  std::vector<Difference> diffs;     // word differences in text order, then
                                     // attribution, channel, quotation kind
  std::vector<Segment> a_segments;   // a's text, cut at the differences
  std::vector<Segment> b_segments;
};

// One statement and every source's report of it.
struct AlignedStatement {
  std::string speaker;        // display name: the entity, else the words
  std::string speaker_code;
  // Every rendering of the statement, in the order of the story's sources
  // and then of the text. A source may render it more than once: the two
  // pieces of an interrupted quotation, or a phrase of the lede repeated in
  // full further down.
  std::vector<std::string> quotes;   // quote ids
  std::vector<std::string> docs;     // their documents, same order
  // Every pair of renderings from different sources; when the statement has
  // more than CompareOptions::max_quotes_for_all_pairs renderings, every
  // rendering against one reference (the one with the most content words)
  // instead, and CompareStats::statements_star counts it.
  std::vector<QuotePair> pairs;
};

// How many sources render the statement (documents, each counted once).
std::size_t SourceCount(const AlignedStatement& statement);

// A claim only one source carries.
struct UniqueClaim {
  std::string doc;
  std::uint32_t sentence = 0;
  Span span;
  std::string text;
};

enum class QuantityKind : std::uint8_t { kDuration, kMoney, kCount, kPercent, kDate };
std::string_view QuantityKindName(QuantityKind k);  // "duration", "money", ...

// One source's value for a quantity, as an interval (low == high for an
// exact figure; "more than 90 minutes" is [90, +inf) stored as high = -1).
struct QuantityValue {
  std::string doc;
  std::string text;     // as written: "more than 90 minutes"
  Span span;
  double low = 0;
  double high = 0;      // -1: no upper bound
  std::string unit;     // "minute", "USD", "tonne", "day" (dates: days since 1970)
};

// The same quantity (same kind, unit and subject) in two or more sources.
struct QuantityComparison {
  QuantityKind kind = QuantityKind::kCount;
  std::string subject;  // what it measures: "talks", "loan", "call"
  bool agree = true;    // the intervals overlap
  std::vector<QuantityValue> values;  // one per source
};

struct TimelineEntry {
  std::string date;
  std::string date_precision;
  std::string doc;
  std::string event;    // event id
  std::string code;
  std::string source;   // actor codes
  std::string target;
  std::string text;     // the evidence as written
};

struct SourceInfo {
  std::string doc, outlet, published, title, url;
  std::string published_source;  // Document::published_source: meta | url | dateline | text
};

// The work Compare did, and every place a cap cut it short, so that what a
// big story's comparison left out is counted, never silent.
struct CompareStats {
  std::size_t quotes = 0;               // quotes long enough to align
  std::size_t quote_candidates = 0;     // quote pairs whose similarity was computed
  std::size_t quotes_capped = 0;        // quotes whose search stopped at max_quote_candidates
  std::size_t statements_star = 0;      // statements paired against a reference only
  std::size_t sentences = 0;            // sentences long enough to be claims
  std::size_t sentence_candidates = 0;  // sentence pairs whose coverage was computed
  std::size_t sentences_capped = 0;     // left undecided at max_sentence_candidates
};

struct Comparison {
  std::string story;    // Story::id
  std::vector<SourceInfo> sources;
  std::vector<AlignedStatement> aligned;
  std::vector<UniqueClaim> unique;
  std::vector<QuantityComparison> quantities;
  std::vector<TimelineEntry> timeline;
  CompareStats stats;
};

struct CompareOptions {
  // Two quotes are the same statement when their similarity reaches this.
  double align_threshold = 0.35;
  // A sentence is a unique claim when no other source has one this similar.
  double unique_threshold = 0.3;
  // Candidates are found through an index of content words, rarest first
  // (src/compare/word_set_index.h). A quote whose rarest words are held by
  // more quotes than this is compared with the first this many only.
  std::size_t max_quote_candidates = 64;
  // A sentence checked against this many others without finding one that
  // covers it is left undecided: not reported as unique.
  std::size_t max_sentence_candidates = 1000;
  // A statement with more renderings than this gets one pair per rendering
  // (against a reference) instead of every pair.
  std::size_t max_quotes_for_all_pairs = 12;
};

// `sources` are the story's members (any order); documents not in the story
// are ignored.
Comparison Compare(const stories::Story& story, const std::vector<Source>& sources,
                   const CompareOptions& options = {});

// Compare for every story, in order: the same results, with `sources` (every
// document of the run) indexed once rather than searched per story, which
// matters when thousands of stories share one run.
std::vector<Comparison> CompareStories(const std::vector<stories::Story>& stories,
                                       const std::vector<Source>& sources, const CompareOptions& options = {});

}  // namespace readout::compare
