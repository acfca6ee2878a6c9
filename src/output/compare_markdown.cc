// The comparison report as Markdown (GitHub-flavoured: tables and ~~strike~~),
// for newsroom notes and issue trackers. Per story: a heading with its facts,
// the sources, each aligned statement as a two-column table of the two
// sources' words (a's changed words ~~struck~~, b's in **bold**) and its
// differences, the coverage table, quantities, unique claims, the timeline.
//
// Every text field goes through Md(): one line, valid UTF-8, and the
// characters that would start markup or break a table cell backslash-escaped
// (so "<script>" stays text and "a | b" stays in its cell). Text from the
// documents never begins a line, so block markup ("# ", "1. ") cannot start.
#include <fmt/format.h>

#include "output/compare_report.h"

namespace readout::output::compare_report {
namespace {

bool IsAlnum(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

std::string Md(std::string_view s) {
  const std::string line = OneLine(s);
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    switch (ch) {
      case '\\': case '`': case '*': case '_': case '~': case '[': case ']': case '<':
      case '|':
        out += '\\';
        break;
      case '&':  // only where it could start an entity: "&amp;", "&#39;"
        if (i + 1 < line.size() && (IsAlnum(line[i + 1]) || line[i + 1] == '#')) out += '\\';
        break;
      default: break;
    }
    out += ch;
  }
  return out;
}

std::string Or(std::string_view s, std::string_view unknown) {
  return s.empty() ? std::string(unknown) : Md(s);
}

void Line(std::string& out, std::string_view s) {
  out += s;
  out += '\n';
}

// A table row of already-escaped cells.
void Row(std::string& out, const std::vector<std::string>& cells) {
  out += '|';
  for (const std::string& c : cells) {
    out += ' ';
    out += c.empty() ? std::string(" ") : c;
    out += " |";
  }
  out += '\n';
}

void Header(std::string& out, const std::vector<std::string>& cells) {
  Row(out, cells);
  out += '|';
  for (std::size_t i = 0; i < cells.size(); ++i) out += "---|";
  out += '\n';
}

// One side of a pair: changed words marked with `mark` ("~~" or "**").
std::string Side(const std::vector<compare::Segment>& segments, std::string_view mark) {
  std::string out;
  for (const Run& r : Runs(segments)) {
    if (r.space_before) out += ' ';
    if (r.changed) out += mark;
    out += Md(r.text);
    if (r.changed) out += mark;
  }
  return out.empty() ? std::string("*(no text)*") : out;
}

std::string DifferenceText(const compare::Comparison& c, const compare::QuotePair& p,
                           const compare::Difference& d) {
  std::string out(compare::DiffKindName(d.kind));
  if (IsWordDifference(d.kind)) {
    if (d.a.empty() && d.b.empty()) return out;
    out += ": ";
    if (!d.a.empty()) out += Cat("~~", Md(d.a), "~~");
    if (!d.a.empty() && !d.b.empty()) out += " → ";
    if (!d.b.empty()) out += Cat("**", Md(d.b), "**");
    if (d.a.empty() || d.b.empty()) {
      out += " (only in ";
      out += Md(SourceLabel(c, d.a.empty() ? p.b_doc : p.a_doc));
      out += ')';
    }
  } else {
    out += ": ";
    out += Or(d.a, "(none)");
    out += " vs ";
    out += Or(d.b, "(none)");
  }
  return out;
}

void Statements(const compare::Comparison& c, std::string& out) {
  Line(out, "### Statements\n");
  if (c.aligned.empty()) Line(out, "None of the statements is carried by more than one source.\n");
  for (std::size_t i = 0; i < c.aligned.size(); ++i) {
    const compare::AlignedStatement& st = c.aligned[i];
    std::string head = fmt::format("#### {}. {}", i + 1, Or(st.speaker, "(unknown speaker)"));
    if (!st.speaker_code.empty()) head += Cat(" (", Md(st.speaker_code), ")");
    head += Cat(" — ", Renderings(st), "\n");
    Line(out, head);
    for (const compare::QuotePair& p : st.pairs) {
      Header(out, {Md(SourceLabel(c, p.a_doc)), Md(SourceLabel(c, p.b_doc))});
      Row(out, {Side(p.a_segments, "~~"), Side(p.b_segments, "**")});
      out += '\n';
      if (p.diffs.empty()) {
        Line(out, fmt::format("Same words (similarity {:.2f}).\n", p.similarity));
        continue;
      }
      Line(out, fmt::format("Differences (similarity {:.2f}):\n", p.similarity));
      for (const compare::Difference& d : p.diffs) Line(out, Cat("- ", DifferenceText(c, p, d)));
      out += '\n';
    }
  }
}

void CoverageTable(const compare::Comparison& c, std::string& out) {
  Line(out, "### Coverage\n");
  const std::vector<CoverageRow> rows = Coverage(c);
  if (rows.empty() || c.sources.empty()) {
    Line(out, "No statements or claims to compare.\n");
    return;
  }
  std::vector<std::string> cells = {"Statement or claim"};
  for (const compare::SourceInfo& s : c.sources) cells.push_back(Md(SourceLabel(c, s.doc)));
  Header(out, cells);
  for (const CoverageRow& r : rows) {
    cells.assign(1, Cat(r.unique ? "Claim: " : "Statement: ", Md(r.label)));
    for (const bool carried : r.carried) cells.emplace_back(carried ? "✓" : "—");
    Row(out, cells);
  }
  out += '\n';
}

void Quantities(const compare::Comparison& c, std::string& out) {
  Line(out, "### Quantities\n");
  if (c.quantities.empty()) {
    Line(out, "No quantity is given by more than one source.\n");
    return;
  }
  std::vector<std::string> cells = {"Quantity", "Agreement"};
  for (const compare::SourceInfo& s : c.sources) cells.push_back(Md(SourceLabel(c, s.doc)));
  Header(out, cells);
  for (const compare::QuantityComparison& q : c.quantities) {
    std::string what(compare::QuantityKindName(q.kind));
    if (!q.subject.empty()) what += Cat(" of ", Md(q.subject));
    cells = {what, q.agree ? "agree" : "**disagree**"};
    for (const compare::SourceInfo& s : c.sources) {
      const compare::QuantityValue* v = ValueFor(q, s.doc);
      cells.push_back(v == nullptr ? std::string("—")
                                   : Cat(Md(v->text), " (", Md(IntervalText(q.kind, *v)), ")"));
    }
    Row(out, cells);
  }
  out += '\n';
}

void UniqueClaims(const compare::Comparison& c, std::string& out) {
  Line(out, "### Unique claims\n");
  if (c.unique.empty()) {
    Line(out, "Every claim is carried by more than one source.\n");
    return;
  }
  for (const compare::SourceInfo& s : c.sources) {
    bool any = false;
    for (const compare::UniqueClaim& u : c.unique) {
      if (u.doc != s.doc) continue;
      if (!any) Line(out, Cat("Only in **", Md(SourceLabel(c, s.doc)), "**:\n"));
      any = true;
      Line(out, fmt::format("- “{}” (sentence {})", Md(u.text), u.sentence));
    }
    if (any) out += '\n';
  }
}

void Timeline(const compare::Comparison& c, std::string& out) {
  Line(out, "### Timeline\n");
  if (c.timeline.empty()) {
    Line(out, "No dated events.\n");
    return;
  }
  Header(out, {"Date", "Code", "Source → target", "Reported by", "Evidence"});
  for (const compare::TimelineEntry& t : c.timeline) {
    Row(out, {Or(t.date, "?"), Or(t.code, "?"), Cat(Or(t.source, "?"), " → ", Or(t.target, "—")),
              Md(SourceLabel(c, t.doc)), Md(t.text)});
  }
  out += '\n';
}

}  // namespace

void AppendMarkdown(const CompareReport& report, std::string& out) {
  Line(out, "# Comparison report\n");
  const std::size_t n = report.stories.size();
  if (n == 0) Line(out, "No stories.\n");
  if (n > 0) Line(out, fmt::format("{} stor{}.\n", n, n == 1 ? "y" : "ies"));
  for (std::size_t i = 0; i < n; ++i) {
    const stories::Story& story = report.stories[i];
    const compare::Comparison& c = ComparisonOf(report, i);
    std::string head = Cat("## Story ", Md(story.id));
    for (const std::string& fact : StoryFacts(story, c)) head += Cat(" · ", Md(fact));
    Line(out, Cat(head, "\n"));

    Line(out, "### Sources\n");
    if (c.sources.empty()) {
      Line(out, "No sources compared.\n");
    } else {
      Header(out, {"Outlet", "Published", "Title", "Link", "Document"});
      for (const compare::SourceInfo& s : c.sources) {
        Row(out, {Md(SourceLabel(c, s.doc)), Or(s.published, "?"), Or(s.title, "—"), Or(s.url, "—"),
                  Md(s.doc)});
      }
      out += '\n';
    }
    Statements(c, out);
    CoverageTable(c, out);
    Quantities(c, out);
    UniqueClaims(c, out);
    Timeline(c, out);
  }
  if (!report.not_analysed.empty()) {
    Line(out, "## Not analysed\n");
    Line(out, "Documents in another language than English are not coded and join no story.\n");
    Header(out, {"Document", "Language"});
    for (const NotAnalysed& d : report.not_analysed) Row(out, {Md(d.doc), Or(d.language, "?")});
    out += '\n';
  }
  Line(out, "---\n");
  Line(out, report.generator.empty() ? std::string("Generated by readout.")
                                     : Cat("Generated by ", Md(report.generator), "."));
}

}  // namespace readout::output::compare_report
