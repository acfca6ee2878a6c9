// A few reports compared, as `readout compare` does: the input is split at
// lines "=====" into two to four plain-text documents (more pieces join the
// last), each analysed with readout's own dictionaries and summarized, the
// digests clustered into stories, and every story's sources compared.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analysers.h"
#include "readout/compare.h"
#include "readout/ingest.h"
#include "readout/stories.h"

namespace {

const readout::Analyzer* analyzer = nullptr;
constexpr std::string_view kSeparator = "\n=====\n";

std::vector<std::string_view> Split(std::string_view all) {
  std::vector<std::string_view> parts;
  while (parts.size() < 3) {
    const std::size_t at = all.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.push_back(all.substr(0, at));
    all.remove_prefix(at + kSeparator.size());
  }
  parts.push_back(all);
  return parts;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static const std::shared_ptr<const readout::Analyzer> loaded = readout::fuzz::LoadAnalyzer();
  analyzer = loaded.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > (1u << 18)) return 0;
  const std::vector<std::string_view> parts =
      Split(std::string_view(reinterpret_cast<const char*>(data), size));
  if (parts.size() < 2) return 0;

  std::deque<readout::AnalysedDocument> documents;  // stable addresses for the Sources
  std::vector<readout::stories::Digest> digests;
  readout::IngestOptions options;
  options.format = readout::InputFormat::kText;
  options.detect_language = false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    readout::Diagnostics diags;
    const std::string name = "doc" + std::to_string(i) + ".txt";
    (void)readout::ReadBuffer(name, std::string(parts[i]), options, diags,
                              [&](readout::Document&& doc) {
                                readout::AnalysedDocument& a = documents.emplace_back();
                                readout::fuzz::Analyse(*analyzer, std::move(doc), a);
                                digests.push_back(readout::stories::Summarize(a.doc, a.text,
                                                                              a.events, a.quotes));
                                return true;
                              });
  }
  std::vector<readout::compare::Source> sources;
  for (const readout::AnalysedDocument& a : documents) {
    sources.push_back({&a.doc, &a.text, &a.events, &a.quotes});
  }
  readout::stories::Clusterer clusterer;
  clusterer.AddBatch(std::move(digests));
  // As the CLI compares a run's stories.
  (void)readout::compare::CompareStories(clusterer.stories(), sources);
  return 0;
}
