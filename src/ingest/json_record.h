// One JSON object as an article, whatever handed it over: a readout record
// ({"id", "url", "outlet", "published", "language", "title", "text"}) or a
// WordPress REST post (/wp-json/wp/v2/posts/N: "id", "date_gmt"/"date",
// "link", "title": {"rendered"}, "content": {"rendered"}). Text that is HTML
// (a WordPress body always is, a crawler's "text" often is) is read as a
// page's article blocks are; plain text as a text file's.
// Shared by the JSONL reader (one object per line) and the JSON reader (a
// file holding one object or an array of them).
#pragma once

#include <string>
#include <vector>

#include <simdjson.h>

#include "readout/document.h"

namespace readout::ingest {

struct JsonRecordIssue {
  std::string message;
  std::string field;  // the key it is about ("" for the whole record)
};

// Fills doc from `object`. Returns false with *error set when the object is
// no article (no text of either kind); `warnings` collects what was
// ignored (a field of the wrong type, a date that is no date).
bool DocumentFromJson(simdjson::dom::object object, Document& doc, JsonRecordIssue* error,
                      std::vector<JsonRecordIssue>* warnings);

// Whether a string holds HTML markup rather than prose (a block tag or a
// closing tag), so that its tags must not be read as words.
bool LooksLikeHtml(std::string_view text);

}  // namespace readout::ingest
