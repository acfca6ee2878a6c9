// Online clustering of reports into stories. See readout/stories.h.
//
// How it works. Each report is a sparse vector: its features (features.h)
// weighted by sublinear frequency times IDF, names boosted, scaled to unit
// length. The IDF is that of the corpus seen so far, smoothed by a few
// pseudo-documents so that a small run weighs words evenly. A story is the
// sum of its members' vectors (its centroid) plus the span of its members'
// days. A new report is compared with the stories that share its strongest
// features (an inverted index, so the cost does not grow with the number of
// stories), scored by cosine with the centroid faded by the date gap, and
// joins the best one above the join threshold; otherwise it starts a story.
// This is the single-pass centroid clustering of the news-stream
// literature (TF-IDF with time decay); Refine adds the merge pass that joins
// stories a report order split before their common vocabulary was seen.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "stories/date_window.h"
#include "readout/stories.h"

namespace readout::stories {
namespace {

// The features of a report that index it: the strongest few. A story is
// found through any of its members' strongest features.
constexpr std::size_t kIndexedFeatures = 20;
// A feature shared by more than this share of the corpus says little about
// which story a report belongs to; it is not used to find candidates (it
// still counts in the cosine).
constexpr double kMaxIndexedShare = 0.2;
// A story is indexed under at most this many features (its first members'
// strongest), and a feature lists at most this many stories, the latest:
// a story of ten thousand reports or a word in every tenth report must not
// make each new report's look-up long.
constexpr std::size_t kMaxStoryKeys = 256;
constexpr std::size_t kMaxPostings = 512;

using Vector = std::vector<Feature>;  // sorted by key, unit length

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

struct Centroid {
  std::unordered_map<std::uint64_t, double> sum;
  double norm2 = 0;
  void Add(const Vector& v) {
    for (const Feature& f : v) {
      double& x = sum[f.key];
      norm2 += 2 * x * f.weight + static_cast<double>(f.weight) * f.weight;
      x += f.weight;
    }
  }
  void Add(const Centroid& other) {
    for (const auto& [key, w] : other.sum) {
      double& x = sum[key];
      norm2 += 2 * x * w + w * w;
      x += w;
    }
  }
  double Cosine(const Vector& v) const {
    if (norm2 <= 0) return 0;
    double dot = 0;
    for (const Feature& f : v) {
      if (const auto it = sum.find(f.key); it != sum.end()) dot += f.weight * it->second;
    }
    return dot / std::sqrt(norm2);
  }
  double Cosine(const Centroid& other) const {
    if (norm2 <= 0 || other.norm2 <= 0) return 0;
    const Centroid& small = sum.size() <= other.sum.size() ? *this : other;
    const Centroid& large = &small == this ? other : *this;
    double dot = 0;
    for (const auto& [key, w] : small.sum) {
      if (const auto it = large.sum.find(key); it != large.sum.end()) dot += w * it->second;
    }
    return dot / std::sqrt(norm2 * other.norm2);
  }
};

// What a story keeps beside its public record.
struct StoryState {
  Centroid centroid;
  bool has_day = false;
  std::int32_t first_day = 0, last_day = 0;  // span of the dated members
  Votes date, code, dyad, place;
  std::map<std::string, std::string> precision_of;
  std::vector<std::uint64_t> indexed;  // keys this story is indexed under
  std::unordered_set<std::uint64_t> indexed_set;
  std::size_t merged_into = SIZE_MAX;  // Refine: SIZE_MAX while alive
};

std::string DyadKey(const std::string& a, const std::string& b) { return a + '|' + b; }

}  // namespace

struct Clusterer::Impl {
  ClusterOptions options;
  std::vector<Story> stories;
  std::vector<StoryState> states;
  std::unordered_map<std::uint64_t, std::uint32_t> document_frequency;
  std::size_t counted = 0;     // documents in document_frequency
  std::size_t documents = 0;   // documents placed
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> index;  // feature -> stories

  double Idf(std::uint64_t key) const {
    const auto it = document_frequency.find(key);
    const double df = it == document_frequency.end() ? 0 : it->second;
    return std::log((static_cast<double>(counted) + options.prior_documents + 1) / (df + 1));
  }

  Vector Weigh(const Digest& d) const {
    Vector v;
    v.reserve(d.features.size());
    double norm2 = 0;
    for (const Feature& f : d.features) {
      double w = (1 + std::log(std::max(1.0F, f.weight))) * Idf(f.key);
      if (f.name) w *= options.name_boost;
      if (w <= 0) continue;
      v.push_back({f.key, static_cast<float>(w), f.name});
      norm2 += w * w;
    }
    const double norm = std::sqrt(norm2);
    if (norm > 0) {
      for (Feature& f : v) f.weight = static_cast<float>(f.weight / norm);
    }
    return v;
  }

  // How much a date gap lets the content similarity count: 1 within the
  // grace days, fading beyond, 0 past the maximal gap.
  double DateFactor(bool has_day, std::int32_t day, const StoryState& s) const {
    if (!has_day || !s.has_day) return 1;
    const std::int32_t gap = std::max({0, s.first_day - day, day - s.last_day});
    if (gap > options.max_gap_days) return 0;
    if (gap <= options.grace_days) return 1;
    return std::exp(-static_cast<double>(gap - options.grace_days) / options.fade_days);
  }

  bool Indexable(std::uint64_t key) const {
    const auto it = document_frequency.find(key);
    const double df = it == document_frequency.end() ? 0 : it->second;
    return counted < 10 || df <= kMaxIndexedShare * static_cast<double>(counted);
  }

  std::vector<std::uint64_t> Strongest(const Vector& v) const {
    std::vector<Feature> sorted;
    for (const Feature& f : v) {
      if (Indexable(f.key)) sorted.push_back(f);
    }
    const std::size_t n = std::min(kIndexedFeatures, sorted.size());
    std::partial_sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n), sorted.end(),
                      [](const Feature& a, const Feature& b) {
                        return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
                      });
    std::vector<std::uint64_t> keys;
    for (std::size_t i = 0; i < n; ++i) keys.push_back(sorted[i].key);
    return keys;
  }

  // Stories sharing the most of the report's strongest features, at most
  // max_candidates of them, in a deterministic order.
  std::vector<std::size_t> Candidates(const std::vector<std::uint64_t>& keys) const {
    std::unordered_map<std::size_t, std::uint32_t> shared;
    for (const std::uint64_t key : keys) {
      if (const auto it = index.find(key); it != index.end()) {
        for (const std::size_t s : it->second) ++shared[s];
      }
    }
    std::vector<std::pair<std::uint32_t, std::size_t>> ranked;
    for (const auto& [story, n] : shared) {
      if (states[story].merged_into == SIZE_MAX) ranked.emplace_back(n, story);
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    if (ranked.size() > options.max_candidates) ranked.resize(options.max_candidates);
    std::vector<std::size_t> out;
    for (const auto& [n, story] : ranked) out.push_back(story);
    return out;
  }

  std::size_t Create() {
    const std::size_t i = stories.size();
    stories.emplace_back();
    stories.back().id = "s" + std::to_string(i + 1);
    states.emplace_back();
    return i;
  }

  void Index(std::size_t story, const std::vector<std::uint64_t>& keys) {
    StoryState& s = states[story];
    for (const std::uint64_t key : keys) {
      if (s.indexed.size() >= kMaxStoryKeys) return;
      if (!s.indexed_set.insert(key).second) continue;
      s.indexed.push_back(key);
      std::vector<std::size_t>& postings = index[key];
      if (postings.size() >= kMaxPostings) {
        postings.erase(postings.begin(), postings.begin() + kMaxPostings / 2);
      }
      postings.push_back(story);
    }
  }

  void UpdateSummary(std::size_t i) {
    Story& story = stories[i];
    StoryState& s = states[i];
    story.date = s.date.Best();
    story.date_precision = s.precision_of[story.date];
    story.code = s.code.Best();
    story.location = s.place.Best();
    const std::string dyad = s.dyad.Best();
    story.dyad_a.clear();
    story.dyad_b.clear();
    if (const auto bar = dyad.find('|'); bar != std::string::npos) {
      story.dyad_a = dyad.substr(0, bar);
      story.dyad_b = dyad.substr(bar + 1);
    }
  }

  void Join(std::size_t i, Digest&& d, const Vector& v, const std::vector<std::uint64_t>& keys) {
    Story& story = stories[i];
    StoryState& s = states[i];
    story.members.push_back(d.doc);
    story.events.insert(story.events.end(), std::make_move_iterator(d.events.begin()),
                        std::make_move_iterator(d.events.end()));
    s.centroid.Add(v);
    if (d.has_day) {
      s.first_day = s.has_day ? std::min(s.first_day, d.day) : d.day;
      s.last_day = s.has_day ? std::max(s.last_day, d.day) : d.day;
      s.has_day = true;
    }
    s.date.Add(d.date, d.date_precision == "day" ? 1.0 : 0.3);
    if (!d.date.empty()) s.precision_of[d.date] = d.date_precision;
    s.code.Add(d.code, 1);
    if (!d.dyad_a.empty()) s.dyad.Add(DyadKey(d.dyad_a, d.dyad_b), 1);
    s.place.Add(d.location, 1);
    UpdateSummary(i);
    Index(i, keys);
  }

  // Moves story `from` into story `into` (Refine).
  void Absorb(std::size_t into, std::size_t from) {
    Story& a = stories[into];
    Story& b = stories[from];
    StoryState& sa = states[into];
    StoryState& sb = states[from];
    a.members.insert(a.members.end(), b.members.begin(), b.members.end());
    a.events.insert(a.events.end(), b.events.begin(), b.events.end());
    sa.centroid.Add(sb.centroid);
    if (sb.has_day) {
      sa.first_day = sa.has_day ? std::min(sa.first_day, sb.first_day) : sb.first_day;
      sa.last_day = sa.has_day ? std::max(sa.last_day, sb.last_day) : sb.last_day;
      sa.has_day = true;
    }
    for (const auto& [k, w] : sb.date.weight) sa.date.Add(k, w);
    for (const auto& [k, p] : sb.precision_of) sa.precision_of[k] = p;
    for (const auto& [k, w] : sb.code.weight) sa.code.Add(k, w);
    for (const auto& [k, w] : sb.dyad.weight) sa.dyad.Add(k, w);
    for (const auto& [k, w] : sb.place.weight) sa.place.Add(k, w);
    UpdateSummary(into);
    Index(into, sb.indexed);
    sb.merged_into = into;
  }

  // Whether two stories' date spans allow them to be one.
  bool DatesAllow(const StoryState& a, const StoryState& b) const {
    if (!a.has_day || !b.has_day) return true;
    const std::int32_t gap = std::max({0, a.first_day - b.last_day, b.first_day - a.last_day});
    return gap <= options.max_gap_days;
  }
};

Clusterer::Clusterer(ClusterOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
Clusterer::~Clusterer() = default;

void Clusterer::Count(const Digest& digest) {
  ++impl_->counted;
  for (const Feature& f : digest.features) ++impl_->document_frequency[f.key];
}

std::size_t Clusterer::Add(Digest digest) {
  Impl& impl = *impl_;
  if (impl.documents >= impl.counted) Count(digest);
  ++impl.documents;
  const Vector v = impl.Weigh(digest);
  const std::vector<std::uint64_t> keys = impl.Strongest(v);
  std::size_t best = impl.stories.size();
  double best_score = 0;
  for (const std::size_t c : impl.Candidates(keys)) {
    const double factor = impl.DateFactor(digest.has_day, digest.day, impl.states[c]);
    if (factor <= 0) continue;
    const double score = factor * impl.states[c].centroid.Cosine(v);
    if (score >= impl.options.join_threshold && score > best_score) {
      best = c;
      best_score = score;
    }
  }
  if (best == impl.stories.size()) best = impl.Create();
  impl.Join(best, std::move(digest), v, keys);
  return best;
}

void Clusterer::Refine() {
  Impl& impl = *impl_;
  // Greedy: every live story, in order of creation, absorbs the live stories
  // whose centroids are close enough, best first, until none is left; a
  // merged story's centroid is the sum, so a chain of weak links cannot
  // join distant stories.
  bool merged = true;
  while (merged) {
    merged = false;
    for (std::size_t a = 0; a < impl.stories.size(); ++a) {
      if (impl.states[a].merged_into != SIZE_MAX) continue;
      std::size_t best = SIZE_MAX;
      double best_score = impl.options.merge_threshold;
      for (const std::size_t b : impl.Candidates(impl.states[a].indexed)) {
        if (b == a || impl.states[b].merged_into != SIZE_MAX) continue;
        if (!impl.DatesAllow(impl.states[a], impl.states[b])) continue;
        const double score = impl.states[a].centroid.Cosine(impl.states[b].centroid);
        if (score > best_score) {
          best = b;
          best_score = score;
        }
      }
      if (best == SIZE_MAX) continue;
      const std::size_t into = std::min(a, best), from = std::max(a, best);
      impl.Absorb(into, from);
      merged = true;
    }
  }
  // Drop the absorbed stories and renumber, keeping the order of creation.
  std::vector<Story> kept;
  std::vector<StoryState> kept_states;
  for (std::size_t i = 0; i < impl.stories.size(); ++i) {
    if (impl.states[i].merged_into != SIZE_MAX) continue;
    kept.push_back(std::move(impl.stories[i]));
    kept_states.push_back(std::move(impl.states[i]));
  }
  impl.index.clear();
  impl.stories = std::move(kept);
  impl.states = std::move(kept_states);
  for (std::size_t i = 0; i < impl.stories.size(); ++i) {
    impl.stories[i].id = "s" + std::to_string(i + 1);
    std::vector<std::uint64_t> keys = std::move(impl.states[i].indexed);
    impl.states[i].indexed.clear();
    impl.states[i].indexed_set.clear();
    impl.Index(i, keys);
  }
}

void Clusterer::AddBatch(std::vector<Digest> digests) {
  for (const Digest& d : digests) Count(d);
  for (Digest& d : digests) Add(std::move(d));
  Refine();
}

bool AnalysedAsEnglish(const Document& doc) {
  const std::string& lang = doc.language;
  return lang.empty() || lang == "en" || lang.rfind("en-", 0) == 0 || lang.rfind("en_", 0) == 0;
}

const std::vector<Story>& Clusterer::stories() const { return impl_->stories; }
std::size_t Clusterer::documents() const { return impl_->documents; }

double Clusterer::Similarity(const Digest& a, const Digest& b) const {
  const Vector va = impl_->Weigh(a), vb = impl_->Weigh(b);
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < va.size() && j < vb.size()) {
    if (va[i].key < vb[j].key) {
      ++i;
    } else if (vb[j].key < va[i].key) {
      ++j;
    } else {
      dot += static_cast<double>(va[i++].weight) * vb[j++].weight;
    }
  }
  return dot;
}

}  // namespace readout::stories
