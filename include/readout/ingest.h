// ingest: files, folders and stdin in; Documents out.
//
// Formats are recognised by extension and confirmed by content (a .txt that
// is really JSONL is read as JSONL); stdin is recognised by content alone.
//   plain text   title line, <address> line and stray markup kept out of content
//   HTML         gumbo parse; article blocks, title, date and outlet from meta
//   JSONL        one article per line: id, url, outlet, published, language, title, text
//                (or a WordPress REST post); HTML in a text field is read as a page's blocks
//   JSON         one article object or an array of them (a WordPress posts page);
//                a truncated payload is an error at the cut record's line
//   PETRARCH XML <Sentence date id><Text>...</Text></Sentence> records
// A metadata sidecar (meta.jsonl keyed by file name) fills what the file
// itself does not say. A document without a publication date is dated from
// its URL, its dateline or the dates its lede names (Document::
// published_source says which). Language is detected (CLD2) so that non-English text
// is flagged rather than coded as English.
//
// Errors: a problem with a whole input (unreadable, empty, binary, too large,
// unknown format, malformed XML) is a Status naming the file. A problem with
// one record of a multi-record input (one JSONL line) is a kError diagnostic
// naming file:line; with OnError::kSkip the reader goes on with the next
// record, with OnError::kStop it returns that error (the diagnostic is
// recorded either way, so a front end that prints diagnostics need not print
// the returned Status of a record error again).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/document.h"
#include "readout/status.h"

namespace readout {

enum class OnError : unsigned char { kStop, kSkip };

// Metadata for one file, from a sidecar line such as
// {"file": "a.txt", "outlet": "CNN", "published": "2025-02-24", ...}.
struct FileMeta {
  std::string id, outlet, url, published, language, title;
};

// Sidecar entries keyed by file name (no directories).
using MetaTable = std::map<std::string, FileMeta, std::less<>>;

struct IngestOptions {
  // Forces a format instead of detecting it (kUnknown: detect).
  InputFormat format = InputFormat::kUnknown;
  OnError on_error = OnError::kStop;
  // Largest input file / stdin we read, and largest single document; bigger
  // ones are rejected with kTooLarge rather than read (a cap, not a hint).
  std::size_t max_input_bytes = std::size_t{1} << 30;  // 1 GiB
  std::size_t max_document_bytes = std::size_t{16} << 20;  // 16 MiB
  // Detect the language of each document that does not declare one (CLD2,
  // see FillLanguage); off makes ingest faster and leaves it to the caller.
  bool detect_language = true;
  const MetaTable* meta = nullptr;  // not owned; may be null
};

// Called once per document, in input order. Return false to stop early.
using DocumentSink = std::function<bool(Document&&)>;

// Detects the language of `doc` into language_detected (CLD2; "" when
// unreliable) and takes it as doc.language, unless the document declares
// one: a declared language is trusted and costs no detection.
void FillLanguage(Document& doc);

// Reads the metadata sidecar. Errors name the sidecar file and line.
Result<MetaTable> ReadMetaTable(const std::string& path);

// Expands the command-line inputs into the list of files to read: files as
// given, directories walked recursively in sorted order (hidden entries
// skipped), "-" for stdin. A path that does not exist or a directory that
// cannot be listed is an error.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths);

// Detects the format of `bytes` read from `path` (extension first, then content).
InputFormat DetectFormat(std::string_view path, std::string_view bytes);

// Reads one file ("-" = stdin) and passes each document to `sink`.
// Record-level problems go to `diags`; see the header comment for when they stop.
Status ReadFile(const std::string& path, const IngestOptions& options,
                Diagnostics& diags, const DocumentSink& sink);

// Parses bytes already in memory, as if read from `path` (used for stdin and tests).
Status ReadBuffer(const std::string& path, std::string bytes, const IngestOptions& options,
                  Diagnostics& diags, const DocumentSink& sink);

}  // namespace readout
