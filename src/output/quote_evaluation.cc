// `readout eval quotes` reports: JSON for machines, text for people.
#include <fmt/format.h>

#include "output/json_writer.h"
#include "readout/output.h"

namespace readout::output {
namespace {

// A failure's text on one line, cut to a readable length.
std::string OneLine(std::string_view s, std::size_t max = 160) {
  std::string out;
  for (char c : s) {
    if (out.size() >= max) {
      out += "...";
      break;
    }
    out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
  }
  return out;
}

}  // namespace

void AppendQuoteEvaluationJson(const QuoteEvaluation& e, std::string& out) {
  JsonObject o(out);
  o.Int("documents", static_cast<std::int64_t>(e.scores.documents));
  o.Int("unscored", static_cast<std::int64_t>(e.scores.unscored));
  std::string& by = o.Raw("by");
  JsonObject bo(by);
  for (std::size_t c = 0; c < eval::kQuoteCategories; ++c) {
    const eval::CategoryScores& s = e.scores.by[c];
    std::string& cat = bo.Raw(eval::QuoteCategoryName(static_cast<eval::QuoteCategory>(c)));
    JsonObject co(cat);
    co.Int("gold", static_cast<std::int64_t>(s.gold))
        .Int("predicted", static_cast<std::int64_t>(s.predicted))
        .Int("matched", static_cast<std::int64_t>(s.matched))
        .Double("precision", s.precision)
        .Double("recall", s.recall)
        .Double("f1", s.f1)
        .Int("speaker_checked", static_cast<std::int64_t>(s.speaker_checked))
        .Int("speaker_correct", static_cast<std::int64_t>(s.speaker_correct))
        .Double("speaker_accuracy", s.speaker_accuracy)
        .Int("cue_checked", static_cast<std::int64_t>(s.cue_checked))
        .Int("cue_correct", static_cast<std::int64_t>(s.cue_correct))
        .Double("cue_accuracy", s.cue_accuracy);
    co.Close();
  }
  bo.Close();
  std::string& failures = o.Raw("failures");
  failures += '[';
  for (std::size_t i = 0; i < e.failures.size(); ++i) {
    const eval::QuoteFailure& f = e.failures[i];
    if (i > 0) failures += ',';
    JsonObject fo(failures);
    fo.Str("kind", eval::QuoteFailureKindName(f.kind))
        .Str("doc", f.doc)
        .Str("type", eval::AttributionTypeName(f.type))
        .Int("start", f.content.begin)
        .Int("end", f.content.end)
        .Str("text", f.content_text)
        .StrOrNull("gold_source", f.gold_source)
        .StrOrNull("gold_cue", f.gold_cue)
        .StrOrNull("predicted_speaker", f.predicted_speaker)
        .StrOrNull("predicted_cue", f.predicted_cue);
    fo.Close();
  }
  failures += ']';
  o.Close();
  out += '\n';
}

void AppendQuoteEvaluationText(const QuoteEvaluation& e, bool failures, std::string& out) {
  out += fmt::format("{} documents", e.scores.documents);
  if (e.scores.unscored > 0) out += fmt::format(" ({} more not scored: read with another text)", e.scores.unscored);
  out += '\n';
  out += fmt::format("{:<17} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>8} {:>6}\n", "attributions", "gold",
                     "found", "P", "R", "F1", "match", "speaker", "cue");
  for (std::size_t c = 0; c < eval::kQuoteCategories; ++c) {
    const eval::CategoryScores& s = e.scores.by[c];
    out += fmt::format("{:<17} {:>6} {:>6} {:>6.3f} {:>6.3f} {:>6.3f} {:>6} {:>8.3f} {:>6.3f}\n",
                       eval::QuoteCategoryName(static_cast<eval::QuoteCategory>(c)), s.gold, s.predicted,
                       s.precision, s.recall, s.f1, s.matched, s.speaker_accuracy, s.cue_accuracy);
  }
  out += "(found: predictions in the category; speaker and cue: accuracy among matches with a gold source or cue)\n";
  if (!failures) return;
  for (const eval::QuoteFailure& f : e.failures) {
    out += fmt::format("{}\t{}\t{}\t{}-{}\t{}", eval::QuoteFailureKindName(f.kind), f.doc,
                       eval::AttributionTypeName(f.type), f.content.begin, f.content.end,
                       OneLine(f.content_text));
    if (!f.gold_source.empty() || !f.gold_cue.empty()) {
      out += fmt::format("\tgold: {} / {}", OneLine(f.gold_source, 60), OneLine(f.gold_cue, 40));
    }
    if (!f.predicted_speaker.empty() || !f.predicted_cue.empty()) {
      out += fmt::format("\treadout: {} / {}", OneLine(f.predicted_speaker, 60), OneLine(f.predicted_cue, 40));
    }
    out += '\n';
  }
}

}  // namespace readout::output
