// text_throughput FILE: normalization + tokenization + sentence splitting
// throughput on one core, over documents cut from FILE (see corpus.h).
// Prints MB/s, tokens/s and sentences/s for the best of several passes, and
// checks its own work: every pass must produce the same token and sentence
// counts, and every token must slice back to non-empty original bytes.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "base/file_io.h"
#include "corpus.h"
#include "readout/text.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: text_throughput FILE [passes]\n");
    return 2;
  }
  const int passes = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  auto bytes = readout::ReadFileBytes(argv[1], std::size_t{4} << 30);
  if (!bytes.ok()) {
    std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
    return 1;
  }
  const std::vector<readout::Document> docs = readout::bench::CutIntoDocuments(*bytes, 64 * 1024);
  const double mb = static_cast<double>(bytes->size()) / 1e6;

  const readout::text::TextPipeline pipeline;
  readout::text::TextAnalysis analysis;
  double best = 1e30;
  std::size_t tokens = 0, sentences = 0, expected_tokens = 0, expected_sentences = 0;
  for (int pass = 0; pass < passes; ++pass) {
    tokens = sentences = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const readout::Document& d : docs) {
      pipeline.Analyze(d, analysis);
      tokens += analysis.tokens.size();
      sentences += analysis.sentences.size();
      for (const auto& t : analysis.tokens) {
        if (t.end <= t.begin || t.end > d.text.size()) {
          std::fprintf(stderr, "bad token offsets in %s\n", d.id.c_str());
          return 1;
        }
      }
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    if (pass == 0) {
      expected_tokens = tokens;
      expected_sentences = sentences;
    } else if (tokens != expected_tokens || sentences != expected_sentences) {
      std::fprintf(stderr, "passes disagree: %zu/%zu tokens, %zu/%zu sentences\n", tokens, expected_tokens,
                   sentences, expected_sentences);
      return 1;
    }
  }
  if (tokens == 0 || sentences == 0) {
    std::fprintf(stderr, "no tokens: is %s a text file?\n", argv[1]);
    return 1;
  }
  std::printf("text_throughput: %.1f MB, %zu documents, %zu tokens, %zu sentences\n", mb, docs.size(), tokens,
              sentences);
  std::printf("text_throughput: best of %d passes %.3f s = %.1f MB/s, %.2f M tokens/s, %.0f sentences/s\n", passes,
              best, mb / best, static_cast<double>(tokens) / best / 1e6, static_cast<double>(sentences) / best);
  std::printf("seconds=%.6f\n", best);
  return 0;
}
