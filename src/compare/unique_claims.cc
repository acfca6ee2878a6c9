// FindUniqueClaims: sentences no other source covers.
//
// Every sentence (titles aside) becomes a set of interned content words,
// each word weighted by its inverse frequency over the story's sentences.
// A claim is covered when some sentence of another source holds words
// worth `threshold` of its weight. Instead of trying every other sentence,
// a claim walks an inverted index (word_set_index.h) with its words
// heaviest (rarest) first, and only as far as they can still matter: once
// the words left weigh less than threshold x the claim's weight, a sentence
// holding none of the words walked cannot cover it (the weighted prefix
// filter). Each candidate is weighed exactly and the walk stops at the
// first that covers the claim, which in a story of many copies is usually
// the first one met.
//
// A claim checked against max_sentence_candidates sentences without finding
// a cover is left undecided, not reported, and counted in
// stats.sentences_capped: "only one source says this" is a claim about
// every source, not to be made on a sample.
#include "compare/unique_claims.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "compare/content_words.h"
#include "compare/word_set_index.h"

namespace readout::compare {
namespace {

constexpr std::size_t kMinClaimWords = 4;

struct SentenceRef {
  std::uint32_t source;
  std::uint32_t index;
};

// The spans of the quotes some other source also reports, by document.
std::map<std::string, std::vector<Span>> AlignedSpans(const std::vector<Source>& sources,
                                                      const std::vector<AlignedStatement>& aligned) {
  std::set<std::string> ids;
  for (const AlignedStatement& a : aligned) ids.insert(a.quotes.begin(), a.quotes.end());
  std::map<std::string, std::vector<Span>> spans;
  for (const Source& s : sources) {
    for (const quotes::Quote& q : *s.quotes) {
      if (ids.count(q.id) > 0) spans[q.doc].push_back(q.span);
    }
  }
  return spans;
}

bool Overlaps(const std::vector<Span>& spans, Span s) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const Span& q) { return q.begin < s.end && q.end > s.begin; });
}

// The weight of the words of `claim` that `other` holds (both ascending).
double Covered(const WordSet& claim, const WordSet& other, const std::vector<double>& weight) {
  double covered = 0;
  auto i = claim.begin(), j = other.begin();
  while (i != claim.end() && j != other.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      covered += weight[*i];
      ++i;
      ++j;
    }
  }
  return covered;
}

// How many of `probe`'s leading words a cover must share one of: the words
// after them weigh less than `needed` together. A hair of slack keeps a
// cover whose weight equals `needed` up to rounding.
std::size_t WeightedPrefix(const std::vector<WordId>& probe, const std::vector<double>& weight, double needed) {
  double rest = 0;
  std::size_t prefix = probe.size();
  while (prefix > 0 && rest + weight[probe[prefix - 1]] < needed * (1 - 1e-9)) rest += weight[probe[--prefix]];
  return prefix;
}

}  // namespace

std::vector<UniqueClaim> FindUniqueClaims(const std::vector<Source>& sources,
                                          const std::vector<AlignedStatement>& aligned,
                                          const CompareOptions& options, CompareStats& stats) {
  const double threshold = options.unique_threshold;
  const std::map<std::string, std::vector<Span>> aligned_spans = AlignedSpans(sources, aligned);
  WordVocabulary vocabulary;
  std::vector<SentenceRef> sentences;
  std::vector<WordSet> sets;
  for (std::uint32_t s = 0; s < sources.size(); ++s) {
    const text::TextAnalysis& text = *sources[s].text;
    for (std::uint32_t i = 0; i < text.sentences.size(); ++i) {
      if (text.sentences[i].has(text::kTitleSentence)) continue;
      sentences.push_back({s, i});
      sets.push_back(vocabulary.SetOf(ContentWords(text, text.sentences[i].span)));
    }
  }
  const WordSetIndex index(sets, vocabulary.size());
  const double total = static_cast<double>(sentences.size()) + 1;
  std::vector<double> weight(vocabulary.size());
  for (WordId w = 0; w < weight.size(); ++w) weight[w] = std::log(total / static_cast<double>(index.frequency(w)));

  CandidateWalker walker(index);
  std::vector<UniqueClaim> claims;
  for (std::uint32_t c = 0; c < sentences.size(); ++c) {
    const WordSet& words = sets[c];
    if (words.size() < kMinClaimWords) continue;
    double whole = 0;
    for (const WordId w : words) whole += weight[w];
    if (whole <= 0) continue;
    const Source& source = sources[sentences[c].source];
    const Span span = source.text->sentences[sentences[c].index].span;
    if (const auto it = aligned_spans.find(source.doc->id);
        it != aligned_spans.end() && Overlaps(it->second, span)) {
      continue;
    }
    ++stats.sentences;
    const std::vector<WordId> probe = ProbeOrder(words, index);
    const WalkResult walk = walker.Walk(
        probe, WeightedPrefix(probe, weight, threshold * whole), -1, options.max_sentence_candidates,
        [&](std::uint32_t other) { return sentences[other].source == sentences[c].source; },
        [&](std::uint32_t other) { return Covered(words, sets[other], weight) / whole >= threshold; });
    stats.sentence_candidates += walk.visited;
    if (walk.stopped) continue;
    if (walk.capped) {
      ++stats.sentences_capped;
      continue;
    }
    UniqueClaim u;
    u.doc = source.doc->id;
    u.sentence = sentences[c].index;
    u.span = span;
    u.text = text::VisibleText(*source.doc, u.span);
    claims.push_back(std::move(u));
  }
  return claims;
}

}  // namespace readout::compare
