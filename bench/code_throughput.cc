// code_throughput: event coding throughput on one core, over real English
// news sentences.
//
//   build/bench/code_throughput [--sentences N] [--runs N] [--config PETR_config.ini]
//                               [--gazetteer DIR]
//
// Loads the dictionaries a PETR_config.ini names (PETRARCH2's Phoenix set by
// default) and compiles a readout::events::Coder from them. Builds a corpus
// in memory from real news text read through readout's own readers: the
// sentences of PETRARCH2's GigaWord sample, the two seed articles of the
// shared corpus and the bundled example articles, repeated (each copy under
// its own document id) until there are at least N sentences (default
// 200,000). Then, on this one thread, times two passes over every document,
// best of --runs (default 3) each:
//   text    TextPipeline::Analyze alone;
//   code    Analyze, then Coder::Code on the analysis.
// "code" is what a user of the coder pays per sentence; "code" minus "text"
// is the cost of coding itself. Peak resident memory (getrusage ru_maxrss)
// is reported at start, after the dictionaries load, after the coder is
// compiled, after the corpus is built and at the end.
//
// It checks its own work, whatever the number of events: every run must give
// the same sentences, tokens, events and event checksum; every event must
// name its document and one of its sentences, with evidence inside the
// document's text. Events whose quad class, Goldstein score or PLOVER type
// disagree with the CAMEO codebook are counted and reported (not fatal).
// The last lines are key=value pairs for scripts (bench/run_code_bench.sh).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "bench_dictionaries.h"
#include "readout/cameo.h"
#include "readout/dict.h"
#include "readout/events.h"
#include "readout/ingest.h"
#include "readout/text.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using readout::Diagnostics;
using readout::Document;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux).
double PeakRssMiB() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct Options {
  std::uint64_t sentences = 200'000;
  int runs = 3;
  std::string config = std::string(READOUT_SHARED_DIR) + "/petrarch2/PETR_config.ini";
  std::string gazetteer;  // "" no locations
};

void Usage(std::FILE* out) {
  std::fprintf(out,
               "usage: code_throughput [--sentences N] [--runs N] [--config PETR_config.ini] [--gazetteer DIR]\n"
               "  --sentences N   corpus size in sentences (default 200000)\n"
               "  --runs N        timed runs per pass; the best is reported (default 3)\n"
               "  --config FILE   dictionaries to load (default %s/petrarch2/PETR_config.ini)\n"
               "  --gazetteer DIR event locations from this gazetteer (default none)\n",
               READOUT_SHARED_DIR);
}

// Accepts "--flag value" and "--flag=value". Returns false on a usage error.
bool ParseArgs(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    const std::size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg.resize(eq);
    } else if (arg == "--sentences" || arg == "--runs" || arg == "--config" || arg == "--gazetteer") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "code_throughput: %s needs a value\n", arg.c_str());
        return false;
      }
      value = argv[++i];
    }
    if (arg == "-h" || arg == "--help") {
      Usage(stdout);
      std::exit(0);
    } else if (arg == "--sentences") {
      char* end = nullptr;
      const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || n == 0) {
        std::fprintf(stderr, "code_throughput: --sentences wants a positive number, not '%s'\n", value.c_str());
        return false;
      }
      opt.sentences = n;
    } else if (arg == "--runs") {
      opt.runs = std::atoi(value.c_str());
      if (opt.runs < 1) {
        std::fprintf(stderr, "code_throughput: --runs wants a positive number, not '%s'\n", value.c_str());
        return false;
      }
    } else if (arg == "--config") {
      opt.config = value;
    } else if (arg == "--gazetteer") {
      opt.gazetteer = value;
    } else {
      std::fprintf(stderr, "code_throughput: unknown argument '%s'\n", arg.c_str());
      return false;
    }
  }
  return true;
}

// ------------------------------------------------------------------ corpus

// Reads every document of `paths` (with `meta_path` as the sidecar when it
// exists) into `out`. Returns the number of documents read.
std::size_t ReadDocuments(const std::vector<std::string>& paths, const std::string& meta_path,
                          std::vector<Document>& out) {
  readout::MetaTable meta;
  if (!meta_path.empty() && fs::exists(meta_path)) {
    readout::Result<readout::MetaTable> table = readout::ReadMetaTable(meta_path);
    if (table.ok()) {
      meta = std::move(table).value();
    } else {
      std::fprintf(stderr, "code_throughput: warning: %s\n", table.status().ToString().c_str());
    }
  }
  readout::IngestOptions options;
  options.on_error = readout::OnError::kSkip;
  options.meta = &meta;
  const std::size_t before = out.size();
  for (const std::string& path : paths) {
    Diagnostics diags;
    const readout::Status status = readout::ReadFile(path, options, diags, [&](Document&& d) {
      out.push_back(std::move(d));
      return true;
    });
    if (!status.ok()) std::fprintf(stderr, "code_throughput: warning: %s\n", status.ToString().c_str());
  }
  return out.size() - before;
}

// The distinct real documents: GigaWord sample, seed articles, example corpus.
std::vector<Document> ReadSources() {
  std::vector<Document> docs;
  const fs::path shared = READOUT_SHARED_DIR;
  const fs::path source = READOUT_SOURCE_DIR;

  const fs::path gigaword = shared / "petrarch2" / "text" / "GigaWord.sample.PETR.xml";
  if (fs::exists(gigaword)) {
    std::printf("  %-52s %zu documents\n", gigaword.c_str(), ReadDocuments({gigaword.string()}, "", docs));
  } else {
    std::fprintf(stderr, "code_throughput: warning: %s not found; skipped\n", gigaword.c_str());
  }

  const fs::path seeds = shared / "corpus" / "seeds";
  if (fs::is_directory(seeds)) {
    std::vector<std::string> files;
    for (const fs::directory_entry& e : fs::directory_iterator(seeds)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    std::sort(files.begin(), files.end());
    std::printf("  %-52s %zu documents\n", seeds.c_str(),
                ReadDocuments(files, (seeds / "meta.jsonl").string(), docs));
  } else {
    std::fprintf(stderr, "code_throughput: warning: %s not found; skipped\n", seeds.c_str());
  }

  const fs::path examples = source / "examples" / "corpus";
  readout::Result<std::vector<std::string>> files = readout::ExpandInputs({(examples / "articles").string()});
  if (files.ok()) {
    std::printf("  %-52s %zu documents\n", (examples / "articles").c_str(),
                ReadDocuments(*files, (examples / "meta.jsonl").string(), docs));
  } else {
    std::fprintf(stderr, "code_throughput: warning: %s\n", files.status().ToString().c_str());
  }
  return docs;
}

// Copies of `base` (each copy's ids suffixed "~<copy>") until the corpus
// holds at least `target` sentences by the text stage's count.
std::vector<Document> Replicate(const std::vector<Document>& base, std::uint64_t target,
                                const readout::text::TextPipeline& pipeline, std::uint64_t& sentences) {
  std::vector<std::uint64_t> counts;
  std::uint64_t per_copy = 0;
  readout::text::TextAnalysis analysis;
  for (const Document& d : base) {
    pipeline.Analyze(d, analysis);
    counts.push_back(analysis.sentences.size());
    per_copy += analysis.sentences.size();
  }
  std::vector<Document> corpus;
  sentences = 0;
  if (per_copy == 0) return corpus;
  corpus.reserve(static_cast<std::size_t>((target / per_copy + 1) * base.size()));
  for (std::uint64_t copy = 0; sentences < target; ++copy) {
    for (std::size_t i = 0; i < base.size() && sentences < target; ++i) {
      Document d = base[i];
      if (copy > 0) d.id.append(1, '~').append(std::to_string(copy));
      corpus.push_back(std::move(d));
      sentences += counts[i];
    }
  }
  return corpus;
}

// ------------------------------------------------------------------ passes

struct Pass {
  double seconds = 0;
  std::uint64_t sentences = 0;
  std::uint64_t tokens = 0;
  std::uint64_t events = 0;
  std::uint64_t checksum = 0;      // over every event's code, sentence and evidence
  std::uint64_t inconsistent = 0;  // events whose codebook fields disagree with the codebook
  readout::events::CoderStats stats;
};

std::uint64_t Mix(std::uint64_t h, std::string_view s) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;  // FNV-1a
  return (h ^ 0xff) * 1099511628211ull;
}
std::uint64_t Mix(std::uint64_t h, std::uint64_t v) { return (h ^ v) * 1099511628211ull; }

// Checks one event against its document; returns an error message or "".
std::string CheckEvent(const readout::events::Event& e, const Document& d,
                       const readout::text::TextAnalysis& analysis) {
  if (e.doc != d.id) return "event " + e.id + " names document '" + e.doc + "'";
  if (e.sentence >= analysis.sentences.size()) return "event " + e.id + " names a sentence past the last";
  const std::size_t size = d.text.size();
  for (const readout::Span& s : {e.evidence, e.source.span, e.target.span}) {
    if (s.begin > s.end || s.end > size) return "event " + e.id + " has a span outside its document";
  }
  return "";
}

bool AgreesWithCodebook(const readout::events::Event& e) {
  const readout::cameo::CodeInfo* info = readout::cameo::Lookup(e.code);
  if (info == nullptr) return e.quad == 0;
  return e.quad == static_cast<int>(info->quad) && e.goldstein == info->goldstein && e.plover == info->plover &&
         e.root == info->root;
}

// One timed pass; `coder` null: text analysis alone. False on a failed check.
bool RunPass(const std::vector<Document>& corpus, const readout::text::TextPipeline& pipeline,
             const readout::events::Coder* coder, Pass& pass) {
  readout::text::TextAnalysis analysis;
  std::vector<readout::events::Event> events;
  pass = Pass{};
  std::uint64_t checksum = 14695981039346656037ull;
  const Clock::time_point t0 = Clock::now();
  for (const Document& d : corpus) {
    pipeline.Analyze(d, analysis);
    pass.sentences += analysis.sentences.size();
    pass.tokens += analysis.tokens.size();
    if (coder == nullptr) continue;
    events.clear();
    coder->Code(d, analysis, events, &pass.stats);
    pass.events += events.size();
    for (const readout::events::Event& e : events) {
      if (std::string error = CheckEvent(e, d, analysis); !error.empty()) {
        std::fprintf(stderr, "code_throughput: %s (document %s)\n", error.c_str(), d.id.c_str());
        return false;
      }
      if (!AgreesWithCodebook(e)) ++pass.inconsistent;
      checksum = Mix(Mix(Mix(Mix(checksum, e.code), e.sentence), e.evidence.begin), e.evidence.end);
    }
  }
  pass.seconds = Seconds(Clock::now() - t0);
  pass.checksum = checksum;
  return true;
}

// Runs a pass `runs` times; every run must agree with the first. The best time wins.
bool BestOf(int runs, const char* what, const std::vector<Document>& corpus,
            const readout::text::TextPipeline& pipeline, const readout::events::Coder* coder, Pass& best) {
  for (int run = 0; run < runs; ++run) {
    Pass pass;
    if (!RunPass(corpus, pipeline, coder, pass)) return false;
    std::printf("  %-22s run %d: %8.3f s\n", what, run + 1, pass.seconds);
    if (run == 0) {
      best = pass;
      continue;
    }
    if (pass.sentences != best.sentences || pass.tokens != best.tokens || pass.events != best.events ||
        pass.checksum != best.checksum) {
      std::fprintf(stderr,
                   "code_throughput: %s runs disagree: %llu/%llu sentences, %llu/%llu events, checksum %llx/%llx\n",
                   what, static_cast<unsigned long long>(pass.sentences),
                   static_cast<unsigned long long>(best.sentences), static_cast<unsigned long long>(pass.events),
                   static_cast<unsigned long long>(best.events), static_cast<unsigned long long>(pass.checksum),
                   static_cast<unsigned long long>(best.checksum));
      return false;
    }
    if (pass.seconds < best.seconds) best.seconds = pass.seconds;
  }
  return true;
}

double PerSecond(std::uint64_t n, double seconds) { return seconds > 0 ? static_cast<double>(n) / seconds : 0; }

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    Usage(stderr);
    return 2;
  }
  const double rss_start = PeakRssMiB();

  // Dictionaries and coder.
  std::printf("code_throughput: dictionaries from %s\n", opt.config.c_str());
  Diagnostics dict_diags;
  readout::dict::DictionarySet dicts;
  const Clock::time_point t_load = Clock::now();
  if (!readout::bench::LoadDictionarySet(opt.config, "code_throughput", dicts, dict_diags)) return 1;
  const double load_seconds = Seconds(Clock::now() - t_load);
  const double rss_dicts = PeakRssMiB();
  std::size_t actors = 0;
  for (const readout::dict::ActorDictionary& a : dicts.actors) actors += a.actors.size();
  std::printf("  loaded in %.2f s: %zu verb blocks, %zu patterns, %zu actors, %zu agents, %zu discards, %zu issues "
              "(%zu warnings, %zu errors)\n",
              load_seconds, dicts.verbs.blocks.size(), dicts.verbs.pattern_count(), actors,
              dicts.agents.agents.size(), dicts.discards.discards.size(), dicts.issues.issues.size(),
              dict_diags.warnings(), dict_diags.errors());

  readout::events::CoderOptions coder_options;
  if (!readout::bench::LoadCoderOptions(opt.gazetteer, "code_throughput", coder_options)) return 1;
  if (coder_options.gazetteer) std::printf("  event locations from %s\n", opt.gazetteer.c_str());
  Diagnostics coder_diags;
  const Clock::time_point t_compile = Clock::now();
  readout::Result<std::shared_ptr<const readout::events::Coder>> coder =
      readout::events::Coder::Create(dicts, coder_diags, coder_options);
  if (!coder.ok()) {
    std::fprintf(stderr, "code_throughput: %s\n", coder.status().ToString().c_str());
    return 1;
  }
  const double compile_seconds = Seconds(Clock::now() - t_compile);
  const double rss_coder = PeakRssMiB();
  std::printf("  coder compiled in %.2f s (%zu diagnostics)\n", compile_seconds, coder_diags.items().size());

  // Corpus.
  std::printf("code_throughput: corpus sources\n");
  const std::vector<Document> base = ReadSources();
  const readout::text::TextPipeline pipeline;
  std::uint64_t corpus_sentences = 0;
  const std::vector<Document> corpus = Replicate(base, opt.sentences, pipeline, corpus_sentences);
  if (corpus.empty()) {
    std::fprintf(stderr, "code_throughput: no sentences to code (are %s and %s there?)\n", READOUT_SHARED_DIR,
                 READOUT_SOURCE_DIR);
    return 1;
  }
  std::uint64_t bytes = 0;
  for (const Document& d : corpus) bytes += d.text.size();
  const double rss_corpus = PeakRssMiB();
  std::printf("  %zu distinct documents, repeated to %zu documents, %llu sentences, %.1f MB\n", base.size(),
              corpus.size(), static_cast<unsigned long long>(corpus_sentences), static_cast<double>(bytes) / 1e6);

  // Passes.
  std::printf("code_throughput: one thread, best of %d\n", opt.runs);
  Pass text, code;
  if (!BestOf(opt.runs, "text analysis", corpus, pipeline, nullptr, text)) return 1;
  if (!BestOf(opt.runs, "text analysis + coding", corpus, pipeline, coder->get(), code)) return 1;
  if (text.sentences != code.sentences) {
    std::fprintf(stderr, "code_throughput: text and code passes saw different sentences\n");
    return 1;
  }
  const double rss_end = PeakRssMiB();

  const double coding_only = std::max(0.0, code.seconds - text.seconds);
  std::printf("code_throughput: %llu sentences, %llu tokens, %llu events (%llu sentences skipped as too long)\n",
              static_cast<unsigned long long>(code.sentences), static_cast<unsigned long long>(code.tokens),
              static_cast<unsigned long long>(code.events),
              static_cast<unsigned long long>(code.stats.sentences_skipped));
  std::printf("  text analysis           %8.3f s  %10.0f sentences/s\n", text.seconds,
              PerSecond(text.sentences, text.seconds));
  std::printf("  text analysis + coding  %8.3f s  %10.0f sentences/s  %8.1f events/s\n", code.seconds,
              PerSecond(code.sentences, code.seconds), PerSecond(code.events, code.seconds));
  std::printf("  coding alone (difference) %6.3f s  %10.0f sentences/s\n", coding_only,
              PerSecond(code.sentences, coding_only));
  if (code.inconsistent > 0) {
    std::printf("  warning: %llu events disagree with the CAMEO codebook (quad, Goldstein, PLOVER or root)\n",
                static_cast<unsigned long long>(code.inconsistent));
  }
  std::printf("  peak RSS: start %.1f MiB, dictionaries loaded %.1f MiB, coder compiled %.1f MiB, "
              "corpus built %.1f MiB, end %.1f MiB\n",
              rss_start, rss_dicts, rss_coder, rss_corpus, rss_end);

  std::printf("sentences=%llu\n", static_cast<unsigned long long>(code.sentences));
  std::printf("events=%llu\n", static_cast<unsigned long long>(code.events));
  std::printf("text_seconds=%.6f\n", text.seconds);
  std::printf("seconds=%.6f\n", code.seconds);
  std::printf("sentences_per_second=%.1f\n", PerSecond(code.sentences, code.seconds));
  std::printf("coding_only_sentences_per_second=%.1f\n", PerSecond(code.sentences, coding_only));
  std::printf("rss_start_mib=%.1f\nrss_dictionaries_mib=%.1f\nrss_end_mib=%.1f\n", rss_start, rss_dicts, rss_end);
  return 0;
}
