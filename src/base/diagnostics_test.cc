#include "readout/diagnostics.h"

#include <gtest/gtest.h>

namespace readout {
namespace {

TEST(LocateOffset, GivesLineColumnAndExcerpt) {
  const LineInfo info = LocateOffset("first\nsecond line\nthird", 10);
  EXPECT_EQ(info.line, 2u);
  EXPECT_EQ(info.column, 5u);
  EXPECT_EQ(info.excerpt, "second line");
  EXPECT_EQ(info.caret, 4u);
}

TEST(LocateOffset, ShortensHugeLinesAroundTheSpot) {
  const std::string line(100000, 'x');
  const LineInfo info = LocateOffset(line, 50000, 40);
  EXPECT_EQ(info.line, 1u);
  EXPECT_EQ(info.column, 50001u);
  EXPECT_LE(info.excerpt.size(), 40u);
  EXPECT_EQ(info.caret, 20u);
}

TEST(Diagnostics, CountsAndFormats) {
  Diagnostics d;
  d.Add(Severity::kWarning, {"a.jsonl", 2, 0}, "odd");
  d.Add(Status(StatusCode::kInvalidInput, "broken", {"a.jsonl", 3, 5}));
  EXPECT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.warnings(), 1u);
  EXPECT_EQ(FormatDiagnostic(d.items()[0]), "a.jsonl:2: warning: odd");
  Diagnostic with_excerpt{Severity::kError, {"f", 1, 3}, "here", "abcdef", 2};
  EXPECT_EQ(FormatDiagnostic(with_excerpt), "f:1:3: error: here\n  abcdef\n    ^");
}

}  // namespace
}  // namespace readout
