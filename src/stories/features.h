// What a report is about, as weighted features for story clustering.
//
// A report's content is a bag of features, each a 64-bit key (the hash of a
// kind and a normalized string) with a raw weight: how often it occurs,
// counted more in the title and the lede, where the news is. Kinds:
//   term    a content word, lower-cased, plural folded ("shootings" ->
//           "shooting"); function words and the vocabulary of all news
//           ("said", "Monday", "also") are left out;
//   name    a run of capitalised words that is not sentence-initial filler
//           ("Tara Reid", "Harry Winston", "Gulf of Aden"): who and where,
//           the features that tell two same-kind events apart;
//   year    a year the text names (1900-2099): an earthquake of 2009 and one
//           of 2013 share every term but their years;
//   actor   a coded actor's entity or country from the events and quotes.
// Informativeness (IDF) is not known here; the clusterer weighs features
// against the running corpus (see clusterer.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace readout::stories {

// The features of one report, keys unique and sorted.
std::vector<Feature> ExtractFeatures(const text::TextAnalysis& text, const std::vector<events::Event>& events,
                                     const std::vector<quotes::Quote>& quotes);

// Whether a lower-cased word says nothing about which event a report is
// about (function words, reporting verbs, weekdays, months, "officials").
bool IsStopWord(std::string_view lower);

// The term a lower-cased word is counted as: plural and possessive endings
// folded, so "shootings" and "shooting" are one term.
std::string TermOf(std::string_view lower);

}  // namespace readout::stories
