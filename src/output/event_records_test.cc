// Event writers on events built by hand: the JSONL record has exactly the
// DESIGN.md fields in order with nulls for what is unknown; the Phoenix
// line has 26 columns split the way phoenix_pipeline split them.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "readout/output.h"

namespace readout::output {
namespace {

events::Event Sample() {
  events::Event e;
  e.doc = "AFP-1";
  e.sentence = 2;
  e.id = "AFP-1#2.0";
  e.date = "2014-06-20";
  e.date_precision = "day";
  e.source = {"Hamas gunmen", Span{4, 16}, "PSEREBHMS", "PSE", "REBHMS", ""};
  e.target = {"Israeli troops", Span{27, 41}, "ISRMIL", "ISR", "MIL", ""};
  e.code = "190";
  e.root = "19";
  e.quad = 4;
  e.goldstein = -10.0;
  e.plover = "ASSAULT";
  e.negated = false;
  e.modality = events::Modality::kReported;
  e.said_by = "the army";
  e.evidence = Span{4, 41};
  e.evidence_text = "Hamas gunmen \"fought\"\tIsraeli troops";
  e.verb = "fought";
  e.rule = "CAMEO.verbs.txt:1234";
  return e;
}

std::vector<std::string> Keys(simdjson::dom::object o) {
  std::vector<std::string> keys;
  for (auto field : o) keys.emplace_back(field.key);
  return keys;
}

TEST(EventJson, HasExactlyTheDesignFieldsInOrder) {
  std::string out;
  AppendEventJson(Sample(), out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line per event";
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(out).get(e)) << out;
  EXPECT_EQ(Keys(e.get_object().value()),
            (std::vector<std::string>{"doc", "sentence", "id", "date", "date_precision", "source", "target", "code",
                                      "root", "quad", "goldstein", "plover", "negated", "modality", "location",
                                      "said_by", "channel", "evidence", "verb", "rule"}));
  EXPECT_EQ(Keys(e["source"].get_object().value()),
            (std::vector<std::string>{"text", "code", "country", "sector", "entity", "start", "end"}));
  EXPECT_EQ(std::string_view(e["source"]["code"].get_string().value()), "PSEREBHMS");
  EXPECT_EQ(e["source"]["start"].get_int64().value(), 4);
  EXPECT_EQ(std::string_view(e["target"]["sector"].get_string().value()), "MIL");
  EXPECT_EQ(e["sentence"].get_int64().value(), 2);
  EXPECT_EQ(e["quad"].get_int64().value(), 4);
  EXPECT_DOUBLE_EQ(e["goldstein"].get_double().value(), -10.0);
  EXPECT_EQ(std::string_view(e["modality"].get_string().value()), "reported");
  EXPECT_FALSE(e["negated"].get_bool().value());
  EXPECT_TRUE(e["location"].is_null());
  EXPECT_TRUE(e["channel"].is_null());
  EXPECT_EQ(std::string_view(e["said_by"].get_string().value()), "the army");
  EXPECT_EQ(std::string_view(e["evidence"]["text"].get_string().value()), "Hamas gunmen \"fought\"\tIsraeli troops");
  EXPECT_EQ(e["evidence"]["end"].get_int64().value(), 41);
  EXPECT_EQ(std::string_view(e["rule"].get_string().value()), "CAMEO.verbs.txt:1234");
}

TEST(EventJson, UnknownsAreNull) {
  events::Event ev = Sample();
  ev.date.clear();
  ev.date_precision.clear();
  ev.target = {};
  ev.code = "999";
  ev.root.clear();
  ev.quad = 0;
  ev.plover.clear();
  ev.said_by.clear();
  ev.negated = true;
  std::string out;
  AppendEventJson(ev, out);
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(out).get(e)) << out;
  for (const char* key : {"date", "date_precision", "target", "root", "quad", "goldstein", "plover", "said_by"}) {
    EXPECT_TRUE(e[key].is_null()) << key << " in " << out;
  }
  EXPECT_TRUE(e["negated"].get_bool().value());
  EXPECT_EQ(std::string_view(e["code"].get_string().value()), "999");
}

std::vector<std::string> Columns(const std::string& line) {
  std::vector<std::string> cols;
  std::string cell;
  std::istringstream in(line.substr(0, line.size() - 1));
  while (std::getline(in, cell, '\t')) cols.push_back(cell);
  if (!line.empty() && line[line.size() - 2] == '\t') cols.emplace_back();
  return cols;
}

TEST(PhoenixLine, TwentySixColumnsAsPhoenixSplitThem) {
  Document doc;
  doc.id = "AFP-1";
  doc.url = "http://example.org/a";
  doc.outlet = "AFP";
  std::string out;
  AppendPhoenixLine(doc, Sample(), out);
  ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  ASSERT_EQ(std::count(out.begin(), out.end(), '\t'), 25);
  const std::vector<std::string> c = Columns(out);
  ASSERT_EQ(c.size(), 26u) << out;
  EXPECT_EQ(c[0], "AFP-1#2.0");
  EXPECT_EQ(c[1], "20140620");
  EXPECT_EQ(c[2], "2014");
  EXPECT_EQ(c[3], "06");
  EXPECT_EQ(c[4], "20");
  // PSEREBHMS: entity PSE, role REB, attribute HMS.
  EXPECT_EQ((std::vector<std::string>(c.begin() + 5, c.begin() + 9)),
            (std::vector<std::string>{"PSEREBHMS", "PSE", "REB", "HMS"}));
  EXPECT_EQ((std::vector<std::string>(c.begin() + 9, c.begin() + 13)),
            (std::vector<std::string>{"ISRMIL", "ISR", "MIL", ""}));
  EXPECT_EQ(c[13], "190");
  EXPECT_EQ(c[14], "19");
  EXPECT_EQ(c[15], "4");
  EXPECT_EQ(c[16], "-10.0");
  for (int i = 17; i <= 22; ++i) EXPECT_EQ(c[static_cast<std::size_t>(i)], "") << "column " << i + 1;
  EXPECT_EQ(c[23], "AFP-1-2");
  EXPECT_EQ(c[24], "http://example.org/a");
  EXPECT_EQ(c[25], "AFP");
}

TEST(PhoenixLine, AbsentActorsQuadClassAndUnknownCodes) {
  Document doc;
  events::Event ev = Sample();
  ev.source = {"the government", Span{0, 14}, "---GOV", "", "GOV", ""};
  ev.target = {};
  ev.code = "0231";
  ev.root = "02";
  ev.goldstein = 3.4;
  ev.quad = 1;
  std::string out;
  AppendPhoenixLine(doc, ev, out);
  std::vector<std::string> c = Columns(out);
  ASSERT_EQ(c.size(), 26u) << out;
  EXPECT_EQ((std::vector<std::string>(c.begin() + 5, c.begin() + 13)),
            (std::vector<std::string>{"---GOV", "", "GOV", "", "---", "", "", ""}));
  EXPECT_EQ(c[15], "0") << "Phoenix puts roots 01-02 in quad class 0";
  EXPECT_EQ(c[16], "3.4");

  ev.source = {"UN", Span{0, 2}, "IGOUNO", "", "", "UN"};
  ev.code = "160";
  ev.root = "16";
  ev.goldstein = -4.0;
  ev.quad = 3;
  out.clear();
  AppendPhoenixLine(doc, ev, out);
  c = Columns(out);
  EXPECT_EQ((std::vector<std::string>(c.begin() + 5, c.begin() + 9)),
            (std::vector<std::string>{"IGOUNO", "IGO", "", "UNO"}));
  EXPECT_EQ(c[15], "3") << "root 16 is verbal conflict in Phoenix";
  EXPECT_EQ(c[16], "-4.0");

  ev.code = "999";
  ev.root = "";
  ev.quad = 0;
  ev.date.clear();
  out.clear();
  AppendPhoenixLine(doc, ev, out);
  c = Columns(out);
  ASSERT_EQ(c.size(), 26u) << out;
  EXPECT_EQ(c[1], "");
  EXPECT_EQ(c[14], "99");
  EXPECT_EQ(c[15], "");
  EXPECT_EQ(c[16], "");
}

TEST(PhoenixLine, CellsNeverBreakTheLine) {
  Document doc;
  doc.outlet = "Bad\tOutlet\nName";
  events::Event ev = Sample();
  ev.id = "a\tb";
  std::string out;
  AppendPhoenixLine(doc, ev, out);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\t'), 25);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
}

TEST(EventRecords, OneLinePerEventInEitherFormat) {
  Document doc;
  doc.id = "AFP-1";
  const std::vector<events::Event> evs = {Sample(), Sample(), Sample()};
  std::string jsonl, phoenix;
  AppendEventRecords(doc, evs, EventFormat::kJsonl, jsonl);
  AppendEventRecords(doc, evs, EventFormat::kPhoenix, phoenix);
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 3);
  EXPECT_EQ(std::count(phoenix.begin(), phoenix.end(), '\n'), 3);
  EXPECT_EQ(jsonl.front(), '{');
  EventFormat f{};
  EXPECT_TRUE(ParseEventFormat("phoenix", &f));
  EXPECT_EQ(f, EventFormat::kPhoenix);
  EXPECT_TRUE(ParseEventFormat("jsonl", &f));
  EXPECT_EQ(f, EventFormat::kJsonl);
  EXPECT_FALSE(ParseEventFormat("tsv", &f));
}

}  // namespace
}  // namespace readout::output
