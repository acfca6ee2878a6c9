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
// literature (TF-IDF with time decay). Refine then revisits the stories as
// a whole: it joins stories a report order split before their common
// vocabulary was seen, and splits a story that holds two same-kind events
// (bisect.h).
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "stories/bisect.h"
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
// A member keeps its strongest features for Refine's split test.
constexpr std::size_t kKeptFeatures = 512;
// Bisect: the two parts must be this much more alike within than across,
// each of at least this many reports; larger stories are not examined.
constexpr double kSplitRatio = 5.0;
constexpr std::size_t kMinSplitPart = 2;
constexpr std::size_t kMaxSplitMembers = 300;

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

// A story's centroid: the sum of its members' vectors, its squared norm
// kept as members are added.
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

// What the clusterer keeps of a placed report: enough to rebuild any story
// it ends up in.
struct Member {
  std::string doc;
  Vector vector;  // as weighed when placed (Refine's centroids use it too)
  std::vector<std::uint64_t> keys;  // its strongest features (the index's)
  bool has_day = false;
  std::int32_t day = 0;
  std::string date, precision, code, dyad, place;
  std::vector<std::string> events;
};

struct StoryState {
  Centroid centroid;
  bool has_day = false;
  std::int32_t first_day = 0, last_day = 0;  // span of the dated members
  Votes date, code, dyad, place;
  std::map<std::string, std::string> precision_of;
  std::vector<std::size_t> members;  // into Impl::members
  std::vector<std::uint64_t> indexed;  // keys this story is indexed under
  std::unordered_set<std::uint64_t> indexed_set;
  bool dead = false;  // absorbed by another story in Refine
  bool changed = false;  // Refine merged into it or split it
};

std::string DyadKey(const std::string& a, const std::string& b) { return a + '|' + b; }

}  // namespace

struct Clusterer::Impl {
  ClusterOptions options;
  std::vector<Story> stories;
  std::vector<StoryState> states;
  std::vector<Member> members;
  std::unordered_map<std::uint64_t, std::uint32_t> document_frequency;
  std::size_t counted = 0;     // documents in document_frequency
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
  // grace days of the story's dated members, fading beyond; 0 when the
  // story would then span more than max_gap_days. A story is one event and
  // its follow-ups, not a chain of reports each a few days after the last:
  // the span is bounded, whatever the order the reports come in.
  double DateFactor(bool has_day, std::int32_t day, const StoryState& s) const {
    if (!has_day || !s.has_day) return 1;
    if (std::max(s.last_day, day) - std::min(s.first_day, day) > options.max_gap_days) return 0;
    const std::int32_t gap = std::max({0, s.first_day - day, day - s.last_day});
    if (gap <= options.grace_days) return 1;
    return std::exp(-static_cast<double>(gap - options.grace_days) / options.fade_days);
  }

  // Whether two stories' date spans allow them to be one (the same bound).
  bool DatesAllow(const StoryState& a, const StoryState& b) const {
    if (!a.has_day || !b.has_day) return true;
    return std::max(a.last_day, b.last_day) - std::min(a.first_day, b.first_day) <= options.max_gap_days;
  }

  bool Indexable(std::uint64_t key) const {
    const auto it = document_frequency.find(key);
    const double df = it == document_frequency.end() ? 0 : it->second;
    return counted < 10 || df <= kMaxIndexedShare * static_cast<double>(counted);
  }

  // The n strongest features of v (ties by key), among those `keep` allows.
  template <typename Keep>
  static Vector Strongest(const Vector& v, std::size_t n, Keep keep) {
    Vector sorted;
    for (const Feature& f : v) {
      if (keep(f.key)) sorted.push_back(f);
    }
    n = std::min(n, sorted.size());
    std::partial_sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n), sorted.end(),
                      [](const Feature& a, const Feature& b) {
                        return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
                      });
    sorted.resize(n);
    return sorted;
  }

  // Stories sharing the most of the given features, at most
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
      if (!states[story].dead) ranked.emplace_back(n, story);
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

  // Adds member m to story i's record, centroid and votes (not its summary).
  void Append(std::size_t i, std::size_t m) {
    Story& story = stories[i];
    StoryState& s = states[i];
    const Member& member = members[m];
    s.members.push_back(m);
    story.members.push_back(member.doc);
    story.events.insert(story.events.end(), member.events.begin(), member.events.end());
    s.centroid.Add(member.vector);
    if (member.has_day) {
      s.first_day = s.has_day ? std::min(s.first_day, member.day) : member.day;
      s.last_day = s.has_day ? std::max(s.last_day, member.day) : member.day;
      s.has_day = true;
    }
    s.date.Add(member.date, member.precision == "day" ? 1.0 : 0.3);
    if (!member.date.empty()) s.precision_of[member.date] = member.precision;
    s.code.Add(member.code, 1);
    s.dyad.Add(member.dyad, 1);
    s.place.Add(member.place, 1);
    Index(i, member.keys);
  }

  // Story i made anew from `of` (Refine).
  void Rebuild(std::size_t i, const std::vector<std::size_t>& of) {
    const std::string id = stories[i].id;
    stories[i] = Story{};
    stories[i].id = id;
    states[i] = StoryState{};
    for (const std::size_t m : of) Append(i, m);
    UpdateSummary(i);
    states[i].changed = true;
  }

  // Joins stories whose centroids are alike and whose dates allow it. A
  // story is looked up through its first members' strongest features (as a
  // report is), and only stories that changed are looked at again.
  void Merge() {
    std::vector<std::size_t> work;
    for (std::size_t i = stories.size(); i-- > 0;) work.push_back(i);  // pops in order of creation
    while (!work.empty()) {
      const std::size_t a = work.back();
      work.pop_back();
      if (states[a].dead) continue;
      const std::vector<std::uint64_t>& indexed = states[a].indexed;
      const std::vector<std::uint64_t> keys(indexed.begin(),
                                            indexed.begin() + static_cast<std::ptrdiff_t>(
                                                                  std::min(indexed.size(), kIndexedFeatures)));
      std::size_t best = SIZE_MAX;
      double best_score = options.merge_threshold;
      for (const std::size_t b : Candidates(keys)) {
        if (b == a || states[b].dead || !DatesAllow(states[a], states[b])) continue;
        const double score = states[a].centroid.Cosine(states[b].centroid);
        if (score > best_score) {
          best = b;
          best_score = score;
        }
      }
      if (best == SIZE_MAX) continue;
      const std::size_t into = std::min(a, best), from = std::max(a, best);
      std::vector<std::size_t> all = states[into].members;
      all.insert(all.end(), states[from].members.begin(), states[from].members.end());
      Rebuild(into, all);
      states[from].dead = true;
      work.push_back(into);
    }
  }

  // Splits every story that holds two events (bisect.h); the second part
  // becomes a new story.
  void Split() {
    for (std::size_t i = 0; i < stories.size(); ++i) {
      if (states[i].dead) continue;
      std::vector<const Vector*> vectors;
      for (const std::size_t m : states[i].members) vectors.push_back(&members[m].vector);
      const std::optional<Bisection> parts = Bisect(vectors, kSplitRatio, kMinSplitPart, kMaxSplitMembers);
      if (!parts) continue;
      std::vector<std::size_t> a, b;
      for (const std::size_t k : parts->a) a.push_back(states[i].members[k]);
      for (const std::size_t k : parts->b) b.push_back(states[i].members[k]);
      // The part holding the story's first member keeps its place.
      if (std::find(a.begin(), a.end(), states[i].members.front()) == a.end()) std::swap(a, b);
      Rebuild(i, a);
      Rebuild(Create(), b);
      --i;  // the remaining part may split again
    }
  }

  // Drops absorbed stories, orders the rest by their first member's arrival
  // and renumbers them, and rebuilds the index. Only stories that Refine
  // changed are rebuilt (their members back in order of arrival).
  void Compact() {
    std::vector<std::size_t> live;
    for (std::size_t i = 0; i < stories.size(); ++i) {
      if (!states[i].dead) live.push_back(i);
    }
    const auto first = [&](std::size_t i) {
      return *std::min_element(states[i].members.begin(), states[i].members.end());
    };
    std::sort(live.begin(), live.end(), [&](std::size_t x, std::size_t y) { return first(x) < first(y); });
    std::vector<Story> old_stories = std::move(stories);
    std::vector<StoryState> old_states = std::move(states);
    stories.clear();
    states.clear();
    index.clear();
    for (const std::size_t i : live) {
      const std::size_t at = Create();
      if (old_states[i].changed) {
        std::vector<std::size_t> g = std::move(old_states[i].members);
        std::sort(g.begin(), g.end());
        Rebuild(at, g);
        continue;
      }
      const std::string id = stories[at].id;
      stories[at] = std::move(old_stories[i]);
      stories[at].id = id;
      states[at] = std::move(old_states[i]);
      std::vector<std::uint64_t> keys = std::move(states[at].indexed);
      states[at].indexed.clear();
      states[at].indexed_set.clear();
      Index(at, keys);
    }
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
  if (impl.members.size() >= impl.counted) Count(digest);
  Member m;
  m.vector = impl.Weigh(digest);
  for (const Feature& f : impl.Strongest(m.vector, kIndexedFeatures,
                                         [&](std::uint64_t key) { return impl.Indexable(key); })) {
    m.keys.push_back(f.key);
  }
  std::size_t best = impl.stories.size();
  double best_score = 0;
  for (const std::size_t c : impl.Candidates(m.keys)) {
    const double factor = impl.DateFactor(digest.has_day, digest.day, impl.states[c]);
    if (factor <= 0) continue;
    const double score = factor * impl.states[c].centroid.Cosine(m.vector);
    if (score >= impl.options.join_threshold && score > best_score) {
      best = c;
      best_score = score;
    }
  }
  // What Refine needs of the report: its strongest features, in key order.
  if (m.vector.size() > kKeptFeatures) {
    m.vector = impl.Strongest(m.vector, kKeptFeatures, [](std::uint64_t) { return true; });
    std::sort(m.vector.begin(), m.vector.end(), [](const Feature& a, const Feature& b) { return a.key < b.key; });
  }
  m.doc = std::move(digest.doc);
  m.has_day = digest.has_day;
  m.day = digest.day;
  m.date = std::move(digest.date);
  m.precision = std::move(digest.date_precision);
  m.code = std::move(digest.code);
  if (!digest.dyad_a.empty()) m.dyad = DyadKey(digest.dyad_a, digest.dyad_b);
  m.place = std::move(digest.location);
  m.events = std::move(digest.events);
  impl.members.push_back(std::move(m));
  if (best == impl.stories.size()) best = impl.Create();
  impl.Append(best, impl.members.size() - 1);
  impl.UpdateSummary(best);
  return best;
}

void Clusterer::AddBatch(std::vector<Digest> digests) {
  for (const Digest& d : digests) Count(d);
  for (Digest& d : digests) Add(std::move(d));
  Refine();
}

void Clusterer::Refine() {
  impl_->Merge();
  impl_->Split();
  impl_->Compact();
}

bool AnalysedAsEnglish(const Document& doc) {
  const std::string& lang = doc.language;
  return lang.empty() || lang == "en" || lang.rfind("en-", 0) == 0 || lang.rfind("en_", 0) == 0;
}

const std::vector<Story>& Clusterer::stories() const { return impl_->stories; }
std::size_t Clusterer::documents() const { return impl_->members.size(); }

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
