#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/tabari_text.h"

namespace readout::ingest {
namespace {

using testing::ContentText;
using testing::ReadBytes;

IngestOptions Quiet(OnError on_error = OnError::kSkip) {
  IngestOptions o;
  o.on_error = on_error;
  o.detect_language = false;
  return o;
}

// Records as TABARI writes them, in words of our own.
constexpr std::string_view kRecords =
    "##########################\n"                      // 1: banner
    "#   RIVENDELL WIRE, 3019  #\n"                      // 2
    "\n"                                                 // 3
    "190325  SHIRE-01\n"                                 // 4
    "The hobbits of the Shire thanked Rohan for \n"      // 5
    "its riders on Tuesday.\n"                           // 6
    "/*\\n---------- \n"                                 // 7
    "\\n[thanks]\n"                                      // 8
    "\\n{ SHR / ROH / 041 } */\n"                        // 9
    "\n"                                                 // 10
    "Stray notes between records are skipped.\n"         // 11
    "\n"                                                 // 12
    "880231*MORIA\n"                                     // 13: day 31 of February
    "Dwarves /* a note */ returned to Moria.\n"          // 14
    "\n"                                                 // 15
    "20190704 GONDOR-7 \n"                               // 16: 4-digit year
    "Gondor hailed Rohan.\n";                            // 17 (no final blank line)

TEST(ReadTabariText, ReadsEveryRecordWithDateAndId) {
  const auto out = ReadBytes("wire.text", std::string(kRecords), Quiet());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  EXPECT_EQ(out.diags.items().size(), 0u);
  ASSERT_EQ(out.docs.size(), 3u);

  const Document& a = out.docs[0];
  EXPECT_EQ(a.format, InputFormat::kTabariText);
  EXPECT_EQ(a.id, "SHIRE-01");
  EXPECT_EQ(a.published, "2019-03-25");  // YY 19 is this century
  EXPECT_EQ(a.source_line, 4u);
  // The lines as written, comments included; content leaves the comment out.
  EXPECT_EQ(a.text,
            "The hobbits of the Shire thanked Rohan for \nits riders on Tuesday.\n/*\\n---------- \n"
            "\\n[thanks]\n\\n{ SHR / ROH / 041 } */");
  EXPECT_EQ(ContentText(a), "The hobbits of the Shire thanked Rohan for \nits riders on Tuesday.");

  const Document& b = out.docs[1];
  EXPECT_EQ(b.id, "*MORIA");               // TABARI keeps what follows the date
  EXPECT_EQ(b.published, "1988-03-02");    // 31 February 1988 runs on to 2 March
  EXPECT_EQ(ContentText(b), "Dwarves|returned to Moria.");

  const Document& c = out.docs[2];
  EXPECT_EQ(c.id, "GONDOR-7");
  EXPECT_EQ(c.published, "2019-07-04");
  EXPECT_EQ(c.text, "Gondor hailed Rohan.");
}

TEST(ReadTabariText, IsDetectedFromItsContent) {
  EXPECT_EQ(DetectFormat("wire.text", kRecords), InputFormat::kTabariText);
  EXPECT_EQ(DetectFormat("wire.txt", kRecords), InputFormat::kTabariText);
  EXPECT_EQ(DetectFormat("-", "950101 DEMO-01\nArnor met Gondor.\n"), InputFormat::kTabariText);
  // Prose that merely starts with a number, or a header with no text.
  EXPECT_EQ(DetectFormat("-", "2019 was a quiet year.\nNothing happened.\n"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("-", "950101 the council met\nin Rivendell.\n"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("-", "950101 DEMO-01\n\nArnor met Gondor.\n"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("-", "951301 DEMO-01\nArnor met Gondor.\n"), InputFormat::kText);
  EXPECT_EQ(FormatName(InputFormat::kTabariText), "tabari");
}

TEST(ReadTabariText, ABadHeaderIsARecordErrorNamingItsLine) {
  const std::string text = "950101 OK-1\nArnor met Gondor.\n\n95011 SHORT\nText.\n\n950102 OK-2\nRohan met Gondor.\n";
  const auto skipped = ReadBytes("bad.text", text, Quiet(OnError::kSkip));
  ASSERT_TRUE(skipped.status.ok()) << skipped.status.ToString();
  ASSERT_EQ(skipped.docs.size(), 2u);
  EXPECT_EQ(skipped.docs[1].id, "OK-2");
  ASSERT_EQ(skipped.diags.errors(), 1u);
  EXPECT_EQ(skipped.diags.items()[0].where.file, "bad.text");
  EXPECT_EQ(skipped.diags.items()[0].where.line, 4u);
  EXPECT_NE(skipped.diags.items()[0].message.find("does not start with a date"), std::string::npos);

  const auto stopped = ReadBytes("bad.text", text, Quiet(OnError::kStop));
  EXPECT_EQ(stopped.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(stopped.status.where().line, 4u);
  EXPECT_EQ(stopped.docs.size(), 1u);
}

TEST(ReadTabariText, EmptyRecordsAndOpenCommentsAreWarned) {
  IngestOptions o = Quiet();
  o.format = InputFormat::kTabariText;
  const auto out = ReadBytes("w.text", "950101 EMPTY\n\n950102 OPEN\nArnor met /* never closed\nGondor.\n", o);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_TRUE(out.docs[0].content.empty());
  EXPECT_EQ(ContentText(out.docs[1]), "Arnor met");
  ASSERT_EQ(out.diags.warnings(), 2u);
  EXPECT_EQ(out.diags.items()[0].where.line, 1u);
  EXPECT_EQ(out.diags.items()[1].where.line, 3u);
}

TEST(ReadTabariText, AFileWithoutRecordsIsBadInput) {
  IngestOptions o = Quiet();
  o.format = InputFormat::kTabariText;
  const auto out = ReadBytes("w.text", "#### only a banner\nand words\n", o);
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_NE(out.status.message().find("no TABARI records"), std::string::npos);
}

TEST(ParseTabariHeader, DatesAsTabariReadsThem) {
  TabariHeader h;
  std::string why;
  ASSERT_TRUE(ParseTabariHeader("290101 A", h, why));
  EXPECT_EQ(h.date, "2029-01-01");
  ASSERT_TRUE(ParseTabariHeader("300101 A", h, why));
  EXPECT_EQ(h.date, "1930-01-01");
  ASSERT_TRUE(ParseTabariHeader("950431\tB C", h, why));
  EXPECT_EQ(h.date, "1995-05-01");
  EXPECT_EQ(h.id, "B C");
  ASSERT_TRUE(ParseTabariHeader("9501201  C", h, why));  // TABARI reads six characters
  EXPECT_EQ(h.date, "1995-01-20");
  EXPECT_EQ(h.id, "1  C");
  EXPECT_FALSE(ParseTabariHeader("950132 A", h, why));
  EXPECT_FALSE(ParseTabariHeader("1995 A", h, why));
}

}  // namespace
}  // namespace readout::ingest
