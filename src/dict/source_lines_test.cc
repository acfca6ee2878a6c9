#include "dict/source_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "dict/test_util.h"

namespace readout::dict::internal {
namespace {

using Lines = std::vector<std::pair<std::uint32_t, std::string>>;

Lines ReadAll(std::string_view text, Diagnostics& diags) {
  Reporter reporter(text, "test.txt", diags);
  LineReader reader(text, reporter);
  Lines out;
  SourceLine line;
  while (reader.Next(line)) out.emplace_back(line.number, std::string(line.text));
  return out;
}

TEST(LineReader, HashAndSemicolonCommentsEndTheLine) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("# header\nSAY  # tony 3/9/91\nVOW [170] ;tony\n", diags),
            (Lines{{2, "SAY"}, {3, "VOW [170]"}}));
  EXPECT_TRUE(diags.items().empty());
}

TEST(LineReader, TabariDiscardCodeIsNotAComment) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("ORC_BAND [###] ;pas 2001\nUNDER_HILL [ ### ]# note\nWARG [#X]\n"
                    "ENT  [### <890101] [ENT]\nHUORN [### # open\n",
                    diags),
            (Lines{{1, "ORC_BAND [###]"},
                   {2, "UNDER_HILL [ ### ]"},
                   {3, "WARG ["},
                   {4, "ENT  [### <890101] [ENT]"},
                   {5, "HUORN ["}}));
  EXPECT_TRUE(diags.items().empty());
}

TEST(LineReader, TabariFinishLineEndsTheFile) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("ENT [ENT]\n~~FINISH 16:47 CDT Thu 05 May 2005\nTAIL NOTES [XX]\n", diags),
            (Lines{{1, "ENT [ENT]"}}));
  EXPECT_EQ(ReadAll("~ a (a b ATTACK) SAY = a b 015\n", diags).size(), 1u);  // PETRARCH's '~'
  EXPECT_TRUE(diags.items().empty());
}

TEST(LineReader, BlankLinesAreSkippedAndLineNumbersKept) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("\n   \n\t\nA\n\nB\n", diags), (Lines{{4, "A"}, {6, "B"}}));
}

TEST(LineReader, LeadingBlanksAreKeptTrailingOnesTrimmed) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("\t[AFG]  \r\n", diags), (Lines{{1, "\t[AFG]"}}));
}

TEST(LineReader, InlineXmlCommentsAreCutOut) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("things I want <!-- comment -->\nsome <!-- c --> and more\n<!-- whole line -->\n", diags),
            (Lines{{1, "things I want"}, {2, "some  and more"}}));
  EXPECT_TRUE(diags.items().empty());
}

TEST(LineReader, MultiLineXmlCommentEndsAtTheFirstCloser) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("A\n<!-- start\n# inside\n- * FAKE [010]\nend --> B\nC\n", diags),
            (Lines{{1, "A"}, {5, " B"}, {6, "C"}}));
  EXPECT_TRUE(diags.items().empty());
}

TEST(LineReader, HashInsideAnXmlCommentDoesNotEndIt) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("<!-- a # b -->X\n", diags), (Lines{{1, "X"}}));
}

TEST(LineReader, MalformedCommentOpenerIsSkippedWithAWarning) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("A\n<! -- NEW ACTORS -->\nB\n", diags), (Lines{{1, "A"}, {3, "B"}}));
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(testing::Messages(diags)[0],
            "test.txt:2: malformed comment opener (expected '<!--'); line skipped as PETRARCH does");
  EXPECT_EQ(diags.items()[0].excerpt, "<! -- NEW ACTORS -->");
}

TEST(LineReader, UnterminatedCommentIsAnErrorAtItsStart) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("A\nB <!-- never closed\nC\n", diags), (Lines{{1, "A"}, {2, "B"}}));
  ASSERT_EQ(diags.errors(), 1u);
  EXPECT_EQ(diags.items()[0].where.line, 2u);
  EXPECT_EQ(diags.items()[0].where.column, 3u);
}

TEST(LineReader, ByteOrderMarkAndCarriageReturnsAreIgnored) {
  Diagnostics diags;
  EXPECT_EQ(ReadAll("\xEF\xBB\xBF" "A\r\nB\r\n", diags), (Lines{{1, "A"}, {2, "B"}}));
}

TEST(Reporter, PointsTheCaretAtTheOffendingText) {
  Diagnostics diags;
  const std::string text = "ok\n- * (TO [010]\n";
  Reporter reporter(text, "v.txt", diags);
  LineReader reader(text, reporter);
  SourceLine line;
  ASSERT_TRUE(reader.Next(line));
  ASSERT_TRUE(reader.Next(line));
  reporter.Warn(line.number, line.ColumnOf(line.text.substr(4)), "here");
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].where.column, 5u);
  EXPECT_EQ(diags.items()[0].caret, 4u);
  EXPECT_EQ(FormatDiagnostic(diags.items()[0]), "v.txt:2:5: warning: here\n  - * (TO [010]\n      ^");
}

}  // namespace
}  // namespace readout::dict::internal
