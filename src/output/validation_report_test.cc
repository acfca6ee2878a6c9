// Validation reports: the JSON object's shape (what scripts and the
// validate_floor test read) and the text report's parts.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "readout/output.h"

namespace readout::output {
namespace {

using validate::GoldRecord;
using validate::Triple;

validate::Report SampleReport() {
  validate::Report report;
  report.file = "unit.xml";
  GoldRecord a;
  a.id = "DEMO-00";
  a.category = "DEMO";
  a.line = 12;
  a.events = {{"ARN", "GON", "064"}};
  report.Add(validate::ScoreRecord(a, "Arnor restores\nties with Gondor.", {{"ARN", "GON", "064"}}));
  GoldRecord b = a;
  b.id = "DEMO-01";
  b.line = 40;
  report.Add(validate::ScoreRecord(b, "Arnor \"restores\" ties.", {{"ARN", "MOR", "064"}}));
  GoldRecord c;
  c.id = "NOTEXT";
  c.noevents = true;
  c.line = 60;
  report.Add(validate::ScoreRecord(c, "", {}, "the record has no <Text>"));
  return report;
}

TEST(ValidationJson, Shape) {
  std::string out;
  AppendValidationJson(SampleReport(), kAllFailures, out);
  ASSERT_EQ(out.back(), '\n');
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(out).get(e)) << out;
  EXPECT_EQ(e["records"].get_int64().value(), 3);
  EXPECT_EQ(e["exact"].get_int64().value(), 1);
  EXPECT_EQ(e["errors"].get_int64().value(), 1);
  EXPECT_DOUBLE_EQ(e["precision"].get_double().value(), 0.5);
  EXPECT_DOUBLE_EQ(e["recall"].get_double().value(), 0.5);
  EXPECT_DOUBLE_EQ(e["f1"].get_double().value(), 0.5);
  EXPECT_EQ(std::string_view(e["file"].get_string().value()), "unit.xml");

  simdjson::dom::object cats = e["by_category"].get_object().value();
  EXPECT_EQ(cats.size(), 2u);
  EXPECT_EQ(cats["DEMO"]["records"].get_int64().value(), 2);
  EXPECT_EQ(cats["DEMO"]["exact"].get_int64().value(), 1);
  for (const char* key : {"precision", "recall", "f1"}) {
    EXPECT_TRUE(cats["DEMO"][key].is_double()) << key;
    EXPECT_TRUE(cats[validate::kNoCategory][key].is_null()) << key << ": nothing expected, nothing found";
  }

  simdjson::dom::array failures = e["failures"].get_array().value();
  ASSERT_EQ(failures.size(), 2u);
  simdjson::dom::element f = failures.at(0).value();
  EXPECT_EQ(std::string_view(f["id"].get_string().value()), "DEMO-01");
  EXPECT_EQ(std::string_view(f["category"].get_string().value()), "DEMO");
  EXPECT_EQ(std::string_view(f["text"].get_string().value()), "Arnor \"restores\" ties.");
  EXPECT_EQ(f["line"].get_int64().value(), 40);
  simdjson::dom::element want = f["expected"].at(0).value();
  EXPECT_EQ(std::string_view(want["source"].get_string().value()), "ARN");
  EXPECT_EQ(std::string_view(want["target"].get_string().value()), "GON");
  EXPECT_EQ(std::string_view(want["code"].get_string().value()), "064");
  EXPECT_EQ(std::string_view(f["found"].at(0)["target"].get_string().value()), "MOR");
  EXPECT_TRUE(f["error"].error() == simdjson::NO_SUCH_FIELD);
  simdjson::dom::element g = failures.at(1).value();
  EXPECT_EQ(std::string_view(g["error"].get_string().value()), "the record has no <Text>");
  EXPECT_EQ(g["expected"].get_array().value().size(), 0u);
}

TEST(ValidationJson, FailuresCanBeCapped) {
  std::string out;
  AppendValidationJson(SampleReport(), 1, out);
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(out).get(e)) << out;
  EXPECT_EQ(e["failures"].get_array().value().size(), 1u);
  out.clear();
  AppendValidationJson(SampleReport(), 0, out);
  ASSERT_FALSE(parser.parse(out).get(e)) << out;
  EXPECT_EQ(e["failures"].get_array().value().size(), 0u);
  EXPECT_EQ(e["records"].get_int64().value(), 3) << "the totals never depend on the cap";
}

TEST(ValidationText, TotalsCategoriesAndFailures) {
  std::string out;
  AppendValidationText(SampleReport(), kAllFailures, out);
  EXPECT_NE(out.find("unit.xml: 3 records, 1 exact (33.3%)"), std::string::npos) << out;
  EXPECT_NE(out.find("precision 50.0%, recall 50.0%, F1 50.0%"), std::string::npos) << out;
  EXPECT_NE(out.find("1 record(s) could not be coded"), std::string::npos) << out;
  EXPECT_NE(out.find("DEMO"), std::string::npos);
  EXPECT_NE(out.find("failures (2):"), std::string::npos) << out;
  EXPECT_NE(out.find("DEMO-01 [DEMO] unit.xml:40"), std::string::npos) << out;
  EXPECT_NE(out.find("expected: ARN GON 064   <- missed"), std::string::npos) << out;
  EXPECT_NE(out.find("found:    ARN MOR 064   <- wrong"), std::string::npos) << out;
  EXPECT_NE(out.find("error:    the record has no <Text>"), std::string::npos) << out;
  EXPECT_EQ(out.find("DEMO-00 ["), std::string::npos) << "an exact record is not a failure";

  out.clear();
  AppendValidationText(SampleReport(), 1, out);
  EXPECT_NE(out.find("failures (first 1 of 2"), std::string::npos) << out;
  EXPECT_EQ(out.find("NOTEXT ["), std::string::npos) << out;
}

}  // namespace
}  // namespace readout::output
