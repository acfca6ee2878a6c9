#include "ingest/json_locate.h"

#include <gtest/gtest.h>

#include <string>

namespace readout::ingest {
namespace {

constexpr std::size_t kValid = std::string_view::npos;

TEST(LocateJsonError, ValidTextsHaveNoError) {
  EXPECT_EQ(LocateJsonError(R"({"a": [1, 2.5e-3, true, false, null, "x\u00e9\n"], "b": {}})"), kValid);
  EXPECT_EQ(LocateJsonError("  [] "), kValid);
  EXPECT_EQ(LocateJsonError("\"caf\xC3\xA9\""), kValid);
}

TEST(LocateJsonError, PointsAtTheOffendingByte) {
  EXPECT_EQ(LocateJsonError(R"({"a": tru})"), 9u);       // the '}' where 'e' should be
  EXPECT_EQ(LocateJsonError(R"({"a": 1,})"), 8u);        // '}' after a comma
  EXPECT_EQ(LocateJsonError(R"({"a" 1})"), 5u);          // missing colon
  EXPECT_EQ(LocateJsonError(R"({"a": [1, 2 3]})"), 12u);  // missing comma
  EXPECT_EQ(LocateJsonError(R"({"a": 1} x)"), 9u);       // trailing content
  EXPECT_EQ(LocateJsonError(R"({'a': 1})"), 1u);
  EXPECT_EQ(LocateJsonError(R"({"a": 01})"), 7u);
  EXPECT_EQ(LocateJsonError("{\"a\": \"\xFF\"}"), 7u);    // invalid UTF-8
  EXPECT_EQ(LocateJsonError("{\"a\": \"x\ty\"}"), 8u);    // raw control character
}

TEST(LocateJsonError, TruncatedTextsFailAtTheEnd) {
  const std::string s = R"({"text": "unfinished)";
  EXPECT_EQ(LocateJsonError(s), s.size());
  EXPECT_EQ(LocateJsonError("{"), 1u);
  EXPECT_EQ(LocateJsonError(""), 0u);
}

TEST(LocateJsonError, DeepNestingDoesNotRecurse) {
  const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
  EXPECT_EQ(LocateJsonError(deep), kValid);
}

}  // namespace
}  // namespace readout::ingest
