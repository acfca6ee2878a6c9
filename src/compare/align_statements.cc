// AlignStatements: which quotes of a story's sources render one statement.
//
// 1. Items. Every quote with three content words or more becomes an item:
//    its content words as a set of interned ids, its source, its speaker,
//    and its run (the pieces of one quotation share a run). Shorter quotes
//    ("any third party") match too much by chance to be aligned.
// 2. Candidates. An inverted index maps each word to the items holding it.
//    Each item probes it with its words rarest first, for later items of
//    other sources. A pair at the threshold shares at least MinSharedWords
//    words, so the probe's last MinSharedWords - 1 words need not be walked
//    (the prefix filter, word_set_index.h): without a cap this finds every
//    pair an all-pairs loop finds, in time proportional to the pairs that
//    share a telling word. A probe stops after max_quote_candidates
//    candidates and stats.quotes_capped counts it: in a story of thousands
//    of copies, a few hundred copies of a quote are plenty to join it to its
//    statement, and the first ones met share its rarest words.
// 3. Groups. Links at or above the threshold, strongest first (ties in item
//    order), joined by GroupStatements.
// 4. Statements. Each group's speaker is its commonest display name; its
//    pairs are every pair across sources, or, past max_quotes_for_all_pairs
//    renderings, every rendering against the one with the most content
//    words (stats.statements_star), so that ten thousand renderings give
//    ten thousand diffs rather than fifty million.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "compare/alignment.h"
#include "compare/content_words.h"
#include "compare/statement_groups.h"
#include "compare/word_set_index.h"

namespace readout::compare {
namespace {

constexpr std::size_t kMinContentWords = 3;

struct QuoteItem {
  std::size_t source;
  const quotes::Quote* quote;
};

// The fewest content words two items of kMinContentWords or more must share
// to reach `threshold` (0.35 needs two: one shared word gives at most 2/6).
std::size_t MinSharedWords(double threshold) {
  for (std::size_t s = 1;; ++s) {
    const std::size_t dice_size = std::max(s, kMinContentWords), containment_size = std::max<std::size_t>(s, 4);
    const double best = std::max(SetSimilarity(s, dice_size, dice_size),
                                 SetSimilarity(s, containment_size, containment_size));
    if (best >= threshold || best >= 1) return s;
  }
}

// Whether `next` continues the quotation `previous` (both of one source, in
// text order): a quoted sentence continuing it, or another piece given to
// the same mention of the speaker (`"A," she said, "and B."`).
bool ContinuesQuotation(const quotes::Quote& previous, const quotes::Quote& next) {
  if (next.via == quotes::SpeakerVia::kContinuation) return true;
  return !next.speaker.span.empty() && next.speaker.span == previous.speaker.span;
}

// Who is quoted, as a key two quotes of one source can share: the entity,
// else the words; pronouns nobody resolved ("he") say nothing.
std::string SpeakerKey(const quotes::Quote& q) {
  if (!q.speaker.entity.empty()) return q.speaker.entity;
  const std::string lower = LowerAscii(q.speaker.text);
  return IsFunctionWord(lower) ? std::string() : lower;
}

}  // namespace

std::vector<AlignedStatement> AlignStatements(const std::vector<Source>& sources,
                                              const CompareOptions& options, CompareStats& stats) {
  const double threshold = options.align_threshold;
  WordVocabulary vocabulary;
  std::vector<QuoteItem> quote_items;
  std::vector<WordSet> sets;  // each item's content words
  std::vector<StatementItem> items;
  std::unordered_map<std::string, std::uint32_t> speakers;  // key -> id from 1
  std::uint32_t runs = 0;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const quotes::Quote* previous = nullptr;
    for (const quotes::Quote& q : *sources[s].quotes) {
      if (previous == nullptr || !ContinuesQuotation(*previous, q)) ++runs;
      previous = &q;
      WordSet words = vocabulary.SetOf(ContentWords(*sources[s].text, q.span));
      if (words.size() < kMinContentWords) continue;
      StatementItem item;
      item.source = static_cast<std::uint32_t>(s);
      item.run = runs;
      if (const std::string key = SpeakerKey(q); !key.empty()) {
        item.speaker = speakers.try_emplace(key, static_cast<std::uint32_t>(speakers.size() + 1)).first->second;
      }
      items.push_back(item);
      quote_items.push_back({s, &q});
      sets.push_back(std::move(words));
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i) items[i].words = &sets[i];
  stats.quotes += items.size();

  // Candidates through the index, then links at the threshold.
  const WordSetIndex index(sets, vocabulary.size());
  CandidateWalker walker(index);
  const std::size_t min_shared = MinSharedWords(threshold);
  std::vector<StatementLink> links;
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    const std::vector<WordId> probe = ProbeOrder(sets[i], index);
    const std::size_t prefix = probe.size() + 1 - std::min(min_shared, probe.size());
    const WalkResult walk = walker.Walk(
        probe, prefix, i, options.max_quote_candidates,
        [&](std::uint32_t j) { return items[j].source == items[i].source; },
        [&](std::uint32_t j) {
          const double sim = SetSimilarity(sets[i], sets[j]);
          if (sim >= threshold && sim > 0) links.push_back({sim, i, j});
          return false;
        });
    stats.quote_candidates += walk.visited;
    if (walk.capped) ++stats.quotes_capped;
  }
  std::sort(links.begin(), links.end(), [](const StatementLink& x, const StatementLink& y) {
    if (x.similarity != y.similarity) return x.similarity > y.similarity;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });

  std::vector<AlignedStatement> out;
  for (const std::vector<std::uint32_t>& members : GroupStatements(items, links, threshold)) {
    AlignedStatement statement;
    std::map<std::string, int> names;
    for (const std::uint32_t m : members) {
      const quotes::Quote& q = *quote_items[m].quote;
      statement.quotes.push_back(q.id);
      statement.docs.push_back(q.doc);
      ++names[DisplayName(q.speaker)];
      if (statement.speaker_code.empty()) statement.speaker_code = q.speaker.code;
    }
    statement.speaker = std::max_element(names.begin(), names.end(), [](const auto& x, const auto& y) {
                          return x.second < y.second;
                        })->first;
    auto add_pair = [&](std::uint32_t a, std::uint32_t b) {
      if (a > b) std::swap(a, b);
      const QuoteItem& x = quote_items[a];
      const QuoteItem& y = quote_items[b];
      statement.pairs.push_back(
          CompareQuotes(sources[x.source], *x.quote, sources[y.source], *y.quote, SetSimilarity(sets[a], sets[b])));
    };
    if (members.size() <= options.max_quotes_for_all_pairs) {
      for (std::size_t i = 0; i < members.size(); ++i) {
        for (std::size_t j = i + 1; j < members.size(); ++j) {
          if (items[members[i]].source != items[members[j]].source) add_pair(members[i], members[j]);
        }
      }
    } else {
      ++stats.statements_star;
      const std::uint32_t reference = *std::max_element(
          members.begin(), members.end(),
          [&](std::uint32_t x, std::uint32_t y) { return sets[x].size() < sets[y].size(); });
      for (const std::uint32_t m : members) {
        if (items[m].source != items[reference].source) add_pair(reference, m);
      }
    }
    out.push_back(std::move(statement));
  }
  return out;
}

}  // namespace readout::compare
