// `readout code`: documents in, CAMEO-coded events out, as JSONL records or
// Phoenix TSV lines. The dictionaries compile once into an Analyzer shared
// by every worker; each document goes through the text stage, the parse and
// the coder.
#include <atomic>
#include <cstdio>
#include <memory>

#include "cli/analyse.h"
#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/analysis.h"
#include "readout/output.h"

namespace readout::cli {
namespace {

struct CodeFlags {
  InputFlags in;
  OutputFlags out;
  DictFlags dicts;
};

int RunCode(const CodeFlags& flags) {
  output::EventFormat format{};
  if (!output::ParseEventFormat(flags.out.format, &format)) {
    std::fprintf(stderr, "readout: unknown output format '%s' (jsonl, phoenix)\n", flags.out.format.c_str());
    return kExitUsage;
  }
  AnalyzerOptions options;
  options.extract_quotes = false;
  std::shared_ptr<const Analyzer> analyzer;
  if (const int code = BuildAnalyzer(flags.dicts, options, &analyzer); code != kExitOk) return code;

  std::atomic<std::uint64_t> sentences{0}, skipped{0}, events{0};
  std::atomic<std::size_t> failed{0};
  const int exit = RunOnDocuments(flags.in, flags.out, [&] {
    // Each worker's own document, reused: its buffers serve the next one.
    return [&, a = std::make_shared<AnalysedDocument>()](Document&& doc, std::size_t, std::string& out) {
      events::CoderStats stats;
      if (!AnalyseOrReport(*analyzer, std::move(doc), *a, &stats)) {
        ++failed;
        return;
      }
      sentences += stats.sentences;
      skipped += stats.sentences_skipped;
      events += stats.events;
      output::AppendEventRecords(a->doc, a->events, format, out);
    };
  });
  if (flags.in.stats) {
    std::fprintf(stderr, "readout: %llu sentences coded (%llu skipped as too long), %llu events\n",
                 static_cast<unsigned long long>(sentences.load()),
                 static_cast<unsigned long long>(skipped.load()), static_cast<unsigned long long>(events.load()));
  }
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void RegisterCode(CLI::App& app, VerbRunner& run) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* verb = app.add_subcommand("code", "Code events (CAMEO) with PETRARCH/TABARI dictionaries");
  AddInputFlags(*verb, flags->in);
  AddOutputFlags(*verb, flags->out, "jsonl (default), phoenix");
  AddDictFlags(*verb, flags->dicts);
  verb->callback([flags, &run] { run = [flags] { return RunCode(*flags); }; });
}

}  // namespace readout::cli
