// Comparison reports: the format switch and what the three writers share.
// A report is written in one pass over the stories; the helpers here decide
// what a reader sees (labels, excerpts, coverage, intervals) so that the
// JSON, Markdown and HTML of one report agree, and the writers only decide
// how it looks.
#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "output/compare_report.h"
#include "resolve/calendar.h"
#include "readout/utf8.h"

namespace readout::output {

bool ParseReportFormat(std::string_view name, ReportFormat* format) {
  if (name == "json") {
    *format = ReportFormat::kJson;
  } else if (name == "markdown" || name == "md") {
    *format = ReportFormat::kMarkdown;
  } else if (name == "html") {
    *format = ReportFormat::kHtml;
  } else {
    return false;
  }
  return true;
}

void AppendCompareReport(const CompareReport& report, ReportFormat format, std::string& out) {
  switch (format) {
    case ReportFormat::kJson: compare_report::AppendJson(report, out); return;
    case ReportFormat::kMarkdown: compare_report::AppendMarkdown(report, out); return;
    case ReportFormat::kHtml: compare_report::AppendHtml(report, out); return;
  }
}

namespace compare_report {
namespace {

bool IsSpaceByte(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

// Days since 1970-01-01 to YYYY-MM-DD (dates are stored as day numbers).
std::string DateFromDays(double days) {
  return resolve::FormatDay(resolve::CivilFromDays(static_cast<std::int64_t>(days)));
}

}  // namespace

const compare::Comparison& ComparisonOf(const CompareReport& report, std::size_t i) {
  static const compare::Comparison kEmpty;
  return i < report.comparisons.size() ? report.comparisons[i] : kEmpty;
}

std::string OneLine(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      if (c <= 0x20 || c == 0x7F) {  // white space and control characters
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(c);
      continue;
    }
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(s, i, &cp);
    if (len == 0) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const bool blank = (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
    if (blank) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string Excerpt(std::string_view s, std::size_t max_bytes) {
  std::string line = OneLine(s);
  if (line.size() <= max_bytes) return line;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  const std::size_t space = line.rfind(' ', cut);
  if (space != std::string::npos && space > max_bytes / 2) cut = space;
  line.resize(cut);
  while (!line.empty() && line.back() == ' ') line.pop_back();
  line += "…";
  return line;
}

std::vector<std::string> StoryFacts(const stories::Story& story, const compare::Comparison& c) {
  std::vector<std::string> facts;
  if (!story.date.empty()) facts.push_back(OneLine(story.date));
  if (!story.dyad_a.empty() || !story.dyad_b.empty()) {
    std::string dyad = story.dyad_a.empty() ? std::string("?") : OneLine(story.dyad_a);
    dyad += " – ";
    dyad += story.dyad_b.empty() ? std::string("?") : OneLine(story.dyad_b);
    facts.push_back(std::move(dyad));
  }
  if (!story.code.empty()) {
    std::string code = "CAMEO ";
    code += OneLine(story.code);
    facts.push_back(std::move(code));
  }
  if (!story.location.empty()) facts.push_back(OneLine(story.location));
  const std::size_t n = c.sources.empty() ? story.members.size() : c.sources.size();
  facts.push_back(fmt::format("{} source{}", n, n == 1 ? "" : "s"));
  return facts;
}

std::string Renderings(const compare::AlignedStatement& statement) {
  const std::size_t sources = compare::SourceCount(statement);
  std::string out = std::to_string(sources) + (sources == 1 ? " source" : " sources");
  if (statement.quotes.size() > sources) out += ", " + std::to_string(statement.quotes.size()) + " renderings";
  return out;
}

std::string SourceLabel(const compare::Comparison& c, std::string_view doc) {
  const auto it = std::find_if(c.sources.begin(), c.sources.end(),
                               [doc](const compare::SourceInfo& s) { return s.doc == doc; });
  if (it == c.sources.end() || it->outlet.empty()) return OneLine(doc);
  const auto same = std::count_if(c.sources.begin(), c.sources.end(),
                                  [&it](const compare::SourceInfo& s) { return s.outlet == it->outlet; });
  std::string label = OneLine(it->outlet);
  if (same > 1) {
    label += " (";
    label += OneLine(doc);
    label += ')';
  }
  return label;
}

std::string SegmentsText(const std::vector<compare::Segment>& segments) {
  std::string text;
  for (const Run& r : Runs(segments)) {
    if (r.space_before) text += ' ';
    text += r.text;
  }
  return text;
}

std::vector<Run> Runs(const std::vector<compare::Segment>& segments) {
  std::vector<Run> runs;
  bool space = false;
  std::uint32_t prev_end = 0;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const compare::Segment& seg = segments[i];
    if (i > 0 && seg.span.begin > prev_end) space = true;  // bytes between the spans
    prev_end = std::max(prev_end, seg.span.end);
    const std::string_view t = seg.text;
    if (!t.empty() && IsSpaceByte(t.front())) space = true;
    Run r;
    r.text = OneLine(t);
    if (r.text.empty()) {
      if (!t.empty()) space = true;
      continue;
    }
    r.space_before = space && !runs.empty();
    r.changed = seg.changed;
    r.diff = seg.diff;
    runs.push_back(std::move(r));
    space = IsSpaceByte(t.back());
  }
  return runs;
}

bool IsWordDifference(compare::DiffKind kind) {
  switch (kind) {
    case compare::DiffKind::kWording:
    case compare::DiffKind::kTruncation:
    case compare::DiffKind::kOmission:
    case compare::DiffKind::kAddition: return true;
    case compare::DiffKind::kAttribution:
    case compare::DiffKind::kChannel:
    case compare::DiffKind::kQuoteKind: return false;
  }
  return false;
}

std::string_view SegmentDiffName(const compare::QuotePair& pair, std::int32_t diff) {
  if (diff < 0 || static_cast<std::size_t>(diff) >= pair.diffs.size()) return {};
  return compare::DiffKindName(pair.diffs[static_cast<std::size_t>(diff)].kind);
}

std::vector<CoverageRow> Coverage(const compare::Comparison& c) {
  std::vector<CoverageRow> rows;
  for (const compare::AlignedStatement& st : c.aligned) {
    CoverageRow row;
    row.label = st.speaker.empty() ? std::string("(unknown speaker)") : OneLine(st.speaker);
    if (!st.pairs.empty()) {
      const std::string text = SegmentsText(st.pairs.front().a_segments);
      if (!text.empty()) {
        row.label += ": “";
        row.label += Excerpt(text, 80);
        row.label += "”";
      }
    }
    for (const compare::SourceInfo& s : c.sources) {
      row.carried.push_back(std::find(st.docs.begin(), st.docs.end(), s.doc) != st.docs.end());
    }
    rows.push_back(std::move(row));
  }
  for (const compare::UniqueClaim& u : c.unique) {
    CoverageRow row;
    row.unique = true;
    row.label = Excerpt(u.text, 100);
    for (const compare::SourceInfo& s : c.sources) row.carried.push_back(u.doc == s.doc);
    rows.push_back(std::move(row));
  }
  return rows;
}

bool Unbounded(const compare::QuantityValue& v) { return v.high < 0 && v.high < v.low; }

std::string IntervalText(compare::QuantityKind kind, const compare::QuantityValue& v) {
  const bool date = kind == compare::QuantityKind::kDate && (v.unit.empty() || v.unit == "day");
  auto num = [date](double x) { return date ? DateFromDays(x) : fmt::format("{}", x); };
  std::string text;
  if (Unbounded(v)) {
    text += '[';
    text += num(v.low);
    text += ", ∞)";
  } else if (v.low == v.high) {
    text = num(v.low);
  } else {
    text += '[';
    text += num(v.low);
    text += ", ";
    text += num(v.high);
    text += ']';
  }
  if (!date && !v.unit.empty()) {
    text += ' ';
    text += OneLine(v.unit);
  }
  return text;
}

const compare::QuantityValue* ValueFor(const compare::QuantityComparison& q, std::string_view doc) {
  for (const compare::QuantityValue& v : q.values) {
    if (v.doc == doc) return &v;
  }
  return nullptr;
}

}  // namespace compare_report
}  // namespace readout::output
