// Problems found in the input that do not stop the work: an invalid UTF-8
// byte replaced, a malformed JSONL line skipped, a document flagged as not
// English. The library appends them to a Diagnostics sink; the front end
// prints them (with the offending line and a caret, ninja style) and turns
// their severities into an exit code.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "readout/status.h"

namespace readout {

enum class Severity : unsigned char { kNote, kWarning, kError };

struct Diagnostic {
  Severity severity = Severity::kWarning;
  SourceLocation where;
  std::string message;
  std::string excerpt;  // the offending line (possibly shortened), if known
  std::uint32_t caret = 0;  // 0-based column of the caret in excerpt
};

class Diagnostics {
 public:
  void Add(Diagnostic d) { items_.push_back(std::move(d)); }
  void Add(Severity s, SourceLocation where, std::string message) {
    items_.push_back({s, std::move(where), std::move(message), {}, 0});
  }
  // An error Status turned into a diagnostic of severity kError.
  void Add(const Status& s);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t errors() const;
  std::size_t warnings() const;
  void clear() { items_.clear(); }

 private:
  std::vector<Diagnostic> items_;
};

// "file:line:col: warning: message\n  excerpt\n  ^" (excerpt lines only when
// there is one).
std::string FormatDiagnostic(const Diagnostic& d);

// The line of `text` that contains byte `offset`, as 1-based line and column
// numbers plus the line itself shortened to at most `max_width` bytes around
// the offset (valid UTF-8 not guaranteed: callers print it as data).
struct LineInfo {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  std::string excerpt;
  std::uint32_t caret = 0;
};
LineInfo LocateOffset(std::string_view text, std::size_t offset,
                      std::size_t max_width = 120);

}  // namespace readout
