// analysis: one document through every stage that reads it alone, over one
// compiled grammar.
//
//   Analyzer          the run's grammar (the dictionaries compiled once:
//                     lexicon, tagger, parser) and the stages built on it:
//                     the text pipeline, the event coder and the quotation
//                     extractor. A document is tagged and parsed once; the
//                     coder and the extractor read the same parse.
//   AnalysedDocument  one document with its text, events and quotations.
//
// Contracts: an Analyzer is immutable once created and safe to share between
// threads; Analyze() is a pure function of the document. Keep one
// AnalysedDocument per thread and reuse it: its buffers are kept.
#pragma once

#include <memory>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/dict.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/status.h"
#include "readout/text.h"

namespace readout {

struct AnalyzerOptions {
  text::TextOptions text;
  events::CoderOptions coder;
  quotes::ExtractorOptions quotes;
  // The stages to run; a verb that writes only quotations needs no coder.
  bool code_events = true;
  bool extract_quotes = true;
};

struct AnalysedDocument {
  Document doc;  // a copy of the document analysed, for the stages after
  text::TextAnalysis text;
  std::vector<events::Event> events;
  std::vector<quotes::Quote> quotes;
  // Each sentence's tags and parse (src/parse/document_parse.h); kept here
  // so that its buffers serve the next document too.
  std::shared_ptr<parse::DocumentParse> parse;
};

class Analyzer {
 public:
  // Compiles `dicts` once for every stage. Problems go to `diags`; fails
  // when events are to be coded and the verb dictionary has no verbs.
  static Result<std::shared_ptr<const Analyzer>> Create(const dict::DictionarySet& dicts,
                                                        Diagnostics& diags,
                                                        AnalyzerOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses `doc` into `out` (cleared first; `out.doc` becomes `doc`).
  // `stats`, when given, is added to. Throws only on an internal error (a
  // bug, not the input's fault).
  void Analyze(Document doc, AnalysedDocument& out, events::CoderStats* stats = nullptr) const;

  // The stages, for callers that need one alone; null when not built.
  const events::Coder* coder() const;
  const quotes::Extractor* extractor() const;

  struct Impl;

 private:
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout
