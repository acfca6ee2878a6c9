// The JSON reader (json_reader.cc) and the record mapping it shares with
// JSONL (json_record.cc): WordPress REST posts, arrays of them, HTML text,
// truncated payloads. Every payload here is invented for the test.
#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/json_record.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

IngestOptions Options(OnError on_error = OnError::kStop) {
  IngestOptions o;
  o.on_error = on_error;
  o.detect_language = false;
  return o;
}

// A post as /wp-json/wp/v2/posts/N returns it, pretty-printed.
constexpr std::string_view kPost = R"({
  "id": 5120,
  "date": "2025-02-24T21:05:11",
  "date_gmt": "2025-02-24T13:05:11",
  "link": "https://harbourtimes.example/2025/02/24/ferry-strike-ends/",
  "title": {"rendered": "Ferry strike ends &#8211; crews back at work"},
  "content": {"rendered": "<p>Crews of the island ferries ended their strike on Monday.</p>\n<p>The union said pay talks would resume in March.</p>", "protected": false},
  "excerpt": {"rendered": "<p>Crews ended their strike.</p>"}
})";

TEST(ReadJson, AWordPressPostIsAnArticle) {
  const auto out = ReadBytes("post.json", std::string(kPost), Options());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.format, InputFormat::kJson);
  EXPECT_EQ(d.id, "5120");
  EXPECT_EQ(d.url, "https://harbourtimes.example/2025/02/24/ferry-strike-ends/");
  EXPECT_EQ(d.title, "Ferry strike ends \xE2\x80\x93 crews back at work");
  EXPECT_EQ(d.published, "2025-02-24T21:05:11");
  EXPECT_EQ(d.published_source, "meta");
  EXPECT_EQ(d.text,
            "Crews of the island ferries ended their strike on Monday.\n\n"
            "The union said pay talks would resume in March.");
  ASSERT_EQ(d.content.size(), 2u);
  EXPECT_EQ(d.slice(d.content[1]), "The union said pay talks would resume in March.");
}

TEST(ReadJson, AnArrayOfPostsGivesOneArticleEach) {
  const std::string page = "[" + std::string(kPost) + ",\n" + std::string(kPost) + "]";
  const auto out = ReadBytes("posts.json", page, Options());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_EQ(out.docs[0].source_line, 1u);
  EXPECT_EQ(out.docs[1].source_line, 10u);
}

TEST(ReadJson, DetectedByContentWithoutExtension) {
  const auto out = ReadBytes("download", std::string(kPost), Options());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].format, InputFormat::kJson);
}

TEST(ReadJson, ATruncatedPayloadIsReportedAtItsLineAndWhatCameBeforeIsKept) {
  const std::string page = "[" + std::string(kPost) + ",\n" + std::string(kPost).substr(0, 120);
  const auto skipped = ReadBytes("posts.json", page, Options(OnError::kSkip));
  ASSERT_EQ(skipped.docs.size(), 1u);
  ASSERT_EQ(skipped.diags.errors(), 1u);
  const std::string message = skipped.diags.items().front().where.file + ":" +
                               std::to_string(skipped.diags.items().front().where.line) + ": " +
                               skipped.diags.items().front().message;
  EXPECT_EQ(message, "posts.json:10: the JSON ends inside this value: the payload is truncated");
  // Stopping at the first bad record stops the run with that error.
  const auto stopped = ReadBytes("posts.json", page, Options(OnError::kStop));
  EXPECT_FALSE(stopped.status.ok());
  EXPECT_NE(stopped.status.ToString().find("posts.json:10"), std::string::npos) << stopped.status.ToString();
}

TEST(ReadJson, ObjectsThatAreNoArticlesAreErrors) {
  const auto out = ReadBytes("posts.json", "[{\"id\": 1, \"status\": \"publish\"}, 7, {\"text\": \"Fine.\"}]",
                             Options(OnError::kSkip));
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.diags.errors(), 2u);
}

TEST(ReadJsonl, AWordPressPostPerLineAndHtmlText) {
  const std::string lines =
      "{\"id\": 7, \"link\": \"https://a.example/x\", \"title\": {\"rendered\": \"T\"}, "
      "\"content\": {\"rendered\": \"<p>One.</p><p>Two.</p>\"}}\n"
      "{\"id\": \"c1\", \"text\": \"<div class=\\\"body\\\"><p>The mayor resigned.</p><p>A vote follows.</p></div>\"}\n";
  const auto out = ReadBytes("feed.jsonl", lines, Options());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 2u);
  EXPECT_EQ(out.docs[0].text, "One.\n\nTwo.");
  EXPECT_EQ(out.docs[0].url, "https://a.example/x");
  EXPECT_EQ(out.docs[1].text, "The mayor resigned.\n\nA vote follows.");
}

TEST(LooksLikeHtml, MarkupNotProse) {
  EXPECT_TRUE(LooksLikeHtml("<p>Hello</p>"));
  EXPECT_TRUE(LooksLikeHtml("Intro<br/>more"));
  EXPECT_FALSE(LooksLikeHtml("Profits rose 3% as costs fell < 2%."));
  EXPECT_FALSE(LooksLikeHtml("He said \"x < y\" was obvious."));
}

}  // namespace
}  // namespace readout::ingest
