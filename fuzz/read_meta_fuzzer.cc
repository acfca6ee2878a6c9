// The metadata sidecar (meta.jsonl) on arbitrary bytes. ReadMetaTable reads
// a file, so the input is written to a scratch file first. Each entry read
// is then applied to a small document named after it, as ReadFile does for
// the file the entry describes (dates and ids from the sidecar go through
// the same checks as a document's own).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz_util.h"
#include "readout/ingest.h"

namespace {

const std::string& ScratchPath() {
  static const std::string path = "/tmp/readout-fuzz-meta-" + std::to_string(getpid()) + ".jsonl";
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::FILE* f = std::fopen(ScratchPath().c_str(), "wb");
  if (f == nullptr) return 0;
  const bool written = std::fwrite(data, 1, size, f) == size;
  std::fclose(f);
  if (!written) return 0;
  const readout::Result<readout::MetaTable> table = readout::ReadMetaTable(ScratchPath());
  std::remove(ScratchPath().c_str());
  if (!table.ok()) {
    (void)table.status().ToString();
    return 0;
  }
  readout::IngestOptions options;
  options.meta = &table.value();
  options.detect_language = false;
  int entries = 0;
  for (const auto& [name, meta] : table.value()) {
    if (++entries > 4) break;
    for (const char* body : {"A title\n\nThe minister said on Monday that talks would resume.\n",
                             "<p>Talks resume</p>"}) {
      readout::Diagnostics diags;
      const readout::Status status = readout::ReadBuffer(
          name, body, options, diags, [&](readout::Document&& doc) {
            readout::fuzz::CheckDocument(doc);
            return true;
          });
      readout::fuzz::FormatAll(diags, status);
    }
  }
  return 0;
}
