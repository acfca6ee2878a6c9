// How well a document fits a story: the evidence that they report the same
// real-world event, as one number (see readout/stories.h for the rules).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "readout/stories.h"

namespace readout::stories {

// What a story keeps of its members for scoring.
struct StoryProfile {
  std::string dyad_a, dyad_b;
  // The members' main-event codes, each once, in order of arrival: a story
  // of a call whose reports were coded 040 ("consult") or 036 ("agree to
  // meet") welcomes either.
  std::vector<std::string> codes;
  bool dated = false;
  std::int32_t day_first = 0, day_last = 0;
  std::string date_precision;
  std::set<std::string> entities;
  std::vector<MinHash> signatures;  // a few members' signatures
};

struct FitScore {
  bool compatible = false;  // the dates allow it at all
  double score = 0;
  double text = 0;          // estimated Jaccard of the closest member's text
  bool same_dyad = false;
  // One code is cooperation (CAMEO roots 01-08) and the other conflict
  // (09-20): not the same event unless the texts are near duplicates.
  bool opposed = false;
};

FitScore ScoreFit(const StoryProfile& story, const Digest& digest, const ClusterOptions& options);

// Days of tolerance either side of a window of this precision.
std::int32_t Tolerance(const std::string& precision, const ClusterOptions& options);

}  // namespace readout::stories
