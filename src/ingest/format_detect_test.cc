#include "ingest/format_detect.h"

#include <gtest/gtest.h>

#include <string>

#include "readout/ingest.h"

namespace readout::ingest {
namespace {

constexpr std::string_view kPetrarch =
    "<!-- a comment before the root -->\n<Sentences>\n"
    "<Sentence date = \"20080804\" id =\"X-1\" sentence = \"True\">\n<Text>\nHello.\n</Text>\n"
    "</Sentence>\n</Sentences>\n";

TEST(DetectFormat, ByExtension) {
  EXPECT_EQ(DetectFormat("a.txt", "Some prose."), InputFormat::kText);
  EXPECT_EQ(DetectFormat("a.TEXT", "Some prose."), InputFormat::kText);
  EXPECT_EQ(DetectFormat("a.html", "<p>x</p>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.htm", "<p>x</p>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.xhtml", "<p>x</p>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.jsonl", "{\"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("a.ndjson", "not even json"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("dir/a.xml", kPetrarch), InputFormat::kPetrarchXml);
}

TEST(DetectFormat, JsonIsJsonlWhenLinesAreObjectsElseOneValue) {
  EXPECT_EQ(DetectFormat("a.json", "{\"text\": \"x\"}\n{\"text\": \"y\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("a.json", "{\n  \"text\": \"x\"\n}\n"), InputFormat::kJson);
  EXPECT_EQ(DetectFormat("a.json", "[{\"text\": \"x\"},\n {\"text\": \"y\"}]"), InputFormat::kJson);
  EXPECT_EQ(DetectFormat("-", "[\n  {\"id\": 1,\n   \"content\": {\"rendered\": \"<p>x</p>\"}}\n]"),
            InputFormat::kJson);
  const FormatGuess numbers = GuessFormat("a.json", "[1, 2, 3]");
  EXPECT_EQ(numbers.format, InputFormat::kUnknown);
  EXPECT_NE(numbers.unsupported.find("JSONL"), std::string_view::npos);
}

TEST(DetectFormat, XmlWithoutSentencesIsUnsupported) {
  const FormatGuess g = GuessFormat("a.xml", "<?xml version=\"1.0\"?>\n<rss><item/></rss>");
  EXPECT_EQ(g.format, InputFormat::kUnknown);
  EXPECT_EQ(g.unsupported, "XML without PETRARCH <Sentence> records");
}

TEST(DetectFormat, ContentOverridesAWrongExtension) {
  EXPECT_EQ(DetectFormat("a.txt", "{\"id\": \"1\", \"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("a.txt", "<!DOCTYPE html><html><body>x</body></html>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.txt", "  <html lang=\"en\">"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("a.txt", kPetrarch), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectFormat("a.html", "{\"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("a.xml", "<!doctype html><p>x"), InputFormat::kHtml);
}

TEST(DetectFormat, AmbiguousContentKeepsTheExtension) {
  // Prose that starts with a brace or a stray tag is still prose.
  EXPECT_EQ(DetectFormat("a.txt", "{Editor's note: this is prose}\nMore."), InputFormat::kText);
  EXPECT_EQ(DetectFormat("a.txt", "<image>data:x</image>\nChina and Russia"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("a.txt", "{\"text\": broken\n"), InputFormat::kText);
}

TEST(DetectFormat, StdinByContentAlone) {
  EXPECT_EQ(DetectFormat("-", "{\"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(DetectFormat("-", "<!DOCTYPE html>\n<html>"), InputFormat::kHtml);
  EXPECT_EQ(DetectFormat("-", kPetrarch), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectFormat("-", "<Validation>\n<Sentences>"), InputFormat::kPetrarchXml);
  EXPECT_EQ(DetectFormat("-", "Just prose.\n"), InputFormat::kText);
  EXPECT_EQ(DetectFormat("no-extension", "\xEF\xBB\xBF{\"text\": \"x\"}"), InputFormat::kJsonl);
}

TEST(DetectFormat, BinaryFormatsAreNamed) {
  EXPECT_EQ(GuessFormat("report.pdf", "anything").unsupported, "PDF");
  EXPECT_EQ(GuessFormat("a.DOCX", "").unsupported, "Word (.docx)");
  EXPECT_EQ(GuessFormat("a.tar.gz", "").unsupported, "gzip");
  EXPECT_EQ(GuessFormat("a.png", "").unsupported, "PNG image");
  // By magic number, whatever the name says.
  EXPECT_EQ(GuessFormat("a.txt", "%PDF-1.7\n...").unsupported, "PDF");
  EXPECT_EQ(GuessFormat("-", std::string_view("\x1F\x8B\x08\x00", 4)).unsupported, "gzip");
  EXPECT_NE(GuessFormat("a.txt", std::string_view("\xFF\xFEh\0i\0", 6)).unsupported.find("UTF-16"),
            std::string_view::npos);
}

TEST(DetectFormat, AHugeFirstLineIsJudgedByItsShape) {
  std::string line = "{\"text\": \"" + std::string(3 << 20, 'a') + "\"}\n";
  EXPECT_EQ(DetectFormat("a.txt", line), InputFormat::kJsonl);
}

TEST(FormatName, NamesEveryFormat) {
  EXPECT_EQ(FormatName(InputFormat::kText), "text");
  EXPECT_EQ(FormatName(InputFormat::kHtml), "html");
  EXPECT_EQ(FormatName(InputFormat::kJsonl), "jsonl");
  EXPECT_EQ(FormatName(InputFormat::kPetrarchXml), "xml");
  EXPECT_EQ(FormatName(InputFormat::kUnknown), "unknown");
}

}  // namespace
}  // namespace readout::ingest
