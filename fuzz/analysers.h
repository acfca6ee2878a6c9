// readout's own dictionaries (data/dictionaries/PETR_config.ini) and
// gazetteer, compiled once per fuzzing process into the Analyzer that
// `readout code`, `readout quotes` and `readout compare` use when no
// dictionaries are given; and one document through the whole analysis
// (text, tags, parse, events, quotations), checked.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "readout/analysis.h"
#include "readout/dict.h"
#include "readout/resolve.h"

namespace readout::fuzz {

[[noreturn]] inline void SetupFailed(const Status& s) {
  std::fprintf(stderr, "fuzz set-up: %s\n", s.ToString().c_str());
  std::exit(2);
}

inline std::shared_ptr<const Analyzer> LoadAnalyzer() {
  const std::string data = DataDir();
  Diagnostics diags;
  Result<dict::DictionaryConfig> config = dict::LoadConfig(data + "/dictionaries/PETR_config.ini", diags);
  if (!config.ok()) SetupFailed(config.status());
  Result<dict::DictionarySet> set = dict::LoadDictionaries(config.value(), diags);
  if (!set.ok()) SetupFailed(set.status());
  AnalyzerOptions options;
  Result<resolve::Gazetteer> gazetteer = resolve::Gazetteer::Load(data + "/gazetteer");
  if (!gazetteer.ok()) SetupFailed(gazetteer.status());
  options.coder.gazetteer = std::make_shared<const resolve::Gazetteer>(std::move(gazetteer).value());
  Result<std::shared_ptr<const Analyzer>> analyzer = Analyzer::Create(set.value(), diags, options);
  if (!analyzer.ok()) SetupFailed(analyzer.status());
  return std::move(analyzer).value();
}

// The analysis of one document, checked: spans of events and quotations
// inside the text. (Their finer contracts are the stages' own tests' job.)
inline void CheckSpan(const Document& doc, Span s, const char* what) {
  if (s.begin > s.end || s.end > doc.text.size()) Fail(doc, what);
}

inline void CheckResults(const AnalysedDocument& a) {
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

inline void Analyse(const Analyzer& analyzer, Document&& doc, AnalysedDocument& out) {
  CheckDocument(doc);
  analyzer.Analyze(std::move(doc), out);
  CheckAnalysis(out.doc, out.text);
  CheckResults(out);
}

}  // namespace readout::fuzz
