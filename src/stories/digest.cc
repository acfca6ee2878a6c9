// Summarize: what a document is about, for clustering. See readout/stories.h.
#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "stories/date_window.h"
#include "stories/features.h"
#include "readout/stories.h"

namespace readout::stories {
namespace {

// How much an event says about what the report is about. The title and the
// lede name the news; later paragraphs add background ("In January, Japan
// imposed duties ..."). Plans and conditions are weaker evidence than what
// happened.
double EventWeight(const text::TextAnalysis& text, const events::Event& e) {
  double weight = 1;
  if (e.sentence < text.sentences.size()) {
    const text::Sentence& s = text.sentences[e.sentence];
    if (s.has(text::kTitleSentence)) {
      weight = 3;
    } else if (s.paragraph <= 1) {
      weight = 2;
    }
  }
  if (e.modality == events::Modality::kIntended || e.modality == events::Modality::kConditional) {
    weight *= 0.25;
  } else if (e.modality == events::Modality::kReported) {
    weight *= 0.5;  // what someone says happened: the lede's own assertion leads
  }
  return weight;
}

bool IsCountry(const std::string& code) { return code.size() == 3 && code != "---"; }

std::pair<std::string, std::string> DyadOf(const events::Event& e) {
  std::string a = e.source.country;
  std::string b = e.target.country;
  if (!IsCountry(a) || !IsCountry(b) || a == b) return {};
  if (b < a) std::swap(a, b);
  return {a, b};
}

// Whether an event's date falls within a day of the main event's window.
bool OnMainDays(const Digest& d, const events::Event& e) {
  if (!d.dated) return true;
  const auto window = DateWindow(e.date);
  return window && window->first <= d.day_last + 1 && window->second >= d.day_first - 1;
}

// Weighted votes that remember the order values first appeared in, so a
// tie goes to what the text says first (the lede), not to whatever sorts
// first.
template <typename Key>
class Ballot {
 public:
  void Add(const Key& key, double weight) {
    for (auto& [k, w] : votes_) {
      if (k == key) {
        w += weight;
        return;
      }
    }
    votes_.emplace_back(key, weight);
  }
  bool empty() const { return votes_.empty(); }
  // Heaviest first; ties in order of appearance.
  std::vector<Key> Ranked() const {
    std::vector<std::pair<Key, double>> sorted = votes_;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<Key> keys;
    for (auto& [key, weight] : sorted) keys.push_back(std::move(key));
    return keys;
  }
  Key Winner() const {
    Key best{};
    double best_weight = 0;
    for (const auto& [key, weight] : votes_) {
      if (weight > best_weight) {
        best = key;
        best_weight = weight;
      }
    }
    return best;
  }

 private:
  std::vector<std::pair<Key, double>> votes_;
};

}  // namespace

Digest Summarize(const Document& doc, const text::TextAnalysis& text,
                 const std::vector<events::Event>& events,
                 const std::vector<quotes::Quote>& quotes) {
  Digest d;
  d.doc = doc.id;
  d.outlet = doc.outlet;
  d.published = doc.published.substr(0, std::min<std::size_t>(doc.published.size(), 10));

  // The dyad: the country pair the weightiest events are between. Without
  // any two-country event, the two countries named most often as actors.
  Ballot<std::pair<std::string, std::string>> dyads;
  Ballot<std::string> countries;
  for (const events::Event& e : events) {
    const double w = EventWeight(text, e);
    const auto dyad = DyadOf(e);
    if (!dyad.first.empty()) dyads.Add(dyad, w);
    if (IsCountry(e.source.country)) countries.Add(e.source.country, w);
    if (IsCountry(e.target.country)) countries.Add(e.target.country, w);
  }
  for (const quotes::Quote& q : quotes) {
    if (IsCountry(q.speaker.country)) countries.Add(q.speaker.country, 0.5);
  }
  std::pair<std::string, std::string> dyad = dyads.Winner();
  if (const std::vector<std::string> ranked = countries.Ranked(); dyad.first.empty() && ranked.size() >= 2) {
    dyad = {ranked[0], ranked[1]};
    if (dyad.second < dyad.first) std::swap(dyad.first, dyad.second);
  }
  d.dyad_a = dyad.first;
  d.dyad_b = dyad.second;

  // Date: votes of every event, those on the dyad counting double, because
  // the lede's date is the news's date even when its actors are only half
  // coded; a day-precise date outvotes a month or a year, which only say
  // roughly when.
  Ballot<std::string> dates;
  std::map<std::string, std::string> precision_of;
  for (const events::Event& e : events) {
    if (e.date.empty()) continue;
    const bool on_dyad = dyads.empty() || DyadOf(e) == dyad;
    const double w = EventWeight(text, e) * (on_dyad ? 2 : 1);
    dates.Add(e.date, e.date_precision == "day" ? w : w * 0.3);
    precision_of[e.date] = e.date_precision;
  }
  d.date = dates.Winner();
  if (d.date.empty() && !d.published.empty()) {
    d.date = d.published;
    precision_of[d.date] = "day";
  }
  d.date_precision = precision_of[d.date];
  if (const auto window = DateWindow(d.date)) {
    d.dated = true;
    d.day_first = window->first;
    d.day_last = window->second;
  }

  // Code and place: votes of the events on the dyad (all events when the
  // dyad came from countries alone) of the main event's days, so that a
  // background paragraph ("In January, Japan imposed duties ...") does not
  // decide what kind of event the report is about.
  // A joint action coded both ways ("both sides agreed": A->B and B->A) is
  // one vote, not two.
  Ballot<std::string> codes, places;
  std::set<std::pair<std::uint32_t, std::string>> counted;
  for (const events::Event& e : events) {
    if (!dyads.empty() && DyadOf(e) != dyad) continue;
    if (!OnMainDays(d, e)) continue;
    if (!counted.emplace(e.sentence, e.code).second) continue;
    const double w = EventWeight(text, e);
    codes.Add(e.code, w);
    if (e.has_location) places.Add(e.location.name, w);
  }
  d.code = codes.Winner();
  d.location = places.Winner();

  for (const events::Event& e : events) {
    // The story's own events are those of its days; background ("last
    // month's call", "the January row") stays out.
    if (OnMainDays(d, e)) d.events.push_back(e.id);
  }
  d.features = ExtractFeatures(text, events, quotes);
  // A date guessed from the dates the text names is no publication date:
  // it may place the report but must not keep it from its story.
  if (const auto window = DateWindow(d.published);
      window && d.published.size() == 10 && doc.published_source != "text") {
    d.has_day = true;
    d.day = window->first;
  }
  return d;
}

}  // namespace readout::stories
