// The article text of an HTML page, as blocks.
//
// ChooseArticleRoot picks where the article is: the <article> with the most
// text, else the <main> with the most text, else <body>. ExtractBlocks walks
// that subtree once, iteratively: block-level elements (p, h1-h6, li,
// blockquote, pre, figcaption, td, div, ...) start and end a block, inline
// elements and text add to the current one, so text sitting directly in a
// <div> next to block children still becomes its own block. Whitespace is
// collapsed inside a block (kept inside <pre>). Dropped, with everything in
// them: script, style, noscript, nav, header, footer, aside, form, button,
// svg, iframe, template and other non-prose elements; hidden elements; and
// elements whose role, class or id words mark page furniture (navigation,
// menus, share bars, comments, cookie banners, newsletter boxes, ads).
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace readout::ingest::html {

struct Block {
  std::string text;
  bool heading = false;  // from h1 (the headline, when it comes first)
};

const GumboNode* ChooseArticleRoot(const GumboNode* document);

// With furniture_by_class off, only tags and hidden elements are dropped: the
// fallback for pages whose article wrapper has a misleading class.
std::vector<Block> ExtractBlocks(const GumboNode* root, bool furniture_by_class);

}  // namespace readout::ingest::html
