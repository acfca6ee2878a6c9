// TABARI's text format, as TABARI's ProcessorClass::readRecord reads it:
//
//   950101  DEMO-01
//   Arnor is about to restore full diplomatic ties with Gondor almost
//   five years after crowds trashed its embassy.
//   /* [Simple coding] { ARN / GON / 064 } */
//
// A record starts at a line whose first character is a digit: the date
// (YYMMDD, or YYYYMMDD as TABARI's 4-digit-year option writes it), then the
// record ID (the rest of the line, blanks skipped; "950101*INTRO" has the
// ID "*INTRO"). Its text is the lines that follow, up to the first blank
// line. Lines between records that do not start with a digit (the "####"
// banners of TABARI's files) are skipped, as TABARI skips them.
//
// "/* ... */" in a record is a comment, which TABARI's parser drops and its
// validation suite fills with the expected events ("{ ARN / GON / 064 }")
// and control records ("{ OPTION: SET: TIME SHIFT = FALSE }"). It may span
// lines. Document::text keeps the record's lines byte for byte; the
// comments lie outside Document::content, so no later stage reads them.
//
// Dates follow TABARI's validateDate and MakeJulian: two-digit years 00-29
// are 20YY, and a day up to 31 runs on into the next month when its own is
// shorter ("950231" is 3 March 1995). Departures: a line of blanks ends a
// record like an empty one (TABARI would run on into the next header), and
// a header whose date is malformed is a record error naming the line, not a
// stop of the whole run.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "ingest/reader.h"
#include "ingest/strings.h"
#include "ingest/tabari_text.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::int32_t Digits(std::string_view s) {
  std::int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool IsLeap(std::int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::int32_t DaysIn(std::int32_t year, std::int32_t month) {
  static constexpr std::int32_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

// One line of the buffer.
struct Line {
  std::size_t begin = 0;  // offset of its first byte
  std::size_t end = 0;    // offset of its '\n' (or of the end), '\r' excluded
  std::uint32_t number = 0;
};

class TabariReader {
 public:
  TabariReader(std::string_view bytes, ReadContext& ctx) : bytes_(SkipBom(bytes)), ctx_(ctx) {}

  Status Run() {
    std::size_t records = 0;
    Line line;
    while (Next(line)) {
      const std::string_view text = Text(line);
      if (text.empty() || !IsDigit(text[0])) continue;  // outside a record
      ++records;
      bool keep_going = true;
      if (Status s = Record(line, &keep_going); !s.ok()) return s;
      if (!keep_going) return Status::Ok();
    }
    if (records == 0) {
      return Status(StatusCode::kInvalidInput, "no TABARI records (a line \"YYMMDD ID\" before the text)",
                    ctx_.Where());
    }
    return Status::Ok();
  }

 private:
  bool Next(Line& line) {
    if (pos_ >= bytes_.size()) return false;
    line.begin = pos_;
    std::size_t nl = bytes_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = bytes_.size();
    pos_ = nl + 1;
    line.end = nl > line.begin && bytes_[nl - 1] == '\r' ? nl - 1 : nl;
    line.number = ++number_;
    return true;
  }

  std::string_view Text(const Line& line) const { return bytes_.substr(line.begin, line.end - line.begin); }

  // The header at `header`, then the text lines up to a blank one.
  Status Record(const Line& header, bool* keep_going) {
    const std::string_view head = Text(header);
    // The text: every line up to the first blank one (read even when the
    // header is bad, so that the next record starts in the right place).
    Line line;
    std::size_t begin = std::string_view::npos, end = 0;
    while (Next(line)) {
      if (TrimAscii(Text(line)).empty()) break;
      if (begin == std::string_view::npos) begin = line.begin;
      end = line.end;
    }
    TabariHeader parsed;
    std::string why;
    if (!ParseTabariHeader(head, parsed, why)) {
      return RecordError(ctx_, StatusCode::kInvalidInput, why, header.number, head, 0);
    }
    Document doc;
    doc.source_line = header.number;
    doc.id = parsed.id;
    doc.published = parsed.date;
    if (begin != std::string_view::npos) doc.text.assign(bytes_.substr(begin, end - begin));
    if (doc.text.size() > ctx_.MaxDocumentBytes()) {
      return RecordError(ctx_, StatusCode::kTooLarge,
                         fmt::format("record text is {} bytes, over the limit of {} bytes", doc.text.size(),
                                     ctx_.MaxDocumentBytes()),
                         header.number, head, 0);
    }
    if (!LayOut(doc)) {
      Warn(ctx_, "'/*' comment is never closed with '*/': the rest of the record is comment", header.number,
           head, 0);
    }
    if (doc.content.empty()) {
      // Still a record: the validation suite counts and identifies records.
      Warn(ctx_, "TABARI record has no text", header.number, head, 0);
    }
    const Utf8Check utf8 = CheckUtf8(doc.text);
    if (utf8.invalid > 0) {
      doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
      Warn(ctx_,
           fmt::format("{} invalid UTF-8 byte{} in this record's text; read as U+FFFD", utf8.invalid,
                       utf8.invalid == 1 ? "" : "s"),
           header.number, head, 0);
    }
    *keep_going = Emit(ctx_, std::move(doc));
    return Status::Ok();
  }

  // Content: the text outside "/* ... */", each piece trimmed. False when a
  // comment is not closed (it then runs to the end of the record, as in
  // TABARI's parser).
  static bool LayOut(Document& doc) {
    const std::string_view t = doc.text;
    std::size_t at = 0;
    bool closed = true;
    while (at < t.size()) {
      std::size_t open = t.find("/*", at);
      if (open == std::string_view::npos) open = t.size();
      AddPiece(doc, at, open);
      if (open == t.size()) break;
      const std::size_t close = t.find("*/", open + 2);
      if (close == std::string_view::npos) {
        closed = false;
        break;
      }
      at = close + 2;
    }
    return closed;
  }

  static void AddPiece(Document& doc, std::size_t begin, std::size_t end) {
    while (begin < end && IsAsciiSpace(doc.text[begin])) ++begin;
    while (end > begin && IsAsciiSpace(doc.text[end - 1])) --end;
    if (end > begin) doc.content.push_back(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }

  std::string_view bytes_;
  ReadContext& ctx_;
  std::size_t pos_ = 0;
  std::uint32_t number_ = 0;
};

}  // namespace

bool ParseTabariHeader(std::string_view line, TabariHeader& out, std::string& why) {
  std::size_t n = 0;
  while (n < line.size() && IsDigit(line[n])) ++n;
  // TABARI takes the first six characters as the date (eight with its
  // 4-digit-year option) and the rest as the ID: "9501201  ACTORSYN-01" is
  // 20 January 1995, ID "1  ACTORSYN-01". Exactly eight digits are read as
  // YYYYMMDD, which is what that option writes.
  if (n >= 6 && n != 8) n = 6;
  const std::string_view digits = line.substr(0, n);
  if (n != 6 && n != 8) {
    why = fmt::format("TABARI record header \"{}\" does not start with a date YYMMDD (or YYYYMMDD)",
                      TrimAscii(line.substr(0, 40)));
    return false;
  }
  std::int32_t year = 0;
  if (n == 8) {
    year = Digits(digits.substr(0, 4));
  } else {
    const std::int32_t yy = Digits(digits.substr(0, 2));
    year = yy < 30 ? 2000 + yy : 1900 + yy;  // MakeJulian's pivot
  }
  std::int32_t month = Digits(digits.substr(n - 4, 2));
  std::int32_t day = Digits(digits.substr(n - 2, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    why = fmt::format("TABARI record date \"{}\" is not a date (month 01-12, day 01-31)", digits);
    return false;
  }
  if (day > DaysIn(year, month)) {  // validateDate allows day 31 in any month
    day -= DaysIn(year, month);
    ++month;  // never past December, which has 31 days
  }
  out.date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  out.id = std::string(TrimAscii(line.substr(n)));
  return true;
}

bool LooksLikeTabariText(std::string_view bytes) {
  // The first line that is not blank and not a banner ('#' or '/' first, as
  // TABARI's files open) must be a header with a one-word ID, and the next
  // line text.
  constexpr std::size_t kMaxLines = 200;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < kMaxLines && pos < bytes.size(); ++i) {
    std::size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    const std::string_view line = TrimAscii(bytes.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line[0] == '#' || line[0] == '/') continue;
    TabariHeader header;
    std::string why;
    if (!IsDigit(line[0]) || !ParseTabariHeader(line, header, why)) return false;
    if (header.id.empty() || header.id.find_first_of(" \t") != std::string::npos) return false;
    const std::size_t next_nl = bytes.find('\n', pos);
    const std::string_view next =
        TrimAscii(bytes.substr(pos, (next_nl == std::string_view::npos ? bytes.size() : next_nl) - pos));
    return !next.empty() && !IsDigit(next[0]);
  }
  return false;
}

Status ReadTabariText(std::string_view bytes, ReadContext& ctx) { return TabariReader(bytes, ctx).Run(); }

}  // namespace readout::ingest
