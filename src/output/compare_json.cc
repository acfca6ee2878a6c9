// The comparison report as one JSON document, for scripts and the web UI.
// The shape is the contract in readout/output.h: keys in that order, unknown
// strings null (never ""), spans as start/end byte offsets into the named
// document's text, null when a side has no text. A story without a
// comparison (fewer comparisons than stories) gets one with empty arrays, so
// readers need not test for null.
#include "output/compare_report.h"
#include "output/json_writer.h"

namespace readout::output::compare_report {
namespace {

void Strings(const std::vector<std::string>& items, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(items[i], out);
  }
  out += ']';
}

void StringOrNull(std::string_view s, std::string& out) {
  if (s.empty()) {
    out += "null";
  } else {
    AppendJsonString(s, out);
  }
}

// An array of `items`, each written by write(item, out).
template <typename T, typename F>
void Array(const std::vector<T>& items, std::string& out, F write) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    write(items[i], out);
  }
  out += ']';
}

void SpanOrNull(JsonObject& o, std::string_view start, std::string_view end, const Span& span) {
  if (span.empty()) {
    o.Null(start).Null(end);
  } else {
    o.Int(start, span.begin).Int(end, span.end);
  }
}

void Segments(const std::vector<compare::Segment>& segments, std::string& out) {
  Array(segments, out, [](const compare::Segment& s, std::string& o) {
    JsonObject seg(o);
    seg.Str("text", s.text).Int("start", s.span.begin).Int("end", s.span.end);
    seg.Bool("changed", s.changed);
    if (s.diff >= 0) {
      seg.Int("diff", s.diff);
    } else {
      seg.Null("diff");
    }
    seg.Close();
  });
}

void Pair(const compare::QuotePair& p, std::string& out) {
  JsonObject o(out);
  o.Str("a", p.a).Str("b", p.b).Str("a_doc", p.a_doc).Str("b_doc", p.b_doc);
  o.Double("similarity", p.similarity);
  Array(p.diffs, o.Raw("diffs"), [](const compare::Difference& d, std::string& out2) {
    JsonObject diff(out2);
    diff.Str("kind", compare::DiffKindName(d.kind));
    diff.StrOrNull("a", d.a).StrOrNull("b", d.b);
    SpanOrNull(diff, "a_start", "a_end", d.a_span);
    SpanOrNull(diff, "b_start", "b_end", d.b_span);
    diff.Close();
  });
  Segments(p.a_segments, o.Raw("a_segments"));
  Segments(p.b_segments, o.Raw("b_segments"));
  o.Close();
}

void Comparison(const compare::Comparison& c, std::string& out) {
  JsonObject o(out);
  Array(c.sources, o.Raw("sources"), [](const compare::SourceInfo& s, std::string& out2) {
    JsonObject src(out2);
    src.Str("doc", s.doc).StrOrNull("outlet", s.outlet).StrOrNull("published", s.published);
    src.StrOrNull("published_source", s.published_source);
    src.StrOrNull("title", s.title).StrOrNull("url", s.url);
    src.Close();
  });
  Array(c.aligned, o.Raw("aligned"), [](const compare::AlignedStatement& a, std::string& out2) {
    JsonObject st(out2);
    st.StrOrNull("speaker", a.speaker).StrOrNull("speaker_code", a.speaker_code);
    Strings(a.quotes, st.Raw("quotes"));
    Strings(a.docs, st.Raw("docs"));
    Array(a.pairs, st.Raw("pairs"), Pair);
    st.Close();
  });
  Array(c.unique, o.Raw("unique"), [](const compare::UniqueClaim& u, std::string& out2) {
    JsonObject claim(out2);
    claim.Str("doc", u.doc).Int("sentence", u.sentence).Str("text", u.text);
    claim.Int("start", u.span.begin).Int("end", u.span.end);
    claim.Close();
  });
  Array(c.quantities, o.Raw("quantities"), [](const compare::QuantityComparison& q, std::string& out2) {
    JsonObject qo(out2);
    qo.Str("kind", compare::QuantityKindName(q.kind)).StrOrNull("subject", q.subject);
    qo.Bool("agree", q.agree);
    Array(q.values, qo.Raw("values"), [](const compare::QuantityValue& v, std::string& out3) {
      JsonObject vo(out3);
      vo.Str("doc", v.doc).Str("text", v.text).Int("start", v.span.begin).Int("end", v.span.end);
      vo.Double("low", v.low);
      if (Unbounded(v)) {
        vo.Null("high");
      } else {
        vo.Double("high", v.high);
      }
      vo.StrOrNull("unit", v.unit);
      vo.Close();
    });
    qo.Close();
  });
  Array(c.timeline, o.Raw("timeline"), [](const compare::TimelineEntry& t, std::string& out2) {
    JsonObject e(out2);
    e.StrOrNull("date", t.date).StrOrNull("date_precision", t.date_precision);
    e.Str("doc", t.doc).StrOrNull("event", t.event).StrOrNull("code", t.code);
    e.StrOrNull("source", t.source).StrOrNull("target", t.target).StrOrNull("text", t.text);
    e.Close();
  });
  o.Close();
}

}  // namespace

void AppendJson(const CompareReport& report, std::string& out) {
  JsonObject o(out);
  o.StrOrNull("generator", report.generator);
  std::string& stories = o.Raw("stories");
  stories += '[';
  for (std::size_t i = 0; i < report.stories.size(); ++i) {
    const stories::Story& s = report.stories[i];
    if (i > 0) stories += ',';
    JsonObject so(stories);
    so.Str("id", s.id).StrOrNull("date", s.date).StrOrNull("date_precision", s.date_precision);
    std::string& dyad = so.Raw("dyad");
    dyad += '[';
    StringOrNull(s.dyad_a, dyad);
    dyad += ',';
    StringOrNull(s.dyad_b, dyad);
    dyad += ']';
    so.StrOrNull("code", s.code).StrOrNull("location", s.location);
    Strings(s.members, so.Raw("members"));
    Strings(s.events, so.Raw("events"));
    Comparison(ComparisonOf(report, i), so.Raw("comparison"));
    so.Close();
  }
  stories += ']';
  std::string& skipped = o.Raw("not_analysed");
  skipped += '[';
  for (std::size_t i = 0; i < report.not_analysed.size(); ++i) {
    if (i > 0) skipped += ',';
    JsonObject n(skipped);
    n.Str("doc", report.not_analysed[i].doc).StrOrNull("language", report.not_analysed[i].language);
    n.Close();
  }
  skipped += ']';
  o.Close();
  out += '\n';
}

}  // namespace readout::output::compare_report
