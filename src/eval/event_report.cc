// `readout eval events` reports: JSON for machines, text for people.
#include "eval/event_report.h"

#include <fmt/format.h>

#include "output/json_writer.h"

namespace readout::eval {
namespace {

using output::JsonObject;

constexpr std::size_t kPredictedClasses = kGoldEventClasses + 1;  // with kNone

std::int64_t Int(std::size_t n) { return static_cast<std::int64_t>(n); }

void AgreementJson(JsonObject& o, std::string_view key, const Agreement& a) {
  JsonObject ao(o.Raw(key));
  ao.Int("checked", Int(a.checked)).Int("agreed", Int(a.agreed)).Double("share", a.share);
  ao.Close();
}

std::string AgreementText(const Agreement& a) {
  if (a.checked == 0) return "-";
  return fmt::format("{:.3f} ({}/{})", a.share, a.agreed, a.checked);
}

// A failure's text on one line, cut to a readable length.
std::string OneLine(std::string_view s, std::size_t max = 200) {
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

void AppendEventEvaluationJson(const EventScores& s, const std::vector<EventFailure>& failures, std::string& out) {
  JsonObject o(out);
  o.Int("sentences", Int(s.sentences))
      .Int("unscored", Int(s.unscored))
      .Double("accuracy", s.accuracy)
      .Double("macro_f1", s.macro_f1)
      .Double("accuracy_none_as_neutral", s.accuracy_none_as_neutral)
      .Double("macro_f1_none_as_neutral", s.macro_f1_none_as_neutral)
      .Double("any_event_accuracy", s.any_event_accuracy)
      .Int("no_event", Int(s.predicted_none))
      .Double("no_event_share", s.no_event_share);
  AgreementJson(o, "event_found", s.event_found);
  {
    JsonObject bo(o.Raw("by_class"));
    for (std::size_t c = 0; c < kGoldEventClasses; ++c) {
      const ClassScores& k = s.by_class[c];
      JsonObject co(bo.Raw(EventClassName(static_cast<EventClass>(c))));
      co.Int("gold", Int(k.gold))
          .Int("predicted", Int(k.predicted))
          .Int("correct", Int(k.correct))
          .Double("precision", k.precision)
          .Double("recall", k.recall)
          .Double("f1", k.f1)
          .Double("f1_none_as_neutral", s.by_class_none_as_neutral[c].f1);
      co.Close();
    }
    bo.Close();
  }
  {
    JsonObject mo(o.Raw("confusion"));
    for (std::size_t g = 0; g < kGoldEventClasses; ++g) {
      JsonObject row(mo.Raw(EventClassName(static_cast<EventClass>(g))));
      for (std::size_t p = 0; p < kPredictedClasses; ++p) {
        row.Int(EventClassName(static_cast<EventClass>(p)), Int(s.confusion[g][p]));
      }
      row.Close();
    }
    mo.Close();
  }
  AgreementJson(o, "source_overlap", s.source_overlap);
  AgreementJson(o, "source_exact", s.source_exact);
  AgreementJson(o, "target_overlap", s.target_overlap);
  AgreementJson(o, "target_exact", s.target_exact);
  AgreementJson(o, "source_code", s.source_code);
  AgreementJson(o, "target_code", s.target_code);
  AgreementJson(o, "code_exact", s.code_exact);
  AgreementJson(o, "code_root", s.code_root);
  {
    JsonObject fo(o.Raw("failures_by_cause"));
    for (std::size_t c = 0; c < kEventFailureCauses; ++c) {
      fo.Int(EventFailureCauseName(static_cast<EventFailureCause>(c)), Int(s.failures_by_cause[c]));
    }
    fo.Close();
  }
  std::string& list = o.Raw("failures");
  list += '[';
  for (std::size_t i = 0; i < failures.size(); ++i) {
    const EventFailure& f = failures[i];
    if (i > 0) list += ',';
    JsonObject fo(list);
    fo.Str("cause", EventFailureCauseName(f.cause))
        .Str("doc", f.doc)
        .Str("text", f.text)
        .Str("gold", EventClassName(f.gold))
        .Str("predicted", EventClassName(f.predicted))
        .StrOrNull("gold_source", f.gold_source)
        .StrOrNull("gold_target", f.gold_target)
        .StrOrNull("code", f.code)
        .StrOrNull("source", f.source)
        .StrOrNull("target", f.target)
        .StrOrNull("verb", f.verb)
        .StrOrNull("rule", f.rule);
    fo.Close();
  }
  list += ']';
  o.Close();
  out += '\n';
}

void AppendEventEvaluationText(const EventScores& s, const std::vector<EventFailure>& failures, bool list_failures,
                               std::string& out) {
  out += fmt::format("{} sentences", s.sentences);
  if (s.unscored > 0) out += fmt::format(" ({} more not scored: read with another text)", s.unscored);
  out += "; predicted class: the class of the sentence's first event, none without one\n";
  out += fmt::format("{:<28} {:>8} {:>8}\n", "", "accuracy", "macro-F1");
  out += fmt::format("{:<28} {:>8.3f} {:>8.3f}\n", "strict (none is wrong)", s.accuracy, s.macro_f1);
  out += fmt::format("{:<28} {:>8.3f} {:>8.3f}\n", "none read as neutral", s.accuracy_none_as_neutral,
                     s.macro_f1_none_as_neutral);
  out += fmt::format("{:<28} {:>8.3f}\n", "any event of the gold class", s.any_event_accuracy);
  out += fmt::format("\n{:<22} {:>5} {:>6} {:>6} {:>6} {:>6} {:>6} {:>10}   predicted as: ", "class", "gold",
                     "pred", "right", "P", "R", "F1", "F1 none=0");
  for (std::size_t p = 0; p < kPredictedClasses; ++p) out += fmt::format("{:>5}", p < kGoldEventClasses ? fmt::format("{}", p) : "none");
  out += '\n';
  for (std::size_t c = 0; c < kGoldEventClasses; ++c) {
    const ClassScores& k = s.by_class[c];
    out += fmt::format("{} {:<20} {:>5} {:>6} {:>6} {:>6.3f} {:>6.3f} {:>6.3f} {:>10.3f}                 ", c,
                       EventClassName(static_cast<EventClass>(c)), k.gold, k.predicted, k.correct, k.precision,
                       k.recall, k.f1, s.by_class_none_as_neutral[c].f1);
    for (std::size_t p = 0; p < kPredictedClasses; ++p) out += fmt::format("{:>5}", s.confusion[c][p]);
    out += '\n';
  }
  out += fmt::format("\nno event: {:.3f} of sentences ({}); event found in gold classes 1-4: {}\n", s.no_event_share,
                     s.predicted_none, AgreementText(s.event_found));
  out += "actors (sentences with an event and a gold span; events of the gold class, else all):\n";
  out += fmt::format("  source  overlap {}  exact {}\n", AgreementText(s.source_overlap), AgreementText(s.source_exact));
  out += fmt::format("  target  overlap {}  exact {}\n", AgreementText(s.target_overlap), AgreementText(s.target_exact));
  if (s.source_code.checked + s.target_code.checked > 0) {
    out += fmt::format("  codes   source {}  target {}\n", AgreementText(s.source_code), AgreementText(s.target_code));
  }
  if (s.code_exact.checked > 0) {
    out += fmt::format("CAMEO code of the first event: exact {}  root {}\n", AgreementText(s.code_exact),
                       AgreementText(s.code_root));
  }
  out += "failures by cause:";
  for (std::size_t c = 0; c < kEventFailureCauses; ++c) {
    out += fmt::format(" {} {}", EventFailureCauseName(static_cast<EventFailureCause>(c)), s.failures_by_cause[c]);
  }
  out += '\n';
  if (!list_failures) return;
  for (std::size_t c = 0; c < kEventFailureCauses; ++c) {
    const auto cause = static_cast<EventFailureCause>(c);
    if (s.failures_by_cause[c] == 0) continue;
    out += fmt::format("\n== {} ({})\n", EventFailureCauseName(cause), s.failures_by_cause[c]);
    for (const EventFailure& f : failures) {
      if (f.cause != cause) continue;
      out += fmt::format("{}  gold {}  predicted {}", f.doc, EventClassName(f.gold), EventClassName(f.predicted));
      if (!f.code.empty()) {
        out += fmt::format("  [{} {} -> {} verb \"{}\" {}]", f.code, f.source, f.target.empty() ? "-" : f.target,
                           f.verb, f.rule);
      }
      out += '\n';
      if (!f.gold_source.empty() || !f.gold_target.empty()) {
        out += fmt::format("    gold source \"{}\" target \"{}\"\n", f.gold_source, f.gold_target);
      }
      out += fmt::format("    {}\n", OneLine(f.text));
    }
  }
}

}  // namespace readout::eval
