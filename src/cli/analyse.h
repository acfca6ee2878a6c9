// One document through the analyzer, for every verb that analyses
// documents: `code`, `quotes`, `compare`, `eval`.
#pragma once

#include <CLI/CLI.hpp>

#include "readout/analysis.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/stories.h"

namespace readout::cli {

// Analyses `doc` into `out`. An internal failure of a stage (a bug, never
// the input's fault) is reported on stderr naming the document's file and
// line, and returns false; the run goes on with the other documents.
bool AnalyseOrReport(const Analyzer& analyzer, Document&& doc, AnalysedDocument& out,
                     events::CoderStats* stats = nullptr);

// --join-threshold, --merge-threshold, --max-story-days: the story
// clusterer's knobs, for users calibrating it on their own annotated data
// with `readout eval stories`.
void AddClusterFlags(CLI::App& verb, stories::ClusterOptions& options);

}  // namespace readout::cli
