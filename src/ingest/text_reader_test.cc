#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

TEST(ReadText, TextIsTheBytesExactly) {
  const std::string bytes = "Headline\r\n\r\nBody with \xE2\x80\x9Cquotes\xE2\x80\x9D.\r\n";
  const auto out = ReadBytes("story.txt", bytes);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.text, bytes);
  EXPECT_EQ(d.id, "story.txt");
  EXPECT_EQ(d.source, "story.txt");
  EXPECT_EQ(d.format, InputFormat::kText);
  EXPECT_EQ(d.title, "Headline");
  ASSERT_EQ(d.content.size(), 1u);
  EXPECT_EQ(d.slice(d.content[0]), "Body with \xE2\x80\x9Cquotes\xE2\x80\x9D.");
}

TEST(ReadText, IdIsTheBaseName) {
  const auto out = ReadBytes("some/dir/a.txt", "Body.");
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].id, "a.txt");
  EXPECT_EQ(ReadBytes("-", "Body.").docs.at(0).id, "stdin");
}

TEST(ReadText, EmptyAndWhitespaceOnlyInputs) {
  for (const char* bytes : {"", "   \n\t\r\n  ", "\xEF\xBB\xBF\n"}) {
    const auto out = ReadBytes("empty.txt", bytes);
    EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
    EXPECT_EQ(out.status.ToString(), "empty.txt: empty input");
    EXPECT_TRUE(out.docs.empty());
  }
}

TEST(ReadText, InvalidUtf8IsCountedAndLocated) {
  const auto out = ReadBytes("bad.txt", "Fine line.\nBad \xFF\xFE here.\n");
  ASSERT_TRUE(out.status.ok());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].invalid_utf8_bytes, 2u);
  ASSERT_EQ(out.diags.items().size(), 1u);
  const Diagnostic& w = out.diags.items()[0];
  EXPECT_EQ(w.severity, Severity::kWarning);
  EXPECT_EQ(w.where.file, "bad.txt");
  EXPECT_EQ(w.where.line, 2u);
  EXPECT_EQ(w.where.column, 5u);
  EXPECT_NE(w.message.find("2 invalid UTF-8 bytes"), std::string::npos);
}

TEST(ReadText, NulBytesAreBinary) {
  const auto out = ReadBytes("junk.txt", std::string("line one\nline two\0junk", 23));
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.ToString(), "junk.txt:2:9: binary data, not text");
}

TEST(ReadText, MostlyControlBytesAreBinary) {
  std::string junk;
  for (int i = 0; i < 1000; ++i) junk += static_cast<char>(1 + i % 8);
  const auto out = ReadBytes("junk.dat", "ok\n" + junk);
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.ToString(), "junk.dat:2:1: binary data, not text");
}

TEST(ReadText, AFewControlBytesAreStillText) {
  const auto out = ReadBytes("a.txt", "A wire story\x07 with a bell.\n\x1B[0m and an escape.\n");
  EXPECT_TRUE(out.status.ok()) << out.status.ToString();
}

TEST(ReadText, AHundredMegabyteLineIsRefusedQuickly) {
  std::string big(100u << 20, 'a');
  const auto out = ReadBytes("big.txt", std::move(big));
  EXPECT_EQ(out.status.code(), StatusCode::kTooLarge);
  EXPECT_NE(out.status.ToString().find("big.txt: document is 104857600 bytes"), std::string::npos)
      << out.status.ToString();
}

TEST(ReadText, ALargeDocumentUnderTheLimitIsRead) {
  IngestOptions options;
  options.max_document_bytes = 64u << 20;
  options.detect_language = false;
  std::string big;
  big.reserve(32u << 20);
  while (big.size() < (32u << 20)) big += "Xi <b>told</b> Putin on Monday that ties are firm. ";
  const auto out = ReadBytes("big.txt", std::move(big), options);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_GT(out.docs[0].masked.size(), 100000u);
}

TEST(ReadText, OnlyMarkupIsNoArticle) {
  const auto out = ReadBytes("a.txt", "<image>data:image/png;base64,AAAA</image>\n");
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_NE(out.status.ToString().find("a.txt: no article text"), std::string::npos);
}

TEST(ReadText, ForcedFormatWins) {
  IngestOptions options;
  options.format = InputFormat::kText;
  const auto out = ReadBytes("a.jsonl", "{\"text\": \"x\"}\n", options);
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].format, InputFormat::kText);
  EXPECT_EQ(out.docs[0].text, "{\"text\": \"x\"}\n");
}

TEST(ReadText, UnsupportedFormatNamesIt) {
  const auto out = ReadBytes("paper.pdf", "%PDF-1.4 ...");
  EXPECT_EQ(out.status.code(), StatusCode::kUnsupported);
  EXPECT_EQ(out.status.ToString(), "paper.pdf: unsupported format: PDF");
}

TEST(ReadText, SinkCanStop) {
  Diagnostics diags;
  int calls = 0;
  const Status s = ReadBuffer("a.jsonl", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n", {}, diags,
                              [&](Document&&) { return ++calls < 1; });
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace readout::ingest
