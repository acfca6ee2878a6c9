#include "cli/analyse.h"

#include <cstdio>
#include <exception>

namespace readout::cli {

bool AnalyseOrReport(const Analyzer& analyzer, Document&& doc, AnalysedDocument& out,
                     events::CoderStats* stats) {
  try {
    analyzer.Analyze(std::move(doc), out, stats);
  } catch (const std::exception& e) {
    // The analyzer took the document into out.doc before any stage ran.
    std::fprintf(stderr, "%s:%u: internal error: document %s failed: %s\n", out.doc.source.c_str(),
                 out.doc.source_line, out.doc.id.c_str(), e.what());
    return false;
  }
  return true;
}

void AddClusterFlags(CLI::App& verb, stories::ClusterOptions& options) {
  verb.add_option("--join-threshold", options.join_threshold,
                  "Cosine a report needs with a story to join it (default 0.2)")
      ->check(CLI::Range(0.0, 1.0));
  verb.add_option("--merge-threshold", options.merge_threshold,
                  "Cosine two stories need to be joined after placement (default 0.35)")
      ->check(CLI::Range(0.0, 1.0));
  verb.add_option("--max-story-days", options.max_gap_days, "Days a story may span at most (default 14)")
      ->check(CLI::Range(0, 3650));
}

}  // namespace readout::cli
