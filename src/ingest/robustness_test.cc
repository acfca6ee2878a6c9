// Junk in, errors out: every reader, fed token soup and truncated real
// files, must return (ok or an error Status) without crashing, hanging or
// throwing. Run under ASan/UBSan this is a small deterministic fuzzer.

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

constexpr InputFormat kFormats[] = {InputFormat::kUnknown, InputFormat::kText, InputFormat::kHtml,
                                    InputFormat::kJsonl, InputFormat::kPetrarchXml};

const std::vector<std::string>& Tokens() {
  static const std::vector<std::string> kTokens = {
      "<", ">", "</", "/>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>",
      "<Sentences>", "</Sentences>", "<Sentence date=\"20080101\" id=\"x\" sentence=\"true\">",
      "</Sentence>", "<Text>", "</Text>", "<html>", "<body>", "<p>", "</p>", "<article>",
      "<script>", "</script>", "<image>", "</image>", "<x:image>", "<b>", "<br/>", "<https://a.b/>",
      "{", "}", "[", "]", "\"", "\\", ":", ",", "\"text\"", "\"id\"", "\"published\"", "null",
      "true", "1e99999", "-", "\n", "\r\n", "\n\n", " ", "\t", "word", "Headline", ".", "&amp;",
      "&#xFFFFFF;", "\xC3\xA9", "\xE2\x80\x9C", "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\x01",
      "\xEF\xBB\xBF", "<meta property=\"og:title\" content=\"t\">", "<time datetime=\"2025-02-30\">",
      "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"datePublished\":1}"};
  return kTokens;
}

std::string Soup(std::mt19937& rng, std::size_t tokens) {
  std::uniform_int_distribution<std::size_t> pick(0, Tokens().size() - 1);
  std::string s;
  for (std::size_t i = 0; i < tokens; ++i) s += Tokens()[pick(rng)];
  return s;
}

void ReadEveryWay(const std::string& path, const std::string& bytes) {
  for (const InputFormat f : kFormats) {
    for (const OnError e : {OnError::kSkip, OnError::kStop}) {
      IngestOptions o;
      o.format = f;
      o.on_error = e;
      const auto out = testing::ReadBytes(path, bytes, o);
      for (const Document& d : out.docs) {
        for (const Span s : d.content) {
          ASSERT_LE(s.begin, s.end);
          ASSERT_LE(s.end, d.text.size());
        }
        for (const Span s : d.masked) ASSERT_LE(s.end, d.text.size());
        ASSERT_LE(d.title_span.end, d.text.size());
        ASSERT_FALSE(d.id.empty());
      }
      if (!out.status.ok()) {
        ASSERT_FALSE(out.status.where().file.empty()) << out.status.ToString();
      }
    }
  }
}

TEST(Robustness, TokenSoup) {
  std::mt19937 rng(20250224);
  for (int round = 0; round < 300; ++round) {
    ReadEveryWay(round % 2 == 0 ? "soup.txt" : "-", Soup(rng, 1 + static_cast<std::size_t>(round)));
  }
}

TEST(Robustness, TruncatedRealFiles) {
  for (const char* rel : {"petrarch2/text/GigaWord.sample.PETR.xml",
                          "corpus/seeds/001_70805f0573b4dfd8.txt",
                          "corpus/seeds/meta.jsonl"}) {
    const std::string path = std::string(READOUT_SHARED_DIR) + "/" + rel;
    std::ifstream in(path, std::ios::binary);
    if (!in) GTEST_SKIP() << "shared test data not found: " << path;
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t cut = 1; cut < all.size(); cut += 1 + all.size() / 60) {
      ReadEveryWay(path, all.substr(0, cut));
    }
  }
}

}  // namespace
}  // namespace readout::ingest
