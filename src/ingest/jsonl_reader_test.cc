#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

constexpr std::string_view kMixed =
    "{\"id\": \"a1\", \"url\": \"https://x.test/a\", \"outlet\": \"Xinhua\", "
    "\"published\": \"2025-02-24T08:00:00Z\", \"language\": \"en\", \"title\": \"T\", "
    "\"text\": \"Xi spoke with Putin.\\nThey agreed.\"}\n"
    "\n"
    "{\"text\": \"No id here.\"}\n"
    "{\"id\": 42, \"text\": \"a number id\"\n"
    "[1, 2, 3]\n"
    "{\"id\": \"x\"}\n"
    "{\"id\": \"y\", \"text\": 7}\n"
    "{\"id\": \"last\", \"text\": \"The end.\"}";

IngestOptions Skip() {
  IngestOptions o;
  o.on_error = OnError::kSkip;
  o.detect_language = false;
  return o;
}

TEST(ReadJsonl, ReadsRecordsAndSkipsBadLines) {
  const auto out = ReadBytes("feed.jsonl", std::string(kMixed), Skip());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 3u);

  const Document& a = out.docs[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.url, "https://x.test/a");
  EXPECT_EQ(a.outlet, "Xinhua");
  EXPECT_EQ(a.published, "2025-02-24T08:00:00Z");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "Xi spoke with Putin.\nThey agreed.");
  EXPECT_EQ(a.source_line, 1u);
  EXPECT_EQ(a.format, InputFormat::kJsonl);
  ASSERT_EQ(a.content.size(), 1u);
  EXPECT_EQ(a.slice(a.content[0]), a.text);

  EXPECT_EQ(out.docs[1].id, "feed.jsonl:3");  // blank line 2 skipped, still counted
  EXPECT_EQ(out.docs[1].source_line, 3u);
  EXPECT_EQ(out.docs[2].id, "last");
  EXPECT_EQ(out.docs[2].source_line, 8u);

  // Lines 4 (unclosed object), 5 (not an object), 6 (no text), 7 (text not a string).
  ASSERT_EQ(out.diags.errors(), 4u);
  const auto& items = out.diags.items();
  EXPECT_EQ(items[0].where.file, "feed.jsonl");
  EXPECT_EQ(items[0].where.line, 4u);
  EXPECT_EQ(items[0].where.column, 33u);  // the end of the line, where "}" is missing
  EXPECT_FALSE(items[0].excerpt.empty());
  EXPECT_EQ(items[1].where.line, 5u);
  EXPECT_NE(items[1].message.find("must be a JSON object"), std::string::npos);
  EXPECT_EQ(items[2].where.line, 6u);
  EXPECT_EQ(items[2].message, "record has no \"text\" (nor a WordPress \"content\": {\"rendered\"})");
  EXPECT_EQ(items[3].where.line, 7u);
  EXPECT_EQ(FormatDiagnostic(items[2]).substr(0, 20), "feed.jsonl:6: error:");
}

TEST(ReadJsonl, StopOnFirstBadLine) {
  IngestOptions o = Skip();
  o.on_error = OnError::kStop;
  const auto out = ReadBytes("feed.jsonl", std::string(kMixed), o);
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.where().file, "feed.jsonl");
  EXPECT_EQ(out.status.where().line, 4u);
  EXPECT_EQ(out.docs.size(), 2u);  // what came before the bad line was delivered
  EXPECT_EQ(out.diags.errors(), 1u);
}

TEST(ReadJsonl, NumericIdIsAccepted) {
  const auto out = ReadBytes("f.jsonl", "{\"id\": 42, \"text\": \"x\"}\n", Skip());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].id, "42");
}

TEST(ReadJsonl, InvalidUtf8IsRepairedNotRejected) {
  const auto out = ReadBytes("f.jsonl", "{\"text\": \"caf\xE9 au lait\"}\n", Skip());
  ASSERT_TRUE(out.status.ok());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].text, "caf\xEF\xBF\xBD au lait");
  EXPECT_EQ(out.docs[0].invalid_utf8_bytes, 1u);
  ASSERT_EQ(out.diags.warnings(), 1u);
  EXPECT_EQ(out.diags.items()[0].where.line, 1u);
  EXPECT_EQ(out.diags.items()[0].where.column, 14u);
}

TEST(ReadJsonl, EmptyTextIsDeliveredWithAWarning) {
  const auto out = ReadBytes("f.jsonl", "{\"text\": \"  \"}\n{\"text\": \"ok\"}\n", Skip());
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_TRUE(out.docs[0].content.empty());
  EXPECT_EQ(out.diags.errors(), 0u);
  EXPECT_EQ(out.diags.warnings(), 1u);
}

TEST(ReadJsonl, BadPublishedIsIgnoredWithAWarning) {
  const auto out = ReadBytes("f.jsonl", "{\"text\": \"x\", \"published\": \"soon\"}\n", Skip());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].published, "");
  EXPECT_EQ(out.diags.warnings(), 1u);
}

TEST(ReadJsonl, ALastLineWithoutNewlineOrPaddingParses) {
  // The final record sits at the very end of the buffer: simdjson must not
  // read past it (ASan checks).
  const auto out = ReadBytes("f.jsonl", "{\"text\":\"a\"}", Skip());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].text, "a");
}

TEST(ReadJsonl, CrLfLineEndings) {
  const auto out = ReadBytes("f.jsonl", "{\"text\":\"a\"}\r\n{\"text\":\"b\"}\r\n", Skip());
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_EQ(out.diags.errors(), 0u);
}

TEST(ReadJsonl, AHundredMegabyteLineIsRejectedQuickly) {
  std::string bytes = "{\"text\": \"first\"}\n{\"text\": \"";
  bytes.append(100u << 20, 'a');
  bytes += "\"}\n{\"text\": \"after\"}\n";
  const auto out = ReadBytes("big.jsonl", std::move(bytes), Skip());
  ASSERT_TRUE(out.status.ok());
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_EQ(out.docs[1].text, "after");
  ASSERT_EQ(out.diags.errors(), 1u);
  const Diagnostic& e = out.diags.items()[0];
  EXPECT_EQ(e.where.file, "big.jsonl");
  EXPECT_EQ(e.where.line, 2u);
  EXPECT_NE(e.message.find("over the limit"), std::string::npos);
  EXPECT_LE(e.excerpt.size(), 120u);

  IngestOptions stop = Skip();
  stop.on_error = OnError::kStop;
  std::string again = "{\"text\": \"" + std::string(20u << 20, 'b') + "\"}\n";
  const auto stopped = ReadBytes("big.jsonl", std::move(again), stop);
  EXPECT_EQ(stopped.status.code(), StatusCode::kTooLarge);
  EXPECT_EQ(stopped.status.where().line, 1u);
}

TEST(ReadJsonl, MarkupInsideTextIsLaidOut) {
  const auto out = ReadBytes(
      "f.jsonl", "{\"text\": \"<img src=x.png>\\nXi <b>spoke</b>.\"}\n", Skip());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(testing::ContentText(out.docs[0]), "Xi spoke.");
}

}  // namespace
}  // namespace readout::ingest
