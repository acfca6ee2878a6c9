#include "base/file_io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <cstdlib>

#include <fmt/format.h>

namespace readout {
namespace {

Status ErrnoStatus(const std::string& path, std::string_view what, int err) {
  const StatusCode code = err == ENOENT ? StatusCode::kNotFound : StatusCode::kUnreadable;
  return Status(code, fmt::format("{}: {}", what, std::strerror(err)), SourceLocation{path, 0, 0});
}

Status TooLarge(const std::string& path, std::size_t max_bytes) {
  return Status(StatusCode::kTooLarge,
                fmt::format("input is larger than the limit of {} bytes", max_bytes),
                SourceLocation{path, 0, 0});
}

}  // namespace

Result<std::string> ReadFileBytes(const std::string& path, std::size_t max_bytes) {
  const bool is_stdin = path == "-";
  std::FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return ErrnoStatus(path, "cannot open", errno);
  struct stat st {};
  if (fstat(fileno(f), &st) != 0) {
    const int err = errno;
    if (!is_stdin) std::fclose(f);
    return ErrnoStatus(path, "cannot stat", err);
  }
  if (S_ISDIR(st.st_mode)) {
    if (!is_stdin) std::fclose(f);
    return Status(StatusCode::kUnreadable, "is a directory", SourceLocation{path, 0, 0});
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) {
    if (static_cast<std::size_t>(st.st_size) > max_bytes) {
      if (!is_stdin) std::fclose(f);
      return TooLarge(path, max_bytes);
    }
    bytes.reserve(static_cast<std::size_t>(st.st_size));
  }
  char buffer[1 << 16];
  for (;;) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, f);
    if (n > 0) {
      if (bytes.size() + n > max_bytes) {
        if (!is_stdin) std::fclose(f);
        return TooLarge(path, max_bytes);
      }
      bytes.append(buffer, n);
    }
    if (n < sizeof buffer) break;
  }
  const bool error = std::ferror(f) != 0;
  const int err = errno;
  if (!is_stdin) std::fclose(f);
  if (error) return ErrnoStatus(path, "read error", err);
  return bytes;
}

OutputFile::~OutputFile() {
  if (file_ != nullptr && file_ != stdout) {
    std::fclose(file_);
    std::remove(temp_path_.c_str());
  }
}

Status OutputFile::Open(const std::string& path) {
  if (path.empty() || path == "-") {
    file_ = stdout;
    return Status::Ok();
  }
  path_ = path;
  temp_path_ = path + ".tmp-XXXXXX";
  const int fd = mkstemp(temp_path_.data());
  if (fd < 0) return ErrnoStatus(path, "cannot create output", errno);
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    const int err = errno;
    ::close(fd);
    std::remove(temp_path_.c_str());
    return ErrnoStatus(path, "cannot open output", err);
  }
  return Status::Ok();
}

void OutputFile::Write(std::string_view bytes) {
  if (file_ == nullptr || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) failed_ = true;
}

Status OutputFile::Commit() {
  if (file_ == nullptr) return Status::Ok();
  if (std::fflush(file_) != 0) failed_ = true;
  if (file_ == stdout) {
    file_ = nullptr;
    if (failed_) return Status(StatusCode::kUnreadable, "cannot write to standard output");
    return Status::Ok();
  }
  const bool close_failed = std::fclose(file_) != 0;
  file_ = nullptr;
  if (failed_ || close_failed) {
    std::remove(temp_path_.c_str());
    return Status(StatusCode::kUnreadable, "cannot write output (disk full?)",
                  SourceLocation{path_, 0, 0});
  }
  // mkstemp creates 0600 files; outputs are ordinary files.
  ::chmod(temp_path_.c_str(), 0644);
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(temp_path_.c_str());
    return ErrnoStatus(path_, "cannot rename output into place", err);
  }
  return Status::Ok();
}

}  // namespace readout
