// `readout compare`: documents in, stories and how their sources differ out.
// Every document is coded and its quotations extracted as it is read and
// summarized for clustering; once all documents are in, the stories are
// formed (every document's words counted first, so the first reports are
// weighed against the whole run) and each story's sources compared.
#include <cstdio>
#include <deque>
#include <memory>
#include <vector>

#include "cli/analyse.h"
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
  stories::ClusterOptions cluster;
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
  std::vector<stories::Digest> digests;
  std::vector<output::NotAnalysed> not_analysed;
  std::size_t failed = 0;
  const auto analyse = [&](const Document& doc, std::string&) {
    if (!stories::AnalysedAsEnglish(doc)) {
      not_analysed.push_back({doc.id, doc.language});
      return;
    }
    Analysed& a = documents.emplace_back();
    if (!Analyse(pipeline, analyzers, doc, a)) {
      documents.pop_back();
      ++failed;
      return;
    }
    digests.push_back(stories::Summarize(a.doc, a.text, a.events, a.quotes));
  };
  const auto report = [&](std::string& out) {
    std::vector<compare::Source> sources;
    for (const Analysed& a : documents) sources.push_back({&a.doc, &a.text, &a.events, &a.quotes});
    output::CompareReport r;
    r.generator = "readout ";
    r.generator += Version();
    stories::Clusterer clusterer(flags.cluster);
    clusterer.AddBatch(std::move(digests));
    r.stories = clusterer.stories();
    r.not_analysed = not_analysed;
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
  AddClusterFlags(*verb, flags->cluster);
  verb->callback([flags, &run] { run = [flags] { return RunCompare(*flags); }; });
}

}  // namespace readout::cli
