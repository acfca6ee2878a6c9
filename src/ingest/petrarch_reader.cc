// PETRARCH XML: <Sentence date="YYYYMMDD" id="..." source="..."
// sentence="true"><Text>...</Text>...</Sentence> records, under a
// <Sentences> or <Validation> root (validation files also carry
// <Environment>, <EventCoding> and <Parse> elements, which are ignored).
//
// pugixml parses a private copy of the buffer (load_buffer, not the in-place
// variant), so that the original bytes stay intact for line numbers and
// excerpts: pugixml rewrites its buffer while it parses. Record lines come
// from offset_debug() and a newline count that only moves forward, since
// records come in document order.
//
// A character reference to U+0000 ("&#x0;", "&#0;") in a <Text> makes the
// record a record error at the reference's line and column. XML does not
// allow the character (XML 1.0, production [2] Char), and pugixml decodes it
// anyway, into a NUL that ends the C string it hands back: the text after it,
// the whole sentence when the reference comes first, would vanish silently.

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "ingest/date.h"
#include "ingest/reader.h"
#include "ingest/strings.h"
#include "ingest/text_layout.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

// The offset of a character reference to U+0000 in the raw character data
// that starts at `begin` and runs to the next '<', or npos.
std::size_t FindNulReference(std::string_view bytes, std::size_t begin) {
  const std::size_t end = std::min(bytes.find('<', begin), bytes.size());
  for (std::size_t at = bytes.find("&#", begin); at < end; at = bytes.find("&#", at + 2)) {
    std::size_t i = at + 2;
    if (i < end && (bytes[i] == 'x' || bytes[i] == 'X')) ++i;
    const std::size_t digits = i;
    while (i < end && bytes[i] == '0') ++i;
    if (i > digits && i < end && bytes[i] == ';') return at;
  }
  return std::string_view::npos;
}

class PetrarchReader {
 public:
  PetrarchReader(std::string_view bytes, ReadContext& ctx) : bytes_(bytes), ctx_(ctx) {}

  Status Run() {
    pugi::xml_document xml;
    const pugi::xml_parse_result parsed =
        xml.load_buffer(bytes_.data(), bytes_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
      const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
      const LineInfo at = LocateOffset(bytes_, offset);
      return Status(StatusCode::kInvalidInput,
                    fmt::format("malformed XML: {}", parsed.description()),
                    ctx_.Where(at.line, at.column));
    }
    // Depth-first, in document order, without recursion (nesting depth is
    // the input's choice).
    std::size_t records = 0;
    pugi::xml_node n = xml.first_child();
    while (n) {
      if (n.type() == pugi::node_element && std::strcmp(n.name(), "Sentence") == 0) {
        ++records;
        bool keep_going = true;
        if (Status s = Record(n, &keep_going); !s.ok()) return s;
        if (!keep_going) return Status::Ok();
      } else if (n.first_child()) {
        n = n.first_child();
        continue;
      }
      while (n && !n.next_sibling()) n = n.parent();
      if (n) n = n.next_sibling();
    }
    if (records == 0) {
      return Status(StatusCode::kInvalidInput, "no PETRARCH <Sentence> records", ctx_.Where());
    }
    return Status::Ok();
  }

 private:
  Status Record(pugi::xml_node sentence, bool* keep_going) {
    const std::size_t offset = Offset(sentence);
    const std::uint32_t line = LineOf(offset);
    const Window w = WindowAt(offset);
    const pugi::xml_node text = sentence.child("Text");
    if (!text) {
      return RecordError(ctx_, StatusCode::kInvalidInput, "<Sentence> has no <Text>", line,
                         w.text, w.offset, w.column_base);
    }
    Document doc;
    doc.source_line = line;
    for (const pugi::xml_node part : text.children()) {
      if (part.type() == pugi::node_pcdata) {
        // pugixml keeps where each value starts in the original bytes.
        const std::ptrdiff_t raw = part.offset_debug();
        const std::size_t nul = raw < 0 ? std::string_view::npos
                                         : FindNulReference(bytes_, static_cast<std::size_t>(raw));
        if (nul != std::string_view::npos) {
          const std::uint32_t nul_line = LineOf(nul);
          const Window at = WindowAt(nul);
          return RecordError(ctx_, StatusCode::kInvalidInput,
                             "<Text> has a character reference to U+0000 (NUL), which XML "
                             "does not allow",
                             nul_line, at.text, at.offset, at.column_base);
        }
      }
      if (part.type() == pugi::node_pcdata || part.type() == pugi::node_cdata) {
        doc.text += part.value();
      }
    }
    // Records put the text on lines of its own between the tags; that
    // framing is not part of the sentence, the line breaks inside it are.
    const std::string_view trimmed = TrimAscii(doc.text);
    if (trimmed.size() != doc.text.size()) doc.text = std::string(trimmed);
    if (doc.text.empty()) {
      // Still a record: validation files count and identify records, so an
      // empty one is delivered (with no content) rather than dropped.
      Warn(ctx_, "<Sentence> has an empty <Text>", line, w.text, w.offset, w.column_base);
    }
    if (doc.text.size() > ctx_.MaxDocumentBytes()) {
      return RecordError(ctx_, StatusCode::kTooLarge,
                         fmt::format("<Text> is {} bytes, over the limit of {} bytes",
                                     doc.text.size(), ctx_.MaxDocumentBytes()),
                         line, w.text, w.offset, w.column_base);
    }
    doc.id = TrimAscii(sentence.attribute("id").value());
    doc.outlet = TrimAscii(sentence.attribute("source").value());
    doc.single_sentence = EqualsIgnoreCaseAscii(TrimAscii(sentence.attribute("sentence").value()), "true");
    const std::string_view date = TrimAscii(sentence.attribute("date").value());
    doc.published = NormalizeDate(date);
    if (doc.published.empty()) {
      Warn(ctx_,
           date.empty() ? std::string("<Sentence> has no date")
                        : fmt::format("<Sentence> date \"{}\" is not a date (YYYYMMDD)", date),
           line, w.text, w.offset, w.column_base);
    }
    const Utf8Check utf8 = CheckUtf8(doc.text);
    if (utf8.invalid > 0) {
      doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
      Warn(ctx_,
           fmt::format("{} invalid UTF-8 byte{} in this record's <Text>; read as U+FFFD",
                       utf8.invalid, utf8.invalid == 1 ? "" : "s"),
           line, w.text, w.offset, w.column_base);
    }
    LayOutPlainText(doc, /*detect_title=*/false);
    *keep_going = Emit(ctx_, std::move(doc));
    return Status::Ok();
  }

  // Where the element starts in the original bytes (at its '<').
  std::size_t Offset(pugi::xml_node node) const {
    const std::ptrdiff_t at = node.offset_debug();
    if (at <= 0) return last_offset_;
    auto offset = static_cast<std::size_t>(at);
    if (offset > 0 && bytes_[offset - 1] == '<') --offset;  // offset_debug points at the name
    return std::min(offset, bytes_.size());
  }

  // The line of `offset`; offsets come in increasing order, so the count
  // of newlines only ever moves forward.
  std::uint32_t LineOf(std::size_t offset) {
    while (last_offset_ < offset) {
      const void* nl = std::memchr(bytes_.data() + last_offset_, '\n', offset - last_offset_);
      if (nl == nullptr) {
        last_offset_ = offset;
        break;
      }
      const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - bytes_.data());
      ++last_line_;
      line_start_ = at + 1;
      last_offset_ = at + 1;
    }
    return last_line_;
  }

  // A few hundred bytes of the current line around `offset`, for excerpts:
  // bounded, so that records on one enormous line (minified XML) do not
  // make every message scan the whole line.
  struct Window {
    std::string_view text;
    std::size_t offset = 0;       // of the record, in text
    std::size_t column_base = 0;  // bytes of the line before text
  };
  Window WindowAt(std::size_t offset) const {
    constexpr std::size_t kReach = 160;
    const std::size_t begin = std::max(line_start_, offset > kReach ? offset - kReach : 0);
    const std::string_view ahead = bytes_.substr(offset, kReach);
    const std::size_t nl = ahead.find('\n');
    const std::size_t end = offset + (nl == std::string_view::npos ? ahead.size() : nl);
    return {bytes_.substr(begin, end - begin), offset - begin, begin - line_start_};
  }

  std::string_view bytes_;
  ReadContext& ctx_;
  std::size_t last_offset_ = 0;
  std::size_t line_start_ = 0;
  std::uint32_t last_line_ = 1;
};

}  // namespace

Status ReadPetrarchXml(std::string_view bytes, ReadContext& ctx) {
  return PetrarchReader(bytes, ctx).Run();
}

}  // namespace readout::ingest
