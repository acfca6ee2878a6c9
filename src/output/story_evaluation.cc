// `readout eval stories` reports: JSON for machines, text for people.
#include <fmt/format.h>

#include "output/json_writer.h"
#include "readout/output.h"

namespace readout::output {
namespace {

const char* KindName(eval::StoryFailure::Kind k) {
  return k == eval::StoryFailure::Kind::kSplit ? "split" : "merged";
}

}  // namespace

void AppendStoryEvaluationJson(const StoryEvaluation& e, std::string& out) {
  const eval::StoryScores& s = e.scores;
  JsonObject o(out);
  o.Int("documents", static_cast<std::int64_t>(s.documents))
      .Int("gold_stories", static_cast<std::int64_t>(s.gold_stories))
      .Int("predicted_stories", static_cast<std::int64_t>(s.predicted_stories))
      .Double("precision", s.precision)
      .Double("recall", s.recall)
      .Double("f1", s.f1)
      .Int("exact", static_cast<std::int64_t>(s.exact))
      .Double("exact_share", s.exact_share)
      .Double("singletons_f1", s.singletons_f1);
  std::string& failures = o.Raw("failures");
  failures += '[';
  for (std::size_t i = 0; i < e.failures.size(); ++i) {
    const eval::StoryFailure& f = e.failures[i];
    if (i > 0) failures += ',';
    JsonObject fo(failures);
    fo.Str("kind", KindName(f.kind)).Str("story", f.story).Double("similarity", f.similarity);
    if (f.days_apart >= 0) {
      fo.Int("days_apart", f.days_apart);
    } else {
      fo.Null("days_apart");
    }
    std::string& closest = fo.Raw("closest");
    closest += '[';
    AppendJsonString(f.closest_a, closest);
    closest += ',';
    AppendJsonString(f.closest_b, closest);
    closest += ']';
    std::string& members = fo.Raw("members");
    members += '[';
    for (std::size_t m = 0; m < f.members.size(); ++m) {
      if (m > 0) members += ',';
      JsonObject mo(members);
      mo.Str("doc", f.members[m].doc)
          .Str("gold", f.members[m].gold)
          .StrOrNull("predicted", f.members[m].predicted)
          .StrOrNull("day", f.members[m].day);
      mo.Close();
    }
    members += ']';
    fo.Close();
  }
  failures += ']';
  o.Close();
  out += '\n';
}

void AppendStoryEvaluationText(const StoryEvaluation& e, bool failures, std::string& out) {
  const eval::StoryScores& s = e.scores;
  out += fmt::format("documents          {}\n", s.documents);
  out += fmt::format("gold stories       {}\n", s.gold_stories);
  out += fmt::format("predicted stories  {}\n", s.predicted_stories);
  out += fmt::format("B-cubed precision  {:.3f}\n", s.precision);
  out += fmt::format("B-cubed recall     {:.3f}\n", s.recall);
  out += fmt::format("B-cubed F1         {:.3f}\n", s.f1);
  out += fmt::format("exact stories      {}/{} ({:.3f})\n", s.exact, s.gold_stories, s.exact_share);
  out += fmt::format("every doc alone F1 {:.3f}\n", s.singletons_f1);
  if (!failures) return;
  out += fmt::format("\n{} failure{}\n", e.failures.size(), e.failures.size() == 1 ? "" : "s");
  for (const eval::StoryFailure& f : e.failures) {
    const bool split = f.kind == eval::StoryFailure::Kind::kSplit;
    out += fmt::format("\n{} {} ({} documents)", split ? "split gold story" : "merged predicted story",
                       f.story, f.members.size());
    if (!f.closest_a.empty()) {
      out += fmt::format(": closest pair across it {} / {}, similarity {:.3f}, {}", f.closest_a,
                         f.closest_b, f.similarity,
                         f.days_apart >= 0 ? fmt::format("{} days apart", f.days_apart)
                                           : std::string("undated"));
    }
    out += '\n';
    for (const eval::StoryMember& m : f.members) {
      out += fmt::format("  {:<40} {} {:<12} {}\n", m.doc, split ? "in" : "gold", split ? (m.predicted.empty() ? "-" : m.predicted) : m.gold,
                         m.day.empty() ? "undated" : m.day);
    }
  }
}

}  // namespace readout::output
