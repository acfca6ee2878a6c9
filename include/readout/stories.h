// stories: which reports, across outlets, are about the same real-world event.
//
//   Digest      what clustering needs to know of one analysed document: its
//               main event (dyad, CAMEO code, resolved date with a window),
//               the entities it names and a MinHash signature of its words.
//   Clusterer   incremental grouping: each new digest joins the story it fits
//               best or starts a new one. Candidates come from an index on
//               the dyad and from MinHash bands, so adding a document costs
//               about the same however many stories there are.
//   Story       one real-world event: its date, dyad, code, the documents
//               that report it and their events.
//
// When two documents are the same story (details in src/stories/):
//   - their main events' date windows overlap, widened by a tolerance that
//     grows with the imprecision of the dates (a day either side for "day");
//   - and either they share the dyad and the CAMEO root family, or their
//     texts are near duplicates (wire copies with new headlines);
//   - and the evidence adds up: dyad, family, date distance, shared entities
//     and quotes, and text similarity give a score that must pass a
//     threshold. Two calls between the same leaders a month apart fail the
//     date test and stay apart; ten outlets' reports of one call join.
//
// Contracts: Summarize is a pure function; a Clusterer is not thread-safe
// (one writer), and the result depends on the order documents are added in
// only when a document fits two stories equally well.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "readout/document.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/text.h"

namespace readout::stories {

inline constexpr std::size_t kMinHashSize = 64;
using MinHash = std::array<std::uint32_t, kMinHashSize>;

struct Digest {
  std::string doc;
  std::string outlet;
  std::string published;       // YYYY-MM-DD or ""
  // The main event: what the report is about (see Summarize).
  std::string dyad_a, dyad_b;  // country codes, sorted; "" when unknown
  std::string code;            // CAMEO code, "" when no event was coded
  std::string date;            // YYYY-MM-DD, YYYY-MM or YYYY; "" unknown
  std::string date_precision;  // "day" | "month" | "year" | ""
  std::int32_t day_first = 0;  // the date's window as days since 1970-01-01
  std::int32_t day_last = 0;
  bool dated = false;          // false: no window, the date test is skipped
  std::string location;        // place name of the main event, "" if none
  std::vector<std::string> entities;  // named people/organisations and
                                      // country codes, sorted, unique
  MinHash signature{};         // over word 3-shingles of the content
  std::uint32_t words = 0;     // content words hashed (0: signature unused)
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
  // Score a candidate must reach to join a story (see src/stories/score.h).
  double join_threshold = 0.5;
  // Days added to each side of a date window, by precision.
  std::int32_t tolerance_day = 1;
  std::int32_t tolerance_month = 0;
  std::int32_t tolerance_year = 0;
};

class Clusterer {
 public:
  explicit Clusterer(ClusterOptions options = {});
  ~Clusterer();
  Clusterer(const Clusterer&) = delete;
  Clusterer& operator=(const Clusterer&) = delete;

  // Places `digest` in a story and returns the story's index in stories().
  std::size_t Add(Digest digest);
  const std::vector<Story>& stories() const;
  std::size_t documents() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout::stories
