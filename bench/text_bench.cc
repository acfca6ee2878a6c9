// Per-stage text benchmarks (Google Benchmark) on the bundled example
// articles repeated to about 4 MB: normalization alone, and the whole text
// stage (normalize + tokenize + split). Reports bytes/s.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "corpus.h"
#include "readout/text.h"

namespace {

const std::string& Corpus() {
  static const std::string text = [] {
    std::string one;
    const std::filesystem::path dir = std::filesystem::path(READOUT_SOURCE_DIR) / "examples/corpus/articles";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      one += ss.str() + "\n\n";
    }
    std::string all;
    while (!one.empty() && all.size() < (4u << 20)) all += one;
    return all;
  }();
  return text;
}

void BM_Normalize(benchmark::State& state) {
  const std::string& text = Corpus();
  readout::text::NormalizedText n;
  for (auto _ : state) {
    n.Clear();
    readout::text::NormalizeAppend(text, readout::Span{0, static_cast<std::uint32_t>(text.size())}, n);
    benchmark::DoNotOptimize(n.text().data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Normalize);

void BM_TextStage(benchmark::State& state) {
  const auto docs = readout::bench::CutIntoDocuments(Corpus(), 64 * 1024);
  const readout::text::TextPipeline pipeline;
  readout::text::TextAnalysis a;
  std::size_t bytes = 0, sentences = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      pipeline.Analyze(d, a);
      bytes += d.text.size();
      sentences += a.sentences.size();
    }
  }
  if (sentences == 0) state.SkipWithError("no sentences: example corpus missing?");
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextStage);

}  // namespace

BENCHMARK_MAIN();
