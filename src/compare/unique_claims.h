// Claims only one source carries: sentences whose content no other source's
// sentence covers.
#pragma once

#include <vector>

#include "readout/compare.h"

namespace readout::compare {

// A sentence of one source is carried by another when some sentence there
// covers at least `threshold` of its content, each word weighted by its
// inverse document frequency over all the sources' sentences (so "China"
// and "Russia", in every sentence of a China-Russia story, weigh little and
// "hour and a half" weighs much). Title lines and sentences of fewer than
// four content words are not claims.
// A sentence holding a quote of `aligned` (another source reports the same
// statement, perhaps in another translation) is never unique.
// The threshold is options.unique_threshold; a sentence checked against
// options.max_sentence_candidates others without a cover is left out and
// counted in stats.sentences_capped. Adds its counts to `stats`.
std::vector<UniqueClaim> FindUniqueClaims(const std::vector<Source>& sources,
                                          const std::vector<AlignedStatement>& aligned,
                                          const CompareOptions& options, CompareStats& stats);

}  // namespace readout::compare
