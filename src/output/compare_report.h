// Comparison reports, private to the output stage: the three writers behind
// AppendCompareReport and what they share (compare_report.cc), so that JSON,
// Markdown and HTML say the same things about a story in the same order.
//
// Every text helper here returns valid UTF-8 on one line: invalid bytes
// become U+FFFD, control characters and runs of white space one space. The
// formats then escape for themselves (HTML entities, Markdown backslashes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/compare.h"
#include "readout/output.h"
#include "readout/stories.h"

namespace readout::output::compare_report {

// The concatenation of parts (instead of "literal" + std::string, on which
// GCC 12 warns -Wrestrict falsely).
template <typename... T>
std::string Cat(const T&... parts) {
  std::string s;
  (s.append(std::string_view(parts)), ...);
  return s;
}

void AppendJson(const CompareReport& report, std::string& out);
void AppendMarkdown(const CompareReport& report, std::string& out);
void AppendHtml(const CompareReport& report, std::string& out);

// The comparison of stories[i], or an empty one when the report has fewer
// comparisons than stories.
const compare::Comparison& ComparisonOf(const CompareReport& report, std::size_t i);

// s on one line, as valid UTF-8 (see above); leading and trailing space cut.
std::string OneLine(std::string_view s);

// OneLine(s) cut to at most about max_bytes at a word or character
// boundary, with "…" when something was cut.
std::string Excerpt(std::string_view s, std::size_t max_bytes);

// The heading facts of a story, each already one line: "2024-05-01",
// "CHN – USA", "CAMEO 036", "Beijing", "2 sources". Unknown ones are left out.
std::vector<std::string> StoryFacts(const stories::Story& story, const compare::Comparison& c);

// How many sources carry a statement, and its renderings when a source
// renders it more than once: "3 sources", "3 sources, 4 renderings".
std::string Renderings(const compare::AlignedStatement& statement);

// What a reader calls a source: its outlet, else its doc id; the doc id is
// added when two sources share the outlet.
std::string SourceLabel(const compare::Comparison& c, std::string_view doc);

// A quote's text put together from its segments; a space stands for a gap
// between two segments' spans.
std::string SegmentsText(const std::vector<compare::Segment>& segments);

// A quote as a sequence of runs for display: each segment's words on one
// line with the white space around them reduced to `space_before`, so that
// formats mark the words only ("~~away~~", not "~~ away ~~"). Segments
// with no words are left out.
struct Run {
  bool space_before = false;
  std::string text;
  bool changed = false;
  std::int32_t diff = -1;
};
std::vector<Run> Runs(const std::vector<compare::Segment>& segments);

// Whether a difference is about the quoted words (wording, truncation,
// omission, addition: shown as a → b) or about how the quote was reported
// (attribution, channel, quotation kind: shown as a vs b).
bool IsWordDifference(compare::DiffKind kind);

// The name of the difference kind a segment points at, "" when none.
std::string_view SegmentDiffName(const compare::QuotePair& pair, std::int32_t diff);

// A row of the coverage table: an aligned statement or a unique claim, and
// for each of c.sources whether it carries it.
struct CoverageRow {
  bool unique = false;  // a unique claim, else an aligned statement
  std::string label;    // "Wang Yi: “…”" or the claim's excerpt
  std::vector<bool> carried;
};
std::vector<CoverageRow> Coverage(const compare::Comparison& c);

// A value's interval for a reader: "120 minute", "[90, ∞) minute",
// "[1, 2] day"; dates (unit "day" of a kDate) as YYYY-MM-DD.
std::string IntervalText(compare::QuantityKind kind, const compare::QuantityValue& v);

// Whether a value has no upper bound (high stored as -1).
bool Unbounded(const compare::QuantityValue& v);

// The value c.quantities[q] has for source doc, or null.
const compare::QuantityValue* ValueFor(const compare::QuantityComparison& q, std::string_view doc);

}  // namespace readout::output::compare_report
