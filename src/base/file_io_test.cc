#include "base/file_io.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

namespace readout {
namespace {

std::string TempDir() {
  const auto dir = std::filesystem::temp_directory_path() / ("readout_fileio_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

TEST(ReadFileBytes, ReadsAndRefuses) {
  const std::string dir = TempDir();
  const std::string path = dir + "/a.txt";
  std::ofstream(path) << "hello";
  auto ok = ReadFileBytes(path, 100);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, "hello");

  auto big = ReadFileBytes(path, 3);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kTooLarge);
  EXPECT_NE(big.status().ToString().find(path), std::string::npos);

  auto missing = ReadFileBytes(dir + "/nope.txt", 100);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().ToString().find("nope.txt"), std::string::npos);

  auto directory = ReadFileBytes(dir, 100);
  EXPECT_EQ(directory.status().code(), StatusCode::kUnreadable);
  std::filesystem::remove_all(dir);
}

TEST(OutputFile, AppearsOnlyOnCommit) {
  const std::string dir = TempDir();
  const std::string path = dir + "/out.jsonl";
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(path).ok());
    out.Write("partial\n");
    // Destroyed without Commit: a failed run leaves nothing behind.
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 0);
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(path).ok());
    out.Write("complete\n");
    ASSERT_TRUE(out.Commit().ok());
  }
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "complete");
  std::filesystem::remove_all(dir);
}

TEST(OutputFile, ReportsAnUnwritableTarget) {
  OutputFile out;
  const Status s = out.Open("/nonexistent-dir/out.jsonl");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("/nonexistent-dir/out.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace readout
