// `readout compare`: documents in, stories and how their sources differ out.
// Every document is coded and its quotations extracted (on all cores, see
// --threads) and summarized for clustering; once all documents are in, the stories are
// formed (every document's words counted first, so the first reports are
// weighed against the whole run) and each story's sources compared.
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

#include "cli/analyse.h"
#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/analysis.h"
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

// --stats: what the comparison looked at, and where a cap cut its search
// short (never silently).
void PrintCompareStats(const std::vector<compare::Comparison>& comparisons) {
  compare::CompareStats t;
  for (const compare::Comparison& c : comparisons) {
    t.quotes += c.stats.quotes;
    t.quote_candidates += c.stats.quote_candidates;
    t.quotes_capped += c.stats.quotes_capped;
    t.statements_star += c.stats.statements_star;
    t.sentences += c.stats.sentences;
    t.sentence_candidates += c.stats.sentence_candidates;
    t.sentences_capped += c.stats.sentences_capped;
  }
  std::fprintf(stderr,
               "readout: compared %zu stories: %zu quotes (%zu candidate pairs; %zu stopped at the "
               "candidate cap), %zu statements diffed against one reference rendering, %zu sentences "
               "(%zu candidate pairs; %zu left undecided at the cap)\n",
               comparisons.size(), t.quotes, t.quote_candidates, t.quotes_capped, t.statements_star,
               t.sentences, t.sentence_candidates, t.sentences_capped);
}

int RunCompare(CompareFlags flags) {
  if (flags.out.format == "jsonl") flags.out.format = "json";
  output::ReportFormat format;
  if (!output::ParseReportFormat(flags.out.format, &format)) {
    std::fprintf(stderr, "readout: unknown output format '%s' (json, markdown, html)\n",
                 flags.out.format.c_str());
    return kExitUsage;
  }
  std::shared_ptr<const Analyzer> analyzer;
  if (const int code = BuildAnalyzer(flags.dicts, AnalyzerOptions(), &analyzer); code != kExitOk) return code;

  // Each document's analysis and digest, or why it was left out: made by
  // the workers, read in input order once all are in.
  struct Analysed {
    std::unique_ptr<AnalysedDocument> document;  // null: not analysed
    stories::Digest digest;
    output::NotAnalysed not_analysed;
  };
  OrderedResults<Analysed> results;
  std::atomic<std::size_t> failed{0};
  const auto analyse = [&](Document&& doc, std::size_t ordinal, std::string&) {
    Analysed r;
    if (!stories::AnalysedAsEnglish(doc)) {
      r.not_analysed = {doc.id, doc.language};
      results.Put(ordinal, std::move(r));
      return;
    }
    r.document = std::make_unique<AnalysedDocument>();
    if (!AnalyseOrReport(*analyzer, std::move(doc), *r.document)) {
      ++failed;
      return;
    }
    r.document->parse.reset();  // kept documents need their parse no more
    const AnalysedDocument& a = *r.document;
    r.digest = stories::Summarize(a.doc, a.text, a.events, a.quotes);
    results.Put(ordinal, std::move(r));
  };
  const auto report = [&](std::string& out) {
    std::vector<Analysed> analysed = results.Take();
    std::vector<compare::Source> sources;
    std::vector<stories::Digest> digests;
    std::vector<output::NotAnalysed> not_analysed;
    for (Analysed& r : analysed) {
      if (!r.document) {
        not_analysed.push_back(r.not_analysed);
        continue;
      }
      const AnalysedDocument& a = *r.document;
      sources.push_back({&a.doc, &a.text, &a.events, &a.quotes});
      digests.push_back(std::move(r.digest));
    }
    output::CompareReport r;
    r.generator = "readout ";
    r.generator += Version();
    stories::Clusterer clusterer(flags.cluster);
    clusterer.AddBatch(std::move(digests));
    r.stories = clusterer.stories();
    r.not_analysed = not_analysed;
    r.comparisons = compare::CompareStories(r.stories, sources);
    if (flags.in.stats) PrintCompareStats(r.comparisons);
    output::AppendCompareReport(r, format, out);
  };
  const int exit = RunOnDocuments(flags.in, flags.out, [&] { return analyse; }, report);
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
