#include "compare/unique_claims.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "compare/content_words.h"

namespace readout::compare {
namespace {

constexpr std::size_t kMinClaimWords = 4;

struct SentenceWords {
  std::size_t source;
  std::uint32_t index;
  std::set<std::string> words;
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

}  // namespace

std::vector<UniqueClaim> FindUniqueClaims(const std::vector<Source>& sources,
                                          const std::vector<AlignedStatement>& aligned, double threshold) {
  const std::map<std::string, std::vector<Span>> aligned_spans = AlignedSpans(sources, aligned);
  std::vector<SentenceWords> sentences;
  std::unordered_map<std::string, std::size_t> frequency;  // sentences holding a word
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const text::TextAnalysis& text = *sources[s].text;
    for (std::uint32_t i = 0; i < text.sentences.size(); ++i) {
      if (text.sentences[i].has(text::kTitleSentence)) continue;
      const std::vector<std::string> words = ContentWords(text, text.sentences[i].span);
      SentenceWords entry{s, i, std::set<std::string>(words.begin(), words.end())};
      for (const std::string& w : entry.words) ++frequency[w];
      sentences.push_back(std::move(entry));
    }
  }
  const double total = static_cast<double>(sentences.size()) + 1;
  auto weight = [&](const std::string& w) {
    const auto it = frequency.find(w);
    const double df = it == frequency.end() ? 1 : static_cast<double>(it->second);
    return std::log(total / df);
  };

  std::vector<UniqueClaim> claims;
  for (const SentenceWords& claim : sentences) {
    if (claim.words.size() < kMinClaimWords) continue;
    double whole = 0;
    for (const std::string& w : claim.words) whole += weight(w);
    if (whole <= 0) continue;
    double best = 0;
    for (const SentenceWords& other : sentences) {
      if (other.source == claim.source) continue;
      double covered = 0;
      for (const std::string& w : claim.words) {
        if (other.words.count(w) > 0) covered += weight(w);
      }
      best = std::max(best, covered / whole);
    }
    if (best >= threshold) continue;
    const Source& source = sources[claim.source];
    const Span span = source.text->sentences[claim.index].span;
    if (const auto it = aligned_spans.find(source.doc->id);
        it != aligned_spans.end() && Overlaps(it->second, span)) {
      continue;
    }
    UniqueClaim u;
    u.doc = source.doc->id;
    u.sentence = claim.index;
    u.span = span;
    u.text = text::VisibleText(*source.doc, u.span);
    claims.push_back(std::move(u));
  }
  return claims;
}

}  // namespace readout::compare
