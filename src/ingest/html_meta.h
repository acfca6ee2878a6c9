// What an HTML page says about itself: title, publication date, outlet,
// address and language, from <meta> tags, <title>, <link rel=canonical>,
// <html lang> and JSON-LD (schema.org NewsArticle), in that order of trust
// for each field (see html_meta.cc for the exact precedence).
#pragma once

#include <gumbo.h>

#include <string>

namespace readout::ingest::html {

struct PageMeta {
  std::string title;      // og:title, <title> (outlet suffix removed), JSON-LD headline
  std::string h1;         // text of the first <h1>, the fallback title
  std::string published;  // YYYY-MM-DD
  std::string outlet;
  std::string url;
  std::string language;   // as declared ("en", "en-US")
};

PageMeta ReadPageMeta(const GumboNode* document);

// The date of the first <time datetime="..."> under `root`, as YYYY-MM-DD,
// or "".
std::string FirstTimeDate(const GumboNode* root);

}  // namespace readout::ingest::html
