#include "ingest/format_detect.h"

#include <array>
#include <string>
#include <utility>

#include <simdjson.h>

#include "ingest/reader.h"
#include "ingest/strings.h"
#include "ingest/tabari_text.h"
#include "readout/ingest.h"

namespace readout {

std::string_view FormatName(InputFormat f) {
  switch (f) {
    case InputFormat::kText: return "text";
    case InputFormat::kHtml: return "html";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kJson: return "json";
    case InputFormat::kPetrarchXml: return "xml";
    case InputFormat::kTabariText: return "tabari";
    case InputFormat::kUnknown: break;
  }
  return "unknown";
}

InputFormat DetectFormat(std::string_view path, std::string_view bytes) {
  return ingest::GuessFormat(path, bytes).format;
}

namespace ingest {
namespace {

// Binary formats people are likely to point readout at by mistake.
struct NamedExtension {
  std::string_view ext;
  std::string_view name;
};
constexpr std::array<NamedExtension, 27> kBinaryExtensions{{
    {"pdf", "PDF"},      {"doc", "Word (.doc)"}, {"docx", "Word (.docx)"},
    {"odt", "OpenDocument text"}, {"rtf", "RTF"}, {"xls", "Excel"},
    {"xlsx", "Excel"},   {"ppt", "PowerPoint"},  {"pptx", "PowerPoint"},
    {"epub", "EPUB"},    {"png", "PNG image"},   {"jpg", "JPEG image"},
    {"jpeg", "JPEG image"}, {"gif", "GIF image"}, {"webp", "WebP image"},
    {"bmp", "BMP image"}, {"tif", "TIFF image"}, {"tiff", "TIFF image"},
    {"gz", "gzip"},      {"bz2", "bzip2"},       {"xz", "xz"},
    {"zst", "zstd"},     {"zip", "zip"},         {"tar", "tar"},
    {"7z", "7-Zip"},     {"mp3", "audio"},       {"mp4", "video"},
}};

// Magic numbers of the same formats, for files without a telling extension.
struct Magic {
  std::string_view bytes;
  std::string_view name;
};
constexpr std::array<Magic, 10> kMagic{{
    {"%PDF-", "PDF"},
    {std::string_view("PK\x03\x04", 4), "zip (or .docx/.xlsx)"},
    {"\x89PNG", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF8", "GIF image"},
    {"\x1F\x8B", "gzip"},
    {std::string_view("\xFD" "7zXZ\0", 6), "xz"},
    {"\x28\xB5\x2F\xFD", "zstd"},
    {"7z\xBC\xAF\x27\x1C", "7-Zip"},
    {"Rar!", "RAR"},
}};

std::string Extension(std::string_view path) {
  const std::string_view base = BaseName(path);
  const std::size_t dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return LowerAscii(base.substr(dot + 1));
}

std::string_view BinaryMagic(std::string_view bytes) {
  for (const Magic& m : kMagic) {
    if (bytes.substr(0, m.bytes.size()) == m.bytes) return m.name;
  }
  // A UTF-16 byte order mark: text, but not in an encoding readout reads.
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return "UTF-16 text (convert it to UTF-8)";
  }
  return {};
}

std::string_view SkipSpace(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

// Skips whitespace, XML comments and the XML declaration before the first
// real tag. Unterminated constructs leave the rest empty.
std::string_view SkipXmlPrologue(std::string_view s, bool* had_declaration) {
  for (;;) {
    s = SkipSpace(s);
    if (s.substr(0, 4) == "<!--") {
      const std::size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 3);
    } else if (s.substr(0, 5) == "<?xml") {
      *had_declaration = true;
      const std::size_t end = s.find("?>", 5);
      if (end == std::string_view::npos) return {};
      s.remove_prefix(end + 2);
    } else {
      return s;
    }
  }
}

// "<Sentence" followed by a space or '>' (not "<Sentences") anywhere in s.
bool HasSentenceRecord(std::string_view s) {
  constexpr std::string_view kTag = "<Sentence";
  for (std::size_t at = s.find(kTag); at != std::string_view::npos; at = s.find(kTag, at + 1)) {
    const std::size_t next = at + kTag.size();
    if (next < s.size() && (IsAsciiSpace(s[next]) || s[next] == '>')) return true;
  }
  return false;
}

bool LooksLikeHtmlStart(std::string_view s) {
  return StartsWithNoCase(s, "<!doctype html") || StartsWithNoCase(s, "<html") ||
         StartsWithNoCase(s, "<head") || StartsWithNoCase(s, "<body");
}

}  // namespace

bool FirstLineIsJsonObject(std::string_view bytes) {
  std::string_view s = SkipSpace(SkipBom(bytes));
  const std::size_t nl = s.find('\n');
  const std::string_view line = TrimAscii(s.substr(0, nl));
  if (line.size() < 2 || line.front() != '{' || line.back() != '}') return false;
  // A first line longer than this is judged by its shape alone: parsing a
  // 100 MB line just to pick a reader would cost more than reading it.
  constexpr std::size_t kMaxParsedLine = std::size_t{1} << 20;
  if (line.size() > kMaxParsedLine) {
    const std::string_view inner = SkipSpace(line.substr(1));
    return !inner.empty() && (inner.front() == '"' || inner.front() == '}');
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size(), true).get(root) != simdjson::SUCCESS) return false;
  return root.is_object();
}

InputFormat SniffContent(std::string_view bytes, bool* xml_without_records) {
  if (xml_without_records != nullptr) *xml_without_records = false;
  const std::string_view s = SkipSpace(SkipBom(bytes));
  if (s.empty()) return InputFormat::kUnknown;
  // One object per line is JSONL; an object spread over lines, or an
  // array (an API's page of posts), is one JSON value.
  // A pretty-printed object opens with a line of its own ("{") or closes the
  // buffer with "}"; a brace opening prose ("{Editor's note") does neither.
  if (s.front() == '{') {
    if (FirstLineIsJsonObject(s)) return InputFormat::kJsonl;
    const std::string_view inner = SkipSpace(s.substr(1));
    const std::string_view first_line = TrimAscii(s.substr(0, s.find('\n')));
    const std::string_view whole = TrimAscii(s);
    const bool shaped = first_line == "{" || (!whole.empty() && whole.back() == '}');
    return !inner.empty() && inner.front() == '"' && shaped ? InputFormat::kJson : InputFormat::kUnknown;
  }
  if (s.front() == '[') {
    const std::string_view inner = SkipSpace(s.substr(1));
    return !inner.empty() && (inner.front() == '{' || inner.front() == ']') ? InputFormat::kJson
                                                                             : InputFormat::kUnknown;
  }
  if (s.front() != '<') return LooksLikeTabariText(s) ? InputFormat::kTabariText : InputFormat::kUnknown;
  if (LooksLikeHtmlStart(s)) return InputFormat::kHtml;
  bool declared_xml = false;
  const std::string_view first_tag = SkipXmlPrologue(s, &declared_xml);
  if (LooksLikeHtmlStart(first_tag)) return InputFormat::kHtml;
  if (first_tag.substr(0, 10) == "<Sentences" || first_tag.substr(0, 11) == "<Validation" ||
      (first_tag.substr(0, 9) == "<Sentence" && HasSentenceRecord(first_tag.substr(0, 10)))) {
    return InputFormat::kPetrarchXml;
  }
  // Anything else that opened like XML (a declaration, or a comment first as
  // in PETRARCH files) is PETRARCH if it carries records, else not ours.
  if (declared_xml || first_tag.size() != s.size()) {
    if (HasSentenceRecord(first_tag)) return InputFormat::kPetrarchXml;
    if (declared_xml && xml_without_records != nullptr) *xml_without_records = true;
  }
  return InputFormat::kUnknown;
}

FormatGuess GuessFormat(std::string_view path, std::string_view bytes) {
  if (const std::string_view magic = BinaryMagic(bytes); !magic.empty()) {
    return {InputFormat::kUnknown, magic};
  }
  const std::string ext = path == "-" ? std::string() : Extension(path);
  for (const NamedExtension& b : kBinaryExtensions) {
    if (ext == b.ext) return {InputFormat::kUnknown, b.name};
  }
  bool xml_without_records = false;
  const InputFormat sniffed = SniffContent(bytes, &xml_without_records);
  constexpr std::string_view kBareXml = "XML without PETRARCH <Sentence> records";

  if (ext == "txt" || ext == "text") {
    return {sniffed != InputFormat::kUnknown ? sniffed : InputFormat::kText, {}};
  }
  if (ext == "html" || ext == "htm" || ext == "xhtml") {
    const bool other = sniffed == InputFormat::kJsonl || sniffed == InputFormat::kJson ||
                       sniffed == InputFormat::kPetrarchXml;
    return {other ? sniffed : InputFormat::kHtml, {}};
  }
  if (ext == "jsonl" || ext == "ndjson") {
    const bool other = sniffed == InputFormat::kHtml || sniffed == InputFormat::kPetrarchXml;
    return {other ? sniffed : InputFormat::kJsonl, {}};
  }
  if (ext == "json") {
    if (sniffed == InputFormat::kJsonl || sniffed == InputFormat::kJson) return {sniffed, {}};
    return {InputFormat::kUnknown, "JSON that is neither an article object, an array of them, nor JSONL"};
  }
  if (ext == "xml") {
    if (sniffed == InputFormat::kPetrarchXml || sniffed == InputFormat::kHtml) {
      return {sniffed, {}};
    }
    return {InputFormat::kUnknown, kBareXml};
  }
  // No extension we know (or stdin): the content decides; prose is the default.
  if (sniffed != InputFormat::kUnknown) return {sniffed, {}};
  if (xml_without_records) return {InputFormat::kUnknown, kBareXml};
  return {InputFormat::kText, {}};
}

}  // namespace ingest
}  // namespace readout
