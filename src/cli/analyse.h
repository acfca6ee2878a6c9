// One document through the analysis every story verb needs: text, events,
// quotations. Shared by `readout compare` and `readout eval stories`.
#pragma once

#include <vector>

#include <CLI/CLI.hpp>

#include "cli/dict_flags.h"
#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace readout::cli {

struct Analysed {
  Document doc;
  text::TextAnalysis text;
  std::vector<events::Event> events;
  std::vector<quotes::Quote> quotes;
};

// Fills `out` from `doc`. An internal failure of a stage is reported on
// stderr naming the document's file and line, and returns false.
bool Analyse(const text::TextPipeline& pipeline, const Analyzers& analyzers, const Document& doc,
             Analysed& out);

// --join-threshold, --merge-threshold, --max-story-days: the story
// clusterer's knobs, for users calibrating it on their own annotated data
// with `readout eval stories`.
void AddClusterFlags(CLI::App& verb, stories::ClusterOptions& options);

}  // namespace readout::cli
