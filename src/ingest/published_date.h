// A document's publication date when its record does not give one: from the
// URL, from a dateline or byline at the top of the text, or from the dates
// the text names. See Document::published_source.
#pragma once

#include "readout/document.h"

namespace readout::ingest {

// Sets doc.published and doc.published_source from what the document
// itself shows, when doc.published is empty; marks a given date "meta".
void DatePublication(Document& doc);

}  // namespace readout::ingest
