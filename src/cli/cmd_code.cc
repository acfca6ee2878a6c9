// `readout code`: documents in, CAMEO-coded events out, as JSONL records or
// Phoenix TSV lines. The dictionaries compile once into a Coder shared by
// every document; each document goes through the text stage and the coder.
#include <cstdio>
#include <exception>
#include <memory>
#include <vector>

#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/events.h"
#include "readout/output.h"
#include "readout/text.h"

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
  std::shared_ptr<const events::Coder> coder;
  if (const int code = BuildCoder(flags.dicts, &coder); code != kExitOk) return code;

  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;        // reused across documents
  std::vector<events::Event> events;  // likewise
  events::CoderStats stats;
  std::size_t failed = 0;
  const int exit = RunOnDocuments(flags.in, flags.out, [&](const Document& doc, std::string& out) {
    events.clear();
    try {
      pipeline.Analyze(doc, analysis);
      coder->Code(doc, analysis, events, &stats);
    } catch (const std::exception& e) {
      // A bug, never the input's fault; the other documents are still coded.
      std::fprintf(stderr, "%s:%u: internal error: coding document %s failed: %s\n", doc.source.c_str(),
                   doc.source_line, doc.id.c_str(), e.what());
      ++failed;
      return;
    }
    output::AppendEventRecords(doc, events, format, out);
  });
  if (flags.in.stats) {
    std::fprintf(stderr, "readout: %llu sentences coded (%llu skipped as too long), %llu events\n",
                 static_cast<unsigned long long>(stats.sentences),
                 static_cast<unsigned long long>(stats.sentences_skipped),
                 static_cast<unsigned long long>(stats.events));
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
