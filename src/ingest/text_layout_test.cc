#include "ingest/text_layout.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/text_markup.h"

namespace readout::ingest {
namespace {

using testing::ContentText;

Document Lay(std::string text, bool detect_title = true) {
  Document d;
  d.text = std::move(text);
  LayOutPlainText(d, detect_title);
  return d;
}

TEST(LayOutPlainText, TitleLineFollowedByBlankLine) {
  const Document d = Lay("\n\nA Short Headline\n\nThe body starts here. It goes on.\n");
  EXPECT_EQ(d.title, "A Short Headline");
  EXPECT_EQ(d.slice(d.title_span), "A Short Headline");
  EXPECT_EQ(ContentText(d), "The body starts here. It goes on.");
}

TEST(LayOutPlainText, TitleLineFollowedByAddressLine) {
  const Document d = Lay("Headline\n<https://example.com/story>\nBody text follows.\n");
  EXPECT_EQ(d.title, "Headline");
  EXPECT_EQ(d.url, "https://example.com/story");
  EXPECT_EQ(ContentText(d), "Body text follows.");
}

TEST(LayOutPlainText, NoTitleWhenTheFirstLineIsASentence) {
  EXPECT_TRUE(Lay("This is a sentence.\n\nAnother one.\n").title.empty());
  EXPECT_TRUE(Lay("He said \"no.\"\n\nAnother one.\n").title.empty());
  EXPECT_TRUE(Lay("He said \u201Cno.\u201D\n\nAnother one.\n").title.empty());
  EXPECT_TRUE(Lay("Short line\nfollowed directly by more text.\n").title.empty());
  EXPECT_TRUE(Lay("Only a short line\n").title.empty());
  EXPECT_TRUE(Lay(std::string(250, 'x') + "\n\nBody.\n").title.empty());
  EXPECT_TRUE(Lay("Headline\n\nBody.\n", /*detect_title=*/false).title.empty());
}

TEST(LayOutPlainText, TitleEndingInAQuoteIsStillATitle) {
  const Document d = Lay("Xi Says Ties 'Cannot Be Moved Apart'\n\nBody.\n");
  EXPECT_EQ(d.title, "Xi Says Ties 'Cannot Be Moved Apart'");
}

TEST(LayOutPlainText, AddressLinesAreNeverContent) {
  const Document d = Lay("First paragraph.\n\n<https://example.com/a>\n\nSecond paragraph.\n");
  EXPECT_TRUE(d.url.empty());  // not above the article: not the page's address
  EXPECT_EQ(ContentText(d), "First paragraph.|Second paragraph.");
}

TEST(LayOutPlainText, ExcludedElementsSplitContent) {
  const std::string text =
      "<image>data:image/png;base64,iVBORw0KGgo=</image>\nChina and Russia talk.\n"
      "<script>var x = \"<b>\";</script> More text.\n";
  const Document d = Lay(text);
  EXPECT_EQ(ContentText(d), "China and Russia talk.|More text.");
  for (const Span c : d.content) {
    EXPECT_EQ(d.slice(c).find("base64"), std::string_view::npos);
    EXPECT_EQ(d.slice(c).find('<'), std::string_view::npos);
  }
}

TEST(LayOutPlainText, NamespacedImageTagIsExcluded) {
  const Document d =
      Lay("<x:image>data:image/s3,\"s3://crabby-images/9acc4/"
          "9acc4f2822ed0e3da3b0d901beed891cbd73fcad\" alt=\"\"</x:image>\nBody text.\n");
  EXPECT_EQ(ContentText(d), "Body text.");
  EXPECT_TRUE(d.title.empty());
}

TEST(LayOutPlainText, InlineTagsAreMaskedNotCut) {
  const Document d = Lay("Xi <b>told</b> Putin<br/> on <i>Monday</i>.\n");
  ASSERT_EQ(d.content.size(), 1u);
  EXPECT_EQ(d.slice(d.content[0]), "Xi <b>told</b> Putin<br/> on <i>Monday</i>.");
  ASSERT_EQ(d.masked.size(), 5u);
  EXPECT_EQ(d.slice(d.masked[0]), "<b>");
  EXPECT_EQ(d.slice(d.masked[2]), "<br/>");
  EXPECT_EQ(ContentText(d), "Xi told Putin on Monday.");
}

TEST(LayOutPlainText, MaskedTagsAtTheEdgesAreTrimmed) {
  const Document d = Lay("<p>Paragraph one.</p>\n<p>Paragraph two.</p>\n");
  ASSERT_EQ(d.content.size(), 1u);
  EXPECT_EQ(d.slice(d.content[0]), "Paragraph one.</p>\n<p>Paragraph two.");
  EXPECT_EQ(ContentText(d), "Paragraph one.\nParagraph two.");
}

TEST(LayOutPlainText, ProseWithAngleBracketsStaysProse) {
  const Document d = Lay("If x < y and y > z, then <Reuters> is not a tag.\n");
  EXPECT_TRUE(d.masked.empty());
  EXPECT_EQ(ContentText(d), "If x < y and y > z, then <Reuters> is not a tag.");
}

TEST(LayOutPlainText, UnclosedScriptRemovesOnlyTheTag) {
  const Document d = Lay("<script src=\"a.js\">\nThe article.\n");
  EXPECT_EQ(ContentText(d), "The article.");
}

TEST(LayOutPlainText, CommentsAreExcluded) {
  const Document d = Lay("Before.<!-- hidden\nnote -->After.\n");
  EXPECT_EQ(ContentText(d), "Before.|After.");
}

TEST(LayOutPlainText, ByteOrderMarkIsNotContent) {
  const Document d = Lay("\xEF\xBB\xBFHeadline\n\nBody.\n");
  EXPECT_EQ(d.title, "Headline");
  EXPECT_EQ(ContentText(d), "Body.");
}

TEST(ScanMarkup, AdversarialInputStaysLinear) {
  // Each of these would be quadratic without the caches: 400,000 opening
  // tags that never close, on one line and across lines. Quadratic scanning
  // would take hours here; ctest's per-test timeout (cmake/readout_module.cmake)
  // turns that into a failure without a wall-clock assertion in the test.
  std::string s;
  for (int i = 0; i < 200000; ++i) s += "<script a <b x <!-- ";
  for (int i = 0; i < 200000; ++i) s += "<script>x<style>\n<a:svg>";
  const std::vector<MarkupRange> r = ScanMarkup(s);
  EXPECT_FALSE(r.empty());
}

}  // namespace
}  // namespace readout::ingest
