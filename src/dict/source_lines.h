// The lines of a dictionary file with comments removed, and the reporter
// that turns problems on those lines into diagnostics.
//
// Comment rules (dictionaries.rst, "General Rules"): '#' to end of line; ';'
// to end of line (the KEDS/TABARI legacy); "<!-- ... -->" anywhere, inline or
// spanning lines, ending at the first "-->". Lines that are blank once
// comments are gone are skipped. PETRARCH2 itself drops any line that starts
// with "<!" and, in its verb reader, stops reading patterns at the first such
// line; we follow the documented rule instead, so text after a closed comment
// is read. A line starting with "<!" but not "<!--" (PETR.Validate.actors.txt
// has "<! -- NEW ACTORS ... -->") is what PETRARCH skips, so we skip it too,
// with a warning.
//
// TABARI's files add two things (ReadFilesClass::readLine in its input.cp):
// '#' is a comment only where it does not form the discard code "[###]", and
// a line starting "~~FINISH" ends the dictionary (the rest is its tail).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"

namespace readout::dict::internal {

// Collects diagnostics for one file. Knows where every line starts, so a
// problem found after the line is gone (in a pass over the whole dictionary)
// still gets its excerpt.
class Reporter {
 public:
  Reporter(std::string_view text, std::string_view file, Diagnostics& diags)
      : text_(text), file_(file), diags_(diags) {}

  const std::string& file() const { return file_; }

  // `column` is a 0-based byte offset into the raw line, or npos if unknown.
  void Report(Severity severity, std::uint32_t line, std::size_t column, std::string message);
  void Warn(std::uint32_t line, std::size_t column, std::string message) {
    Report(Severity::kWarning, line, column, std::move(message));
  }

  // Used by LineReader: line `number` (1-based) starts at byte `offset`.
  void NoteLineStart(std::uint32_t number, std::size_t offset);
  std::string_view RawLine(std::uint32_t number) const;

  std::size_t count() const { return count_; }

 private:
  std::string_view text_;
  std::string file_;
  Diagnostics& diags_;
  std::vector<std::uint32_t> line_starts_;  // [n - 1] = offset of line n
  std::size_t count_ = 0;
};

struct SourceLine {
  std::uint32_t number = 0;  // 1-based
  std::string_view raw;      // as in the file, without the line break
  // Comments removed, trailing blanks trimmed, leading blanks kept (a tab
  // means something in actor files). Never blank. Points into `raw` unless a
  // comment was cut out of the middle of the line.
  std::string_view text;

  // Byte offset in `raw` of a view into `text`, or npos when text is not a
  // view of raw (a comment was cut out of its middle).
  std::size_t ColumnOf(std::string_view piece) const;
};

class LineReader {
 public:
  LineReader(std::string_view text, Reporter& reporter);

  // The next non-blank line; false at the end. The line's views stay valid
  // until the next call.
  bool Next(SourceLine& line);

 private:
  // Removes comments from `raw` into text; returns false if nothing is left.
  bool StripComments(std::string_view raw, std::string_view& text);

  std::string_view text_;
  Reporter& reporter_;
  std::size_t pos_ = 0;
  std::uint32_t number_ = 0;
  bool in_comment_ = false;
  std::uint32_t comment_line_ = 0;
  std::size_t comment_column_ = 0;
  std::string buffer_;
};

}  // namespace readout::dict::internal
