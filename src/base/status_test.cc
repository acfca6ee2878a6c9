#include "readout/status.h"

#include <gtest/gtest.h>

namespace readout {
namespace {

TEST(Status, FormatsLikeACompiler) {
  EXPECT_EQ(Status().ToString(), "ok");
  EXPECT_EQ(Status(StatusCode::kInvalidInput, "bad").ToString(), "bad");
  EXPECT_EQ(Status(StatusCode::kInvalidInput, "bad", {"a.txt", 0, 0}).ToString(), "a.txt: bad");
  EXPECT_EQ(Status(StatusCode::kInvalidInput, "bad", {"a.txt", 3, 0}).ToString(), "a.txt:3: bad");
  EXPECT_EQ(Status(StatusCode::kInvalidInput, "bad", {"a.txt", 3, 7}).ToString(), "a.txt:3:7: bad");
}

TEST(Result, HoldsAValueOrAStatus) {
  Result<int> good = 5;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 5);
  EXPECT_TRUE(good.status().ok());
  Result<int> bad = Status(StatusCode::kNotFound, "gone");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace readout
