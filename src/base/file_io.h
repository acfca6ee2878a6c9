// File input and all-or-nothing file output.
//
// ReadFileBytes refuses rather than reads what it should not: a missing
// path, a directory, something unreadable, or more than max_bytes (checked
// before reading for regular files, while reading for pipes), each with a
// Status that names the path.
//
// OutputFile writes either to stdout or to a temporary file beside the
// target that replaces the target only on Commit(); a run that fails half
// way leaves no half-written output behind.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "readout/status.h"

namespace readout {

// Reads a whole file; "-" means standard input.
Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes);

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // "" or "-" means stdout.
  Status Open(const std::string& path);
  void Write(std::string_view bytes);
  // Flushes; for a file, renames the temporary file onto the target.
  Status Commit();
  bool is_stdout() const { return file_ == stdout; }

 private:
  std::FILE* file_ = nullptr;
  std::string path_;
  std::string temp_path_;
  bool failed_ = false;
};

}  // namespace readout
