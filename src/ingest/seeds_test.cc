// The shared corpus, read by path: the two seed articles with their
// sidecar, and PETRARCH2's sample and unit-test record files.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ContentText;
using testing::ReadPath;

constexpr const char* kCnn = "corpus/seeds/000_d8dc5f780efacdc5.txt";
constexpr const char* kDiplomat = "corpus/seeds/001_70805f0573b4dfd8.txt";

bool AnyContentContains(const Document& d, std::string_view needle) {
  return std::any_of(d.content.begin(), d.content.end(),
                     [&](Span s) { return d.slice(s).find(needle) != std::string_view::npos; });
}

TEST(Seeds, CnnInlineImageIsNotContent) {
  READOUT_SHARED_OR_SKIP(path, kCnn);
  const auto out = ReadPath(path);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.id, "000_d8dc5f780efacdc5.txt");
  EXPECT_EQ(d.format, InputFormat::kText);
  EXPECT_EQ(d.invalid_utf8_bytes, 0u);
  EXPECT_TRUE(d.title.empty());  // the first text line is a long paragraph
  for (const char* junk : {"<image>", "base64", "data:image", "image>", "<"}) {
    EXPECT_FALSE(AnyContentContains(d, junk)) << junk;
  }
  ASSERT_FALSE(d.content.empty());
  EXPECT_EQ(d.slice(d.content[0]).substr(0, 16), "China and Russia");
  EXPECT_TRUE(d.slice(d.content.back()).ends_with("southern Ukraine."));
  EXPECT_EQ(d.language, "en");
  EXPECT_EQ(d.language_detected, "en");
  EXPECT_EQ(out.diags.items().size(), 0u);
}

TEST(Seeds, DiplomatTitleAndAddressLine) {
  READOUT_SHARED_OR_SKIP(path, kDiplomat);
  const auto out = ReadPath(path);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  const std::string title =
      "In Phone Call, Putin, Xi Emphasize That China and Russia 'Cannot Be Moved Apart'";
  EXPECT_EQ(d.title, title);
  EXPECT_EQ(d.slice(d.title_span), title);
  EXPECT_EQ(d.url, "https://thediplomat.com/");
  EXPECT_FALSE(AnyContentContains(d, "thediplomat.com"));
  EXPECT_FALSE(AnyContentContains(d, "In Phone Call"));
  ASSERT_FALSE(d.content.empty());
  EXPECT_EQ(d.slice(d.content[0]).substr(0, 15), "The two leaders");
  EXPECT_TRUE(ContentText(d).ends_with("Xi said."));
  EXPECT_EQ(d.language, "en");
}

TEST(Seeds, SidecarSuppliesOutletAndDate) {
  READOUT_SHARED_OR_SKIP(dir, "corpus/seeds");
  const auto meta = ReadMetaTable(dir + "/meta.jsonl");
  ASSERT_TRUE(meta.ok()) << meta.status().ToString();
  const auto files = ExpandInputs({dir});
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_EQ(files->size(), 2u);  // meta.jsonl is not an article

  IngestOptions options;
  options.meta = &meta.value();
  std::vector<Document> docs;
  Diagnostics diags;
  for (const std::string& f : *files) {
    const Status s = ReadFile(f, options, diags, [&](Document&& d) {
      docs.push_back(std::move(d));
      return true;
    });
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].outlet, "CNN");
  EXPECT_EQ(docs[0].published, "2025-02-24");
  EXPECT_EQ(docs[0].language, "en");
  EXPECT_EQ(docs[1].outlet, "The Diplomat");
  EXPECT_EQ(docs[1].published, "2025-02-25");
  EXPECT_EQ(docs[1].url, "https://thediplomat.com/");
  EXPECT_EQ(docs[1].language, "en");
  EXPECT_EQ(diags.items().size(), 0u);
}

TEST(Seeds, PetrarchUnitTestRecords) {
  READOUT_SHARED_OR_SKIP(path, "petrarch2/text/PETR.UnitTest.records.xml");
  const auto out = ReadPath(path);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 284u);
  EXPECT_EQ(out.diags.errors(), 0u);
  const Document& first = out.docs.front();
  EXPECT_EQ(first.id, "DEMO-00");
  EXPECT_EQ(first.published, "1995-01-01");
  EXPECT_EQ(first.source_line, 61u);
  EXPECT_TRUE(first.single_sentence);
  EXPECT_EQ(first.text,
            "Arnor is about to restore full diplomatic ties with Gondor almost \n"
            "five years after crowds trashed its embassy.");
  EXPECT_EQ(out.docs[1].id, "DEMO-01");
  EXPECT_EQ(out.docs[1].source_line, 107u);
  EXPECT_EQ(out.docs.back().id, "FINAL-RECORD");
  EXPECT_EQ(out.docs.back().published, "1995-01-04");
  const auto parsing = std::find_if(out.docs.begin(), out.docs.end(),
                                    [](const Document& d) { return d.id == "AFP0909010096-4"; });
  ASSERT_NE(parsing, out.docs.end());
  EXPECT_EQ(parsing->published, "2009-01-01");
  const auto single_false = std::count_if(out.docs.begin(), out.docs.end(),
                                          [](const Document& d) { return !d.single_sentence; });
  EXPECT_EQ(single_false, 5);
  for (const Document& d : out.docs) {
    EXPECT_FALSE(d.id.empty());
    EXPECT_EQ(d.published.size(), 10u) << d.id;
    EXPECT_FALSE(d.text.empty()) << d.id;
    EXPECT_EQ(d.format, InputFormat::kPetrarchXml);
  }
}

TEST(Seeds, PetrarchGigaWordSample) {
  READOUT_SHARED_OR_SKIP(path, "petrarch2/text/GigaWord.sample.PETR.xml");
  const auto out = ReadPath(path);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 76u);
  EXPECT_EQ(out.diags.errors(), 0u);
  // Nine records of the sample (TEST_1 ... TEST_9) have an empty <Text>.
  EXPECT_EQ(out.diags.warnings(), 9u);
  EXPECT_EQ(std::count_if(out.docs.begin(), out.docs.end(),
                          [](const Document& d) { return d.text.empty(); }),
            9);
  const Document& first = out.docs.front();
  EXPECT_EQ(first.id, "AFP0808020625_4");
  EXPECT_EQ(first.published, "2008-08-04");
  EXPECT_EQ(first.outlet, "AFP");
  EXPECT_EQ(first.source_line, 13u);
  EXPECT_TRUE(first.single_sentence);
  EXPECT_TRUE(first.text.starts_with("The stopover came as the US leader"));
  EXPECT_TRUE(first.text.ends_with("out of the Games."));
  EXPECT_EQ(out.docs[1].id, "AFP0808020675_1");
  EXPECT_EQ(out.docs[1].published, "2008-08-06");
  EXPECT_EQ(first.language, "en");
}

TEST(Seeds, PetrarchFileFromStdinIsRecognisedByContent) {
  READOUT_SHARED_OR_SKIP(path, "petrarch2/text/GigaWord.sample.PETR.xml");
  auto bytes = testing::ReadPath(path);  // sanity: the file reads
  ASSERT_TRUE(bytes.status.ok());
  std::ifstream in(path, std::ios::binary);
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto out = testing::ReadBytes("-", content);
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  EXPECT_EQ(out.docs.size(), 76u);
  EXPECT_EQ(out.docs.at(0).source, "-");
}

}  // namespace
}  // namespace readout::ingest
