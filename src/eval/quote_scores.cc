// QuoteScorer: quotations against gold attributions, span by span.
//
// Per document, every (gold, prediction) pair whose contents overlap by at
// least half the shorter is a candidate; candidates are taken largest
// overlap first, each side at most once (a greedy one-to-one matching, the
// usual reading of PARC/PolNeAR span scores). The gold content counts piece
// by piece, so a cue inserted in the middle of a quotation ("...," he said,
// "...") is not part of what must overlap. Matched pairs then check the
// speaker and the cue by the same overlap rule.
#include <algorithm>
#include <tuple>

#include "readout/eval.h"

namespace readout::eval {
namespace {

std::uint32_t Overlap(Span a, Span b) {
  const std::uint32_t lo = std::max(a.begin, b.begin);
  const std::uint32_t hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

// Overlap over the shorter of the two, counting the gold piece by piece.
double ContentOverlap(const GoldAttribution& g, Span p) {
  std::uint32_t over = 0, gold_len = 0;
  for (Span part : g.parts) {
    over += Overlap(part, p);
    gold_len += part.size();
  }
  const std::uint32_t shorter = std::min(gold_len, p.size());
  return shorter == 0 ? 0.0 : static_cast<double>(over) / shorter;
}

bool HalfOverlap(Span a, Span b) {
  const std::uint32_t shorter = std::min(a.size(), b.size());
  return shorter > 0 && 2 * Overlap(a, b) >= shorter;
}

bool Capitalized(std::string_view s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

AttributionType TypeOfQuote(const quotes::Quote& q) {
  switch (q.kind) {
    case quotes::QuoteKind::kDirect: return AttributionType::kDirect;
    case quotes::QuoteKind::kPartial: return AttributionType::kMixed;
    case quotes::QuoteKind::kIndirect: return AttributionType::kIndirect;
  }
  return AttributionType::kIndirect;
}

QuoteCategory CategoryOfType(AttributionType t) {
  switch (t) {
    case AttributionType::kDirect: return kDirectAttributions;
    case AttributionType::kMixed: return kMixedAttributions;
    case AttributionType::kIndirect: return kIndirectAttributions;
  }
  return kIndirectAttributions;
}

// The categories an attribution of `type` with a cue reading `cue` is in.
std::vector<QuoteCategory> CategoriesOf(AttributionType type, std::string_view cue) {
  std::vector<QuoteCategory> in{kAllAttributions, CategoryOfType(type)};
  const bool saying = IsVerbOfSaying(cue);
  const bool quoted = type != AttributionType::kIndirect;
  if (saying) in.push_back(kSayingAttributions);
  if (quoted) in.push_back(kQuotedAttributions);
  if (saying || quoted) in.push_back(kSayingOrQuotedAttributions);
  return in;
}

double Ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

// PolNeAR annotates `"A," she said. "B."` as one attribution whose content
// runs over both pieces; readout gives the second piece as its own quote,
// a continuation of the first (same frame). Such a continuation is joined
// to the quote it continues when only the cue or nothing but spaces and
// punctuation stands between them, so both conventions compare.
std::vector<quotes::Quote> JoinContinuations(const Document& doc, const std::vector<quotes::Quote>& in) {
  std::vector<quotes::Quote> out;
  out.reserve(in.size());
  for (const quotes::Quote& q : in) {
    if (!out.empty() && q.via == quotes::SpeakerVia::kContinuation) {
      quotes::Quote& p = out.back();
      const bool same_frame = p.verb_span == q.verb_span && p.speaker.text == q.speaker.text;
      bool joinable = false;
      if (same_frame && p.span.end <= q.span.begin) {
        const Span gap{p.span.end, q.span.begin};
        if (!q.verb_span.empty() && q.verb_span.begin >= gap.begin && q.verb_span.end <= gap.end) {
          joinable = true;
        } else {
          joinable = true;
          for (char c : doc.slice(gap)) {
            // Letters or digits between: other words, not a join.
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) joinable = false;
          }
        }
      }
      if (joinable) {
        p.span.end = q.span.end;
        if (p.kind != q.kind) p.kind = quotes::QuoteKind::kPartial;
        continue;
      }
    }
    out.push_back(q);
  }
  return out;
}

}  // namespace

std::string_view QuoteCategoryName(QuoteCategory c) {
  switch (c) {
    case kAllAttributions: return "all";
    case kDirectAttributions: return "direct";
    case kMixedAttributions: return "mixed";
    case kIndirectAttributions: return "indirect";
    case kSayingAttributions: return "saying";
    case kQuotedAttributions: return "quoted";
    case kSayingOrQuotedAttributions: return "saying_or_quoted";
    case kQuoteCategories: break;
  }
  return "all";
}

std::string_view QuoteFailureKindName(QuoteFailure::Kind k) {
  switch (k) {
    case QuoteFailure::Kind::kMissed: return "missed";
    case QuoteFailure::Kind::kSpurious: return "spurious";
    case QuoteFailure::Kind::kWrongSpeaker: return "wrong_speaker";
    case QuoteFailure::Kind::kWrongCue: return "wrong_cue";
  }
  return "missed";
}

void QuoteScorer::Add(const GoldAttributions& gold, const Document& doc,
                      const std::vector<quotes::Quote>& quotes_found) {
  ++counts_.documents;
  const std::vector<quotes::Quote> predicted = JoinContinuations(doc, quotes_found);
  const std::vector<GoldAttribution>& golds = gold.attributions;
  // (overlap over the shorter, overlap over the longer, gold, predicted):
  // of two candidates that both cover a content, the closer in length wins.
  std::vector<std::tuple<double, double, std::size_t, std::size_t>> candidates;
  for (std::size_t g = 0; g < golds.size(); ++g) {
    std::uint32_t gold_len = 0;
    for (Span part : golds[g].parts) gold_len += part.size();
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      const double o = ContentOverlap(golds[g], predicted[p].span);
      if (o < 0.5) continue;
      const std::uint32_t shorter = std::min(gold_len, predicted[p].span.size());
      const std::uint32_t longer = std::max(gold_len, predicted[p].span.size());
      candidates.emplace_back(o, longer == 0 ? 0.0 : o * shorter / longer, g, p);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : std::get<1>(a) > std::get<1>(b);
  });
  std::vector<std::int64_t> match_of_gold(golds.size(), -1);
  std::vector<bool> matched_prediction(predicted.size(), false);
  for (const auto& [o, closeness, g, p] : candidates) {
    if (match_of_gold[g] >= 0 || matched_prediction[p]) continue;
    match_of_gold[g] = static_cast<std::int64_t>(p);
    matched_prediction[p] = true;
  }
  auto failure = [&](QuoteFailure::Kind kind, const GoldAttribution* g, const quotes::Quote* q) {
    if (!keep_failures_) return;
    QuoteFailure f;
    f.kind = kind;
    f.doc = doc.id;
    if (g != nullptr) {
      f.type = g->type;
      f.content = g->content;
      f.gold_source = std::string(doc.slice(g->source));
      f.gold_cue = std::string(doc.slice(g->cue));
    } else {
      f.type = TypeOfQuote(*q);
      f.content = q->span;
    }
    f.content_text = std::string(doc.slice(f.content));
    if (q != nullptr) {
      f.predicted = q->span;
      f.predicted_speaker = q->speaker.text;
      f.predicted_cue = q->verb;
    }
    failures_.push_back(std::move(f));
  };
  for (std::size_t g = 0; g < golds.size(); ++g) {
    const GoldAttribution& a = golds[g];
    const std::vector<QuoteCategory> in = CategoriesOf(a.type, doc.slice(a.cue));
    for (QuoteCategory c : in) ++counts_.by[c].gold;
    if (match_of_gold[g] < 0) {
      failure(QuoteFailure::Kind::kMissed, &a, nullptr);
      continue;
    }
    const quotes::Quote& q = predicted[static_cast<std::size_t>(match_of_gold[g])];
    const bool has_source = !a.source.empty();
    // PolNeAR's source is whoever the words are attributed to in that
    // sentence: for "according to a pool report" the report, which readout
    // gives as the channel of the words; either counts.
    const bool speaker_ok =
        has_source && (HalfOverlap(a.source, q.speaker.span) || HalfOverlap(a.source, q.channel.span) ||
                       (Capitalized(q.speaker.text) && q.speaker.text == doc.slice(a.source)));
    const bool has_cue = !a.cue.empty();
    const bool cue_ok = has_cue && HalfOverlap(a.cue, q.verb_span);
    for (QuoteCategory c : in) {
      CategoryScores& s = counts_.by[c];
      ++s.matched;
      ++s.predicted;
      s.speaker_checked += has_source;
      s.speaker_correct += speaker_ok;
      s.cue_checked += has_cue;
      s.cue_correct += cue_ok;
    }
    if (has_source && !speaker_ok) failure(QuoteFailure::Kind::kWrongSpeaker, &a, &q);
    if (has_cue && !cue_ok) failure(QuoteFailure::Kind::kWrongCue, &a, &q);
  }
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    if (matched_prediction[p]) continue;
    const quotes::Quote& q = predicted[p];
    for (QuoteCategory c : CategoriesOf(TypeOfQuote(q), q.verb)) ++counts_.by[c].predicted;
    failure(QuoteFailure::Kind::kSpurious, nullptr, &q);
  }
}

QuoteScores QuoteScorer::Scores() const {
  QuoteScores out = counts_;
  for (CategoryScores& s : out.by) {
    s.precision = Ratio(s.matched, s.predicted);
    s.recall = Ratio(s.matched, s.gold);
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    s.speaker_accuracy = Ratio(s.speaker_correct, s.speaker_checked);
    s.cue_accuracy = Ratio(s.cue_correct, s.cue_checked);
  }
  return out;
}

}  // namespace readout::eval
