// A validation run: the file read twice over the same bytes, once for the
// gold (gold.cc) and once by the ingest reader for the documents, so that
// the coder sees each record's text exactly as `readout code` would; the two
// are joined by the line each <Sentence> starts on (ids repeat in the real
// file). Each record is coded alone, from its text and its date.
#include <exception>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "readout/ingest.h"
#include "readout/text.h"
#include "readout/validate.h"

namespace readout::validate {
namespace {

constexpr std::size_t kMaxValidationBytes = std::size_t{256} << 20;

// Why the reader delivered no document for the record at `line`: its
// diagnostic there, if it left one.
std::string MissingReason(const GoldRecord& gold, const Diagnostics& diags, const Status& read) {
  if (!gold.has_text) return "the record has no <Text>";
  for (const Diagnostic& d : diags.items()) {
    if (d.severity == Severity::kError && d.where.line == gold.line) {
      return "not read: " + d.message;
    }
  }
  if (!read.ok()) return "not read: " + read.message();
  return "not read: the reader delivered no document for this record";
}

}  // namespace

Report CodeAndScore(const ValidationFile& file, std::string xml, const events::Coder& coder,
                    Diagnostics& diags) {
  std::unordered_map<std::uint32_t, std::size_t> by_line;
  for (std::size_t i = 0; i < file.records.size(); ++i) by_line.emplace(file.records[i].line, i);
  std::vector<std::optional<RecordResult>> results(file.records.size());

  IngestOptions options;
  options.format = InputFormat::kPetrarchXml;
  options.on_error = OnError::kSkip;  // one bad record must not hide the others' scores
  // Validation files are English test sentences; detection on one short
  // sentence is unreliable and must not keep a record from the coder.
  options.detect_language = false;

  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;  // reused across records
  std::vector<events::Event> events;
  const Status read = ReadBuffer(file.file, std::move(xml), options, diags, [&](Document&& doc) {
    const auto it = by_line.find(doc.source_line);
    if (it == by_line.end() || file.records[it->second].id != doc.id) {
      diags.Add(Severity::kWarning, SourceLocation{file.file, doc.source_line, 0},
                fmt::format("record \"{}\" has no gold entry at this line; not scored", doc.id));
      return true;
    }
    const GoldRecord& gold = file.records[it->second];
    if (doc.language.empty()) doc.language = "en";
    std::vector<Triple> found;
    std::string error;
    try {
      events.clear();
      pipeline.Analyze(doc, analysis);
      coder.Code(doc, analysis, events);
      found.reserve(events.size());
      for (const events::Event& e : events) found.push_back(TripleOf(e));
    } catch (const std::exception& e) {
      error = fmt::format("the coder failed: {}", e.what());
    } catch (...) {
      error = "the coder failed with an unknown exception";
    }
    results[it->second] = ScoreRecord(gold, std::move(doc.text), std::move(found), std::move(error));
    return true;
  });

  Report report;
  report.file = file.file;
  for (std::size_t i = 0; i < file.records.size(); ++i) {
    if (results[i]) {
      report.Add(std::move(*results[i]));
    } else {
      const GoldRecord& gold = file.records[i];
      report.Add(ScoreRecord(gold, {}, {}, MissingReason(gold, diags, read)));
    }
  }
  return report;
}

namespace {

// A TABARI suite with the dictionaries and options of a .project.
Result<Report> RunTabari(const RunOptions& options, std::string bytes, Diagnostics& diags) {
  if (options.tabari_project.empty()) {
    return Status(StatusCode::kInvalidInput,
                  "a TABARI validation file needs --tabari-project (its dictionaries and options)",
                  SourceLocation{options.file, 0, 0});
  }
  Result<ValidationFile> file = ParseTabariValidation(bytes, options.file, diags);
  if (!file.ok()) return file.status();
  Result<dict::TabariProject> project = dict::LoadTabariProject(options.tabari_project, diags);
  if (!project.ok()) return project.status();
  dict::TabariOptions start;
  if (!project->options_file.empty()) {
    Result<dict::TabariOptions> read = dict::LoadTabariOptions(project->options_file, diags);
    if (!read.ok()) return read.status();
    start = std::move(read).value();
  }
  Result<dict::DictionarySet> dicts = dict::LoadDictionaries(project->dictionaries, diags);
  if (!dicts.ok()) return dicts.status();
  dicts->tabari_stems = true;
  if (dicts->verbs.blocks.empty()) {
    return Status(StatusCode::kInvalidInput, "the verb dictionary has no verbs: nothing can be coded",
                  SourceLocation{project->dictionaries.verb_file, 0, 0});
  }
  return CodeAndScoreTabari(*file, std::move(bytes), *dicts, options.coder, start, diags);
}

}  // namespace

Result<Report> RunValidation(const RunOptions& options, Diagnostics& diags) {
  try {
    Result<std::string> bytes = ReadFileBytes(options.file, kMaxValidationBytes);
    if (!bytes.ok()) return bytes.status();
    if (!options.tabari_project.empty() || DetectFormat(options.file, *bytes) == InputFormat::kTabariText) {
      return RunTabari(options, std::move(bytes).value(), diags);
    }
    if (options.dict_dir.empty()) {
      return Status(StatusCode::kInvalidInput, "a PETRARCH validation file needs --dict-dir",
                    SourceLocation{options.file, 0, 0});
    }
    Result<ValidationFile> file = ParseValidation(*bytes, options.file, diags);
    if (!file.ok()) return file.status();
    Result<dict::DictionaryConfig> config = ResolveEnvironment(*file, options.dict_dir);
    if (!config.ok()) return config.status();
    Result<dict::DictionarySet> dicts = dict::LoadDictionaries(*config, diags);
    if (!dicts.ok()) return dicts.status();
    Result<std::shared_ptr<const events::Coder>> coder =
        events::Coder::Create(*dicts, diags, options.coder);
    if (!coder.ok()) return coder.status();
    return CodeAndScore(*file, std::move(bytes).value(), **coder, diags);
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::kTooLarge, "out of memory", SourceLocation{options.file, 0, 0});
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, fmt::format("unexpected failure: {}", e.what()),
                  SourceLocation{options.file, 0, 0});
  }
}

}  // namespace readout::validate
