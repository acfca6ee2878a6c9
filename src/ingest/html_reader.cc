// HTML: gumbo parses the page (an HTML5-conformant parser: it never fails,
// decodes entities and repairs bad UTF-8); the article's blocks become
// Document::text, joined by blank lines, and the page's metadata fills the
// rest (html_meta.h, html_text.h).
//
// Gumbo's tree builder is quadratic in nesting depth and spends a few
// hundred bytes per node, so a page is first measured with a cheap tag scan
// and refused if it nests absurdly deep or has an absurd number of tags:
// real pages stay far below both limits (a long article has a few thousand
// elements), a hostile one would otherwise take minutes or gigabytes.

#include <gumbo.h>

#include <memory>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "ingest/html_meta.h"
#include "ingest/html_text.h"
#include "ingest/reader.h"
#include "ingest/strings.h"
#include "readout/utf8.h"

namespace readout::ingest {
namespace {

constexpr std::size_t kMaxHtmlNesting = 2000;
constexpr std::size_t kMaxHtmlTags = 1'000'000;

bool IsNameChar(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '-' || c == ':'; }

// Elements that never contain others (void) or are closed implicitly by the
// next sibling (p, li, td, ...): neither deepens the tree.
bool Nests(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "frame", "p", "li", "dt", "dd", "option",
      "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rtc",
      "rp", "!doctype"};
  for (const std::string_view f : kFlat) {
    if (EqualsIgnoreCaseAscii(name, f)) return false;
  }
  return true;
}

// Elements whose content is raw text, not markup.
bool IsRawText(std::string_view name) {
  for (const std::string_view r : {"script", "style", "textarea", "title", "xmp", "noembed"}) {
    if (EqualsIgnoreCaseAscii(name, r)) return true;
  }
  return false;
}

struct TagCount {
  std::size_t deepest = 0;  // an upper estimate of the nesting depth
  std::size_t tags = 0;     // start and end tags
};

// Counts tags and estimates how deep the page nests elements: +1 per start
// tag of a nesting element, -1 per end tag. Linear: every search only moves
// forward, and the '>' search remembers its last answer.
TagCount CountTags(std::string_view s) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t tags = 0;
  std::size_t gt = 0;  // the last '>' found; valid for any start below it
  std::size_t i = s.find('<');
  while (i != std::string_view::npos && i + 1 < s.size()) {
    if (s.substr(i, 4) == "<!--") {
      const std::size_t end = s.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = s.find('<', end + 3);
      continue;
    }
    const bool closing = s[i + 1] == '/';
    std::size_t j = i + 1 + (closing ? 1 : 0);
    const std::size_t name_begin = j;
    while (j < s.size() && IsNameChar(s[j])) ++j;
    if (j == name_begin) {
      i = s.find('<', i + 1);
      continue;
    }
    const std::string_view name = s.substr(name_begin, j - name_begin);
    if (gt < j) gt = s.find('>', j);
    if (gt == std::string_view::npos) break;
    ++tags;
    const bool self_closing = s[gt - 1] == '/';
    std::size_t next = gt + 1;
    if (closing) {
      if (depth > 0 && Nests(name)) --depth;
    } else {
      if (!self_closing && Nests(name)) deepest = std::max(deepest, ++depth);
      if (IsRawText(name) && !self_closing) {
        // Skip to the matching end tag: "<div" inside a script is not a tag.
        std::size_t k = s.find("</", next);
        while (k != std::string_view::npos && !StartsWithNoCase(s.substr(k + 2), name)) {
          k = s.find("</", k + 2);
        }
        if (k == std::string_view::npos) break;
        next = k;
      }
    }
    i = s.find('<', next);
  }
  return {deepest, tags};
}

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

}  // namespace

Status ReadHtml(std::string_view bytes, ReadContext& ctx) {
  const std::size_t limit = ctx.MaxDocumentBytes();
  if (bytes.size() > limit) {
    return Status(
        StatusCode::kTooLarge,
        fmt::format("HTML page is {} bytes, over the limit of {} bytes", bytes.size(), limit),
        ctx.Where());
  }
  bytes = SkipBom(bytes);
  const TagCount count = CountTags(bytes);
  if (count.deepest > kMaxHtmlNesting) {
    return Status(StatusCode::kInvalidInput,
                  fmt::format("HTML nests elements about {} deep (the limit is {})",
                              count.deepest, kMaxHtmlNesting),
                  ctx.Where());
  }
  if (count.tags > kMaxHtmlTags) {
    return Status(StatusCode::kTooLarge,
                  fmt::format("HTML page has {} tags (the limit is {})", count.tags, kMaxHtmlTags),
                  ctx.Where());
  }
  const Utf8Check utf8 = CheckUtf8(bytes);

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported; do not store them
  const std::unique_ptr<GumboOutput, GumboDeleter> page(
      gumbo_parse_with_options(&options, bytes.data(), bytes.size()));
  if (page == nullptr) {
    return Status(StatusCode::kInternal, "the HTML parser failed", ctx.Where());
  }
  const html::PageMeta meta = html::ReadPageMeta(page->document);
  const GumboNode* root = html::ChooseArticleRoot(page->document);
  std::vector<html::Block> blocks = html::ExtractBlocks(root, /*furniture_by_class=*/true);
  if (blocks.empty()) blocks = html::ExtractBlocks(root, /*furniture_by_class=*/false);
  if (blocks.empty()) {
    return Status(StatusCode::kInvalidInput, "no article text found in the HTML page", ctx.Where());
  }

  Document doc;
  doc.source_line = 1;
  std::size_t size = 0;
  for (const html::Block& b : blocks) size += b.text.size() + 2;
  doc.text.reserve(size);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) doc.text += "\n\n";
    const Span span{static_cast<std::uint32_t>(doc.text.size()),
                    static_cast<std::uint32_t>(doc.text.size() + blocks[i].text.size())};
    doc.text += blocks[i].text;
    // A leading <h1> is the headline: it sits in text (as the page shows
    // it) but, as with a plain-text title line, outside content.
    if (i == 0 && blocks[i].heading && blocks.size() > 1) {
      doc.title_span = span;
    } else {
      doc.content.push_back(span);
    }
  }
  if (doc.text.size() > limit) {
    return Status(StatusCode::kTooLarge,
                  fmt::format("article text is {} bytes, over the limit of {} bytes",
                              doc.text.size(), limit),
                  ctx.Where());
  }
  doc.title = meta.title;
  if (doc.title.empty()) {
    doc.title = doc.title_span.empty() ? meta.h1 : std::string(doc.slice(doc.title_span));
  }
  doc.published = meta.published;
  if (doc.published.empty()) doc.published = html::FirstTimeDate(root);
  doc.outlet = meta.outlet;
  doc.url = meta.url;
  doc.language = meta.language;
  if (utf8.invalid > 0) {
    doc.invalid_utf8_bytes = static_cast<std::uint32_t>(utf8.invalid);
    const LineInfo at = LocateOffset(bytes, utf8.first_invalid);
    ctx.diags->Add(Diagnostic{
        Severity::kWarning, ctx.Where(at.line, at.column),
        fmt::format("{} invalid UTF-8 byte{} (the first here); read as U+FFFD", utf8.invalid,
                    utf8.invalid == 1 ? "" : "s"),
        at.excerpt, at.caret});
  }
  Emit(ctx, std::move(doc));
  return Status::Ok();
}

}  // namespace readout::ingest
