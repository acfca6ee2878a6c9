#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadBytes;

IngestOptions Quiet() {
  IngestOptions o;
  o.detect_language = false;
  return o;
}

constexpr std::string_view kPage = R"(<!DOCTYPE html>
<html lang="en-US">
<head>
  <title>Xi and Putin talk | The Daily</title>
  <meta property="og:title" content="Xi, Putin Say Ties &#8216;Cannot Be Moved Apart&#8217;">
  <meta property="og:site_name" content="The Daily">
  <meta property="article:published_time" content="2025-02-25T09:30:00+08:00">
  <meta property="og:url" content="https://daily.test/og">
  <link rel="canonical" href="https://daily.test/xi-putin">
  <style>p { color: red }</style>
  <script>var ads = "<p>not text</p>";</script>
</head>
<body>
  <nav><ul><li>Home</li><li>World</li></ul></nav>
  <div class="cookie-banner">We use cookies.</div>
  <article class="story has-share-bar">
    <header><h1>Xi, Putin talk</h1><time datetime="2025-02-20">Feb 20</time></header>
    <div class="share-bar"><a>Share on X</a></div>
    <p>Chinese leader Xi Jinping   told
       Vladimir Putin on <b>Monday</b> that ties &amp; trust
       were firm.</p>
    <p>The Kremlin called the call &ldquo;warm&rdquo;.<br>It gave no details.</p>
    <div>Text sitting directly in a div.<p>And a paragraph inside it.</p></div>
    <blockquote><p>A quoted paragraph.</p></blockquote>
    <ul><li>First point</li><li>Second point</li></ul>
    <pre>line one
  line two</pre>
    <figure><img src="x.jpg"><figcaption>A caption.</figcaption></figure>
    <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
    <p hidden>Hidden paragraph.</p>
    <p style="display: none">Also hidden.</p>
    <section id="comments"><p>First!</p></section>
    <aside><p>Related story</p></aside>
    <form><button>Subscribe</button></form>
  </article>
  <footer><p>Copyright</p></footer>
</body>
</html>
)";

TEST(ReadHtml, ExtractsTheArticleBlocks) {
  const auto out = ReadBytes("page.html", std::string(kPage), Quiet());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.text,
            "Chinese leader Xi Jinping told Vladimir Putin on Monday that ties & trust were firm."
            "\n\nThe Kremlin called the call \u201Cwarm\u201D."
            "\n\nIt gave no details."
            "\n\nText sitting directly in a div."
            "\n\nAnd a paragraph inside it."
            "\n\nA quoted paragraph."
            "\n\nFirst point\n\nSecond point"
            "\n\nline one\n  line two"
            "\n\nA caption."
            "\n\nCell A\n\nCell B");
  EXPECT_EQ(d.content.size(), 12u);
  EXPECT_EQ(d.slice(d.content[0]).substr(0, 14), "Chinese leader");
  EXPECT_EQ(d.slice(d.content.back()), "Cell B");
  EXPECT_TRUE(d.title_span.empty());
}

TEST(ReadHtml, ReadsPageMetadata) {
  const auto out = ReadBytes("page.html", std::string(kPage), Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.title, "Xi, Putin Say Ties \u2018Cannot Be Moved Apart\u2019");
  EXPECT_EQ(d.outlet, "The Daily");
  EXPECT_EQ(d.published, "2025-02-25");
  EXPECT_EQ(d.url, "https://daily.test/xi-putin");
  EXPECT_EQ(d.language, "en-US");
  EXPECT_EQ(d.id, "page.html");
  EXPECT_EQ(d.format, InputFormat::kHtml);
}

TEST(ReadHtml, FallbacksForTitleDateAndOutlet) {
  const std::string page =
      "<html><head><title>Headline - Wire</title>"
      "<meta name=\"application-name\" content=\"Wire\">"
      "<meta property=\"og:url\" content=\"https://wire.test/a\"></head>"
      "<body><main><h1>Headline</h1><p>Body <time datetime=\"2024-12-31T23:00\">then</time>.</p>"
      "<p>More.</p></main></body></html>";
  const auto out = ReadBytes("a.htm", page, Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  const Document& d = out.docs[0];
  EXPECT_EQ(d.title, "Headline");  // <title> with the outlet suffix removed
  EXPECT_EQ(d.outlet, "Wire");
  EXPECT_EQ(d.published, "2024-12-31");
  EXPECT_EQ(d.url, "https://wire.test/a");
  // The leading <h1> is the headline: in text, outside content.
  EXPECT_EQ(d.slice(d.title_span), "Headline");
  ASSERT_EQ(d.content.size(), 2u);
  EXPECT_EQ(d.slice(d.content[0]), "Body then.");
}

TEST(ReadHtml, JsonLdFillsWhatMetaTagsLack) {
  const std::string page =
      "<html><head><script type=\"application/ld+json\">"
      "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\"},"
      " {\"@type\": \"NewsArticle\", \"headline\": \"LD headline\","
      "  \"datePublished\": \"2025-02-24T10:00:00Z\", \"publisher\": {\"name\": \"LD News\"}}]}"
      "</script><script type=\"application/ld+json\">{broken</script></head>"
      "<body><p>Body.</p></body></html>";
  const auto out = ReadBytes("a.html", page, Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].title, "LD headline");
  EXPECT_EQ(out.docs[0].published, "2025-02-24");
  EXPECT_EQ(out.docs[0].outlet, "LD News");
}

TEST(ReadHtml, FirstH1IsTheLastResortTitle) {
  const auto out =
      ReadBytes("a.html", "<body><div><h1>Only <em>an</em> H1</h1><p>Text.</p></div></body>", Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].title, "Only an H1");
}

TEST(ReadHtml, ATeaserArticleDoesNotHideTheStory) {
  std::string page = "<body><article><p>Teaser.</p></article><div>";
  for (int i = 0; i < 20; ++i) page += "<p>The real story goes on and on in plain divs.</p>";
  page += "</div></body>";
  const auto out = ReadBytes("a.html", page, Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].content.size(), 21u);
}

TEST(ReadHtml, MisleadingClassesFallBackToEverything) {
  const auto out = ReadBytes(
      "a.html", "<body><div class=\"share\"><p>All the text is in here.</p></div></body>", Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].text, "All the text is in here.");
}

TEST(ReadHtml, NoTextIsAnError) {
  const auto out = ReadBytes("a.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>",
                             Quiet());
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.ToString(), "a.html: no article text found in the HTML page");
}

TEST(ReadHtml, AbsurdNestingIsRefusedFast) {
  std::string page = "<html><body>";
  for (int i = 0; i < 200000; ++i) page += "<div>";
  page += "deep";
  const auto out = ReadBytes("deep.html", page, Quiet());
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_NE(out.status.message().find("nests elements"), std::string::npos);
}

TEST(ReadHtml, AbsurdTagCountsAreRefusedFast) {
  std::string page = "<html><body>";
  for (int i = 0; i < 1'100'000; ++i) page += "<p>x";
  const auto out = ReadBytes("many.html", page, Quiet());
  EXPECT_EQ(out.status.code(), StatusCode::kTooLarge);
  EXPECT_NE(out.status.message().find("tags"), std::string::npos);
}

TEST(ReadHtml, ManyFlatElementsAreFine) {
  std::string page = "<html><body>";
  for (int i = 0; i < 50000; ++i) page += "<p>Paragraph <b>bold</b> <br> text";
  const auto out = ReadBytes("flat.html", page, Quiet());
  ASSERT_TRUE(out.status.ok()) << out.status.ToString();
  EXPECT_GE(out.docs.at(0).content.size(), 50000u);
}

TEST(ReadHtml, InvalidUtf8IsCountedAndReplaced) {
  const auto out = ReadBytes("a.html", "<p>caf\xE9</p>", Quiet());
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].invalid_utf8_bytes, 1u);
  EXPECT_EQ(out.docs[0].text, "caf\xEF\xBF\xBD");
  EXPECT_EQ(out.diags.warnings(), 1u);
}

}  // namespace
}  // namespace readout::ingest
