// One reader on arbitrary bytes: the input is read as a file of the format
// the build names (READOUT_FUZZ_TEXT, _HTML, _JSONL, _JSON, _XML,
// _TABARI_TEXT), under both OnError modes, and every document it emits must
// keep the Document contracts. Whatever the bytes, a reader returns a Status
// or documents; it never crashes, leaks or reads out of bounds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "readout/ingest.h"

namespace {

#if defined(READOUT_FUZZ_TEXT)
constexpr readout::InputFormat kFormat = readout::InputFormat::kText;
constexpr const char* kPath = "fuzz.txt";
#elif defined(READOUT_FUZZ_HTML)
constexpr readout::InputFormat kFormat = readout::InputFormat::kHtml;
constexpr const char* kPath = "fuzz.html";
#elif defined(READOUT_FUZZ_JSONL)
constexpr readout::InputFormat kFormat = readout::InputFormat::kJsonl;
constexpr const char* kPath = "fuzz.jsonl";
#elif defined(READOUT_FUZZ_JSON)
constexpr readout::InputFormat kFormat = readout::InputFormat::kJson;
constexpr const char* kPath = "fuzz.json";
#elif defined(READOUT_FUZZ_XML)
constexpr readout::InputFormat kFormat = readout::InputFormat::kPetrarchXml;
constexpr const char* kPath = "fuzz.xml";
#elif defined(READOUT_FUZZ_TABARI_TEXT)
constexpr readout::InputFormat kFormat = readout::InputFormat::kTabariText;
constexpr const char* kPath = "fuzz.txt";
#else
#error "define the reader: READOUT_FUZZ_TEXT, _HTML, _JSONL, _JSON, _XML or _TABARI_TEXT"
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (readout::OnError on_error : {readout::OnError::kSkip, readout::OnError::kStop}) {
    readout::IngestOptions options;
    options.format = kFormat;
    options.on_error = on_error;
    // Small caps, so that the size checks themselves are exercised.
    options.max_input_bytes = 1 << 20;
    options.max_document_bytes = 1 << 16;
    readout::Diagnostics diags;
    std::size_t docs = 0;
    const readout::Status status =
        readout::ReadBuffer(kPath, bytes, options, diags, [&](readout::Document&& doc) {
          readout::fuzz::CheckDocument(doc);
          return ++docs < 64;
        });
    readout::fuzz::FormatAll(diags, status);
  }
  return 0;
}
