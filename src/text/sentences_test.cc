#include <gtest/gtest.h>

#include "text/test_util.h"

namespace readout::text {
namespace {

using testing::MakeDocument;
using testing::SentenceTexts;
using V = std::vector<std::string>;

TEST(Sentences, SplitsAtTerminalPunctuation) {
  EXPECT_EQ(SentenceTexts("Xi called Putin. They talked! Why? Nobody knows."),
            (V{"Xi called Putin.", "They talked!", "Why?", "Nobody knows."}));
}

TEST(Sentences, AbbreviationsDoNotEndSentencesUnlessASentenceStarts) {
  EXPECT_EQ(SentenceTexts("U.S. Secretary of State Marco Rubio met Mr. Lavrov on Feb. 18 in Riyadh."),
            (V{"U.S. Secretary of State Marco Rubio met Mr. Lavrov on Feb. 18 in Riyadh."}));
  EXPECT_EQ(SentenceTexts("Talks with the U.S. The Kremlin agreed."),
            (V{"Talks with the U.S.", "The Kremlin agreed."}));
  EXPECT_EQ(SentenceTexts("He met Gen. The Bold."), (V{"He met Gen. The Bold."}));
}

TEST(Sentences, QuotationContinuedByAttributionStaysOneSentence) {
  EXPECT_EQ(SentenceTexts("\xE2\x80\x9CWe are true friends,\xE2\x80\x9D Xi told Putin. Putin agreed."),
            (V{"\xE2\x80\x9CWe are true friends,\xE2\x80\x9D Xi told Putin.", "Putin agreed."}));
  EXPECT_EQ(SentenceTexts("\"Is it over?\" he asked. It was."), (V{"\"Is it over?\" he asked.", "It was."}));
}

TEST(Sentences, QuotationEndingASentenceEndsIt) {
  EXPECT_EQ(SentenceTexts("Xi told Putin: \"We are friends.\" He later added more."),
            (V{"Xi told Putin: \"We are friends.\"", "He later added more."}));
}

TEST(Sentences, QuotationSpanningSentencesIsFlagged) {
  const Document d = MakeDocument("\"It is strategic. It is not directed against anyone,\" the Kremlin said.");
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_TRUE(a.sentences[0].has(kQuoteOpenAtEnd));
  EXPECT_TRUE(a.sentences[1].has(kQuoteOpenAtStart));
  EXPECT_FALSE(a.sentences[1].has(kQuoteOpenAtEnd));
}

TEST(Sentences, EllipsisInsideAQuotationDoesNotSplit) {
  EXPECT_EQ(SentenceTexts("to \"jointly safeguard... the fruits of victory... and to call on all,\" Xi said."),
            (V{"to \"jointly safeguard... the fruits of victory... and to call on all,\" Xi said."}));
}

TEST(Sentences, HeadlineLinesEndWithoutPunctuation) {
  EXPECT_EQ(SentenceTexts("Putin updated Xi.\nXi and Putin navigate a new American foreign policy\nChina emerged."),
            (V{"Putin updated Xi.", "Xi and Putin navigate a new American foreign policy", "China emerged."}));
}

TEST(Sentences, HardWrappedTextJoinsLines) {
  const std::string wrapped =
      "The stopover came as the US leader prepared to attend the Beijing\n"
      "Olympics, an event which will test his vow to keep politics out of\n"
      "the Games. Officials said little\n"
      "about the visit.\n\n"
      "A second paragraph starts here and runs on\n"
      "over two lines.";
  const V s = SentenceTexts(wrapped);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_TRUE(s[0].starts_with("The stopover") && s[0].ends_with("the Games."));
  EXPECT_EQ(s[2], "A second paragraph starts here and runs on\nover two lines.");
}

TEST(Sentences, LongJunkIsCutAtTheTokenLimit) {
  std::string junk;
  for (int i = 0; i < 1000; ++i) junk += "word ";
  const Document d = MakeDocument(junk);
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_TRUE(a.sentences[0].has(kForcedBreak));
}

TEST(Sentences, SingleSentenceRecordsAreNotSplit) {
  Document d = MakeDocument("Arnor is about to restore ties\nwith Gondor. Mr. X said so.");
  d.single_sentence = true;
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  EXPECT_EQ(a.sentences.size(), 1u);
}

TEST(Sentences, TitleIsItsOwnFlaggedSentence) {
  Document d;
  d.text = "Headline Here\n\nBody one. Body two.";
  d.title_span = Span{0, 13};
  d.content.push_back(Span{15, static_cast<std::uint32_t>(d.text.size())});
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_TRUE(a.sentences[0].has(kTitleSentence));
  EXPECT_FALSE(a.sentences[1].has(kTitleSentence));
  EXPECT_EQ(d.slice(a.sentences[0].span), "Headline Here");
}

TEST(Sentences, MaskedMarkupNeverReachesTokensOrVisibleText) {
  Document d;
  d.text = "<image>data:xyz</image>\nIt <b>was</b> warm.";
  d.content.push_back(Span{24, static_cast<std::uint32_t>(d.text.size())});
  d.masked.push_back(Span{27, 30});
  d.masked.push_back(Span{33, 37});
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  std::vector<std::string> toks;
  for (const Token& t : a.tokens) toks.emplace_back(a.norm_text(t));
  EXPECT_EQ(toks, (V{"It", "was", "warm", "."}));
  ASSERT_EQ(a.sentences.size(), 1u);
  EXPECT_EQ(VisibleText(d, a.sentences[0].span), "It was warm.");
}

// The obvious VisibleText: every visible byte of span, in order, with one
// space where a content span or the title ends and the next begins.
std::string VisibleReference(const Document& d, Span span) {
  std::vector<Span> visible;
  if (!d.title_span.empty()) visible.push_back(d.title_span);
  visible.insert(visible.end(), d.content.begin(), d.content.end());
  std::string out;
  for (const Span& v : visible) {
    std::string part;
    for (std::uint32_t i = std::max(v.begin, span.begin); i < std::min(v.end, span.end); ++i) {
      bool hidden = false;
      for (const Span& m : d.masked) hidden = hidden || (i >= m.begin && i < m.end);
      if (!hidden) part += d.text[i];
    }
    if (std::max(v.begin, span.begin) >= std::min(v.end, span.end)) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

TEST(VisibleText, AgreesWithTheReferenceOverManyBlocksAndMasks) {
  // Blocks of "<b>w</b>ord N." with the tags masked: every span that starts
  // and ends anywhere gives what the reference gives.
  Document d;
  d.title_span = Span{0, 5};
  d.text = "Title\n";
  for (int i = 0; i < 40; ++i) {
    const auto begin = static_cast<std::uint32_t>(d.text.size());
    d.text += "<b>w</b>ord " + std::to_string(i) + ".";
    d.masked.push_back(Span{begin, begin + 3});
    d.masked.push_back(Span{begin + 4, begin + 8});
    d.content.push_back(Span{begin, static_cast<std::uint32_t>(d.text.size())});
    d.text += "\n\n";
  }
  const auto size = static_cast<std::uint32_t>(d.text.size());
  for (std::uint32_t b = 0; b < size; b += 7) {
    for (std::uint32_t e = b; e <= size; e += 13) {
      ASSERT_EQ(VisibleText(d, Span{b, e}), VisibleReference(d, Span{b, e})) << b << ".." << e;
    }
  }
}

}  // namespace
}  // namespace readout::text
