// stories: which reports, across outlets, are about the same real-world event.
//
//   Digest      what clustering needs to know of one analysed document: its
//               content as weighted features (terms, names, years, coded
//               actors; see src/stories/features.h), its date, and its main
//               event (dyad, CAMEO code, date) for the story's summary.
//   Clusterer   stories formed online: each new digest joins the story whose
//               centroid it is closest to, or starts a new one; Refine then
//               joins stories that were split early.
//   Story       one real-world event: its date, dyad, code, the documents
//               that report it and their events.
//
// When two documents are the same story (details in src/stories/):
//   - their content is alike: the cosine of TF-IDF vectors, each feature
//     weighted by how rare it is in the corpus seen so far, names counting
//     more than common words. Any kind of news is grouped, with or without
//     a pair of countries; a coded dyad is one feature among many;
//   - their dates allow it: a story spans at most `max_gap_days`, and the
//     similarity fades with the gap beyond `grace_days` (follow-ups a few
//     days later join, two calls a month apart do not). An undated report is placed by
//     content and by the years its text names, never by a date it does not
//     have.
//
// Contracts: Summarize is a pure function; a Clusterer is not thread-safe
// (one writer). Given the same digests in the same order it gives the same
// stories.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/text.h"

namespace readout::stories {

// One weighted feature of a report's content (see src/stories/features.h).
struct Feature {
  std::uint64_t key = 0;
  float weight = 0;
  bool name = false;  // a name, year or coded actor: boosted (ClusterOptions::name_boost)
};

struct Digest {
  std::string doc;
  std::string outlet;
  std::string published;       // YYYY-MM-DD or ""
  // The report's own day (days since 1970-01-01): its publication date from
  // its record, URL or dateline; not one guessed from the dates it names.
  bool has_day = false;
  std::int32_t day = 0;
  // The main event: what the report is about (see Summarize).
  std::string dyad_a, dyad_b;  // country codes, sorted; "" when unknown
  std::string code;            // CAMEO code, "" when no event was coded
  std::string date;            // YYYY-MM-DD, YYYY-MM or YYYY; "" unknown
  std::string date_precision;  // "day" | "month" | "year" | ""
  std::int32_t day_first = 0;  // the date's window as days since 1970-01-01
  std::int32_t day_last = 0;
  bool dated = false;          // false: the main event has no date
  std::string location;        // place name of the main event, "" if none
  std::vector<Feature> features;      // keys unique and sorted
  std::vector<std::string> events;    // ids of the document's events dated
                                      // within a day of the main event
};

// The digest of one coded document. The main event is the most frequent
// dyad of the asserted and reported events of the first paragraphs (title
// and lede count double), its date the most common date of those events.
Digest Summarize(const Document& doc, const text::TextAnalysis& text,
                 const std::vector<events::Event>& events,
                 const std::vector<quotes::Quote>& quotes);

struct Story {
  std::string id;               // "s1", "s2", ... in order of creation
  std::string date;             // the members' main-event date (most common)
  std::string date_precision;
  std::string dyad_a, dyad_b;
  std::string code;             // the most common main-event code
  std::string location;
  std::vector<std::string> members;  // doc ids, in the order they joined
  std::vector<std::string> events;   // the members' events of the story's
                                     // days (Digest::events)
};

struct ClusterOptions {
  // Cosine a report's vector must reach with a story's centroid to join it.
  double join_threshold = 0.2;
  // Cosine two stories' centroids must reach for Refine to join them.
  double merge_threshold = 0.35;
  // Names weigh this much more than common words.
  double name_boost = 1.5;
  // Dates: within grace_days of a story's dated members a report's
  // similarity counts in full; beyond, it fades (by e every fade_days); a
  // story never spans more than max_gap_days (an event and its follow-ups,
  // not a chain of reports each a few days after the last).
  std::int32_t grace_days = 2;
  double fade_days = 6;
  std::int32_t max_gap_days = 14;
  // Pseudo-documents added to the corpus size in the IDF, so that the first
  // few reports of a run (or a run of two) weigh their words evenly instead
  // of calling every shared word common.
  double prior_documents = 20;
  // How many stories a report is compared with at most: those sharing the
  // most of its strongest features.
  std::size_t max_candidates = 64;
};

class Clusterer {
 public:
  explicit Clusterer(ClusterOptions options = {});
  ~Clusterer();
  Clusterer(const Clusterer&) = delete;
  Clusterer& operator=(const Clusterer&) = delete;

  // Counts a digest's features in the corpus statistics without placing it.
  // A batch run counts every document first so that the first ones are
  // weighed against the whole corpus; Add counts what was not counted.
  void Count(const Digest& digest);
  // Places `digest` in a story and returns the story's index in stories().
  std::size_t Add(Digest digest);
  // A batch, as `readout compare` and `readout eval stories` run it: counts
  // every digest, places each in order, then refines.
  void AddBatch(std::vector<Digest> digests);
  // Joins stories whose centroids are alike and whose dates allow it (a
  // story split early because its first reports differed). Story ids are
  // renumbered in order of their first member. Cheap to call again.
  void Refine();
  const std::vector<Story>& stories() const;
  std::size_t documents() const;
  // The cosine of two digests' content as the clusterer weighs it now (for
  // explaining a grouping, see readout/eval.h).
  double Similarity(const Digest& a, const Digest& b) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Whether a document is analysed as English: declared or detected "en", or
// of unknown language. Other documents are listed as not analysed and never
// join a story.
bool AnalysedAsEnglish(const Document& doc);

}  // namespace readout::stories
