// Where the time of `readout compare` goes on a big story: the same stages
// as the command (src/cli/cmd_compare.cc), each timed on its own, over a
// JSONL file such as bench/gen_wire_rewrites.py writes.
//   compare_scaling REPORTS.jsonl
// Prints one line per stage (seconds, documents/s; compare twice: one
// Compare per story as the command does it, then CompareStories), the
// biggest story, the
// comparison's counts (CompareStats: candidates tried, and every cap that
// bit), the report's size and the peak resident memory. It checks its work:
// the run fails unless the biggest story's biggest statement group holds
// quotes of at least half of that story's documents.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "cli/analyse.h"
#include "cli/dict_flags.h"
#include "readout/analysis.h"
#include "readout/compare.h"
#include "readout/diagnostics.h"
#include "readout/ingest.h"
#include "readout/output.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void Stage(const char* name, double seconds, std::size_t docs) {
  std::printf("%-22s %8.3f s  %10.0f docs/s\n", name, seconds,
              seconds > 0 ? static_cast<double>(docs) / seconds : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace readout;
  if (argc != 2) {
    std::fprintf(stderr, "usage: compare_scaling REPORTS.jsonl\n");
    return 2;
  }
  cli::DictFlags dict_flags;
  std::shared_ptr<const Analyzer> analyzer;
  auto t0 = Clock::now();
  if (cli::BuildAnalyzer(dict_flags, AnalyzerOptions(), &analyzer) != 0) return 1;
  Stage("dictionaries", Since(t0), 0);

  // Read and analyse, as readout compare does it on one thread: document by
  // document.
  std::deque<AnalysedDocument> documents;
  std::vector<stories::Digest> digests;
  Diagnostics diags;
  double analyse_s = 0;
  t0 = Clock::now();
  const Status read = ReadFile(argv[1], IngestOptions{}, diags, [&](Document&& doc) {
    const auto a0 = Clock::now();
    AnalysedDocument& a = documents.emplace_back();
    if (!cli::AnalyseOrReport(*analyzer, std::move(doc), a)) {
      documents.pop_back();
    } else {
      digests.push_back(stories::Summarize(a.doc, a.text, a.events, a.quotes));
    }
    analyse_s += Since(a0);
    return true;
  });
  if (!read.ok()) {
    std::fprintf(stderr, "%s\n", read.ToString().c_str());
    return 1;
  }
  const std::size_t n = documents.size();
  Stage("read+ingest", Since(t0) - analyse_s, n);
  Stage("analyse+summarize", analyse_s, n);

  t0 = Clock::now();
  stories::Clusterer clusterer{stories::ClusterOptions{}};
  clusterer.AddBatch(std::move(digests));
  output::CompareReport report;
  report.stories = clusterer.stories();
  Stage("cluster", Since(t0), n);

  t0 = Clock::now();
  std::vector<compare::Source> sources;
  for (const AnalysedDocument& a : documents) sources.push_back({&a.doc, &a.text, &a.events, &a.quotes});
  compare::CompareStats total;
  std::size_t biggest = 0, biggest_group = 0;
  double biggest_s = 0;
  for (const stories::Story& story : report.stories) {
    const auto c0 = Clock::now();
    report.comparisons.push_back(compare::Compare(story, sources));
    const double story_s = Since(c0);
    const compare::Comparison& c = report.comparisons.back();
    const compare::CompareStats& s = c.stats;
    total.quotes += s.quotes;
    total.quote_candidates += s.quote_candidates;
    total.quotes_capped += s.quotes_capped;
    total.statements_star += s.statements_star;
    total.sentences += s.sentences;
    total.sentence_candidates += s.sentence_candidates;
    total.sentences_capped += s.sentences_capped;
    if (story.members.size() > biggest) {
      biggest = story.members.size();
      biggest_s = story_s;
      biggest_group = 0;
      for (const compare::AlignedStatement& st : c.aligned) {
        std::vector<std::string> docs = st.docs;
        std::sort(docs.begin(), docs.end());
        biggest_group = std::max<std::size_t>(biggest_group,
                                              static_cast<std::size_t>(std::unique(docs.begin(), docs.end()) - docs.begin()));
      }
    }
  }
  Stage("compare, story by story", Since(t0), n);
  Stage("  its biggest story", biggest_s, biggest);
  t0 = Clock::now();
  const std::vector<compare::Comparison> all = compare::CompareStories(report.stories, sources);
  Stage("CompareStories", Since(t0), n);
  if (all.size() != report.comparisons.size()) return 1;

  t0 = Clock::now();
  std::string out;
  output::AppendCompareReport(report, output::ReportFormat::kJson, out);
  Stage("json report", Since(t0), n);

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("documents %zu, stories %zu, biggest story %zu documents, its biggest statement in %zu of them\n", n,
              report.stories.size(), biggest, biggest_group);
  std::printf("quotes %zu (candidates %zu, capped %zu), statements paired against a reference %zu\n", total.quotes,
              total.quote_candidates, total.quotes_capped, total.statements_star);
  std::printf("claim sentences %zu (candidates %zu, left undecided at the cap %zu)\n", total.sentences,
              total.sentence_candidates, total.sentences_capped);
  std::printf("report %.1f MB, peak RSS %.0f MB\n", static_cast<double>(out.size()) / 1e6,
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  if (biggest_group * 2 < biggest) {
    std::fprintf(stderr, "compare_scaling: the biggest story's main statement is not grouped\n");
    return 1;
  }
  return 0;
}
