#include "output/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace readout::output {
namespace {

std::string Json(std::string_view s) {
  std::string out;
  AppendJsonString(s, out);
  return out;
}

TEST(JsonWriter, EscapesPerRfc8259) {
  EXPECT_EQ(Json("plain"), "\"plain\"");
  EXPECT_EQ(Json("a\"b\\c\nd\te\x01"), "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  EXPECT_EQ(Json("\xE2\x80\x9Cq\xE2\x80\x9D"), "\"\xE2\x80\x9Cq\xE2\x80\x9D\"");
}

TEST(JsonWriter, RepairsInvalidUtf8) {
  EXPECT_EQ(Json("a\xFF" "b"), "\"a\xEF\xBF\xBD" "b\"");
  EXPECT_EQ(Json("\xE2\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWriter, ObjectsKeepKeyOrder) {
  std::string out;
  JsonObject o(out);
  o.Str("doc", "x").Int("start", 3).Bool("title", true);
  o.Raw("list") += "[1,2]";
  o.Close();
  EXPECT_EQ(out, R"({"doc":"x","start":3,"title":true,"list":[1,2]})");
}

TEST(JsonWriter, NumbersAndNulls) {
  std::string out;
  JsonObject o(out);
  o.Double("a", 3.4).Double("b", -10.0).Double("c", 0.0).Double("nan", std::nan(""));
  o.Double("inf", std::numeric_limits<double>::infinity()).Null("n").StrOrNull("empty", "").StrOrNull("full", "x");
  o.Close();
  EXPECT_EQ(out, R"({"a":3.4,"b":-10,"c":0,"nan":null,"inf":null,"n":null,"empty":null,"full":"x"})");
}

}  // namespace
}  // namespace readout::output
