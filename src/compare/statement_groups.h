// From links between quotes to statements: which quotes, across a story's
// sources, are renderings of one statement.
//
// Links (pairs of quotes of different sources at or above the alignment
// threshold) are taken strongest first, and each joins the two groups its
// quotes are in unless, for some source in both, no quote of it in one
// group is the same statement as a quote of it in the other. A source may
// render one statement several times, and those renderings belong together:
//   - pieces of one quotation (an interrupted quote, `"A," she said, "and
//     B."`, or a quoted sentence continuing it): the same `run`;
//   - a phrase quoted again almost whole (the lede's "with one voice" and
//     the full sentence further down): similarity 0.8 or more;
//   - the same speaker saying something similar at the threshold (a
//     paraphrase in the lede, the quotation in the body).
// Anything else of one source is another statement, which keeps a
// Norwegian official's "whoever negotiates climate finance" out of the
// president's "negotiate climate finance with one voice" although a short
// fragment of the latter is similar to both.
//
// Union by size, the smaller group's quotes looked up among the larger's
// quotes of the same source: N quotes are grouped in about N log N steps
// plus one step per link.
#pragma once

#include <cstdint>
#include <vector>

#include "compare/word_set_index.h"

namespace readout::compare {

struct StatementItem {
  std::uint32_t source = 0;
  std::uint32_t run = 0;            // pieces of one quotation share it (per source)
  std::uint32_t speaker = 0;        // who is quoted, interned; 0: unknown
  const WordSet* words = nullptr;   // content words, must outlive the call
};

struct StatementLink {
  double similarity = 0;
  std::uint32_t a = 0, b = 0;       // item indexes, a < b, different sources
};

// The similarity of two content-word sets, 0..1: the larger of their Dice
// coefficient and (when the smaller has at least four words) 0.9 x the
// share of the smaller's words found in the larger. See StatementSimilarity.
double SetSimilarity(std::size_t shared, std::size_t a_size, std::size_t b_size);
double SetSimilarity(const WordSet& a, const WordSet& b);

// Groups of two sources or more, each ascending, in order of their first
// item. `links` must be sorted strongest first (ties in (a, b) order).
std::vector<std::vector<std::uint32_t>> GroupStatements(const std::vector<StatementItem>& items,
                                                        const std::vector<StatementLink>& links,
                                                        double threshold);

}  // namespace readout::compare
