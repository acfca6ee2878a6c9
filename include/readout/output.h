// output: readout's records written as text. JSONL is the native format
// (one object per line, field names stable: add, never rename); TSV and
// plain text are for eyes and shell tools; the Phoenix TSV is for the
// tools event-data users already have. Writers append to a caller's buffer
// so a front end can write a document's records all at once.
//
//   sentences, tokens     the text stage (text_records.cc)
//   events                JSONL and Phoenix TSV (event_records.cc, phoenix_records.cc)
//   quotes                JSONL (quote_records.cc)
//   validation reports    JSON and readable text (validation_report.cc)
//   comparison reports    stories and how their sources differ: one JSON
//                         document, Markdown, or one self-contained HTML page
//                         (compare_json.cc, compare_markdown.cc, compare_html.cc)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readout/compare.h"
#include "readout/eval.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"
#include "readout/validate.h"

namespace readout::output {

enum class RecordFormat : unsigned char { kJsonl, kTsv, kText };

// Parses "jsonl" | "json" | "tsv" | "text"; false if unknown.
bool ParseRecordFormat(std::string_view name, RecordFormat* format);

// One record per sentence:
//   {"doc","sentence","paragraph","start","end","text"[,"title"][,"quote_open_at_start"]
//    [,"quote_open_at_end"][,"forced_break"],"language"}
// text is what a reader sees of the span (masked markup left out); start and
// end are byte offsets into the document text.
void AppendSentenceRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                           std::string& out);

// One record per sentence with its tokens:
//   {"doc","sentence","tokens":[{"text","norm","start","end","kind"[,"flags":[...]]}]}
// text is the original bytes, norm the folded form matching uses.
void AppendTokenRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                        std::string& out);

// ------------------------------------------------------------------- events

enum class EventFormat : unsigned char { kJsonl, kPhoenix };

// Parses "jsonl" | "json" | "phoenix"; false if unknown.
bool ParseEventFormat(std::string_view name, EventFormat* format);

// One JSON object and a newline per event, with the fields of the event
// record in DESIGN.md, in this order (plus verb and rule):
//   {"doc","sentence","id","date","date_precision",
//    "source":{"text","code","country","sector","entity","start","end"},
//    "target":{...} | null,"code","root","quad","goldstein","plover",
//    "negated","modality","location","said_by","channel",
//    "evidence":{"text","start","end"},"verb","rule"}
// Unknown values are null, not "": date and date_precision when the
// document has no date, target when the event has none, root, plover, quad
// and goldstein when the code is not in the codebook (quad 0), said_by when
// nobody is reported as saying it; location and channel are null until the
// resolve and quotes stages fill them. start/end are byte offsets into the
// document text.
void AppendEventJson(const events::Event& event, std::string& out);

// The Phoenix event format: one tab-separated line per event with the 26
// columns of the Phoenix dataset (phoenix_pipeline's postprocess.py), no
// header. The columns are listed in phoenix_records.cc and the README.
// `doc` supplies the URL and the news source (outlet).
void AppendPhoenixLine(const Document& doc, const events::Event& event, std::string& out);

// Every event of one document in `format`, one line each.
void AppendEventRecords(const Document& doc, const std::vector<events::Event>& events,
                        EventFormat format, std::string& out);

// ------------------------------------------------------------------- quotes

// One JSON object and a newline per quotation, with the fields of the quote
// record in DESIGN.md, in this order (plus sentence, speaker_via,
// addressee_code and the spans' start/end):
//   {"doc","id","sentence","kind","text","start","end",
//    "speaker":{"text","entity","code","start","end"} | null,"speaker_via",
//    "verb","addressee","addressee_code",
//    "channel":{"text","entity","code","start","end"} | null}
// kind is direct | partial | indirect; text is the original bytes of the
// quoted words (marks left out), start/end their byte offsets. Unknown
// values are null (entity and code of an unresolved speaker, a missing
// addressee or channel).
void AppendQuoteJson(const quotes::Quote& quote, std::string& out);
void AppendQuoteRecords(const std::vector<quotes::Quote>& quotes, std::string& out);

// ------------------------------------------------------- validation reports

// Which records a report lists as failures: all, or the first n.
inline constexpr std::size_t kAllFailures = static_cast<std::size_t>(-1);

// One JSON object (and a newline):
//   {"file","records","exact","errors","precision","recall","f1",
//    "true_positives","false_positives","false_negatives",
//    "by_category":{name:{"records","exact","errors","precision","recall","f1"}},
//    "failures":[{"id","category","line","text","expected":[{"source","target","code"}],
//                 "found":[...]["error"]}]}
// precision, recall and f1 are numbers in [0, 1], or null when undefined.
void AppendValidationJson(const validate::Report& report, std::size_t max_failures, std::string& out);

// The same for a person: totals, a table by category, then the failures
// with what was expected and what was found.
void AppendValidationText(const validate::Report& report, std::size_t max_failures, std::string& out);

// ------------------------------------------------------- comparison reports

// What `readout compare` reports: every story, and for each the comparison
// of its sources (comparisons[i] belongs to stories[i]).
// A document left out of the analysis, and why: its language.
struct NotAnalysed {
  std::string doc;
  std::string language;
};

struct CompareReport {
  std::vector<stories::Story> stories;
  std::vector<NotAnalysed> not_analysed;  // non-English documents, in input order
  std::vector<compare::Comparison> comparisons;
  std::string generator;  // "readout 0.x.y", shown in the report's footer
};

enum class ReportFormat : unsigned char { kJson, kMarkdown, kHtml };

// Parses "json" | "markdown" | "md" | "html"; false if unknown.
bool ParseReportFormat(std::string_view name, ReportFormat* format);

// JSON: one document (and a newline):
//   {"generator", "stories":[{"id","date","date_precision","dyad":[a,b],
//     "code","location","members":[doc],"events":[event id],
//     "comparison":{"sources":[{"doc","outlet","published","published_source","title","url"}],
//       "aligned":[{"speaker","speaker_code","quotes":[id],"docs":[doc],
//         "pairs":[{"a","b","a_doc","b_doc","similarity",
//           "diffs":[{"kind","a","b","a_start","a_end","b_start","b_end"}],
//           "a_segments":[{"text","start","end","changed","diff"}],
//           "b_segments":[...]}]}],
//       "unique":[{"doc","sentence","text","start","end"}],
//       "quantities":[{"kind","subject","agree",
//         "values":[{"doc","text","start","end","low","high","unit"}]}],
//       "timeline":[{"date","date_precision","doc","event","code","source",
//                    "target","text"}]}}],
//    "not_analysed":[{"doc","language"}]}
// Unknown strings are null; high is null when unbounded.
// Markdown: per story, a heading, the sources, each aligned statement with
// its differences, the coverage table, disagreements, unique claims and the
// timeline. HTML: the same as one page with no external resources, the
// sources side by side with the differences highlighted.
void AppendCompareReport(const CompareReport& report, ReportFormat format, std::string& out);

// ------------------------------------------------- story grouping evaluation

// What `readout eval stories` reports.
struct StoryEvaluation {
  eval::StoryScores scores;
  std::vector<eval::StoryFailure> failures;
};

// One JSON object (and a newline):
//   {"documents","gold_stories","predicted_stories","precision","recall","f1",
//    "exact","exact_share","singletons_f1",
//    "failures":[{"kind":"split"|"merged","story","similarity","days_apart",
//                 "closest":[doc,doc],"members":[{"doc","gold","predicted","day"}]}]}
// days_apart and day are null when undated.
void AppendStoryEvaluationJson(const StoryEvaluation& e, std::string& out);

// The same for a person: the scores, then with `failures` each split and
// merge with its members and the closest pair across it.
void AppendStoryEvaluationText(const StoryEvaluation& e, bool failures, std::string& out);

// -------------------------------------------------- quotation evaluation

// What `readout eval quotes` reports.
struct QuoteEvaluation {
  eval::QuoteScores scores;
  std::vector<eval::QuoteFailure> failures;
};

// One JSON object (and a newline):
//   {"documents","unscored",
//    "by":{"all"|"direct"|"mixed"|"indirect"|"saying"|"quoted"|"saying_or_quoted":
//          {"gold","predicted","matched","precision","recall","f1",
//           "speaker_checked","speaker_correct","speaker_accuracy",
//           "cue_checked","cue_correct","cue_accuracy"}},
//    "failures":[{"kind","doc","type","start","end","text","gold_source",
//                 "gold_cue","predicted_speaker","predicted_cue"}]}
// Failure strings that are not known are null.
void AppendQuoteEvaluationJson(const QuoteEvaluation& e, std::string& out);

// A table of the scores by category; with `failures`, each missed, spurious
// or misattributed quotation on a line of its own.
void AppendQuoteEvaluationText(const QuoteEvaluation& e, bool failures, std::string& out);

}  // namespace readout::output
