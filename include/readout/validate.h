// validate: PETRARCH validation files run through the coder and scored.
//
//   ReadValidation      a validation file (<Validation> with <Environment>
//                       and <Sentence> records) -> the dictionaries it names
//                       and the gold events of every record
//   ResolveEnvironment  those dictionary names found in a directory
//   ScoreRecord         found (source, target, code) triples against gold
//   Report              totals, per category, and every record's outcome
//   RunValidation       all of it: load the dictionaries, code every record
//                       from its text alone (ingest, text, events: what
//                       `readout code` sees), score
//
// Scoring compares sets of triples: duplicates on either side count once. A
// record is exact when the found set equals the gold set and coding did not
// fail; a record whose gold says noevents="True" (or an error="..." the
// coder should reject it for, or no <EventCoding> at all) is exact when
// nothing is coded. True positives, false positives and false negatives are
// counted over triples; precision, recall and F1 follow from them.
//
// Gold values are kept verbatim: sourcecode='"INJURY TOLL"', "---GOV" and
// eventcode "174K" are compared as the strings they are. An event's absent
// actor (empty code) is compared as "---", the way PETRARCH writes it.
//
// Contracts: everything returned owns its data. RunValidation never throws; a record
// that makes the coder throw is counted as an error and the run goes on.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/status.h"

namespace readout::validate {

// ------------------------------------------------------------------- gold

struct Triple {
  std::string source;  // actor codes as PETRARCH writes them ("USAGOV", "---")
  std::string target;
  std::string code;    // CAMEO event code ("064")
  friend auto operator<=>(const Triple&, const Triple&) = default;
  friend bool operator==(const Triple&, const Triple&) = default;
};

// The <Environment> element: dictionary file names, as written.
struct Environment {
  std::string verb_file;                 // <Verbfile>
  std::vector<std::string> actor_files;  // <Actorfile>, each one
  std::string agent_file;                // <Agentfile>
  std::string discard_file;              // <Discardfile>
  std::string issue_file;                // <Issuefile>, optional
  std::uint32_t line = 0;                // of <Environment>; 0 when absent
};

// One <Sentence> record's gold standard.
struct GoldRecord {
  std::string id;        // the id attribute (not necessarily unique)
  std::string category;  // the category attribute, "" when absent
  std::string date;      // the date attribute as written ("19950101"); TABARI: "1995-01-01"
  std::uint32_t line = 0;  // 1-based line of <Sentence> in the file
  std::vector<Triple> events;  // every <EventCoding> triple, in file order
  bool noevents = false;       // <EventCoding noevents="True">
  std::string error;           // <EventCoding error="sentencediscard">: the
                               // coder should reject the record (no events)
  bool has_text = true;        // false: the record has no <Text> element
  // TABARI's validation records (Validate.text): false when TABARI does not
  // check the record (its first block is "-{...}", it has no "{...}" block,
  // or it is a control record); such records are coded but not scored.
  bool scored = true;
  std::string why_not_scored;        // "", or the reason
  std::vector<std::string> options;  // a control record's "{ OPTION: ... }" commands
};

struct ValidationFile {
  std::string file;  // as given, for messages
  InputFormat format = InputFormat::kPetrarchXml;  // or kTabariText
  Environment environment;  // PETRARCH only
  std::vector<GoldRecord> records;  // in file order
};

// Parses a validation file's bytes read from `file_name` (used in messages).
// Malformed XML, or no <Sentence> records, is a Status naming file:line:col;
// doubtful records (no <EventCoding>, noevents beside triples, an id seen
// before) are kNote/kWarning diagnostics and are kept.
Result<ValidationFile> ParseValidation(std::string_view xml, std::string_view file_name,
                                       Diagnostics& diags);
Result<ValidationFile> ReadValidation(const std::string& path, Diagnostics& diags);

// TABARI's validation suite (Validate.text): records in TABARI's text format
// whose /* comment */ holds the expected events as TABARI's
// ProcessorClass::checkEvents reads them: "{ SRC / TGT / CODE } [date]"
// blocks, "{---}" no events, "{###}" a discard, "{+++}" a complex sentence
// (nothing coded either way), "-{" a block TABARI does not check (first:
// the record is not scored; later: the blocks from it on are not expected),
// "{ OPTION: ... }" a control record that changes the options from the next
// record on. The category of a record is its ID before the last '-'.
Result<ValidationFile> ParseTabariValidation(std::string_view text, std::string_view file_name,
                                             Diagnostics& diags);

// The environment's file names looked up in `dict_dir` (absolute names are
// kept). No <Verbfile>, or a named file that is not there, is a Status whose
// message names the file, located at the validation file's <Environment>.
Result<dict::DictionaryConfig> ResolveEnvironment(const ValidationFile& file,
                                                  const std::string& dict_dir);

// ---------------------------------------------------------------- scoring

struct Counts {
  std::uint64_t records = 0;
  std::uint64_t exact = 0;
  std::uint64_t errors = 0;  // records that could not be coded
  std::uint64_t true_positives = 0;
  std::uint64_t false_positives = 0;
  std::uint64_t false_negatives = 0;

  // nullopt when undefined (nothing found, nothing expected).
  std::optional<double> precision() const;
  std::optional<double> recall() const;
  std::optional<double> f1() const;
};

struct RecordResult {
  std::string id;
  std::string category;
  std::uint32_t line = 0;
  std::string text;              // what the coder read (Document::text)
  std::vector<Triple> expected;  // sorted, distinct
  std::vector<Triple> found;     // sorted, distinct
  std::string error;             // why it could not be coded; "" when coded
  bool exact = false;
  std::uint64_t true_positives = 0;
  std::uint64_t false_positives = 0;
  std::uint64_t false_negatives = 0;
};

// The triple an event is compared as: its source code, target code and
// event code, an empty actor code written "---".
Triple TripleOf(const events::Event& event);

// Compares `found` (any order, duplicates allowed) with the record's gold.
// A non-empty `error` makes the record inexact whatever was found.
RecordResult ScoreRecord(const GoldRecord& gold, std::string text, std::vector<Triple> found,
                         std::string error = {});

// The category name reports use for records without one.
inline constexpr std::string_view kNoCategory = "(none)";

struct Report {
  std::string file;
  Counts overall;
  std::map<std::string, Counts, std::less<>> by_category;
  std::vector<RecordResult> records;  // every record, in file order

  // Appends `r` and adds it to the totals and its category.
  void Add(RecordResult r);
};

// ------------------------------------------------------------------- run

// Codes every record of `file` (whose bytes are `xml`) with `coder` and
// scores it. Documents come from the ingest reader, so their text is cleaned
// exactly as `readout code` cleans it; each record's date is its date. A
// record the reader could not deliver (no <Text>) or that made the coder
// throw counts as an error. Reader diagnostics go to `diags`.
Report CodeAndScore(const ValidationFile& file, std::string xml, const events::Coder& coder,
                    Diagnostics& diags);

struct RunOptions {
  std::string file;      // the validation file
  std::string dict_dir;  // where the <Environment>'s dictionaries are
  // A TABARI .project instead (for a TABARI suite): its dictionaries and
  // .options; the suite's control records change the options as they go.
  std::string tabari_project;
  events::CoderOptions coder;
};

// Reads the file, loads and compiles the dictionaries it names from
// dict_dir, then CodeAndScore. Unreadable or malformed input, a missing
// dictionary, or a coder that cannot be built is a Status naming the file.
// Dictionary and reader diagnostics go to `diags`.
Result<Report> RunValidation(const RunOptions& options, Diagnostics& diags);

// A TABARI suite: each record coded with a coder for the options in force
// at it (`base`, then the control records' changes), records TABARI does not
// check left out of the report (a note each in `diags`).
Report CodeAndScoreTabari(const ValidationFile& file, std::string text, const dict::DictionarySet& dicts,
                          const events::CoderOptions& base, const dict::TabariOptions& start,
                          Diagnostics& diags);

}  // namespace readout::validate
