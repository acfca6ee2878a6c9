// The text stage on arbitrary bytes: normalization, tokens, sentences and
// paragraphs, with the offsets checked against the document. The input is
// used twice: as a document whose content is the whole text, cut by the
// first byte into up to four content spans with masked ranges between them
// (as a reader of marked-up text makes), and through the plain-text reader
// (title line, markup kept out of content) as readout reads a .txt file.
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "readout/ingest.h"
#include "readout/text.h"

namespace {

// Content spans and masks from a control byte: bit pairs choose where to
// cut. Cuts fall anywhere, inside a UTF-8 character too: readers never cut
// there, but the library must not read past a span that ends so
// (fuzz/regressions/text-content-span-cuts-a-character, fixed).
readout::Document MakeDocument(std::uint8_t control, std::string_view bytes) {
  readout::Document doc;
  doc.id = "fuzz";
  doc.source = "fuzz.txt";
  doc.text = std::string(bytes);
  const auto size = static_cast<std::uint32_t>(bytes.size());
  // A title line, when bit 3 says so, lies before the content (as readers
  // lay it out: content never covers the title).
  std::uint32_t begin = 0;
  if ((control & 8u) != 0) {
    const std::size_t nl = bytes.find('\n');
    if (nl != std::string_view::npos) {
      doc.title_span = {0, static_cast<std::uint32_t>(nl)};
      begin = static_cast<std::uint32_t>(nl) + 1;
    }
  }
  const std::uint32_t first = begin;
  const std::uint32_t pieces = 1u + (control & 3u);
  for (std::uint32_t i = 1; i <= pieces; ++i) {
    const std::uint32_t end = std::max(begin, first + (size - first) * i / pieces);
    doc.content.push_back({begin, end});
    // A mask a few bytes into the span, when bit 2 says so.
    if ((control & 4u) != 0 && end - begin > 8) {
      const std::uint32_t from = begin + 2;
      const std::uint32_t to = begin + 5;
      if (from >= begin && to > from) doc.masked.push_back({from, to});
    }
    begin = end;
  }
  doc.single_sentence = (control & 16u) != 0;
  return doc;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > (1u << 20)) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  const readout::text::TextPipeline pipeline;
  readout::text::TextAnalysis analysis;

  const readout::Document doc = MakeDocument(data[0], bytes);
  pipeline.Analyze(doc, analysis);
  readout::fuzz::CheckAnalysis(doc, analysis);
  (void)readout::text::Normalize(bytes);

  readout::IngestOptions options;
  options.format = readout::InputFormat::kText;
  options.detect_language = false;
  readout::Diagnostics diags;
  (void)readout::ReadBuffer("fuzz.txt", std::string(bytes), options, diags,
                            [&](readout::Document&& read) {
                              readout::fuzz::CheckDocument(read);
                              pipeline.Analyze(read, analysis);
                              readout::fuzz::CheckAnalysis(read, analysis);
                              return true;
                            });
  return 0;
}
