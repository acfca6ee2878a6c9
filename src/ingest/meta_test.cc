#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/meta.h"

namespace readout::ingest {
namespace {

using testing::TempDir;

TEST(ReadMetaTable, ReadsEntriesKeyedByBaseName) {
  TempDir dir;
  const std::string path = dir.Write(
      "meta.jsonl",
      "{\"file\": \"a.txt\", \"outlet\": \"CNN\", \"published\": \"20250224\", \"note\": \"x\"}\n"
      "\n"
      "{\"file\": \"sub/b.html\", \"url\": \"https://b.test/\", \"language\": \"fr\", "
      "\"title\": \"B\", \"id\": 7}\n");
  const auto table = ReadMetaTable(path);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  ASSERT_EQ(table->size(), 2u);
  EXPECT_EQ(table->at("a.txt").outlet, "CNN");
  EXPECT_EQ(table->at("a.txt").published, "2025-02-24");
  EXPECT_EQ(table->at("b.html").url, "https://b.test/");
  EXPECT_EQ(table->at("b.html").id, "7");
}

TEST(ReadMetaTable, ErrorsNameTheSidecarLine) {
  TempDir dir;
  struct Case {
    std::string body;
    std::uint32_t line;
    std::string message_part;
  };
  const Case cases[] = {
      {"{\"file\": \"a\"}\n{\"file\": \"b\",}\n", 2, "malformed JSON"},
      {"{\"outlet\": \"x\"}\n", 1, "no \"file\""},
      {"{\"file\": \"a\", \"outlet\": 3}\n", 1, "\"outlet\" must be a string"},
      {"{\"file\": \"a\", \"published\": \"last week\"}\n", 1, "not a date"},
      {"{\"file\": \"a\"}\n{\"file\": \"dir/a\"}\n", 2, "first is on line 1"},
      {"[1]\n", 1, "JSON object"},
  };
  for (const Case& c : cases) {
    const std::string path = dir.Write("meta.jsonl", c.body);
    const auto table = ReadMetaTable(path);
    ASSERT_FALSE(table.ok()) << c.body;
    EXPECT_EQ(table.status().code(), StatusCode::kInvalidInput);
    EXPECT_EQ(table.status().where().file, path);
    EXPECT_EQ(table.status().where().line, c.line) << c.body;
    EXPECT_NE(table.status().message().find(c.message_part), std::string::npos)
        << table.status().message();
  }
}

TEST(ReadMetaTable, MissingSidecar) {
  const auto table = ReadMetaTable("/nonexistent/meta.jsonl");
  EXPECT_EQ(table.status().code(), StatusCode::kNotFound);
}

TEST(ApplyMeta, SingleDocumentsPreferTheSidecar) {
  Document d;
  d.id = "a.html";
  d.outlet = "Page Outlet";
  d.title = "Page title";
  FileMeta m;
  m.outlet = "Sidecar Outlet";
  m.id = "sidecar-id";
  m.published = "2025-01-01";
  ApplyMeta(m, /*single_document=*/true, d);
  EXPECT_EQ(d.outlet, "Sidecar Outlet");
  EXPECT_EQ(d.title, "Page title");  // the sidecar says nothing about it
  EXPECT_EQ(d.id, "sidecar-id");
  EXPECT_EQ(d.published, "2025-01-01");
}

TEST(ApplyMeta, RecordsOnlyFillGaps) {
  Document d;
  d.id = "rec-1";
  d.outlet = "AFP";
  FileMeta m;
  m.outlet = "Sidecar";
  m.id = "file-id";
  m.language = "en";
  ApplyMeta(m, /*single_document=*/false, d);
  EXPECT_EQ(d.outlet, "AFP");
  EXPECT_EQ(d.id, "rec-1");
  EXPECT_EQ(d.language, "en");
}

}  // namespace
}  // namespace readout::ingest
