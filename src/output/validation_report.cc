// Validation reports: the scores of a `readout validate` run as one JSON
// object for scripts (the validate_floor test reads it) and as text for a
// person deciding what to fix next (totals, categories, then each failure
// with what was expected beside what was found).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "output/json_writer.h"
#include "readout/output.h"

namespace readout::output {
namespace {

using validate::Counts;
using validate::RecordResult;
using validate::Triple;

void Ratio(JsonObject& o, std::string_view key, std::optional<double> v) {
  if (v) {
    o.Double(key, *v);
  } else {
    o.Null(key);
  }
}

void Triples(const std::vector<Triple>& ts, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < ts.size(); ++i) {
    if (i > 0) out += ',';
    JsonObject t(out);
    t.Str("source", ts[i].source).Str("target", ts[i].target).Str("code", ts[i].code);
    t.Close();
  }
  out += ']';
}

std::string Percent(std::optional<double> v) {
  return v ? fmt::format("{:.1f}%", *v * 100) : std::string("-");
}

std::string Share(std::uint64_t part, std::uint64_t whole) {
  return whole == 0 ? std::string("-") : fmt::format("{:.1f}%", 100.0 * static_cast<double>(part) /
                                                                      static_cast<double>(whole));
}

// A record's text on one line: validation records wrap their sentences.
std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::string TripleText(const Triple& t) { return t.source + " " + t.target + " " + t.code; }

}  // namespace

void AppendValidationJson(const validate::Report& report, std::size_t max_failures, std::string& out) {
  const Counts& c = report.overall;
  JsonObject o(out);
  o.Str("file", report.file);
  o.Int("records", static_cast<std::int64_t>(c.records)).Int("exact", static_cast<std::int64_t>(c.exact));
  o.Int("errors", static_cast<std::int64_t>(c.errors));
  Ratio(o, "precision", c.precision());
  Ratio(o, "recall", c.recall());
  Ratio(o, "f1", c.f1());
  o.Int("true_positives", static_cast<std::int64_t>(c.true_positives));
  o.Int("false_positives", static_cast<std::int64_t>(c.false_positives));
  o.Int("false_negatives", static_cast<std::int64_t>(c.false_negatives));
  {
    JsonObject cats(o.Raw("by_category"));
    for (const auto& [name, k] : report.by_category) {
      JsonObject one(cats.Raw(name));
      one.Int("records", static_cast<std::int64_t>(k.records)).Int("exact", static_cast<std::int64_t>(k.exact));
      one.Int("errors", static_cast<std::int64_t>(k.errors));
      Ratio(one, "precision", k.precision());
      Ratio(one, "recall", k.recall());
      Ratio(one, "f1", k.f1());
      one.Close();
    }
    cats.Close();
  }
  std::string& failures = o.Raw("failures");
  failures += '[';
  std::size_t listed = 0;
  for (const RecordResult& r : report.records) {
    if (r.exact) continue;
    if (listed == max_failures) break;
    if (listed++ > 0) failures += ',';
    JsonObject f(failures);
    f.Str("id", r.id).Str("category", r.category).Int("line", r.line).Str("text", r.text);
    Triples(r.expected, f.Raw("expected"));
    Triples(r.found, f.Raw("found"));
    if (!r.error.empty()) f.Str("error", r.error);
    f.Close();
  }
  failures += ']';
  o.Close();
  out += '\n';
}

void AppendValidationText(const validate::Report& report, std::size_t max_failures, std::string& out) {
  const Counts& c = report.overall;
  auto line = [&out](std::string s) {
    out += s;
    out += '\n';
  };
  line(fmt::format("{}: {} records, {} exact ({})", report.file, c.records, c.exact, Share(c.exact, c.records)));
  line(fmt::format("events: precision {}, recall {}, F1 {} ({} found right, {} found wrong, {} missed)",
                   Percent(c.precision()), Percent(c.recall()), Percent(c.f1()), c.true_positives,
                   c.false_positives, c.false_negatives));
  if (c.errors > 0) line(fmt::format("{} record(s) could not be coded (see failures)", c.errors));

  std::size_t width = 8;
  for (const auto& [name, k] : report.by_category) width = std::max(width, name.size());
  out += '\n';
  line(fmt::format("{:<{}}  {:>7}  {:>13}  {:>9}  {:>6}  {:>6}", "category", width, "records", "exact",
                   "precision", "recall", "F1"));
  for (const auto& [name, k] : report.by_category) {
    line(fmt::format("{:<{}}  {:>7}  {:>5} {:>7}  {:>9}  {:>6}  {:>6}", name, width, k.records, k.exact,
                     Share(k.exact, k.records), Percent(k.precision()), Percent(k.recall()), Percent(k.f1())));
  }

  const std::uint64_t failed = c.records - c.exact;
  if (failed == 0) return;
  out += '\n';
  const std::size_t shown = std::min<std::uint64_t>(failed, max_failures);
  line(shown == failed ? fmt::format("failures ({}):", failed)
                       : fmt::format("failures (first {} of {}; --failures all lists every one):", shown, failed));
  std::size_t listed = 0;
  for (const RecordResult& r : report.records) {
    if (r.exact) continue;
    if (listed++ == max_failures) break;
    out += '\n';
    line(fmt::format("{} [{}] {}:{}", r.id, r.category.empty() ? validate::kNoCategory : r.category,
                     report.file, r.line));
    if (!r.text.empty()) line("  " + OneLine(r.text));
    if (!r.error.empty()) line("  error:    " + r.error);
    if (r.expected.empty()) line("  expected: no events");
    for (const Triple& t : r.expected) {
      const bool hit = std::binary_search(r.found.begin(), r.found.end(), t);
      line(fmt::format("  expected: {}{}", TripleText(t), hit ? "" : "   <- missed"));
    }
    if (r.found.empty()) line("  found:    no events");
    for (const Triple& t : r.found) {
      const bool right = std::binary_search(r.expected.begin(), r.expected.end(), t);
      line(fmt::format("  found:    {}{}", TripleText(t), right ? "" : "   <- wrong"));
    }
  }
}

}  // namespace readout::output
