// The metadata sidecar: what the user knows about files that the files do
// not say themselves (outlet, publication date, address, language, title).
#pragma once

#include "readout/document.h"
#include "readout/ingest.h"

namespace readout::ingest {

// Merges sidecar metadata into a document.
//
// For a single-document file (text, HTML) the sidecar wins over what the
// page itself states: the user wrote the sidecar on purpose, about this very
// file, while page metadata is often wrong or generic (an outlet's home page
// as og:url, a last-modified date as the publication date). Its id replaces
// the file-name id.
//
// For a multi-record file (JSONL, PETRARCH XML) every record states its own
// metadata, so the sidecar only fills fields a record leaves empty, and its
// id is not used (it would give every record the same id).
void ApplyMeta(const FileMeta& meta, bool single_document, Document& doc);

}  // namespace readout::ingest
