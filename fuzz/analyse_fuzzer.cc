// One document through the whole analysis: the input is read as a plain
// text file (title line, dateline, markup kept out of content), then
// normalized, tokenized, tagged, parsed, coded for events with readout's
// own dictionaries and searched for quotations, as `readout code` and
// `readout quotes` do. Every span an output names must lie in the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "analysers.h"
#include "readout/ingest.h"

namespace {

const readout::Analyzer* analyzer = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const std::shared_ptr<const readout::Analyzer> loaded = readout::fuzz::LoadAnalyzer();
  analyzer = loaded.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1u << 18)) return 0;
  readout::IngestOptions options;
  options.format = readout::InputFormat::kText;
  options.detect_language = false;
  readout::Diagnostics diags;
  (void)readout::ReadBuffer("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size),
                            options, diags, [&](readout::Document&& doc) {
                              readout::AnalysedDocument a;
                              readout::fuzz::Analyse(*analyzer, std::move(doc), a);
                              return true;
                            });
  return 0;
}
