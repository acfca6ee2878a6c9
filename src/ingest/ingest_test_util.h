// Test helpers: read a buffer or a file and collect what comes out.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "readout/ingest.h"

namespace readout::ingest::testing {

struct Outcome {
  Status status;
  std::vector<Document> docs;
  Diagnostics diags;
};

inline Outcome ReadBytes(const std::string& path, std::string bytes, IngestOptions options = {}) {
  Outcome out;
  out.status = ReadBuffer(path, std::move(bytes), options, out.diags, [&](Document&& d) {
    out.docs.push_back(std::move(d));
    return true;
  });
  return out;
}

inline Outcome ReadPath(const std::string& path, IngestOptions options = {}) {
  Outcome out;
  out.status = ReadFile(path, options, out.diags, [&](Document&& d) {
    out.docs.push_back(std::move(d));
    return true;
  });
  return out;
}

// The shared test data, or "" (and the test is skipped) when it is absent.
#define READOUT_SHARED_OR_SKIP(var, relative)                                     \
  const std::string var = std::string(READOUT_SHARED_DIR) + "/" + (relative);     \
  if (!std::filesystem::exists(var)) GTEST_SKIP() << "shared test data not found: " << var

// A scratch directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "readout-ingest-XXXXXX").string();
    path_ = mkdtemp(templ.data()) != nullptr ? templ : std::string();
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path p = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::string path_;
};

// Concatenated content spans (with masked ranges removed), for assertions.
inline std::string ContentText(const Document& d) {
  std::string out;
  std::size_t m = 0;
  for (const Span c : d.content) {
    if (!out.empty()) out += '|';
    std::size_t pos = c.begin;
    while (m < d.masked.size() && d.masked[m].end <= c.end) {
      if (d.masked[m].begin >= pos) {
        out.append(d.text, pos, d.masked[m].begin - pos);
        pos = d.masked[m].end;
      }
      ++m;
    }
    out.append(d.text, pos, c.end - pos);
  }
  return out;
}

}  // namespace readout::ingest::testing
