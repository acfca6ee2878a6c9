// Compare: one story's sources side by side. See readout/compare.h.
#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "compare/alignment.h"
#include "compare/quantities.h"
#include "compare/unique_claims.h"
#include "readout/compare.h"

namespace readout::compare {

std::size_t SourceCount(const AlignedStatement& statement) {
  std::set<std::string_view> docs(statement.docs.begin(), statement.docs.end());
  return docs.size();
}

std::string_view DiffKindName(DiffKind k) {
  switch (k) {
    case DiffKind::kWording: return "wording";
    case DiffKind::kTruncation: return "truncation";
    case DiffKind::kOmission: return "omission";
    case DiffKind::kAddition: return "addition";
    case DiffKind::kAttribution: return "attribution";
    case DiffKind::kChannel: return "channel";
    case DiffKind::kQuoteKind: return "quote_kind";
  }
  return "wording";
}

std::string_view QuantityKindName(QuantityKind k) {
  switch (k) {
    case QuantityKind::kDuration: return "duration";
    case QuantityKind::kMoney: return "money";
    case QuantityKind::kCount: return "count";
    case QuantityKind::kPercent: return "percent";
    case QuantityKind::kDate: return "date";
  }
  return "count";
}

namespace {

std::vector<TimelineEntry> Timeline(const stories::Story& story, const std::vector<Source>& members) {
  const std::set<std::string> ids(story.events.begin(), story.events.end());
  std::vector<std::tuple<std::string, std::size_t, std::size_t, TimelineEntry>> ordered;
  for (std::size_t s = 0; s < members.size(); ++s) {
    const std::vector<events::Event>& evs = *members[s].events;
    for (std::size_t i = 0; i < evs.size(); ++i) {
      const events::Event& e = evs[i];
      if (ids.count(e.id) == 0) continue;
      TimelineEntry t;
      t.date = e.date;
      t.date_precision = e.date_precision;
      t.doc = e.doc;
      t.event = e.id;
      t.code = e.code;
      t.source = e.source.code;
      t.target = e.target.code;
      t.text = e.evidence_text;
      ordered.emplace_back(e.date, s, i, std::move(t));
    }
  }
  std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) {
    return std::tie(std::get<0>(x), std::get<1>(x), std::get<2>(x)) <
           std::tie(std::get<0>(y), std::get<1>(y), std::get<2>(y));
  });
  std::vector<TimelineEntry> out;
  for (auto& entry : ordered) out.push_back(std::move(std::get<3>(entry)));
  return out;
}

using SourcesById = std::unordered_map<std::string_view, const Source*>;

// Every source by its document id (the first when several share one).
SourcesById IndexSources(const std::vector<Source>& sources) {
  SourcesById by_id;
  for (const Source& s : sources) {
    if (s.doc != nullptr) by_id.try_emplace(s.doc->id, &s);
  }
  return by_id;
}

std::vector<Source> MembersFrom(const stories::Story& story, const SourcesById& by_id) {
  std::vector<Source> members;
  for (const std::string& doc : story.members) {
    if (const auto it = by_id.find(doc); it != by_id.end()) members.push_back(*it->second);
  }
  return members;
}

// The story's members, in the story's order (the first source of an id when
// several share it). A story of a few members looks them up one by one, so
// that thousands of small stories compared one call each do not each index
// thousands of sources (CompareStories indexes them once for all).
std::vector<Source> Members(const stories::Story& story, const std::vector<Source>& sources) {
  constexpr std::size_t kLookUpOneByOne = 16;
  if (story.members.size() > kLookUpOneByOne) return MembersFrom(story, IndexSources(sources));
  std::vector<Source> members;
  for (const std::string& doc : story.members) {
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const Source& s) { return s.doc != nullptr && s.doc->id == doc; });
    if (it != sources.end()) members.push_back(*it);
  }
  return members;
}

Comparison CompareMembers(const stories::Story& story, const std::vector<Source>& members,
                          const CompareOptions& options) {
  Comparison c;
  c.story = story.id;
  for (const Source& s : members) {
    c.sources.push_back(
        {s.doc->id, s.doc->outlet, s.doc->published, s.doc->title, s.doc->url, s.doc->published_source});
  }
  if (members.size() >= 2) {
    c.aligned = AlignStatements(members, options, c.stats);
    c.unique = FindUniqueClaims(members, c.aligned, options, c.stats);
    std::vector<std::vector<Quantity>> per_document;
    for (const Source& s : members) per_document.push_back(FindQuantities(*s.doc, *s.text));
    c.quantities = CompareQuantities(per_document);
  }
  c.timeline = Timeline(story, members);
  return c;
}

}  // namespace

Comparison Compare(const stories::Story& story, const std::vector<Source>& sources,
                   const CompareOptions& options) {
  return CompareMembers(story, Members(story, sources), options);
}

std::vector<Comparison> CompareStories(const std::vector<stories::Story>& stories,
                                       const std::vector<Source>& sources, const CompareOptions& options) {
  const SourcesById by_id = IndexSources(sources);
  std::vector<Comparison> out;
  out.reserve(stories.size());
  for (const stories::Story& story : stories) {
    out.push_back(CompareMembers(story, MembersFrom(story, by_id), options));
  }
  return out;
}

}  // namespace readout::compare
