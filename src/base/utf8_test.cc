#include "readout/utf8.h"

#include <gtest/gtest.h>

namespace readout {
namespace {

TEST(Utf8, AcceptsValidAndRejectsInvalidSequences) {
  EXPECT_EQ(CheckUtf8("plain ascii").invalid, 0u);
  EXPECT_EQ(CheckUtf8("caf\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80").invalid, 0u);
  EXPECT_EQ(CheckUtf8("\xC0\xAF").invalid, 2u);          // overlong
  EXPECT_EQ(CheckUtf8("\xED\xA0\x80").invalid, 3u);      // surrogate
  EXPECT_EQ(CheckUtf8("\xF4\x90\x80\x80").invalid, 4u);  // above U+10FFFF
  const Utf8Check c = CheckUtf8("ab\xFFz\xE2\x80");
  EXPECT_EQ(c.invalid, 3u);
  EXPECT_EQ(c.first_invalid, 2u);
}

TEST(Utf8, RepairReplacesEachInvalidByte) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(RepairUtf8("\xE2\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(RepairUtf8("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Utf8, EncodeDecodeRoundTrip) {
  for (char32_t cp : {U'a', U'\u00E9', U'\u201C', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, s);
    char32_t back = 0;
    ASSERT_EQ(DecodeUtf8(s, 0, &back), s.size());
    EXPECT_EQ(back, cp);
  }
}

}  // namespace
}  // namespace readout
