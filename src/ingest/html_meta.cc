#include "ingest/html_meta.h"

#include <array>
#include <map>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "ingest/date.h"
#include "ingest/html_util.h"
#include "ingest/strings.h"

namespace readout::ingest::html {
namespace {

// Meta keys in order of preference. A key is "<attribute>:<value>", the
// attribute being property, name or itemprop, lower-cased.
constexpr std::array<std::string_view, 24> kPublishedKeys{
    "property:article:published_time", "property:og:published_time",
    "itemprop:datepublished",          "name:datepublished",
    "property:datepublished",          "name:article:published_time",
    "name:date",                       "name:pubdate",
    "name:publish-date",               "name:publishdate",
    "name:publish_date",               "name:published_time",
    "name:parsely-pub-date",           "name:sailthru.date",
    "name:dc.date.issued",             "name:dc.date",
    "name:dcterms.date",               "name:dcterms.created",
    "name:original-publish-date",      "name:article.published",
    "property:pubdate",                "itemprop:datecreated",
    "name:citation_publication_date",  "name:citation_date"};

constexpr std::array<std::string_view, 5> kOutletKeys{
    "property:og:site_name", "name:application-name", "name:publisher",
    "itemprop:publisher",    "name:og:site_name"};

struct Collected {
  std::map<std::string, std::string, std::less<>> meta;  // first value per key
  std::string title_tag;
  std::string canonical;
  std::string html_lang;
  std::vector<std::string_view> json_ld;
  const GumboNode* first_h1 = nullptr;
};

std::string_view First(const Collected& c, std::string_view key) {
  const auto it = c.meta.find(key);
  return it == c.meta.end() ? std::string_view() : std::string_view(it->second);
}

void CollectMeta(const GumboNode* n, Collected& c) {
  const std::string_view content = TrimAscii(Attr(n, "content"));
  if (content.empty()) return;
  for (const char* attr : {"property", "name", "itemprop", "http-equiv"}) {
    const std::string_view key = TrimAscii(Attr(n, attr));
    if (key.empty()) continue;
    std::string k = LowerAscii(std::string(attr) + ":" + std::string(key));
    c.meta.emplace(std::move(k), std::string(content));
  }
}

Collected Collect(const GumboNode* document) {
  Collected c;
  Walk(document, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_DOCUMENT) return true;
    if (!IsElement(n)) return false;
    switch (Tag(n)) {
      case GUMBO_TAG_HTML:
        c.html_lang = TrimAscii(Attr(n, "lang"));
        if (c.html_lang.empty()) c.html_lang = TrimAscii(Attr(n, "xml:lang"));
        return true;
      case GUMBO_TAG_META: CollectMeta(n, c); return false;
      case GUMBO_TAG_TITLE:
        if (c.title_tag.empty()) c.title_tag = TextOf(n);
        return false;
      case GUMBO_TAG_LINK:
        if (c.canonical.empty() && EqualsIgnoreCaseAscii(TrimAscii(Attr(n, "rel")), "canonical")) {
          c.canonical = TrimAscii(Attr(n, "href"));
        }
        return false;
      case GUMBO_TAG_H1:
        if (c.first_h1 == nullptr) c.first_h1 = n;
        return false;
      case GUMBO_TAG_SCRIPT: {
        if (EqualsIgnoreCaseAscii(TrimAscii(Attr(n, "type")), "application/ld+json")) {
          const GumboVector& kids = Children(n);
          if (kids.length > 0 && Child(kids, 0)->type == GUMBO_NODE_TEXT) {
            c.json_ld.emplace_back(Child(kids, 0)->v.text.text);
          }
        }
        return false;
      }
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_SVG:
      case GUMBO_TAG_NOSCRIPT: return false;
      default: return true;
    }
  });
  return c;
}

// ---- JSON-LD: schema.org objects, possibly in an array or an @graph.

struct LinkedData {
  std::string headline, published, publisher;
};

std::string_view StringAt(simdjson::dom::object o, std::string_view key) {
  std::string_view s;
  if (o[key].get_string().get(s) != simdjson::SUCCESS) return {};
  return TrimAscii(s);
}

bool IsArticleType(simdjson::dom::object o) {
  std::string_view type = StringAt(o, "@type");
  if (type.empty()) {  // "@type": ["NewsArticle", ...]
    simdjson::dom::array types;
    if (o["@type"].get_array().get(types) == simdjson::SUCCESS) {
      for (simdjson::dom::element t : types) {
        std::string_view s;
        if (t.get_string().get(s) == simdjson::SUCCESS &&
            (s.find("Article") != s.npos || s.find("Posting") != s.npos)) {
          return true;
        }
      }
    }
    return false;
  }
  // NewsArticle, ReportageNewsArticle, Article, BlogPosting, LiveBlogPosting;
  // a WebPage's dates are the page's, not the story's.
  return type.find("Article") != std::string_view::npos ||
         type.find("Posting") != std::string_view::npos;
}

void FromObject(simdjson::dom::object o, LinkedData& ld) {
  if (!IsArticleType(o)) return;
  if (ld.headline.empty()) ld.headline = StringAt(o, "headline");
  if (ld.published.empty()) ld.published = StringAt(o, "datePublished");
  if (ld.publisher.empty()) {
    simdjson::dom::object pub;
    if (o["publisher"].get_object().get(pub) == simdjson::SUCCESS) {
      ld.publisher = StringAt(pub, "name");
    } else {
      ld.publisher = StringAt(o, "publisher");
    }
  }
}

void FromElement(simdjson::dom::element e, LinkedData& ld, int depth) {
  if (depth > 3) return;
  simdjson::dom::object o;
  simdjson::dom::array a;
  if (e.get_object().get(o) == simdjson::SUCCESS) {
    FromObject(o, ld);
    simdjson::dom::array graph;
    if (o["@graph"].get_array().get(graph) == simdjson::SUCCESS) {
      for (simdjson::dom::element g : graph) FromElement(g, ld, depth + 1);
    }
  } else if (e.get_array().get(a) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : a) FromElement(item, ld, depth + 1);
  }
}

LinkedData ReadLinkedData(const std::vector<std::string_view>& scripts) {
  LinkedData ld;
  if (scripts.empty()) return ld;
  simdjson::dom::parser parser;
  for (const std::string_view s : scripts) {
    simdjson::dom::element root;
    // Copied into the parser's padded buffer (realloc_if_needed): gumbo's
    // strings are not padded. Invalid JSON-LD is common and simply ignored.
    if (parser.parse(s.data(), s.size(), true).get(root) != simdjson::SUCCESS) continue;
    FromElement(root, ld, 0);
  }
  return ld;
}

// "Headline | Outlet" or "Headline - Outlet" -> "Headline".
std::string StripOutletSuffix(std::string title, std::string_view outlet) {
  if (outlet.empty() || title.size() <= outlet.size() + 3 || !title.ends_with(outlet)) return title;
  std::string_view head = std::string_view(title).substr(0, title.size() - outlet.size());
  head = TrimAscii(head);
  for (std::string_view sep : {"|", "-", "\u2013", "\u2014", ":", "\u00B7"}) {
    if (head.ends_with(sep))
      return std::string(TrimAscii(head.substr(0, head.size() - sep.size())));
  }
  return title;
}

bool IsAbsoluteUrl(std::string_view u) {
  return StartsWithNoCase(u, "http://") || StartsWithNoCase(u, "https://");
}

}  // namespace

PageMeta ReadPageMeta(const GumboNode* document) {
  const Collected c = Collect(document);
  const LinkedData ld = ReadLinkedData(c.json_ld);
  PageMeta m;

  for (const std::string_view key : kOutletKeys) {
    const std::string_view v = First(c, key);
    if (!v.empty() && !IsAbsoluteUrl(v)) {
      m.outlet = v;
      break;
    }
  }
  if (m.outlet.empty()) m.outlet = ld.publisher;

  m.title = First(c, "property:og:title");
  if (m.title.empty()) m.title = First(c, "name:twitter:title");
  if (m.title.empty()) m.title = StripOutletSuffix(c.title_tag, m.outlet);
  if (m.title.empty()) m.title = ld.headline;
  if (c.first_h1 != nullptr) m.h1 = TextOf(c.first_h1);

  for (const std::string_view key : kPublishedKeys) {
    m.published = NormalizeDate(First(c, key));
    if (!m.published.empty()) break;
  }
  if (m.published.empty()) m.published = NormalizeDate(ld.published);

  const std::string_view og_url = First(c, "property:og:url");
  if (IsAbsoluteUrl(c.canonical) || og_url.empty()) {
    m.url = c.canonical;
  } else {
    m.url = og_url;
  }

  m.language = c.html_lang;
  if (m.language.empty()) m.language = First(c, "http-equiv:content-language");
  if (m.language.empty()) {
    m.language = First(c, "property:og:locale");
    for (char& ch : m.language) {
      if (ch == '_') ch = '-';
    }
  }
  return m;
}

std::string FirstTimeDate(const GumboNode* root) {
  std::string date;
  Walk(root, [&](const GumboNode* n) {
    if (!date.empty() || !IsElement(n)) return false;
    if (Tag(n) == GUMBO_TAG_TIME) {
      date = NormalizeDate(Attr(n, "datetime"));
      return false;
    }
    return true;
  });
  return date;
}

}  // namespace readout::ingest::html
