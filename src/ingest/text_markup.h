// Stray markup in plain text: what a copy from a web page leaves behind.
//
// Text files pasted or scraped from pages carry leftovers such as an inline
// image tag with a base64 payload, a <script> block, or <b>…</b> around a
// word. ScanMarkup finds them in one left-to-right pass:
//   excluded  an element that is not prose (img, image, script, style, svg,
//             iframe, figure, video, audio, object, ...) together with
//             everything up to its closing tag; an HTML comment
//   masked    any other tag of a known HTML element (<b>, </i>, <br/>,
//             <a href=...>) and inline autolinks (<https://...>): the words
//             between them stay content, the tag bytes are skipped.
// Only names of real HTML elements count as tags, and a tag must close on its
// own line, so prose such as "a <b and c> d" mostly stays prose and "x < y"
// always does. Searches for a closing '>' or a closing tag are cached so that
// adversarial input ("<script" a million times, never closed) stays linear.
#pragma once

#include <string_view>
#include <vector>

#include "readout/document.h"

namespace readout::ingest {

struct MarkupRange {
  Span span;
  bool excluded = false;  // true: not content at all; false: masked inside content
};

// Ranges in increasing order, never overlapping.
std::vector<MarkupRange> ScanMarkup(std::string_view text);

}  // namespace readout::ingest
