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

}  // namespace readout::cli
