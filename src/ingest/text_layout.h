// Where the article is inside a plain-text file.
//
// The text is kept byte for byte; LayOutPlainText only decides which bytes
// are content. It walks the lines once, after ScanMarkup has found stray
// markup, and classifies each line as blank, an address line (nothing but
// "<https://...>"), markup only, or text. Then:
//   title    the first text line, if it is short (< 200 bytes), does not end
//            like a sentence, is followed by a blank or address line, and
//            has text after it (the headline of a copied article);
//   url      the first address line before the article starts;
//   content  everything else, split where an excluded region (title line,
//            address lines, markup-only lines, excluded elements, a byte
//            order mark) sits, each piece trimmed of whitespace and of
//            masked tags at its edges;
//   masked   the inline tags that remain inside content.
#pragma once

#include "readout/document.h"

namespace readout::ingest {

// Fills content, masked, title_span, title (when a title line is found) and
// url (when empty) of `doc` from doc.text. Without detect_title the first
// line is never taken for a title (a PETRARCH record is one sentence).
void LayOutPlainText(Document& doc, bool detect_title = true);

}  // namespace readout::ingest
