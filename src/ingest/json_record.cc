// DocumentFromJson: see json_record.h.
#include "ingest/json_record.h"

#include <memory>

#include <gumbo.h>

#include "base/ascii.h"
#include "ingest/date.h"
#include "ingest/html_text.h"
#include "ingest/json_line.h"
#include "ingest/strings.h"
#include "ingest/text_layout.h"

namespace readout::ingest {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};

// The article blocks of an HTML fragment, as text separated by blank lines.
void TextFromHtml(std::string_view html, Document& doc) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  const std::unique_ptr<GumboOutput, GumboDeleter> page(
      gumbo_parse_with_options(&options, html.data(), html.size()));
  doc.text.clear();
  doc.content.clear();
  if (page == nullptr) return;
  // A post body is all article: only tags and hidden elements are dropped,
  // not blocks whose class names look like page furniture.
  const std::vector<html::Block> blocks = html::ExtractBlocks(page->root, /*furniture_by_class=*/false);
  for (const html::Block& b : blocks) {
    if (!doc.text.empty()) doc.text += "\n\n";
    const auto begin = static_cast<std::uint32_t>(doc.text.size());
    doc.text += b.text;
    doc.content.push_back(Span{begin, static_cast<std::uint32_t>(doc.text.size())});
  }
}

// The text of an HTML title ("Talks &#8211; day two" -> "Talks – day two").
std::string PlainTitle(std::string_view html) {
  Document scratch;
  TextFromHtml(html, scratch);
  std::string out;
  for (const char c : scratch.text) out += c == '\n' ? ' ' : c;
  return std::string(TrimAscii(out));
}

// A string at key, or at key/rendered (WordPress wraps HTML fields).
FieldType Rendered(simdjson::dom::object object, std::string_view key, std::string* value) {
  simdjson::dom::object inner;
  if (object[key].get(inner) == simdjson::SUCCESS) return GetField(inner, "rendered", value);
  return GetField(object, key, value);
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  const std::string head = LowerAscii(text.substr(0, std::min<std::size_t>(text.size(), 4096)));
  for (const std::string_view tag : {"<p>", "<p ", "</p>", "<br", "<div", "</div>", "<h1", "<h2", "<li>",
                                     "<blockquote", "<figure", "<span", "</a>", "<!doctype", "<html"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

bool DocumentFromJson(simdjson::dom::object object, Document& doc, JsonRecordIssue* error,
                      std::vector<JsonRecordIssue>* warnings) {
  std::string body;
  bool html = false;
  const FieldType text_type = GetField(object, "text", &body);
  if (text_type == FieldType::kString) {
    html = LooksLikeHtml(body);
  } else if (text_type == FieldType::kMissing || text_type == FieldType::kNull) {
    // A WordPress post: its body is content.rendered, always HTML.
    if (Rendered(object, "content", &body) != FieldType::kString) {
      *error = {"record has no \"text\" (nor a WordPress \"content\": {\"rendered\"})", ""};
      return false;
    }
    html = true;
  } else {
    *error = {"record's \"text\" is not a string", "text"};
    return false;
  }
  if (html) {
    TextFromHtml(body, doc);
  } else {
    doc.text = std::move(body);
    // Scraped text often keeps a headline line, an address line or stray
    // tags; the record's own fields, set after, win over what is found there.
    LayOutPlainText(doc);
  }

  std::string value;
  const auto take = [&](std::string_view key, std::string* out, bool rendered_html) {
    const FieldType type = rendered_html ? Rendered(object, key, &value) : GetField(object, key, &value);
    if (type == FieldType::kString || (type == FieldType::kNumber && key == "id")) {
      const bool markup = value.find('<') != std::string::npos || value.find('&') != std::string::npos;
      if (!value.empty()) *out = rendered_html && markup ? PlainTitle(value) : value;
      return true;
    }
    if (type == FieldType::kNumber || type == FieldType::kOther) {
      warnings->push_back({"\"" + std::string(key) + "\" is not a string; ignored", std::string(key)});
    }
    return false;
  };
  take("id", &doc.id, false);
  if (!take("url", &doc.url, false)) take("link", &doc.url, false);  // WordPress
  take("outlet", &doc.outlet, false);
  take("language", &doc.language, false);
  take("title", &doc.title, true);
  // WordPress gives local time in "date" and UTC in "date_gmt"; the day a
  // reader saw it is the local one.
  std::string raw_date;
  std::string key = "published";
  if (!take("published", &raw_date, false)) {
    key = "date";
    if (!take("date", &raw_date, false)) {
      key = "date_gmt";
      take("date_gmt", &raw_date, false);
    }
  }
  if (!raw_date.empty()) {
    doc.published = NormalizeDate(raw_date, /*keep_time=*/true);
    if (doc.published.empty()) {
      warnings->push_back({"\"" + key + "\" value \"" + raw_date + "\" is not a date; ignored", key});
    }
  }
  return true;
}

}  // namespace readout::ingest
