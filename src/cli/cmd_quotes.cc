// `readout quotes`: documents in, quotations out as JSONL records (speaker,
// reporting verb, addressee, channel). The dictionaries are given as for
// `readout code` and compile once into an Analyzer shared by every worker.
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

struct QuotesFlags {
  InputFlags in;
  OutputFlags out;
  DictFlags dicts;
  bool no_indirect = false;
};

int RunQuotes(const QuotesFlags& flags) {
  if (flags.out.format != "jsonl" && flags.out.format != "json") {
    std::fprintf(stderr, "readout: unknown output format '%s' (jsonl)\n", flags.out.format.c_str());
    return kExitUsage;
  }
  AnalyzerOptions options;
  options.code_events = false;
  options.quotes.indirect = !flags.no_indirect;
  std::shared_ptr<const Analyzer> analyzer;
  if (const int code = BuildAnalyzer(flags.dicts, options, &analyzer); code != kExitOk) return code;

  std::atomic<std::size_t> failed{0}, total{0};
  const int exit = RunOnDocuments(flags.in, flags.out, [&] {
    return [&, a = std::make_shared<AnalysedDocument>()](Document&& doc, std::size_t, std::string& out) {
      if (!AnalyseOrReport(*analyzer, std::move(doc), *a)) {
        ++failed;
        return;
      }
      total += a->quotes.size();
      output::AppendQuoteRecords(a->quotes, out);
    };
  });
  if (flags.in.stats) std::fprintf(stderr, "readout: %zu quotations\n", total.load());
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void RegisterQuotes(CLI::App& app, VerbRunner& run) {
  auto flags = std::make_shared<QuotesFlags>();
  CLI::App* verb = app.add_subcommand("quotes", "Extract quotations: speaker, reporting verb, addressee, channel");
  AddInputFlags(*verb, flags->in);
  AddOutputFlags(*verb, flags->out, "jsonl (default)");
  AddDictFlags(*verb, flags->dicts);
  verb->add_flag("--no-indirect", flags->no_indirect, "Only quotations in quotation marks, no reported speech");
  verb->callback([flags, &run] { run = [flags] { return RunQuotes(*flags); }; });
}

}  // namespace readout::cli
