#include "stories/score.h"

#include <algorithm>

#include "stories/minhash.h"

namespace readout::stories {
namespace {

// Below this many hashed words a signature says little: a one-line brief
// shares few shingles with anything.
constexpr std::uint32_t kMinWordsForText = 20;

// CAMEO roots 01-08 are cooperation, 09-20 conflict: a report of talks and a
// report of shelling between the same two countries on the same day are two
// events, two reports of talks (code 036 "agreed to meet" and 043 "hosted")
// are likely one.
int Side(const std::string& code) {
  if (code.size() < 2) return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return 0;
  return root <= 8 ? 1 : 2;
}

double FamilyScore(const std::string& a, const std::string& b) {
  if (a.size() < 2 || b.size() < 2) return 0;
  if (a.compare(0, 2, b, 0, 2) == 0) return 0.15;
  const int sa = Side(a), sb = Side(b);
  if (sa == 0 || sb == 0) return 0;
  return sa == sb ? 0.05 : -0.2;
}

// The best family match among the story's codes; 0 when either is unknown.
double BestFamilyScore(const std::vector<std::string>& story, const std::string& code) {
  if (story.empty()) return 0;
  double best = -1;
  for (const std::string& c : story) best = std::max(best, FamilyScore(c, code));
  return best;
}

// Overlap coefficient: a short report naming three of a long report's
// twenty entities should still count as overlapping fully.
double EntityOverlap(const std::set<std::string>& story, const std::vector<std::string>& doc) {
  if (story.empty() || doc.empty()) return 0;
  std::size_t shared = 0;
  for (const std::string& e : doc) shared += story.count(e);
  return static_cast<double>(shared) / static_cast<double>(std::min(story.size(), doc.size()));
}

}  // namespace

std::int32_t Tolerance(const std::string& precision, const ClusterOptions& options) {
  if (precision == "day") return options.tolerance_day;
  if (precision == "month") return options.tolerance_month;
  return options.tolerance_year;
}

FitScore ScoreFit(const StoryProfile& story, const Digest& digest, const ClusterOptions& options) {
  FitScore fit;
  double date_score = 0;
  if (story.dated && digest.dated) {
    const std::int32_t tolerance =
        Tolerance(story.date_precision, options) + Tolerance(digest.date_precision, options);
    if (digest.day_first > story.day_last + tolerance || digest.day_last < story.day_first - tolerance) {
      return fit;  // different days: a different event, however alike
    }
    const bool overlap = digest.day_first <= story.day_last && digest.day_last >= story.day_first;
    date_score = overlap ? 0.2 : 0.1;
    // A month or a year overlapping is weak evidence of the same event.
    if (story.date_precision != "day" || digest.date_precision != "day") date_score /= 2;
  }
  fit.compatible = true;

  if (digest.words >= kMinWordsForText) {
    for (const MinHash& s : story.signatures) {
      fit.text = std::max(fit.text, EstimateJaccard(s, digest.signature));
    }
  }
  fit.same_dyad = !digest.dyad_a.empty() && digest.dyad_a == story.dyad_a && digest.dyad_b == story.dyad_b;
  const double family = BestFamilyScore(story.codes, digest.code);
  fit.opposed = family < 0;
  fit.score = (fit.same_dyad ? 0.4 : 0) + date_score + family +
              0.15 * EntityOverlap(story.entities, digest.entities) + 0.6 * fit.text;
  return fit;
}

}  // namespace readout::stories
