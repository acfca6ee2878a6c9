// output: readout's records written as text. JSONL is the native format
// (one object per line, field names stable: add, never rename); TSV and
// plain text are for eyes and shell tools. Writers append to a caller's
// buffer so a front end can write a document's records all at once.
#pragma once

#include <string>
#include <string_view>

#include "readout/document.h"
#include "readout/text.h"

namespace readout::output {

enum class RecordFormat : unsigned char { kJsonl, kTsv, kText };

// Parses "jsonl" | "json" | "tsv" | "text"; false if unknown.
bool ParseRecordFormat(std::string_view name, RecordFormat* format);

// One record per sentence:
//   {"doc","sentence","paragraph","start","end","text"[,"title"][,"quote_open_at_start"]
//    [,"quote_open_at_end"][,"forced_break"],"language"}
// text is what a reader sees of the span (masked markup left out); start and
// end are byte offsets into the document text.
void AppendSentenceRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                           std::string& out);

// One record per sentence with its tokens:
//   {"doc","sentence","tokens":[{"text","norm","start","end","kind"[,"flags":[...]]}]}
// text is the original bytes, norm the folded form matching uses.
void AppendTokenRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                        std::string& out);

}  // namespace readout::output
