// readout's own dictionaries (data/dictionaries/PETR_config.ini) and
// gazetteer, compiled once per fuzzing process into the coder and the
// quotation extractor that `readout code`, `readout quotes` and `readout
// compare` use when no dictionaries are given; and one document through
// the whole analysis (text, tags, parse, events, quotations), as
// src/cli/analyse.cc runs it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "readout/dict.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/resolve.h"
#include "readout/text.h"

namespace readout::fuzz {

struct Analysers {
  std::shared_ptr<const events::Coder> coder;
  std::shared_ptr<const quotes::Extractor> extractor;
};

[[noreturn]] inline void SetupFailed(const Status& s) {
  std::fprintf(stderr, "fuzz set-up: %s\n", s.ToString().c_str());
  std::exit(2);
}

inline Analysers LoadAnalysers() {
  const std::string data = DataDir();
  Diagnostics diags;
  Result<dict::DictionaryConfig> config = dict::LoadConfig(data + "/dictionaries/PETR_config.ini", diags);
  if (!config.ok()) SetupFailed(config.status());
  Result<dict::DictionarySet> set = dict::LoadDictionaries(config.value(), diags);
  if (!set.ok()) SetupFailed(set.status());
  events::CoderOptions options;
  Result<resolve::Gazetteer> gazetteer = resolve::Gazetteer::Load(data + "/gazetteer");
  if (!gazetteer.ok()) SetupFailed(gazetteer.status());
  options.gazetteer = std::make_shared<const resolve::Gazetteer>(std::move(gazetteer).value());
  Result<std::shared_ptr<const events::Coder>> coder = events::Coder::Create(set.value(), diags, options);
  if (!coder.ok()) SetupFailed(coder.status());
  Result<std::shared_ptr<const quotes::Extractor>> extractor = quotes::Extractor::Create(set.value(), diags);
  if (!extractor.ok()) SetupFailed(extractor.status());
  return {std::move(coder).value(), std::move(extractor).value()};
}

// The analysis of one document, checked: spans of events and quotations
// inside the text. (Their finer contracts are the stages' own tests' job.)
struct Analysed {
  Document doc;
  text::TextAnalysis text;
  std::vector<events::Event> events;
  std::vector<quotes::Quote> quotes;
};

inline void CheckSpan(const Document& doc, Span s, const char* what) {
  if (s.begin > s.end || s.end > doc.text.size()) Fail(doc, what);
}

inline void CheckResults(const Analysed& a) {
  for (const events::Event& e : a.events) {
    CheckSpan(a.doc, e.evidence, "event evidence span");
    CheckSpan(a.doc, e.source.span, "event source span");
    CheckSpan(a.doc, e.target.span, "event target span");
    if (e.has_location) CheckSpan(a.doc, e.location.span, "event location span");
    if (e.sentence >= a.text.sentences.size()) Fail(a.doc, "event names no sentence");
  }
  for (const quotes::Quote& q : a.quotes) {
    CheckSpan(a.doc, q.span, "quote span");
    CheckSpan(a.doc, q.verb_span, "quote verb span");
    CheckSpan(a.doc, q.speaker.span, "quote speaker span");
    if (q.sentence >= a.text.sentences.size()) Fail(a.doc, "quote names no sentence");
  }
}

inline void Analyse(const Analysers& a, const text::TextPipeline& pipeline, Analysed& out) {
  CheckDocument(out.doc);
  pipeline.Analyze(out.doc, out.text);
  CheckAnalysis(out.doc, out.text);
  a.coder->Code(out.doc, out.text, out.events);
  a.extractor->Extract(out.doc, out.text, out.quotes);
  CheckResults(out);
}

}  // namespace readout::fuzz
