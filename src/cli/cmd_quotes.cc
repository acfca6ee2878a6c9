// `readout quotes`: documents in, quotations out as JSONL records (speaker,
// reporting verb, addressee, channel). The dictionaries are given as for
// `readout code` and compile once into an Extractor shared by every document.
#include <cstdio>
#include <exception>
#include <memory>
#include <vector>

#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/output.h"
#include "readout/quotes.h"
#include "readout/text.h"

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
  dict::DictionarySet set;
  if (const int code = LoadDictionarySet(flags.dicts, &set); code != kExitOk) return code;
  Diagnostics diags;
  quotes::ExtractorOptions options;
  options.indirect = !flags.no_indirect;
  auto built = quotes::Extractor::Create(set, diags, options);
  PrintDiagnostics(diags, flags.dicts.verbose, "dictionaries");
  if (!built.ok()) {
    std::fprintf(stderr, "%s\n", built.status().ToString().c_str());
    return kExitBadInput;
  }
  const std::shared_ptr<const quotes::Extractor> extractor = std::move(built).value();

  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;       // reused across documents
  std::vector<quotes::Quote> found;  // likewise
  std::size_t failed = 0, total = 0;
  const int exit = RunOnDocuments(flags.in, flags.out, [&](const Document& doc, std::string& out) {
    found.clear();
    try {
      pipeline.Analyze(doc, analysis);
      extractor->Extract(doc, analysis, found);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s:%u: internal error: quotes of document %s failed: %s\n", doc.source.c_str(),
                   doc.source_line, doc.id.c_str(), e.what());
      ++failed;
      return;
    }
    total += found.size();
    output::AppendQuoteRecords(found, out);
  });
  if (flags.in.stats) std::fprintf(stderr, "readout: %zu quotations\n", total);
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
