#include <random>

#include <gtest/gtest.h>

#include "readout/text.h"
#include "readout/utf8.h"

namespace readout::text {
namespace {

TEST(Normalize, FoldsTypographicQuotesDashesAndSpaces) {
  EXPECT_EQ(Normalize("\xE2\x80\x9C" "cannot be moved away" "\xE2\x80\x9D"), "\"cannot be moved away\"");
  EXPECT_EQ(Normalize("Russia\xE2\x80\x99s"), "Russia's");
  EXPECT_EQ(Normalize("demands \xE2\x80\x93 raising"), "demands - raising");
  EXPECT_EQ(Normalize("a\xC2\xA0" "b"), "a b");
  EXPECT_EQ(Normalize("wait\xE2\x80\xA6"), "wait...");
  EXPECT_EQ(Normalize("in\xC2\xAD" "vis\xE2\x80\x8B" "ible"), "invisible");
}

TEST(Normalize, ComposesToNfcIncludingMarksOnAsciiBases) {
  EXPECT_EQ(Normalize("Cafe\xCC\x81"), "Caf\xC3\xA9");          // e + combining acute
  EXPECT_EQ(Normalize("Caf\xC3\xA9"), "Caf\xC3\xA9");          // already composed
  EXPECT_EQ(Normalize("\xE1\x84\x80\xE1\x85\xA1"), "\xEA\xB0\x80");  // Hangul jamo compose
}

TEST(Normalize, ReplacesInvalidBytesAndCountsThem) {
  NormalizedText n;
  const std::string s = "ab\xFF" "cd\xC3";
  NormalizeAppend(s, Span{0, static_cast<std::uint32_t>(s.size())}, n);
  EXPECT_EQ(n.text(), "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  EXPECT_EQ(n.invalid_bytes(), 2u);
  EXPECT_EQ(CheckUtf8(n.text()).invalid, 0u);
}

TEST(Normalize, OffsetsMapBackToOriginalBytes) {
  const std::string s = "X \xE2\x80\x9Cyes\xE2\x80\x9D, Cafe\xCC\x81 ok";
  NormalizedText n;
  NormalizeAppend(s, Span{0, static_cast<std::uint32_t>(s.size())}, n);
  ASSERT_EQ(n.text(), "X \"yes\", Caf\xC3\xA9 ok");
  // The folded quote maps to the three bytes of the curly quote.
  EXPECT_EQ(n.OriginalBegin(2), 2u);
  EXPECT_EQ(n.OriginalEnd(3), 5u);
  // "yes" is copied byte for byte.
  EXPECT_EQ(s.substr(n.OriginalBegin(3), n.OriginalEnd(6) - n.OriginalBegin(3)), "yes");
  // "Café" maps back to the decomposed original, mark included.
  const auto cafe = static_cast<std::uint32_t>(n.text().find("Caf"));
  const std::uint32_t b = n.OriginalBegin(cafe), e = n.OriginalEnd(cafe + 5);
  EXPECT_EQ(s.substr(b, e - b), "Cafe\xCC\x81");
}

TEST(Normalize, SpanOffsetsAreIntoTheWholeOriginal) {
  const std::string s = "skip me|keep \xE2\x80\x98this\xE2\x80\x99";
  NormalizedText n;
  NormalizeAppend(s, Span{8, static_cast<std::uint32_t>(s.size())}, n);
  EXPECT_EQ(n.text(), "keep 'this'");
  EXPECT_EQ(n.OriginalBegin(0), 8u);
  EXPECT_EQ(n.OriginalEnd(static_cast<std::uint32_t>(n.text().size())), s.size());
}

// Found by fuzz_text (fuzz/regressions/text-content-span-cuts-a-character):
// a span that ends inside a character never reads past its end.
TEST(Normalize, SpanEndingInsideACharacterStopsAtItsEnd) {
  const std::string s = "said \xE2\x80\x9CPutin";
  NormalizedText n;
  NormalizeAppend(s, Span{0, 6}, n);
  EXPECT_EQ(n.text(), "said \xEF\xBF\xBD");
  EXPECT_EQ(n.OriginalEnd(static_cast<std::uint32_t>(n.text().size())), 6u);
}

// Reference check: on random mixtures of ASCII, folded characters, marks
// and invalid bytes, every normalized byte maps into the span, the map is
// monotone, and the output is valid UTF-8.
TEST(Normalize, RandomInputKeepsMapMonotoneAndOutputValid) {
  const std::vector<std::string> pieces = {"a", "Z", " ", "\n", ".", "\xE2\x80\x9C", "\xE2\x80\x99", "\xCC\x81",
                                           "\xC3\xA9", "\xFF", "\xE2\x80\x8B", "\xE2\x80\xA6", "\xE4\xB8\xAD",
                                           "\xF0\x9F\x98\x80", "\xE2\x80"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    NormalizedText out;
    NormalizeAppend(s, Span{0, static_cast<std::uint32_t>(s.size())}, out);
    ASSERT_EQ(CheckUtf8(out.text()).invalid, 0u) << s;
    std::uint32_t last = 0;
    for (std::uint32_t i = 0; i < out.text().size(); ++i) {
      const std::uint32_t b = out.OriginalBegin(i);
      ASSERT_LE(b, s.size());
      ASSERT_GE(b, last) << "map not monotone at " << i;
      ASSERT_LE(b, out.OriginalEnd(i + 1));
      last = b;
    }
  }
}

}  // namespace
}  // namespace readout::text

namespace readout::text {
namespace {

// The cursor must agree with the binary search whatever order it is asked in.
TEST(Normalize, CursorAgreesWithSearch) {
  const std::string s = "a \xE2\x80\x9C" "b\xE2\x80\x9D" " c\xE2\x80\x99s Cafe\xCC\x81 \xFF end";
  NormalizedText n;
  NormalizeAppend(s, Span{0, static_cast<std::uint32_t>(s.size())}, n);
  NormalizedText::Cursor c(n);
  const auto size = static_cast<std::uint32_t>(n.text().size());
  for (std::uint32_t i = 0; i <= size; ++i) {
    EXPECT_EQ(c.OriginalBegin(i), n.OriginalBegin(i)) << i;
    EXPECT_EQ(c.OriginalEnd(i), n.OriginalEnd(i)) << i;
  }
  for (std::uint32_t i = size + 1; i-- > 0;) {
    EXPECT_EQ(c.OriginalBegin(i), n.OriginalBegin(i)) << i;
    EXPECT_EQ(c.OriginalEnd(i), n.OriginalEnd(i)) << i;
  }
}

}  // namespace
}  // namespace readout::text
