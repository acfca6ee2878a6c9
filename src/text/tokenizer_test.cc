#include <random>

#include <gtest/gtest.h>

#include "text/test_util.h"

namespace readout::text {
namespace {

using testing::MakeDocument;
using testing::TokenTexts;
using V = std::vector<std::string>;

TEST(Tokenizer, AbbreviationsKeepTheirPeriods) {
  EXPECT_EQ(TokenTexts("U.S. President Trump met Mr. Putin on Feb. 24."),
            (V{"U.S.", "President", "Trump", "met", "Mr.", "Putin", "on", "Feb.", "24", "."}));
  EXPECT_EQ(TokenTexts("the U.N. and e.g. this"), (V{"the", "U.N.", "and", "e.g.", "this"}));
  EXPECT_EQ(TokenTexts("Donald J. Trump"), (V{"Donald", "J.", "Trump"}));
}

TEST(Tokenizer, NumbersAndAmounts) {
  EXPECT_EQ(TokenTexts("$2 million and 1,000.5 tonnes, 2.5% or 70th"),
            (V{"$", "2", "million", "and", "1,000.5", "tonnes", ",", "2.5", "%", "or", "70th"}));
  EXPECT_EQ(TokenTexts("on 2025-02-24 at 10:30, 1990s"), (V{"on", "2025-02-24", "at", "10:30", ",", "1990s"}));
  EXPECT_EQ(TokenTexts("a 10-year-old"), (V{"a", "10-year-old"}));
}

TEST(Tokenizer, HyphenatedCompoundsStayWhole) {
  EXPECT_EQ(TokenTexts("China-Russia relations, Russia-Ukraine war"),
            (V{"China-Russia", "relations", ",", "Russia-Ukraine", "war"}));
  EXPECT_EQ(TokenTexts("demands \xE2\x80\x93 raising"), (V{"demands", "-", "raising"}));
  EXPECT_EQ(TokenTexts("wait -- no"), (V{"wait", "--", "no"}));
}

TEST(Tokenizer, PossessivesAndContractionsSplitOff) {
  EXPECT_EQ(TokenTexts("Russia\xE2\x80\x99s ties wouldn\xE2\x80\x99t be"),
            (V{"Russia", "'s", "ties", "would", "n't", "be"}));
  EXPECT_EQ(TokenTexts("they're can't O'Brien d'Ivoire"),
            (V{"they", "'re", "ca", "n't", "O'Brien", "d'Ivoire"}));
  EXPECT_EQ(TokenTexts("the leaders' talks"), (V{"the", "leaders", "'", "talks"}));
}

TEST(Tokenizer, QuotesAreOpeningOrClosing) {
  const Document d = MakeDocument("\xE2\x80\x9CHi,\xE2\x80\x9D he said. \"Yes.\" 'Cannot Be Moved Apart'");
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  std::vector<std::string> marks;
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kQuote) marks.push_back(t.has(kOpenQuote) ? "open" : "close");
  }
  EXPECT_EQ(marks, (V{"open", "close", "open", "close", "open", "close"}));
}

TEST(Tokenizer, DoubledApostrophesAndBackquotesAreQuotationMarks) {
  // Newspaper style (''...'') and typesetting style (``...''): each mark is
  // two quote tokens with one flag, and the sentence after "said." starts
  // at the opening mark.
  const Document d = MakeDocument("''No,'' he said. ''We wait.'' ``Fine,'' she said. The leaders' talks");
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  std::vector<std::string> marks;
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kQuote) marks.push_back(t.has(kOpenQuote) ? "open" : "close");
  }
  EXPECT_EQ(marks, (V{"open", "open", "close", "close", "open", "open", "close", "close", "open", "open",
                      "close", "close"}));
  ASSERT_GE(a.sentences.size(), 3u);
  EXPECT_EQ(d.slice(Span{a.tokens[a.sentences[1].first_token].begin, a.tokens[a.sentences[1].first_token].end}),
            "'");
}

TEST(Tokenizer, UrlsAndHandlesStayWhole) {
  EXPECT_EQ(TokenTexts("see https://thediplomat.com/a?b=1, or mail a.b@example.org."),
            (V{"see", "https://thediplomat.com/a?b=1", ",", "or", "mail", "a.b@example.org", "."}));
  EXPECT_EQ(TokenTexts("@KremlinRussia_E said"), (V{"@KremlinRussia_E", "said"}));
}

TEST(Tokenizer, OffsetsSliceBackToOriginalBytes) {
  const Document d = MakeDocument("\xE2\x80\x9CHistory,\xE2\x80\x9D Xi\xE2\x80\x99s caf\xC3\xA9 Cafe\xCC\x81.");
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  V originals;
  for (const Token& t : a.tokens) originals.emplace_back(d.slice(Span{t.begin, t.end}));
  EXPECT_EQ(originals, (V{"\xE2\x80\x9C", "History", ",", "\xE2\x80\x9D", "Xi", "\xE2\x80\x99s", "caf\xC3\xA9",
                          "Cafe\xCC\x81", "."}));
}

TEST(Tokenizer, CapsPathologicalTokens) {
  const std::string big(5000, 'x');
  const Document d = MakeDocument(big);
  TextAnalysis a;
  TextPipeline().Analyze(d, a);
  ASSERT_EQ(a.tokens.size(), 5u);
  for (const Token& t : a.tokens) EXPECT_LE(t.end - t.begin, 1024u);
}

// Property check on random text: tokens are in order, non-empty, never
// overlap, never contain white space, and cover every non-space byte.
TEST(Tokenizer, RandomTextIsCoveredWithoutOverlap) {
  const std::vector<std::string> pieces = {"a", "B", "1", " ", "\n", ".", ",", "'", "\"", "-", "$", "%", "@",
                                           "U.S.", "n't", "\xE2\x80\x9C", "\xE2\x80\x99", "\xC3\xA9", "\xFF",
                                           "http://x.y", "...", "\xE4\xB8\xAD"};
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    const Document d = MakeDocument(s);
    TextAnalysis a;
    TextPipeline().Analyze(d, a);
    std::uint32_t covered = 0;
    for (const Token& t : a.tokens) {
      ASSERT_LT(t.nbegin, t.nend) << s;
      ASSERT_GE(t.nbegin, covered) << s;
      ASSERT_LE(t.begin, t.end) << s;
      for (std::uint32_t i = covered; i < t.nbegin; ++i) {
        const char c = a.norm.text()[i];
        ASSERT_TRUE(c == ' ' || c == '\n') << "uncovered byte in " << s;
      }
      for (std::uint32_t i = t.nbegin; i < t.nend; ++i) ASSERT_NE(a.norm.text()[i], ' ') << s;
      covered = t.nend;
    }
  }
}

}  // namespace
}  // namespace readout::text
