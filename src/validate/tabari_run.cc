// A TABARI suite run: like CodeAndScore (run.cc), with two things TABARI's
// suites need. Records TABARI does not check are coded by nobody and left
// out of the report, with a note each. Control records ("{ OPTION: ... }")
// change the options from the next record on, as TABARI's checkEvents
// applies them; the options readout applies (COMPLEX limits) take effect by
// compiling a coder for each distinct set, once.
#include <exception>
#include <memory>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "readout/ingest.h"
#include "readout/text.h"
#include "readout/validate.h"

namespace readout::validate {
namespace {

events::CoderOptions With(const events::CoderOptions& base, const dict::TabariOptions& t) {
  events::CoderOptions o = base;
  o.complex_verbs = t.complex_verbs;
  o.complex_actors = t.complex_actors;
  o.complex_conjunctions = t.complex_conjunctions;
  o.complex_no_actor_before_verb = t.complex_no_actor_before_verb;
  return o;
}

bool SameComplexity(const dict::TabariOptions& a, const dict::TabariOptions& b) {
  return a.complex_verbs == b.complex_verbs && a.complex_actors == b.complex_actors &&
         a.complex_conjunctions == b.complex_conjunctions &&
         a.complex_no_actor_before_verb == b.complex_no_actor_before_verb;
}

}  // namespace

Report CodeAndScoreTabari(const ValidationFile& file, std::string text, const dict::DictionarySet& dicts,
                          const events::CoderOptions& base, const dict::TabariOptions& start, Diagnostics& diags) {
  // The options in force at each record: a control record's commands apply
  // from the next record on.
  std::vector<dict::TabariOptions> sets{start};
  std::vector<std::size_t> set_of(file.records.size(), 0);
  for (std::size_t i = 0; i < file.records.size(); ++i) {
    set_of[i] = sets.size() - 1;
    const GoldRecord& gold = file.records[i];
    if (gold.options.empty()) continue;
    dict::TabariOptions next = sets.back();
    for (const std::string& command : gold.options) {
      std::string why;
      if (!dict::ApplyTabariOption(command, next, &why)) {
        diags.Add(Severity::kWarning, SourceLocation{file.file, gold.line, 0},
                  fmt::format("OPTION: {}: {}", command, why));
      }
    }
    if (!SameComplexity(next, sets.back())) sets.push_back(std::move(next));
  }
  std::vector<std::shared_ptr<const events::Coder>> coders(sets.size());
  auto coder_for = [&](std::size_t s) -> const events::Coder* {
    if (!coders[s]) {
      Result<std::shared_ptr<const events::Coder>> built = events::Coder::Create(dicts, diags, With(base, sets[s]));
      if (!built.ok()) return nullptr;
      coders[s] = std::move(built).value();
    }
    return coders[s].get();
  };

  std::unordered_map<std::uint32_t, std::size_t> by_line;
  for (std::size_t i = 0; i < file.records.size(); ++i) by_line.emplace(file.records[i].line, i);
  std::vector<std::optional<RecordResult>> results(file.records.size());

  IngestOptions options;
  options.format = InputFormat::kTabariText;
  options.on_error = OnError::kSkip;
  options.detect_language = false;
  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;
  std::vector<events::Event> events;
  const Status read = ReadBuffer(file.file, std::move(text), options, diags, [&](Document&& doc) {
    const auto it = by_line.find(doc.source_line);
    if (it == by_line.end() || file.records[it->second].id != doc.id) {
      diags.Add(Severity::kWarning, SourceLocation{file.file, doc.source_line, 0},
                fmt::format("record \"{}\" has no gold entry at this line; not scored", doc.id));
      return true;
    }
    const GoldRecord& gold = file.records[it->second];
    if (!gold.scored) return true;
    if (doc.language.empty()) doc.language = "en";
    std::vector<Triple> found;
    std::string error;
    try {
      const events::Coder* coder = coder_for(set_of[it->second]);
      if (coder == nullptr) {
        error = "no coder could be built for the options in force";
      } else {
        events.clear();
        pipeline.Analyze(doc, analysis);
        coder->Code(doc, analysis, events);
        for (const events::Event& e : events) found.push_back(TripleOf(e));
      }
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
    const GoldRecord& gold = file.records[i];
    if (!gold.scored) {
      diags.Add(Severity::kNote, SourceLocation{file.file, gold.line, 0},
                fmt::format("record \"{}\" not scored: {}", gold.id, gold.why_not_scored));
      continue;
    }
    if (results[i]) {
      report.Add(std::move(*results[i]));
    } else {
      report.Add(ScoreRecord(gold, {}, {}, read.ok() ? "not read by the TABARI text reader" : read.message()));
    }
  }
  return report;
}

}  // namespace readout::validate
