// Inputs: which files to read, and reading one file (or buffer) with the
// right reader.

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "ingest/format_detect.h"
#include "ingest/reader.h"
#include "ingest/screen.h"
#include "readout/ingest.h"

namespace readout {
namespace {

// The sidecar sits beside the files it describes; a directory walk must not
// read it as an article.
constexpr std::string_view kSidecarName = "meta.jsonl";

using DirId = std::pair<dev_t, ino_t>;

Status NotFound(const std::string& path) {
  struct stat st {};
  const bool dangling = ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
  return Status(StatusCode::kNotFound,
                dangling ? "symbolic link to nothing" : "no such file or directory",
                SourceLocation{path, 0, 0});
}

std::string Join(const std::string& dir, const std::string& name) {
  return dir.ends_with('/') ? dir + name : dir + "/" + name;
}

// Appends the files under `dir` in sorted order. `visited` holds the
// directories already walked, so that a symbolic link back up the tree
// cannot send the walk round in circles.
Status Walk(const std::string& dir, std::set<DirId>& visited, std::vector<std::string>& out) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) {
    return Status(StatusCode::kUnreadable,
                  fmt::format("cannot list directory: {}", std::strerror(errno)),
                  SourceLocation{dir, 0, 0});
  }
  std::vector<std::string> names;
  errno = 0;
  while (const dirent* e = ::readdir(d)) {
    if (e->d_name[0] != '.') names.emplace_back(e->d_name);  // hidden, "." and ".."
  }
  const int err = errno;
  ::closedir(d);
  if (err != 0) {
    return Status(StatusCode::kUnreadable,
                  fmt::format("cannot list directory: {}", std::strerror(err)),
                  SourceLocation{dir, 0, 0});
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    const std::string path = Join(dir, name);
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      // Dangling link or a file gone meanwhile: list it, so that reading it
      // reports the problem by name instead of it silently vanishing.
      out.push_back(path);
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      if (!visited.insert({st.st_dev, st.st_ino}).second) continue;
      if (Status s = Walk(path, visited, out); !s.ok()) return s;
    } else if (S_ISREG(st.st_mode)) {
      if (name != kSidecarName) out.push_back(path);
    }
    // Pipes, sockets and devices inside a directory are skipped: reading
    // one could block forever. Named on the command line they are read.
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  std::set<DirId> visited;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back(path);
      continue;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      const int err = errno;
      if (err == ENOENT || err == ENOTDIR) return NotFound(path);
      return Status(StatusCode::kUnreadable, fmt::format("cannot access: {}", std::strerror(err)),
                    SourceLocation{path, 0, 0});
    }
    if (S_ISDIR(st.st_mode)) {
      visited.insert({st.st_dev, st.st_ino});
      if (Status s = Walk(path, visited, out); !s.ok()) return s;
    } else {
      out.push_back(path);
    }
  }
  return out;
}

Status ReadFile(const std::string& path, const IngestOptions& options, Diagnostics& diags,
                const DocumentSink& sink) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_input_bytes);
  if (!bytes.ok()) {
    Status s = bytes.status();
    if (path == "-") return Status(s.code(), s.message(), SourceLocation{"<stdin>", 0, 0});
    return s;
  }
  return ReadBuffer(path, std::move(bytes).value(), options, diags, sink);
}

namespace {

Status Dispatch(const std::string& path, std::string bytes, const IngestOptions& options,
                Diagnostics& diags, const DocumentSink& sink) {
  const std::string display = path == "-" ? "<stdin>" : path;
  if (bytes.size() > options.max_input_bytes) {
    return Status(
        StatusCode::kTooLarge,
        fmt::format("input is larger than the limit of {} bytes", options.max_input_bytes),
        SourceLocation{display, 0, 0});
  }
  InputFormat format = options.format;
  if (format == InputFormat::kUnknown) {
    const ingest::FormatGuess guess = ingest::GuessFormat(path, bytes);
    if (!guess.unsupported.empty()) {
      return Status(StatusCode::kUnsupported,
                    fmt::format("unsupported format: {}", guess.unsupported),
                    SourceLocation{display, 0, 0});
    }
    format = guess.format;
  }
  if (Status s = ingest::ScreenInput(bytes, display); !s.ok()) return s;
  ingest::ReadContext ctx = ingest::MakeContext(path, format, options, diags, sink);
  switch (format) {
    case InputFormat::kText: return ingest::ReadText(std::move(bytes), ctx);
    case InputFormat::kHtml: return ingest::ReadHtml(bytes, ctx);
    case InputFormat::kJsonl: return ingest::ReadJsonl(bytes, ctx);
    case InputFormat::kJson: return ingest::ReadJson(bytes, ctx);
    case InputFormat::kPetrarchXml: return ingest::ReadPetrarchXml(bytes, ctx);
    case InputFormat::kTabariText: return ingest::ReadTabariText(bytes, ctx);
    case InputFormat::kUnknown: break;
  }
  return Status(StatusCode::kInternal, "no reader for the detected format",
                SourceLocation{display, 0, 0});
}

}  // namespace

Status ReadBuffer(const std::string& path, std::string bytes, const IngestOptions& options,
                  Diagnostics& diags, const DocumentSink& sink) {
  // The readers report errors as values, and the parsers they use are
  // called in their non-throwing forms; what can still be thrown is
  // allocation failure (or an exception from the caller's sink). None may
  // cross the library boundary.
  try {
    return Dispatch(path, std::move(bytes), options, diags, sink);
  } catch (const std::bad_alloc&) {
    return Status(StatusCode::kTooLarge, "out of memory while reading",
                  SourceLocation{path == "-" ? "<stdin>" : path, 0, 0});
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, fmt::format("unexpected failure: {}", e.what()),
                  SourceLocation{path == "-" ? "<stdin>" : path, 0, 0});
  }
}

}  // namespace readout
