#include "dict/source_lines.h"

#include <cstdint>

#include "dict/text_util.h"

namespace readout::dict::internal {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// Where a '#' or ';' comment starts in `s`, or npos. TABARI's discard code
// "[###]" (sDiscardCode in TABARI.h), dated or not ("[### <890101]"), is a
// code, not a comment: TABARI only takes '#' as a comment at the start of a
// line (ReadFilesClass::readLine). So a run of '#' that opens a bracket
// closed later on the line is kept.
std::size_t FindComment(std::string_view s) {
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = s.find_first_of("#;", from);
    if (at == kNpos || s[at] == ';') return at;
    std::size_t before = at;
    while (before > 0 && IsBlank(s[before - 1])) --before;
    std::size_t after = at;
    while (after < s.size() && s[after] == '#') ++after;
    const std::size_t close = s.find(']', after);
    const bool code = before > 0 && s[before - 1] == '[' && close != kNpos &&
                      s.substr(after, close - after).find_first_of("#;[") == kNpos &&
                      (after == s.size() || s[after] == ']' || IsBlank(s[after]));
    if (!code) return at;
    from = after;
  }
}

// TABARI ends a dictionary at a line starting with '~' (ReadFilesClass::
// readLine) and writes "~~FINISH <time>" there; what follows is kept as the
// file's tail of comments. PETRARCH's '~' lines (transformations, issue
// ignores) never start with "~~FINISH".
bool IsTabariFinish(std::string_view raw) { return StartsWith(raw, "~~FINISH"); }

}  // namespace

void Reporter::NoteLineStart(std::uint32_t number, std::size_t offset) {
  if (line_starts_.size() + 1 == number) line_starts_.push_back(static_cast<std::uint32_t>(offset));
}

std::string_view Reporter::RawLine(std::uint32_t number) const {
  if (number == 0 || number > line_starts_.size()) return {};
  const std::size_t begin = line_starts_[number - 1];
  std::size_t end = text_.find('\n', begin);
  if (end == kNpos) end = text_.size();
  return TrimRight(text_.substr(begin, end - begin));
}

void Reporter::Report(Severity severity, std::uint32_t line, std::size_t column,
                      std::string message) {
  ++count_;
  Diagnostic d;
  d.severity = severity;
  d.message = std::move(message);
  d.where.file = file_;
  d.where.line = line;
  const std::string_view raw = RawLine(line);
  // TABARI wrote discard codes as [###]; here '#' starts a comment, so such a
  // bracket is cut short. Say so rather than leave "missing ']'" a puzzle.
  if (d.message.rfind("missing ']'", 0) == 0) {
    const std::size_t open = raw.find('[');
    const std::size_t hash = raw.find_first_of("#;", open == kNpos ? raw.size() : open);
    if (hash != kNpos && raw.find(']', open) > hash) {
      d.message += " (a '#' or ';' inside [...] starts a comment)";
    }
  }
  if (!raw.empty()) {
    if (column == kNpos || column > raw.size()) {
      // Point at the first non-blank byte when the spot is not known.
      column = raw.find_first_not_of(" \t");
      if (column == kNpos) column = 0;
    }
    const LineInfo info = LocateOffset(raw, column);
    d.where.column = info.column;
    d.excerpt = info.excerpt;
    d.caret = info.caret;
  }
  diags_.Add(std::move(d));
}

std::size_t SourceLine::ColumnOf(std::string_view piece) const {
  // Compared as integers: `piece` may come from another buffer altogether.
  const auto b = reinterpret_cast<std::uintptr_t>(raw.data());
  const auto p = reinterpret_cast<std::uintptr_t>(piece.data());
  if (p < b || p > b + raw.size()) return kNpos;
  return static_cast<std::size_t>(p - b);
}

LineReader::LineReader(std::string_view text, Reporter& reporter)
    : text_(text), reporter_(reporter) {
  // A UTF-8 byte order mark is not part of the first line.
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

bool LineReader::Next(SourceLine& line) {
  while (pos_ < text_.size()) {
    const std::size_t start = pos_;
    std::size_t end = text_.find('\n', start);
    if (end == kNpos) end = text_.size();
    pos_ = end + 1;
    ++number_;
    reporter_.NoteLineStart(number_, start);
    std::string_view raw = text_.substr(start, end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (!in_comment_ && IsTabariFinish(raw)) {
      pos_ = text_.size();
      return false;
    }
    std::string_view text;
    if (!StripComments(raw, text)) continue;
    line.number = number_;
    line.raw = raw;
    line.text = text;
    return true;
  }
  if (in_comment_) {
    in_comment_ = false;
    reporter_.Report(Severity::kError, comment_line_, comment_column_,
                     "'<!--' comment is never closed with '-->': the rest of the file is ignored");
  }
  return false;
}

bool LineReader::StripComments(std::string_view raw, std::string_view& text) {
  std::string_view rest = raw;
  if (in_comment_) {
    const std::size_t close = rest.find("-->");
    if (close == kNpos) return false;
    in_comment_ = false;
    rest.remove_prefix(close + 3);
  } else {
    const std::size_t first = rest.find_first_not_of(" \t");
    if (first != kNpos && rest.substr(first, 2) == "<!" && rest.substr(first, 4) != "<!--") {
      reporter_.Warn(number_, first,
                     "malformed comment opener (expected '<!--'); line skipped as PETRARCH does");
      return false;
    }
  }
  // Pieces of text between comments. Usually one, viewing raw directly; when
  // an inline "<!-- -->" splits the line, the pieces are joined in buffer_.
  std::string_view single;
  bool joined = false;
  auto keep = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (!joined && single.empty()) {
      single = piece;
      return;
    }
    if (!joined) {
      buffer_.assign(single);
      joined = true;
    }
    buffer_.append(piece);
  };
  for (;;) {
    const std::size_t hash = FindComment(rest);
    const std::size_t open = rest.find("<!--");
    if (open != kNpos && (hash == kNpos || open < hash)) {
      keep(rest.substr(0, open));
      const std::string_view after = rest.substr(open + 4);
      const std::size_t close = after.find("-->");
      if (close == kNpos) {
        in_comment_ = true;
        comment_line_ = number_;
        comment_column_ = static_cast<std::size_t>(rest.data() + open - raw.data());
        break;
      }
      rest = after.substr(close + 3);
      continue;
    }
    keep(hash == kNpos ? rest : rest.substr(0, hash));
    break;
  }
  text = TrimRight(joined ? std::string_view(buffer_) : single);
  return !Trim(text).empty();
}

}  // namespace readout::dict::internal
