// `readout compare`: documents in, stories and how their sources differ out.
// Every document is coded and its quotations extracted as it is read; the
// stories are formed incrementally; the comparison of each story's sources
// and the report are made once all documents are in.
#include <cstdio>
#include <deque>
#include <exception>
#include <memory>
#include <vector>

#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/compare.h"
#include "readout/output.h"
#include "readout/stories.h"
#include "readout/text.h"
#include "readout/version.h"

namespace readout::cli {
namespace {

struct CompareFlags {
  InputFlags in;
  OutputFlags out;
  DictFlags dicts;
};

// One document and what the pipeline found in it; kept until the report is
// written (comparison needs the text of every member).
struct Analysed {
  Document doc;
  text::TextAnalysis text;
  std::vector<events::Event> events;
  std::vector<quotes::Quote> quotes;
};

int RunCompare(CompareFlags flags) {
  if (flags.out.format == "jsonl") flags.out.format = "json";
  output::ReportFormat format;
  if (!output::ParseReportFormat(flags.out.format, &format)) {
    std::fprintf(stderr, "readout: unknown output format '%s' (json, markdown, html)\n",
                 flags.out.format.c_str());
    return kExitUsage;
  }
  Analyzers analyzers;
  if (const int code = BuildAnalyzers(flags.dicts, &analyzers); code != kExitOk) return code;

  const text::TextPipeline pipeline;
  std::deque<Analysed> documents;  // stable addresses for the Sources
  stories::Clusterer clusterer;
  std::size_t failed = 0;
  const auto analyse = [&](const Document& doc, std::string&) {
    Analysed& a = documents.emplace_back();
    a.doc = doc;
    try {
      pipeline.Analyze(a.doc, a.text);
      analyzers.coder->Code(a.doc, a.text, a.events);
      analyzers.extractor->Extract(a.doc, a.text, a.quotes);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s:%u: internal error: document %s failed: %s\n", doc.source.c_str(),
                   doc.source_line, doc.id.c_str(), e.what());
      documents.pop_back();
      ++failed;
      return;
    }
    clusterer.Add(stories::Summarize(a.doc, a.text, a.events, a.quotes));
  };
  const auto report = [&](std::string& out) {
    std::vector<compare::Source> sources;
    for (const Analysed& a : documents) sources.push_back({&a.doc, &a.text, &a.events, &a.quotes});
    output::CompareReport r;
    r.generator = "readout ";
    r.generator += Version();
    r.stories = clusterer.stories();
    for (const stories::Story& story : r.stories) {
      r.comparisons.push_back(compare::Compare(story, sources));
    }
    output::AppendCompareReport(r, format, out);
  };
  const int exit = RunOnDocuments(flags.in, flags.out, analyse, report);
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void RegisterCompare(CLI::App& app, VerbRunner& run) {
  auto flags = std::make_shared<CompareFlags>();
  CLI::App* verb = app.add_subcommand(
      "compare", "Group reports into stories and show how their sources differ");
  AddInputFlags(*verb, flags->in);
  flags->out.format = "json";
  AddOutputFlags(*verb, flags->out, "json (default) | markdown | html");
  AddDictFlags(*verb, flags->dicts);
  verb->callback([flags, &run] { run = [flags] { return RunCompare(*flags); }; });
}

}  // namespace readout::cli
