#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "ingest/ingest_test_util.h"

namespace readout::ingest {
namespace {

using testing::ReadPath;
using testing::TempDir;

TEST(ExpandInputs, WalksDirectoriesInSortedOrderSkippingHiddenAndSidecars) {
  TempDir dir;
  dir.Write("b.txt", "b");
  dir.Write("a.txt", "a");
  dir.Write("sub/c.html", "<p>c</p>");
  dir.Write(".hidden.txt", "h");
  dir.Write(".git/config", "x");
  dir.Write("meta.jsonl", "{\"file\": \"a.txt\"}");
  const auto files = ExpandInputs({dir.path()});
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_EQ(files->size(), 3u);
  EXPECT_EQ((*files)[0], dir.path() + "/a.txt");
  EXPECT_EQ((*files)[1], dir.path() + "/b.txt");
  EXPECT_EQ((*files)[2], dir.path() + "/sub/c.html");
}

TEST(ExpandInputs, FilesAndStdinAsGiven) {
  TempDir dir;
  const std::string meta = dir.Write("meta.jsonl", "{}");
  const std::string hidden = dir.Write(".x.txt", "x");
  const auto files = ExpandInputs({"-", meta, hidden});
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(*files, (std::vector<std::string>{"-", meta, hidden}));
}

TEST(ExpandInputs, MissingPathIsNotFound) {
  TempDir dir;
  const std::string missing = dir.path() + "/nope.txt";
  const auto files = ExpandInputs({missing});
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files.status().ToString(), missing + ": no such file or directory");
}

TEST(ExpandInputs, DanglingSymlinkIsNotFound) {
  TempDir dir;
  const std::string link = dir.path() + "/link.txt";
  ASSERT_EQ(::symlink((dir.path() + "/gone").c_str(), link.c_str()), 0);
  const auto files = ExpandInputs({link});
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files.status().ToString(), link + ": symbolic link to nothing");
  // Inside a directory it is listed, so that reading it names it.
  const auto listed = ExpandInputs({dir.path()});
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  const auto out = ReadPath(link);
  EXPECT_EQ(out.status.code(), StatusCode::kNotFound);
  EXPECT_NE(out.status.ToString().find(link), std::string::npos);
}

TEST(ExpandInputs, SymlinkLoopsEndTheWalk) {
  TempDir dir;
  dir.Write("sub/a.txt", "a");
  ASSERT_EQ(::symlink(dir.path().c_str(), (dir.path() + "/sub/up").c_str()), 0);
  const auto files = ExpandInputs({dir.path()});
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(files->size(), 1u);
}

TEST(ExpandInputs, UnreadableDirectory) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not stop root from listing";
  TempDir dir;
  dir.Write("locked/a.txt", "a");
  const std::string locked = dir.path() + "/locked";
  ASSERT_EQ(::chmod(locked.c_str(), 0), 0);
  const auto files = ExpandInputs({dir.path()});
  ::chmod(locked.c_str(), 0755);
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), StatusCode::kUnreadable);
  EXPECT_NE(files.status().ToString().find(locked + ": cannot list directory"), std::string::npos);
}

TEST(ReadFile, UnreadableFileInADirectory) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: chmod 000 does not stop root from reading";
  TempDir dir;
  const std::string file = dir.Write("secret.txt", "text");
  ASSERT_EQ(::chmod(file.c_str(), 0), 0);
  const auto files = ExpandInputs({dir.path()});
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files->size(), 1u);
  const auto out = ReadPath((*files)[0]);
  EXPECT_EQ(out.status.code(), StatusCode::kUnreadable);
  EXPECT_NE(out.status.ToString().find(file), std::string::npos);
}

TEST(ReadFile, ADirectoryIsNotAFile) {
  TempDir dir;
  const auto out = ReadPath(dir.path());
  EXPECT_EQ(out.status.code(), StatusCode::kUnreadable);
  EXPECT_EQ(out.status.ToString(), dir.path() + ": is a directory");
}

TEST(ReadFile, MissingFile) {
  const auto out = ReadPath("/nonexistent/readout/a.txt");
  EXPECT_EQ(out.status.code(), StatusCode::kNotFound);
  EXPECT_NE(out.status.ToString().find("/nonexistent/readout/a.txt"), std::string::npos);
}

TEST(ReadFile, InputOverTheCap) {
  TempDir dir;
  const std::string file = dir.Write("a.txt", std::string(2000, 'a'));
  IngestOptions options;
  options.max_input_bytes = 1000;
  const auto out = ReadPath(file, options);
  EXPECT_EQ(out.status.code(), StatusCode::kTooLarge);
  EXPECT_NE(out.status.ToString().find(file), std::string::npos);
}

TEST(ReadFile, UnknownFormatIsReadAsTextWhenItIsText) {
  TempDir dir;
  const std::string file = dir.Write("notes.md", "# Heading\n\nSome prose.\n");
  const auto out = ReadPath(file);
  ASSERT_TRUE(out.status.ok());
  EXPECT_EQ(out.docs.at(0).format, InputFormat::kText);
}

TEST(ReadFile, UnknownBinaryFormatIsRefused) {
  TempDir dir;
  const std::string file = dir.Write("blob.bin", std::string("\x01\x02\x03\x00\x05", 5));
  const auto out = ReadPath(file);
  EXPECT_EQ(out.status.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(out.status.ToString(), file + ":1:4: binary data, not text");
}

TEST(ReadFile, MetaSidecarFillsTextDocuments) {
  TempDir dir;
  const std::string file = dir.Write("a.txt", "Headline\n\nBody of the story.\n");
  dir.Write("meta.jsonl",
            "{\"file\": \"a.txt\", \"outlet\": \"CNN\", \"published\": \"2025-02-24\", "
            "\"id\": \"cnn-1\", \"extra\": [1, 2]}\n");
  const auto meta = ReadMetaTable(dir.path() + "/meta.jsonl");
  ASSERT_TRUE(meta.ok()) << meta.status().ToString();
  IngestOptions options;
  options.meta = &meta.value();
  const auto out = ReadPath(file, options);
  ASSERT_EQ(out.docs.size(), 1u);
  EXPECT_EQ(out.docs[0].id, "cnn-1");
  EXPECT_EQ(out.docs[0].outlet, "CNN");
  EXPECT_EQ(out.docs[0].published, "2025-02-24");
  EXPECT_EQ(out.docs[0].title, "Headline");
}

}  // namespace
}  // namespace readout::ingest
