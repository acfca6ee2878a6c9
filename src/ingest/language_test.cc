#include "ingest/language.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

Document Doc(std::string text) {
  Document d;
  d.text = std::move(text);
  d.content.push_back({0, static_cast<std::uint32_t>(d.text.size())});
  return d;
}

TEST(DetectLanguageCode, CommonLanguages) {
  EXPECT_EQ(DetectLanguageCode(Doc("History and reality show that China and Russia are good "
                                   "neighbors that cannot be moved away, and true friends.")),
            "en");
  EXPECT_EQ(DetectLanguageCode(Doc("Le président chinois a déclaré lundi que la Chine et la "
                                   "Russie ne peuvent pas être séparées.")),
            "fr");
  EXPECT_EQ(DetectLanguageCode(Doc("中国和俄罗斯是搬不走的好邻居，是同甘共苦的真朋友。")), "zh");
  EXPECT_EQ(DetectLanguageCode(Doc("אני אוהב אותך מאוד והיום יום יפה מאוד בירושלים")), "he");
}

TEST(DetectLanguageCode, UnreliableIsEmpty) {
  EXPECT_EQ(DetectLanguageCode(Doc("ok")), "");
  EXPECT_EQ(DetectLanguageCode(Doc("")), "");
  EXPECT_EQ(DetectLanguageCode(Doc("12345 67890 !!!")), "");
}

TEST(DetectLanguageCode, InvalidUtf8DoesNotBlindTheDetector) {
  EXPECT_EQ(DetectLanguageCode(Doc("History and reality \xFF show that China and Russia are good "
                                   "neighbors that cannot be moved away, and true friends.")),
            "en");
}

TEST(DetectLanguageCode, MaskedMarkupIsSkipped) {
  Document d = Doc("<span class=\"x\">Le président</span> chinois a déclaré lundi que la Chine "
                   "et la Russie ne peuvent pas être séparées.");
  d.masked.push_back({0, 16});
  d.masked.push_back({29, 36});
  EXPECT_EQ(DetectLanguageCode(d), "fr");
}

TEST(IngestLanguage, DetectedWhenNotDeclaredTrustedWhenDeclared) {
  const std::string french =
      "Le président chinois Xi Jinping a déclaré lundi à son homologue russe que la Chine et "
      "la Russie ne peuvent pas être séparées, selon l'agence officielle.";
  const auto detected = ReadBytes("a.txt", french);
  ASSERT_EQ(detected.docs.size(), 1u);
  EXPECT_EQ(detected.docs[0].language, "fr");
  EXPECT_EQ(detected.docs[0].language_detected, "fr");
  EXPECT_EQ(detected.diags.warnings(), 0u);

  // A record that declares its language costs no detection.
  const auto declared = ReadBytes(
      "f.jsonl", "{\"language\": \"en\", \"text\": \"" + french + "\"}\n");
  ASSERT_EQ(declared.docs.size(), 1u);
  EXPECT_EQ(declared.docs[0].language, "en");
  EXPECT_EQ(declared.docs[0].language_detected, "");
  EXPECT_EQ(declared.diags.warnings(), 0u);

  IngestOptions off;
  off.detect_language = false;
  const auto skipped = ReadBytes("a.txt", french, off);
  EXPECT_EQ(skipped.docs.at(0).language, "");
  EXPECT_EQ(skipped.docs.at(0).language_detected, "");
}

}  // namespace
}  // namespace readout::ingest
