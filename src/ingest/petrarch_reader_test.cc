#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

IngestOptions Quiet(OnError on_error = OnError::kSkip) {
  IngestOptions o;
  o.on_error = on_error;
  o.detect_language = false;
  return o;
}

constexpr std::string_view kRecords =
    "<!-- comment\n before the root -->\n"          // lines 1-2
    "<Sentences>\n"                                 // 3
    "<Sentence date = \"20080804\" id =\"AFP-1\" source = \"AFP\" sentence = \"True\">\n"  // 4
    "<Text>\n"
    "The stopover came as the US leader prepared to attend the Beijing Olympics, an \n"
    "event which will test his vow.\n"
    "</Text>\n"
    "<Parse>(ROOT (S (NP (DT The))))</Parse>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950101\" id=\"DEMO-00\" category=\"DEMO\" sentence=\"false\">\n"  // 11
    "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
    "<Text><![CDATA[Arnor & Gondor]]> restore ties.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n";

TEST(ReadPetrarchXml, ReadsEveryRecord) {
  const auto out = ReadBytes("records.xml", std::string(kRecords), Quiet());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 2u);
  const Document& a = out.docs[0];
  EXPECT_EQ(a.id, "AFP-1");
  EXPECT_EQ(a.published, "2008-08-04");
  EXPECT_EQ(a.outlet, "AFP");
  EXPECT_TRUE(a.single_sentence);
  EXPECT_EQ(a.source_line, 4u);
  EXPECT_EQ(a.format, InputFormat::kPetrarchXml);
  EXPECT_EQ(a.text,
            "The stopover came as the US leader prepared to attend the Beijing Olympics, an \n"
            "event which will test his vow.");
  ASSERT_EQ(a.content.size(), 1u);
  EXPECT_EQ(a.slice(a.content[0]), a.text);
  EXPECT_TRUE(a.title.empty());

  const Document& b = out.docs[1];
  EXPECT_EQ(b.id, "DEMO-00");
  EXPECT_EQ(b.published, "1995-01-01");
  EXPECT_FALSE(b.single_sentence);
  EXPECT_EQ(b.source_line, 11u);
  EXPECT_EQ(b.text, "Arnor & Gondor restore ties.");
  EXPECT_TRUE(b.outlet.empty());
}

TEST(ReadPetrarchXml, MalformedXmlNamesFileLineAndColumn) {
  const std::string bad =
      "<Sentences>\n<Sentence id=\"a\">\n<Text>x</Txet>\n</Sentence>\n</Sentences>\n";
  const auto out = ReadBytes("bad.xml", bad, Quiet());
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.where().file, "bad.xml");
  EXPECT_EQ(out.status.where().line, 3u);
  EXPECT_GT(out.status.where().column, 0u);
  EXPECT_NE(out.status.message().find("malformed XML: "), std::string::npos);
  EXPECT_TRUE(out.docs.empty());
}

TEST(ReadPetrarchXml, SentenceWithoutTextIsARecordError) {
  const std::string xml =
      "<Sentences>\n<Sentence date=\"20080101\" id=\"a\">\n<Parse>x</Parse>\n</Sentence>\n"
      "<Sentence date=\"20080102\" id=\"b\"><Text>Fine.</Text></Sentence>\n</Sentences>\n";
  const auto skipped = ReadBytes("r.xml", xml, Quiet());
  ASSERT_TRUE(skipped.status.ok());
  ASSERT_EQ(skipped.docs.size(), 1u);
  EXPECT_EQ(skipped.docs[0].id, "b");
  EXPECT_EQ(skipped.docs[0].source_line, 5u);
  ASSERT_EQ(skipped.diags.errors(), 1u);
  EXPECT_EQ(skipped.diags.items()[0].where.line, 2u);
  EXPECT_EQ(skipped.diags.items()[0].where.column, 1u);

  const auto stopped = ReadBytes("r.xml", xml, Quiet(OnError::kStop));
  EXPECT_EQ(stopped.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(stopped.status.ToString(), "r.xml:2:1: <Sentence> has no <Text>");
  EXPECT_TRUE(stopped.docs.empty());
}

// pugixml decodes "&#x0;" into a NUL that would end the record's text: the
// sentence after it vanished with only an "empty <Text>" warning.
TEST(ReadPetrarchXml, NulCharacterReferenceIsARecordErrorAtItsLine) {
  const std::string xml =
      "<Sentences>\n<Sentence date=\"20080101\" id=\"a\">\n<Text>\n&#x0;Arnor said.</Text>\n"
      "</Sentence>\n<Sentence date=\"20080102\" id=\"b\"><Text>Fine &#00; here.</Text></Sentence>\n"
      "<Sentence date=\"20080103\" id=\"c\"><Text>&#x20;Kept &#10; <![CDATA[&#x0;]]></Text></Sentence>\n"
      "</Sentences>\n";
  const auto skipped = ReadBytes("nul.xml", xml, Quiet());
  ASSERT_TRUE(skipped.status.ok()) << skipped.status.ToString();
  ASSERT_EQ(skipped.docs.size(), 1u);  // a and b are not delivered, not even empty
  EXPECT_EQ(skipped.docs[0].id, "c");
  EXPECT_EQ(skipped.docs[0].text, "Kept \n &#x0;");  // CDATA is not decoded
  ASSERT_EQ(skipped.diags.errors(), 2u);
  const Diagnostic& first = skipped.diags.items()[0];
  EXPECT_EQ(first.severity, Severity::kError);
  EXPECT_EQ(first.where.file, "nul.xml");
  EXPECT_EQ(first.where.line, 4u);
  EXPECT_EQ(first.where.column, 1u);
  EXPECT_NE(first.message.find("U+0000"), std::string::npos) << first.message;
  EXPECT_EQ(skipped.diags.items()[1].where.line, 6u);
  EXPECT_EQ(skipped.diags.items()[1].where.column, 45u);

  const auto stopped = ReadBytes("nul.xml", xml, Quiet(OnError::kStop));
  EXPECT_EQ(stopped.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(stopped.status.where().line, 4u);
  EXPECT_TRUE(stopped.docs.empty());
}

TEST(ReadPetrarchXml, MissingIdAndBadDate) {
  const std::string xml =
      "<Sentences>\n<Sentence date=\"2008\"><Text>Fine.</Text></Sentence>\n</Sentences>\n";
  const auto out = ReadBytes("r.xml", xml, Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].id, "r.xml:2");
  EXPECT_EQ(out.docs[0].published, "");
  EXPECT_EQ(out.diags.warnings(), 1u);
}

TEST(ReadPetrarchXml, NoRecordsWhenForced) {
  IngestOptions o = Quiet();
  o.format = InputFormat::kPetrarchXml;
  const auto out = ReadBytes("r.xml", "<Sentences></Sentences>", o);
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.ToString(), "r.xml: no PETRARCH <Sentence> records");
}

TEST(ReadPetrarchXml, DeepNestingIsNotACrash) {
  std::string xml = "<Sentences>";
  for (int i = 0; i < 100000; ++i) xml += "<a>";
  xml += "<Sentence id=\"deep\"><Text>x</Text></Sentence>";
  for (int i = 0; i < 100000; ++i) xml += "</a>";
  xml += "</Sentences>";
  const auto out = ReadBytes("deep.xml", xml, Quiet());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].id, "deep");
}

}  // namespace
}  // namespace readout::ingest
