// Which quotes of different sources report the same statement
// (align_statements.cc, statement_groups.h), and how each pair differs
// (alignment.cc).
#pragma once

#include <string>
#include <vector>

#include "readout/compare.h"

namespace readout::compare {

// Similarity of two statements' content words, 0..1: the larger of their
// Dice coefficient and (when the shorter has at least four content words)
// 0.9 x the share of the shorter's words found in the longer, so a partial
// quote of one clause still meets the full sentence it was cut from.
double StatementSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

// How a speaker is shown: the entity, else the words, else the code.
std::string DisplayName(const events::ActorRef& actor);

// Who a quote gives the words to, for the attribution test: the members of
// a plural speaker ("the two leaders"), "both sides" when the quoted words
// themselves begin "The leaders emphasized that ...", else the speaker.
// Sorted display names.
std::vector<std::string> AttributedTo(const Source& source, const quotes::Quote& quote);

// The channel reduced to what tells channels apart: "the Kremlin readout"
// and "the Kremlin statement" are both "kremlin"; "Xinhua" and "the Chinese
// Foreign Ministry readout" differ. With no name, what the channel refers to
// (Quote::channel.entity), else the kind of document ("readout").
std::string ChannelKey(const quotes::Quote& quote);

// The word diff of two quotes plus the attribution, channel and quotation
// kind differences.
QuotePair CompareQuotes(const Source& a_source, const quotes::Quote& a, const Source& b_source,
                        const quotes::Quote& b, double similarity);

// Groups the sources' quotes into statements: pairs from different sources
// at or above options.align_threshold, found through an index of their
// content words and joined strongest first (statement_groups.h). Statements
// carried by one source only are left out. Adds its counts to `stats`.
std::vector<AlignedStatement> AlignStatements(const std::vector<Source>& sources,
                                              const CompareOptions& options, CompareStats& stats);

}  // namespace readout::compare
