// resolve: when and where an event happened, from the words of its sentence
// and the document's publication date.
//
//   ResolveDate   finds date expressions in one sentence ("February 24,
//                 2025", "on Thursday", "last week", "three years ago") and
//                 resolves them against the publication date into an ISO date
//                 with a precision and an inclusive window of days.
//   Gazetteer     countries (ISO alpha-3, name, capital) and cities (name,
//                 country, coordinates, population) loaded from
//                 data/gazetteer/*.tsv; FindLocation picks the place of a
//                 sentence ("in Riyadh", "at talks in Geneva").
//
// Date rules (relative expressions need a publication date; without one only
// dates that carry their year resolve):
//   day          "February 24, 2025", "24 February 2025", "2025-02-24";
//                "Feb. 24" / "on January 21" without a year: the year that
//                puts it on or before publication (on or after when
//                DateOptions::future); "today", "yesterday", "tomorrow";
//                weekdays ("on Thursday"): the latest such day on or before
//                publication, or with `future` the first one after it.
//   week         "last week", "this week", "next week": the calendar week
//                (Monday to Sunday) is the window; date is the publication
//                date moved by 7 days (last/next) or itself (this), precision
//                "day", window_days 7. DESIGN allows no "week" precision.
//   month        "earlier this month", "this month" (window: the 1st to the
//                publication day), "last month", "in March" (the latest March
//                on or before publication), "February 2025", "a month ago",
//                "just over a month ago", "two months ago" (date: the month of
//                publication minus N months; window: 15 days either side of
//                that day, cut to one side by "just over"/"more than" or
//                "almost"/"nearly"; never after publication).
//   year         "in 2022", "last year", "this year", "three years ago" /
//                "3 years ago" (window: the whole year; `anchor` is the
//                anniversary day, for callers that want a single guess).
// ResolveDate returns the most precise expression (smallest window), the
// earliest on ties; FindDates returns all of them in text order.
//
// Contracts: every function here is pure; a Gazetteer is immutable after
// Load and safe to share between threads. Offsets in ResolvedDate are byte
// offsets into the sentence_text given; spans in Location are offsets into
// Document::text (via the TextAnalysis's tokens).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readout/document.h"
#include "readout/status.h"
#include "readout/text.h"

namespace readout::resolve {

// ---------------------------------------------------------------- dates

enum class DatePrecision : std::uint8_t { kNone, kDay, kMonth, kYear };
std::string_view DatePrecisionName(DatePrecision p);  // "", "day", "month", "year"

struct ResolvedDate {
  bool found = false;
  std::string date;            // "YYYY-MM-DD" | "YYYY-MM" | "YYYY" by precision
  DatePrecision precision = DatePrecision::kNone;
  std::string window_start;    // inclusive, always "YYYY-MM-DD"
  std::string window_end;      // inclusive, always "YYYY-MM-DD"
  std::uint32_t window_days = 0;
  std::string anchor;          // single best day "YYYY-MM-DD" inside the window
  bool relative = false;       // needed the publication date
  std::uint32_t begin = 0;     // the expression's byte offsets in sentence_text
  std::uint32_t end = 0;

  // True when the inclusive window [window_start, window_end] contains the
  // ISO day `day` ("YYYY-MM-DD").
  bool Contains(std::string_view day) const;
};

struct DateOptions {
  // The sentence speaks of the future ("will meet on Monday"): weekdays and
  // month-day dates without a year resolve forward from publication.
  bool future = false;
};

// The most precise date expression in sentence_text (normalized text of one
// sentence), resolved against `published` (ISO date or date-time, or "").
// found == false when there is none or it cannot be resolved.
ResolvedDate ResolveDate(std::string_view sentence_text, std::string_view published,
                         const DateOptions& options = {});

// Every resolvable date expression, in text order, none overlapping.
std::vector<ResolvedDate> FindDates(std::string_view sentence_text, std::string_view published,
                                    const DateOptions& options = {});

// The same for one sentence of an analysed document; begin/end of the result
// are then offsets into Document::text.
ResolvedDate ResolveDate(const text::TextAnalysis& analysis, const text::Sentence& sentence,
                         std::string_view published, const DateOptions& options = {});

// ---------------------------------------------------------------- places

// The date at which dated dictionary codes ("[RUSGOV >20000507]") are read
// for a document: its publication date as YYYYMMDD. A month alone counts as
// its 15th and a year alone as 1 July. With no date, kUndatedCodeDate: the
// codes in force last (open-ended "[CODE >date]"), not the oldest ones.
// `precision`, when given, receives what the date held.
inline constexpr std::int32_t kUndatedCodeDate = 99991231;
std::int32_t CodeDate(std::string_view published, DatePrecision* precision = nullptr);

struct Country {
  std::string alpha3;          // "SAU"
  std::string name;            // "Saudi Arabia"
  std::string capital;         // "Riyadh", "" when unknown
  double capital_lat = 0;
  double capital_lon = 0;
  bool has_capital = false;
};

struct City {
  std::string name;            // "Genève" / "Geneva": as in cities.tsv
  std::string country;         // alpha-3
  double lat = 0;
  double lon = 0;
  std::uint64_t population = 0;
};

enum class PlaceKind : std::uint8_t { kNone, kCity, kCountry };

struct Location {
  bool found = false;
  PlaceKind kind = PlaceKind::kNone;
  std::string name;            // as written in the sentence (normalized text)
  std::string canonical;       // the gazetteer's name ("Saudi Arabia", "Riyadh")
  std::string country;         // alpha-3
  bool has_coords = false;     // false for a country without a known capital
  double lat = 0;              // the city, or the country's capital
  double lon = 0;
  Span span;                   // original offsets of the name in Document::text
  std::string preposition;     // "in", "at", "near", ... or "" (bare mention)
};

struct LocationOptions {
  // Also return a place named without a locative preposition ("Riyadh
  // hosted ..."). Off by default: "China and Russia" are actors, not places.
  bool allow_bare = false;
};

class Gazetteer {
 public:
  // Reads dir/countries.tsv and dir/cities.tsv. A malformed line fails with
  // a Status whose location names the file and line.
  static Result<Gazetteer> Load(const std::string& dir);

  Gazetteer();
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  std::size_t country_count() const;
  std::size_t city_count() const;
  const Country* FindCountry(std::string_view alpha3) const;
  // Cities named `name` (any case; name, ASCII name or alternate name),
  // most populous first.
  std::vector<const City*> FindCities(std::string_view name) const;

  // The place where the event of `sentence` happened:
  //   1. names are matched at capitalized words, longest first (up to the
  //      longest name in the gazetteer), against countries (names, aliases)
  //      and cities; a country wins over a city of the same name;
  //   2. a name preceded by in/at/near/outside/inside/across/throughout
  //      (optionally with "the" or a direction word between: "in eastern
  //      Ukraine") is preferred; then to/into/on/from/toward; bare mentions
  //      only with allow_bare;
  //   3. within the best rank a city beats a country ("in Riyadh, Saudi
  //      Arabia"), then the earliest wins;
  //   4. an ambiguous city name goes to a country named in the same
  //      sentence when one of its candidates lies there, otherwise to the
  //      most populous candidate.
  // A name that is part of a larger capitalized name ("Washington Post"),
  // a possessive ("Russia's") or the sentence's first word (for a city) is
  // not a place.
  Location FindLocation(const text::TextAnalysis& analysis, const text::Sentence& sentence,
                        const LocationOptions& options = {}) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace readout::resolve
