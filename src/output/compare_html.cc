// The comparison report as one self-contained HTML page: inline CSS, no
// scripts, no fonts, images or links to fetch (a source's URL is shown as
// text, not as a link), so it can be mailed, archived or opened offline and
// prints as it looks. Every text field goes through Esc(): one line, valid
// UTF-8, & < > " ' as entities.
//
// The markup is a contract with tests/browser/check_html_report.sh (and any
// script that reads the page):
//   <div class="pair">                 two sources' reports of one statement
//     <div class="side side-a">        the a source's column ...
//       <del class="diff-a k-KIND">    ... and each changed run of its words
//     <div class="side side-b">        the b source's column ...
//       <ins class="diff-b k-KIND">    ... and its changed runs
//     <ul class="diffs"><li class="diff k-KIND">  the classified differences
// KIND is the DiffKindName ("wording", ...); del/ins carry title=KIND too.
// Other tables: table.sources, table.coverage (td.yes / td.no),
// table.quantities (tr.disagree), ul.unique, table.timeline.
#include <fmt/format.h>

#include "output/compare_report.h"

namespace readout::output::compare_report {
namespace {

constexpr std::string_view kStyle = R"css(
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;
--a:#a40e26;--a-bg:#ffebe9;--b:#116329;--b-bg:#dafbe1;--warn-bg:#fff8c5}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1280px;padding:20px 28px;color:var(--ink);background:#fff;
font:15px/1.5 system-ui,-apple-system,"Segoe UI","DejaVu Sans",Helvetica,Arial,sans-serif}
h1{font-size:1.6em;margin:0 0 .2em}
h2{font-size:1.3em;margin:2em 0 .4em;padding-bottom:.2em;border-bottom:2px solid var(--ink)}
h3{font-size:1.1em;margin:1.4em 0 .5em}
h4{font-size:1em;margin:1.1em 0 .4em}
.muted,.facts{color:var(--muted)}
.sid{color:var(--muted);font-weight:400;margin-right:.4em}
code,.url,.code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.88em}
.url{word-break:break-all}
table{border-collapse:collapse;width:100%;margin:.4em 0 .8em}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
thead th{background:var(--head)}
tbody th{font-weight:400}
td.yes{color:var(--b);text-align:center;font-weight:700}
td.no{color:var(--muted);text-align:center}
tr.disagree td,tr.disagree th{background:var(--warn-bg)}
.verdict{font-weight:700}
tr.disagree .verdict{color:var(--a)}
.pair{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:.6em 0;break-inside:avoid}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:14px}
.who{font-size:.85em;font-weight:600;color:var(--muted)}
.quote{margin:.2em 0 0;padding:.3em .7em;border-left:3px solid var(--line);
font-family:Georgia,"DejaVu Serif",serif;font-size:1.05em}
.side-a .quote{border-left-color:var(--a)}
.side-b .quote{border-left-color:var(--b)}
del.diff-a,ins.diff-b,.was,.now{text-decoration:none;padding:0 2px;border-radius:3px}
del.diff-a,.was{background:var(--a-bg);color:var(--a);border-bottom:2px dotted var(--a)}
ins.diff-b,.now{background:var(--b-bg);color:var(--b);border-bottom:2px solid var(--b)}
.diffs{margin:.6em 0 0;padding-left:1.3em;font-size:.92em}
.kind{font-weight:600}
.sim{font-size:.85em;color:var(--muted);margin:.4em 0 0}
ul.unique li{margin:.2em 0}
nav ol{margin:.3em 0;padding-left:1.4em}
footer{margin-top:3em;padding-top:.5em;border-top:1px solid var(--line);color:var(--muted);font-size:.85em}
@media (max-width:760px){.sides{grid-template-columns:1fr}body{padding:12px}}
@media print{body{max-width:none;padding:0;font-size:10.5pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
nav{display:none}section.story+section.story{break-before:page}
tr,.pair{break-inside:avoid}h2,h3,h4{break-after:avoid}}
)css";

// s as HTML text or attribute value.
std::string Esc(std::string_view s) {
  const std::string line = OneLine(s);
  std::string out;
  out.reserve(line.size() + 16);
  for (const char ch : line) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string Or(std::string_view s, std::string_view unknown) {
  return s.empty() ? Cat("<span class=\"muted\">", unknown, "</span>") : Esc(s);
}

// One column of a pair: who reported it, then the words with changed runs
// in <del class="diff-a"> (a) or <ins class="diff-b"> (b).
void Side(const compare::Comparison& c, const compare::QuotePair& p, bool a, std::string& out) {
  const std::string& doc = a ? p.a_doc : p.b_doc;
  const std::string& quote = a ? p.a : p.b;
  const std::string_view tag = a ? "del" : "ins";
  out += a ? "<div class=\"side side-a\">" : "<div class=\"side side-b\">";
  out += Cat("<div class=\"who\">", Esc(SourceLabel(c, doc)), " <span class=\"muted\">", Esc(doc));
  if (!quote.empty()) out += Cat(" · ", Esc(quote));
  out += "</span></div><blockquote class=\"quote\">";
  const std::vector<Run> runs = Runs(a ? p.a_segments : p.b_segments);
  if (runs.empty()) out += "<span class=\"muted\">(no text)</span>";
  for (const Run& r : runs) {
    if (r.space_before) out += ' ';
    if (!r.changed) {
      out += Esc(r.text);
      continue;
    }
    const std::string kind = Esc(SegmentDiffName(p, r.diff));
    out += Cat("<", tag, " class=\"", a ? "diff-a" : "diff-b");
    if (!kind.empty()) out += Cat(" k-", kind, "\" title=\"", kind);
    out += Cat("\">", Esc(r.text), "</", tag, ">");
  }
  out += "</blockquote></div>";
}

void Difference(const compare::Comparison& c, const compare::QuotePair& p, const compare::Difference& d,
                std::string& out) {
  const std::string_view kind = compare::DiffKindName(d.kind);
  out += Cat("<li class=\"diff k-", kind, "\"><span class=\"kind\">", kind, "</span>");
  if (IsWordDifference(d.kind)) {
    if (!d.a.empty() || !d.b.empty()) out += ": ";
    if (!d.a.empty()) out += Cat("<span class=\"was\">", Esc(d.a), "</span>");
    if (!d.a.empty() && !d.b.empty()) out += " → ";
    if (!d.b.empty()) out += Cat("<span class=\"now\">", Esc(d.b), "</span>");
    if (d.a.empty() != d.b.empty()) {
      out += Cat(" <span class=\"muted\">(only in ", Esc(SourceLabel(c, d.a.empty() ? p.b_doc : p.a_doc)),
                 ")</span>");
    }
  } else {
    out += Cat(": ", Or(d.a, "(none)"), " <span class=\"muted\">vs</span> ", Or(d.b, "(none)"));
  }
  out += "</li>";
}

void Statements(const compare::Comparison& c, std::string& out) {
  out += "<h3>Statements</h3>\n";
  if (c.aligned.empty()) out += "<p class=\"muted\">No statement is carried by more than one source.</p>\n";
  for (std::size_t i = 0; i < c.aligned.size(); ++i) {
    const compare::AlignedStatement& st = c.aligned[i];
    out += fmt::format("<article class=\"statement\"><h4>{}. ", i + 1);
    out += Or(st.speaker, "(unknown speaker)");
    if (!st.speaker_code.empty()) out += Cat(" <span class=\"code\">", Esc(st.speaker_code), "</span>");
    out += Cat(" <span class=\"muted\">· ", Renderings(st), "</span></h4>\n");
    for (const compare::QuotePair& p : st.pairs) {
      out += "<div class=\"pair\"><div class=\"sides\">";
      Side(c, p, true, out);
      Side(c, p, false, out);
      out += "</div>";
      if (p.diffs.empty()) {
        out += "<p class=\"sim\">Same words · ";
      } else {
        out += "<ul class=\"diffs\">";
        for (const compare::Difference& d : p.diffs) Difference(c, p, d, out);
        out += "</ul><p class=\"sim\">";
      }
      out += fmt::format("similarity {:.2f}</p></div>\n", p.similarity);
    }
    out += "</article>\n";
  }
}

void SourceHeads(const compare::Comparison& c, std::string& out) {
  for (const compare::SourceInfo& s : c.sources) out += Cat("<th scope=\"col\">", Esc(SourceLabel(c, s.doc)), "</th>");
}

void CoverageTable(const compare::Comparison& c, std::string& out) {
  out += "<h3>Coverage</h3>\n";
  const std::vector<CoverageRow> rows = Coverage(c);
  if (rows.empty() || c.sources.empty()) {
    out += "<p class=\"muted\">No statements or claims to compare.</p>\n";
    return;
  }
  out += "<table class=\"coverage\"><thead><tr><th scope=\"col\">Statement or claim</th>";
  SourceHeads(c, out);
  out += "</tr></thead><tbody>\n";
  for (const CoverageRow& r : rows) {
    out += Cat("<tr class=\"", r.unique ? "claim" : "statement", "\"><th scope=\"row\"><span class=\"muted\">",
               r.unique ? "claim" : "statement", "</span> ", Esc(r.label), "</th>");
    for (const bool carried : r.carried) {
      out += carried ? "<td class=\"yes\" title=\"carried\">✓</td>" : "<td class=\"no\" title=\"not carried\">—</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void Quantities(const compare::Comparison& c, std::string& out) {
  out += "<h3>Quantities</h3>\n";
  if (c.quantities.empty()) {
    out += "<p class=\"muted\">No quantity is given by more than one source.</p>\n";
    return;
  }
  out += "<table class=\"quantities\"><thead><tr><th scope=\"col\">Quantity</th><th scope=\"col\">Agreement</th>";
  SourceHeads(c, out);
  out += "</tr></thead><tbody>\n";
  for (const compare::QuantityComparison& q : c.quantities) {
    out += Cat("<tr class=\"", q.agree ? "agree" : "disagree", "\"><th scope=\"row\">",
               compare::QuantityKindName(q.kind));
    if (!q.subject.empty()) out += Cat(" of ", Esc(q.subject));
    out += Cat("</th><td class=\"verdict\">", q.agree ? "agree" : "disagree", "</td>");
    for (const compare::SourceInfo& s : c.sources) {
      const compare::QuantityValue* v = ValueFor(q, s.doc);
      if (v == nullptr) {
        out += "<td class=\"no\">—</td>";
        continue;
      }
      out += Cat("<td>", Esc(v->text), " <span class=\"muted\">", Esc(IntervalText(q.kind, *v)), "</span></td>");
    }
    out += "</tr>\n";
  }
  out += "</tbody></table>\n";
}

void UniqueClaims(const compare::Comparison& c, std::string& out) {
  out += "<h3>Unique claims</h3>\n";
  if (c.unique.empty()) {
    out += "<p class=\"muted\">Every claim is carried by more than one source.</p>\n";
    return;
  }
  for (const compare::SourceInfo& s : c.sources) {
    bool any = false;
    for (const compare::UniqueClaim& u : c.unique) {
      if (u.doc != s.doc) continue;
      if (!any) out += Cat("<h4>Only in ", Esc(SourceLabel(c, s.doc)), "</h4><ul class=\"unique\">\n");
      any = true;
      out += fmt::format("<li>“{}” <span class=\"muted\">sentence {}</span></li>\n", Esc(u.text), u.sentence);
    }
    if (any) out += "</ul>\n";
  }
}

void Timeline(const compare::Comparison& c, std::string& out) {
  out += "<h3>Timeline</h3>\n";
  if (c.timeline.empty()) {
    out += "<p class=\"muted\">No dated events.</p>\n";
    return;
  }
  out += "<table class=\"timeline\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Code</th>"
         "<th scope=\"col\">Source → target</th><th scope=\"col\">Reported by</th>"
         "<th scope=\"col\">Evidence</th></tr></thead><tbody>\n";
  for (const compare::TimelineEntry& t : c.timeline) {
    out += Cat("<tr><td>", Or(t.date, "?"), "</td><td class=\"code\">", Or(t.code, "?"), "</td><td class=\"code\">",
               Or(t.source, "?"), " → ", Or(t.target, "—"), "</td><td>", Esc(SourceLabel(c, t.doc)),
               "</td><td>", Esc(t.text), "</td></tr>\n");
  }
  out += "</tbody></table>\n";
}

void Sources(const compare::Comparison& c, std::string& out) {
  out += "<h3>Sources</h3>\n";
  if (c.sources.empty()) {
    out += "<p class=\"muted\">No sources compared.</p>\n";
    return;
  }
  out += "<table class=\"sources\"><thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Published</th>"
         "<th scope=\"col\">Title</th><th scope=\"col\">Link</th><th scope=\"col\">Document</th></tr></thead>"
         "<tbody>\n";
  for (const compare::SourceInfo& s : c.sources) {
    out += Cat("<tr><td>", Esc(SourceLabel(c, s.doc)), "</td><td>", Or(s.published, "?"), "</td><td>",
               Or(s.title, "—"), "</td><td class=\"url\">", Or(s.url, "—"), "</td><td class=\"code\">", Esc(s.doc),
               "</td></tr>\n");
  }
  out += "</tbody></table>\n";
}

std::string Heading(const stories::Story& story, const compare::Comparison& c) {
  std::string facts;
  for (const std::string& f : StoryFacts(story, c)) {
    if (!facts.empty()) facts += " · ";
    facts += Esc(f);
  }
  return facts;
}

}  // namespace

void AppendHtml(const CompareReport& report, std::string& out) {
  const std::size_t n = report.stories.size();
  const std::string count = fmt::format("{} stor{}", n, n == 1 ? "y" : "ies");
  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  if (!report.generator.empty()) out += Cat("<meta name=\"generator\" content=\"", Esc(report.generator), "\">\n");
  out += Cat("<title>Comparison report: ", count, "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n");
  out += Cat("<header><h1>Comparison report</h1><p class=\"facts\">", n == 0 ? "No stories." : count, "</p>\n");
  if (n > 1) {
    out += "<nav><ol>";
    for (std::size_t i = 0; i < n; ++i) {
      const stories::Story& s = report.stories[i];
      out += Cat("<li><a href=\"#story-", Esc(s.id), "\">", Esc(s.id), "</a> ", Heading(s, ComparisonOf(report, i)),
                 "</li>");
    }
    out += "</ol></nav>";
  }
  out += "</header>\n<main>\n";
  for (std::size_t i = 0; i < n; ++i) {
    const stories::Story& story = report.stories[i];
    const compare::Comparison& c = ComparisonOf(report, i);
    out += Cat("<section class=\"story\" id=\"story-", Esc(story.id), "\">\n<h2><span class=\"sid\">",
               Esc(story.id), "</span>", Heading(story, c), "</h2>\n");
    Sources(c, out);
    Statements(c, out);
    CoverageTable(c, out);
    Quantities(c, out);
    UniqueClaims(c, out);
    Timeline(c, out);
    out += "</section>\n";
  }
  if (!report.not_analysed.empty()) {
    out += "<section class=\"not-analysed\"><h2>Not analysed</h2>\n<p>Documents in another language "
           "than English are not coded and join no story.</p>\n<ul>";
    for (const NotAnalysed& d : report.not_analysed) {
      out += Cat("<li>", Esc(d.doc), " (", Esc(d.language.empty() ? std::string("?") : d.language), ")</li>");
    }
    out += "</ul></section>\n";
  }
  const std::string generator = report.generator.empty() ? std::string("readout") : Esc(report.generator);
  out += Cat("</main>\n<footer>Generated by ", generator,
             ". A self-contained page: no scripts, nothing loaded from the network.</footer>\n</body>\n</html>\n");
}

}  // namespace readout::output::compare_report
