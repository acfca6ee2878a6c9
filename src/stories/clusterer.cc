// Incremental clustering of digests into stories. See readout/stories.h.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "stories/date_window.h"
#include "stories/minhash.h"
#include "stories/score.h"
#include "readout/stories.h"

namespace readout::stories {
namespace {

// A story remembers a few member texts to compare newcomers with: the first
// ones, which usually include the wire original. More would cost time per
// candidate without finding more copies.
constexpr std::size_t kSignaturesPerStory = 4;
// Main-event codes a story remembers for the family test.
constexpr std::size_t kCodesPerStory = 8;
// A story's entity set is capped so a long-running story stays cheap.
constexpr std::size_t kEntitiesPerStory = 256;
// Candidates by date are looked up this many days around the newcomer's
// window, beyond the tolerance: a month-precise story is indexed under its
// first day.
constexpr std::int32_t kIndexReach = 31;

// Votes for a story's date, code, dyad and place: the most common value
// among its members, a day-precise date counting more than a vague one.
struct Votes {
  std::map<std::string, double> weight;
  void Add(const std::string& value, double w) {
    if (!value.empty()) weight[value] += w;
  }
  std::string Best() const {
    std::string best;
    double best_weight = 0;
    for (const auto& [value, w] : weight) {
      if (w > best_weight) {
        best = value;
        best_weight = w;
      }
    }
    return best;
  }
};

std::string DyadKey(const std::string& a, const std::string& b, bool undated = false) {
  std::string key = a;
  key += '|';
  key += b;
  if (undated) key += '?';
  return key;
}

}  // namespace

struct Clusterer::Impl {
  ClusterOptions options;
  std::vector<Story> stories;
  std::vector<StoryProfile> profiles;
  std::vector<Votes> date_votes, code_votes, dyad_votes, place_votes;
  std::vector<std::map<std::string, std::string>> precision_of;
  // dyad -> first day of a member's window -> stories. Undated stories of a
  // dyad sit under day 0 of the key with a "?" suffix.
  std::unordered_map<std::string, std::multimap<std::int32_t, std::size_t>> by_dyad;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_band;
  std::size_t documents = 0;

  void Candidates(const Digest& d, std::vector<std::size_t>& out) const {
    out.clear();
    if (!d.dyad_a.empty()) {
      if (const auto it = by_dyad.find(DyadKey(d.dyad_a, d.dyad_b)); it != by_dyad.end()) {
        auto first = it->second.begin(), last = it->second.end();
        if (d.dated) {
          first = it->second.lower_bound(d.day_first - kIndexReach);
          last = it->second.upper_bound(d.day_last + kIndexReach);
        }
        for (auto i = first; i != last; ++i) out.push_back(i->second);
      }
      if (const auto it = by_dyad.find(DyadKey(d.dyad_a, d.dyad_b, true)); it != by_dyad.end()) {
        for (const auto& [day, story] : it->second) out.push_back(story);
      }
    }
    if (d.words > 0) {
      for (const std::uint64_t key : BandKeys(d.signature)) {
        if (const auto it = by_band.find(key); it != by_band.end()) {
          out.insert(out.end(), it->second.begin(), it->second.end());
        }
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }

  std::size_t Create() {
    const std::size_t index = stories.size();
    stories.emplace_back();
    stories.back().id = 's';
    stories.back().id += std::to_string(index + 1);
    profiles.emplace_back();
    date_votes.emplace_back();
    code_votes.emplace_back();
    dyad_votes.emplace_back();
    place_votes.emplace_back();
    precision_of.emplace_back();
    return index;
  }

  void Join(std::size_t index, Digest&& d) {
    Story& story = stories[index];
    StoryProfile& profile = profiles[index];
    story.members.push_back(d.doc);
    story.events.insert(story.events.end(), std::make_move_iterator(d.events.begin()),
                        std::make_move_iterator(d.events.end()));

    const double date_weight = d.date_precision == "day" ? 1.0 : 0.3;
    date_votes[index].Add(d.date, date_weight);
    precision_of[index][d.date] = d.date_precision;
    code_votes[index].Add(d.code, 1);
    if (!d.dyad_a.empty()) dyad_votes[index].Add(DyadKey(d.dyad_a, d.dyad_b), 1);
    place_votes[index].Add(d.location, 1);

    story.date = date_votes[index].Best();
    story.date_precision = precision_of[index][story.date];
    story.code = code_votes[index].Best();
    story.location = place_votes[index].Best();
    const std::string dyad = dyad_votes[index].Best();
    if (const auto bar = dyad.find('|'); bar != std::string::npos) {
      story.dyad_a = dyad.substr(0, bar);
      story.dyad_b = dyad.substr(bar + 1);
    }

    profile.dyad_a = story.dyad_a;
    profile.dyad_b = story.dyad_b;
    if (!d.code.empty() && profile.codes.size() < kCodesPerStory &&
        std::find(profile.codes.begin(), profile.codes.end(), d.code) == profile.codes.end()) {
      profile.codes.push_back(d.code);
    }
    profile.date_precision = story.date_precision;
    if (const auto window = DateWindow(story.date)) {
      profile.dated = true;
      profile.day_first = window->first;
      profile.day_last = window->second;
    }
    for (std::string& e : d.entities) {
      if (profile.entities.size() >= kEntitiesPerStory) break;
      profile.entities.insert(std::move(e));
    }
    if (d.words > 0 && profile.signatures.size() < kSignaturesPerStory) {
      profile.signatures.push_back(d.signature);
      for (const std::uint64_t key : BandKeys(d.signature)) by_band[key].push_back(index);
    }
    if (!d.dyad_a.empty()) {
      const std::string key = DyadKey(d.dyad_a, d.dyad_b);
      if (d.dated) {
        auto& days = by_dyad[key];
        const auto range = days.equal_range(d.day_first);
        const bool known = std::any_of(range.first, range.second,
                                       [&](const auto& entry) { return entry.second == index; });
        if (!known) days.emplace(d.day_first, index);
      } else {
        auto& undated = by_dyad[DyadKey(d.dyad_a, d.dyad_b, true)];
        if (undated.empty() || std::none_of(undated.begin(), undated.end(), [&](const auto& entry) {
              return entry.second == index;
            })) {
          undated.emplace(0, index);
        }
      }
    }
  }
};

Clusterer::Clusterer(ClusterOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
Clusterer::~Clusterer() = default;

std::size_t Clusterer::Add(Digest digest) {
  Impl& impl = *impl_;
  ++impl.documents;
  std::vector<std::size_t> candidates;
  impl.Candidates(digest, candidates);
  std::size_t best = impl.stories.size();
  double best_score = 0;
  for (const std::size_t c : candidates) {
    const FitScore fit = ScoreFit(impl.profiles[c], digest, impl.options);
    if (!fit.compatible) continue;
    // Without the same dyad and event family only a near-duplicate text
    // joins: a wire copy whose coder found other actors is still the same
    // report, but talks and a clash between the same two countries on the
    // same day are two events (dyad, date and the dyad's entities alone
    // would outscore the family penalty).
    if ((!fit.same_dyad || fit.opposed) && fit.text < 0.5) continue;
    if (fit.score >= impl.options.join_threshold && fit.score > best_score) {
      best = c;
      best_score = fit.score;
    }
  }
  if (best == impl.stories.size()) best = impl.Create();
  impl.Join(best, std::move(digest));
  return best;
}

const std::vector<Story>& Clusterer::stories() const { return impl_->stories; }
std::size_t Clusterer::documents() const { return impl_->documents; }

}  // namespace readout::stories
