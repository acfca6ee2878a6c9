// Comparison reports: the JSON document's shape (the contract in
// readout/output.h), what the Markdown and HTML show of the same report,
// escaping of hostile text, and the empty report in every format. The
// rendered page is checked in a real browser by tests/browser/.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>

#include "output/compare_report_sample.h"
#include "readout/output.h"

namespace readout::output {
namespace {

std::string Render(const CompareReport& report, ReportFormat format) {
  std::string out;
  AppendCompareReport(report, format, out);
  return out;
}

bool Has(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

std::string_view Str(simdjson::dom::element e) { return e.get_string().value(); }

TEST(CompareReportFormat, Parse) {
  ReportFormat f = ReportFormat::kJson;
  EXPECT_TRUE(ParseReportFormat("md", &f));
  EXPECT_EQ(f, ReportFormat::kMarkdown);
  EXPECT_TRUE(ParseReportFormat("markdown", &f));
  EXPECT_EQ(f, ReportFormat::kMarkdown);
  EXPECT_TRUE(ParseReportFormat("html", &f));
  EXPECT_EQ(f, ReportFormat::kHtml);
  EXPECT_TRUE(ParseReportFormat("json", &f));
  EXPECT_EQ(f, ReportFormat::kJson);
  EXPECT_FALSE(ParseReportFormat("pdf", &f));
  EXPECT_EQ(f, ReportFormat::kJson);
}

TEST(CompareReportJson, Shape) {
  const std::string out = Render(sample::CompareReportSample(), ReportFormat::kJson);
  ASSERT_EQ(out.back(), '\n');
  ASSERT_EQ(out.find('\n'), out.size() - 1) << "one line";
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(out).get(root)) << out;
  EXPECT_EQ(Str(root["generator"]), "readout 0.1.0");
  ASSERT_EQ(root["stories"].get_array().size(), 1u);

  const simdjson::dom::element s = root["stories"].at(0);
  EXPECT_EQ(Str(s["id"]), "s1");
  EXPECT_EQ(Str(s["date"]), "2024-04-26");
  EXPECT_EQ(Str(s["date_precision"]), "day");
  EXPECT_EQ(Str(s["dyad"].at(0)), "CHN");
  EXPECT_EQ(Str(s["dyad"].at(1)), "USA");
  EXPECT_EQ(Str(s["code"]), "040");
  EXPECT_EQ(Str(s["location"]), "Beijing");
  EXPECT_EQ(Str(s["members"].at(1)), "d2");
  EXPECT_EQ(Str(s["events"].at(0)), "d1-e1");

  const simdjson::dom::element c = s["comparison"];
  EXPECT_EQ(Str(c["sources"].at(0)["outlet"]), "Reuters");
  EXPECT_EQ(Str(c["sources"].at(1)["doc"]), "d2");
  EXPECT_EQ(Str(c["sources"].at(1)["title"]), "王毅同布林肯会谈");
  EXPECT_EQ(Str(c["sources"].at(1)["published"]), "2024-04-26");
  EXPECT_EQ(Str(c["sources"].at(0)["url"]), "https://www.reuters.com/world/china/wang-blinken-2024-04-26/");

  const simdjson::dom::element st = c["aligned"].at(0);
  EXPECT_EQ(Str(st["speaker"]), "Wang Yi (王毅)");
  EXPECT_EQ(Str(st["speaker_code"]), "CHNGOV");
  EXPECT_EQ(Str(st["quotes"].at(1)), "d2-q2");
  EXPECT_EQ(Str(st["docs"].at(0)), "d1");
  const simdjson::dom::element p = st["pairs"].at(0);
  EXPECT_EQ(Str(p["a"]), "d1-q1");
  EXPECT_EQ(Str(p["b"]), "d2-q2");
  EXPECT_EQ(Str(p["a_doc"]), "d1");
  EXPECT_EQ(Str(p["b_doc"]), "d2");
  EXPECT_DOUBLE_EQ(p["similarity"].get_double().value(), 0.91);
  ASSERT_EQ(p["diffs"].get_array().size(), 2u);
  const std::int64_t start = static_cast<std::int64_t>(std::string_view(sample::kEqualStart).size());
  EXPECT_EQ(Str(p["diffs"].at(0)["kind"]), "wording");
  EXPECT_EQ(Str(p["diffs"].at(0)["a"]), "away");
  EXPECT_EQ(Str(p["diffs"].at(0)["b"]), "apart");
  EXPECT_EQ(p["diffs"].at(0)["a_start"].get_int64().value(), 100 + start);
  EXPECT_EQ(p["diffs"].at(0)["a_end"].get_int64().value(), 104 + start);
  EXPECT_EQ(p["diffs"].at(0)["b_start"].get_int64().value(), 200 + start);
  EXPECT_EQ(p["diffs"].at(0)["b_end"].get_int64().value(), 205 + start);
  EXPECT_EQ(Str(p["diffs"].at(1)["kind"]), "channel");
  EXPECT_EQ(Str(p["diffs"].at(1)["b"]), "the Chinese Foreign Ministry readout");
  EXPECT_EQ(p["diffs"].at(1)["a_start"].get_int64().value(), 60);
  EXPECT_TRUE(p["diffs"].at(1)["b_start"].is_null());
  EXPECT_TRUE(p["diffs"].at(1)["b_end"].is_null());

  ASSERT_EQ(p["a_segments"].get_array().size(), 3u);
  const simdjson::dom::element seg0 = p["a_segments"].at(0);
  EXPECT_EQ(Str(seg0["text"]), sample::kEqualStart);
  EXPECT_EQ(seg0["start"].get_int64().value(), 100);
  EXPECT_EQ(seg0["end"].get_int64().value(), 100 + start);
  EXPECT_FALSE(seg0["changed"].get_bool().value());
  EXPECT_TRUE(seg0["diff"].is_null());
  const simdjson::dom::element seg1 = p["b_segments"].at(1);
  EXPECT_EQ(Str(seg1["text"]), "apart");
  EXPECT_TRUE(seg1["changed"].get_bool().value());
  EXPECT_EQ(seg1["diff"].get_int64().value(), 0);
  EXPECT_EQ(Str(p["b_segments"].at(2)["text"]), sample::kEqualEnd);

  const simdjson::dom::element u = c["unique"].at(0);
  EXPECT_EQ(Str(u["doc"]), "d1");
  EXPECT_EQ(u["sentence"].get_int64().value(), 4);
  EXPECT_EQ(Str(u["text"]), "Blinken also raised fentanyl & \"overcapacity\".");
  EXPECT_EQ(u["start"].get_int64().value(), 400);

  const simdjson::dom::element q = c["quantities"].at(0);
  EXPECT_EQ(Str(q["kind"]), "duration");
  EXPECT_EQ(Str(q["subject"]), "talks");
  EXPECT_FALSE(q["agree"].get_bool().value());
  EXPECT_EQ(Str(q["values"].at(0)["text"]), "more than 90 minutes");
  EXPECT_DOUBLE_EQ(q["values"].at(0)["low"].get_double().value(), 90);
  EXPECT_TRUE(q["values"].at(0)["high"].is_null()) << "unbounded";
  EXPECT_DOUBLE_EQ(q["values"].at(1)["high"].get_double().value(), 60);
  EXPECT_EQ(Str(q["values"].at(1)["unit"]), "minute");
  EXPECT_EQ(q["values"].at(1)["start"].get_int64().value(), 310);

  const simdjson::dom::element t = c["timeline"].at(0);
  EXPECT_EQ(Str(t["date"]), "2024-04-26");
  EXPECT_EQ(Str(t["date_precision"]), "day");
  EXPECT_EQ(Str(t["doc"]), "d1");
  EXPECT_EQ(Str(t["event"]), "d1-e1");
  EXPECT_EQ(Str(t["code"]), "040");
  EXPECT_EQ(Str(t["source"]), "CHNGOV");
  EXPECT_EQ(Str(t["target"]), "USAGOV");
  EXPECT_EQ(Str(t["text"]), "Wang Yi met Antony Blinken in Beijing");
}

TEST(CompareReportJson, UnknownsAreNullAndMissingComparisonIsEmpty) {
  CompareReport report;
  stories::Story story;
  story.id = "s9";
  story.dyad_b = "RUS";
  report.stories.push_back(story);
  const std::string out = Render(report, ReportFormat::kJson);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(out).get(root)) << out;
  EXPECT_TRUE(root["generator"].is_null());
  const simdjson::dom::element s = root["stories"].at(0);
  EXPECT_TRUE(s["date"].is_null());
  EXPECT_TRUE(s["dyad"].at(0).is_null());
  EXPECT_EQ(Str(s["dyad"].at(1)), "RUS");
  EXPECT_TRUE(s["code"].is_null());
  EXPECT_TRUE(s["location"].is_null());
  for (const char* key : {"sources", "aligned", "unique", "quantities", "timeline"}) {
    EXPECT_EQ(s["comparison"][key].get_array().size(), 0u) << key;
  }
}

TEST(CompareReportMarkdown, ShowsDifferencesAndTables) {
  const std::string md = Render(sample::CompareReportSample(), ReportFormat::kMarkdown);
  EXPECT_TRUE(Has(md, "## Story s1 · 2024-04-26 · CHN – USA · CAMEO 040 · Beijing · 2 sources")) << md;
  // Sources, then the statement side by side, a's change struck, b's bold.
  EXPECT_TRUE(Has(md, "| Reuters | 2024-04-26 | China's Wang tells Blinken ties must not drift |")) << md;
  EXPECT_TRUE(Has(md, "#### 1. Wang Yi (王毅) (CHNGOV) — 2 sources")) << md;
  EXPECT_TRUE(Has(md, "| Reuters | Xinhua |\n|---|---|\n")) << md;
  EXPECT_TRUE(Has(md, "should not drift ~~away~~ from each other")) << md;
  EXPECT_TRUE(Has(md, "should not drift **apart** from each other")) << md;
  EXPECT_TRUE(Has(md, "- wording: ~~away~~ → **apart**\n")) << md;
  EXPECT_TRUE(Has(md, "- channel: Xinhua vs the Chinese Foreign Ministry readout\n")) << md;
  // Text escaped: no raw markup, no pipe that would split a cell.
  EXPECT_TRUE(Has(md, "\\<script>alert(1)\\</script> \\| 中美")) << md;
  EXPECT_FALSE(Has(md, " <script>")) << md;
  // Coverage: the statement in both, the claim in Reuters only.
  EXPECT_TRUE(Has(md, "| Statement or claim | Reuters | Xinhua |")) << md;
  EXPECT_TRUE(Has(md, "| Statement: Wang Yi (王毅): “China & the United States should not drift away")) << md;
  EXPECT_TRUE(Has(md, "| Claim: Blinken also raised fentanyl & \"overcapacity\". | ✓ | — |")) << md;
  // The disagreeing duration, with each source's interval.
  EXPECT_TRUE(Has(md, "| duration of talks | **disagree** | more than 90 minutes (\\[90, ∞) minute) | "
                      "an hour (60 minute) |"))
      << md;
  EXPECT_TRUE(Has(md, "Only in **Reuters**:\n\n- “Blinken also raised fentanyl")) << md;
  EXPECT_TRUE(Has(md, "| 2024-04-26 | 040 | CHNGOV → USAGOV | Reuters | Wang Yi met Antony Blinken in Beijing |"))
      << md;
  EXPECT_TRUE(Has(md, "Generated by readout 0.1.0.")) << md;
}

TEST(CompareReportHtml, SelfContainedEscapedAndHighlighted) {
  const std::string html = Render(sample::CompareReportSample(), ReportFormat::kHtml);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(Has(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(Has(html, "</html>\n"));
  // Nothing to fetch and nothing to run.
  for (const char* bad : {"<script", "src=", "<link", "href=\"http", "url(", "@import", "<img", "<iframe"}) {
    EXPECT_FALSE(Has(html, bad)) << bad;
  }
  // Hostile and non-ASCII text as text.
  EXPECT_TRUE(Has(html, "China &amp; the United States should not drift ")) << html;
  EXPECT_TRUE(Has(html, "&lt;script&gt;alert(1)&lt;/script&gt; | 中美")) << html;
  EXPECT_TRUE(Has(html, "fentanyl &amp; &quot;overcapacity&quot;.")) << html;
  EXPECT_TRUE(Has(html, "王毅同布林肯会谈"));
  // The source's URL shown, not linked.
  EXPECT_TRUE(Has(html, "<td class=\"url\">https://www.reuters.com/world/china/wang-blinken-2024-04-26/</td>"));
  // The pair side by side, changed words highlighted in each column.
  EXPECT_TRUE(Has(html, "<div class=\"pair\"><div class=\"sides\"><div class=\"side side-a\">")) << html;
  EXPECT_TRUE(Has(html, "drift <del class=\"diff-a k-wording\" title=\"wording\">away</del> from")) << html;
  EXPECT_TRUE(Has(html, "drift <ins class=\"diff-b k-wording\" title=\"wording\">apart</ins> from")) << html;
  EXPECT_LT(html.find("class=\"side side-a\""), html.find("diff-a k-wording"));
  EXPECT_LT(html.find("diff-a k-wording"), html.find("class=\"side side-b\""));
  EXPECT_LT(html.find("class=\"side side-b\""), html.find("diff-b k-wording"));
  EXPECT_TRUE(Has(html, "<span class=\"was\">away</span> → <span class=\"now\">apart</span>")) << html;
  EXPECT_TRUE(Has(html, "<span class=\"kind\">channel</span>: Xinhua <span class=\"muted\">vs</span> "
                        "the Chinese Foreign Ministry readout"))
      << html;
  // Tables: coverage, the disagreeing quantity, unique claims, timeline.
  EXPECT_TRUE(Has(html, "<table class=\"coverage\">"));
  EXPECT_TRUE(Has(html, "<td class=\"yes\" title=\"carried\">✓</td><td class=\"no\" title=\"not carried\">—</td>"));
  EXPECT_TRUE(Has(html, "<tr class=\"disagree\"><th scope=\"row\">duration of talks</th>")) << html;
  EXPECT_TRUE(Has(html, "<h4>Only in Reuters</h4><ul class=\"unique\">"));
  EXPECT_TRUE(Has(html, "<table class=\"timeline\">"));
  EXPECT_TRUE(Has(html, "CHNGOV → USAGOV"));
  EXPECT_TRUE(Has(html, "CHN – USA · CAMEO 040 · Beijing · 2 sources</h2>")) << html;
}

TEST(CompareReport, InvalidUtf8IsReplacedEverywhere) {
  CompareReport report = sample::CompareReportSample();
  report.comparisons[0].sources[1].title = "bad \xFF byte\nand a line";
  const std::string repaired = "bad \xEF\xBF\xBD byte";
  EXPECT_TRUE(Has(Render(report, ReportFormat::kHtml), repaired + " and a line"));
  EXPECT_TRUE(Has(Render(report, ReportFormat::kMarkdown), repaired + " and a line"));
  const std::string json = Render(report, ReportFormat::kJson);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root));
  EXPECT_EQ(Str(root["stories"].at(0)["comparison"]["sources"].at(1)["title"]), repaired + "\nand a line");
}

TEST(CompareReport, SegmentsJoinedAcrossGapsAndMarkedWithoutSpaces) {
  CompareReport report = sample::CompareReportSample();
  compare::QuotePair& p = report.comparisons[0].aligned[0].pairs[0];
  // A gap between spans stands for a space; a changed run's own spaces stay
  // outside the marks.
  p.a_segments = {{{0, 5}, "drift", false, -1}, {{6, 11}, " far ", true, 0}, {{11, 15}, "away", false, -1}};
  const std::string md = Render(report, ReportFormat::kMarkdown);
  EXPECT_TRUE(Has(md, "| drift ~~far~~ away |")) << md;
  const std::string html = Render(report, ReportFormat::kHtml);
  EXPECT_TRUE(Has(html, "drift <del class=\"diff-a k-wording\" title=\"wording\">far</del> away")) << html;
}

TEST(CompareReport, DatesShownAsDates) {
  CompareReport report = sample::CompareReportSample();
  compare::QuantityComparison date;
  date.kind = compare::QuantityKind::kDate;
  date.subject = "visit";
  date.values.push_back({"d1", "Friday", {0, 6}, 19839, 19839, "day"});
  date.values.push_back({"d2", "late April", {0, 10}, 19839, 19841, "day"});
  report.comparisons[0].quantities = {date};
  const std::string md = Render(report, ReportFormat::kMarkdown);
  EXPECT_TRUE(Has(md, "| date of visit | agree | Friday (2024-04-26) | late April (\\[2024-04-26, 2024-04-28\\]) |"))
      << md;
  const std::string html = Render(report, ReportFormat::kHtml);
  EXPECT_TRUE(Has(html, "<tr class=\"agree\">")) << html;
  EXPECT_TRUE(Has(html, "Friday <span class=\"muted\">2024-04-26</span>")) << html;
}

TEST(CompareReport, NonEnglishDocumentsAreListedAsNotAnalysed) {
  CompareReport report;
  report.not_analysed.push_back({"lemonde-1", "fr"});
  EXPECT_TRUE(Has(Render(report, ReportFormat::kJson), "\"not_analysed\":[{\"doc\":\"lemonde-1\",\"language\":\"fr\"}]"));
  EXPECT_TRUE(Has(Render(report, ReportFormat::kMarkdown), "| lemonde-1 | fr |"));
  EXPECT_TRUE(Has(Render(report, ReportFormat::kHtml), "<li>lemonde-1 (fr)</li>"));
}

TEST(CompareReport, EmptyReportInEveryFormat) {
  CompareReport report;
  report.generator = "readout 0.1.0";
  const std::string json = Render(report, ReportFormat::kJson);
  EXPECT_EQ(json, "{\"generator\":\"readout 0.1.0\",\"stories\":[],\"not_analysed\":[]}\n");
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root));

  const std::string md = Render(report, ReportFormat::kMarkdown);
  EXPECT_TRUE(Has(md, "# Comparison report\n\nNo stories.\n")) << md;
  EXPECT_FALSE(Has(md, "## Story"));

  const std::string html = Render(report, ReportFormat::kHtml);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_TRUE(Has(html, "No stories.")) << html;
  EXPECT_FALSE(Has(html, "class=\"story\""));
  EXPECT_TRUE(Has(html, "</body>\n</html>\n"));
}

}  // namespace
}  // namespace readout::output
