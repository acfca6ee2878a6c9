#include "cli/analyse.h"

#include <cstdio>
#include <exception>

namespace readout::cli {

bool Analyse(const text::TextPipeline& pipeline, const Analyzers& analyzers, const Document& doc,
             Analysed& out) {
  out.doc = doc;
  try {
    pipeline.Analyze(out.doc, out.text);
    analyzers.coder->Code(out.doc, out.text, out.events);
    analyzers.extractor->Extract(out.doc, out.text, out.quotes);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s:%u: internal error: document %s failed: %s\n", doc.source.c_str(),
                 doc.source_line, doc.id.c_str(), e.what());
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
