// `readout sentences` and `readout tokens`: the text stage made visible,
// for inspecting what later verbs build on.
#include <memory>

#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "readout/output.h"
#include "readout/text.h"

namespace readout::cli {
namespace {

using Writer = void (*)(const Document&, const text::TextAnalysis&, output::RecordFormat, std::string&);

struct TextVerbFlags {
  InputFlags in;
  OutputFlags out;
};

void RegisterTextVerb(CLI::App& app, VerbRunner& run, const char* name, const char* description,
                      Writer writer) {
  auto flags = std::make_shared<TextVerbFlags>();
  CLI::App* verb = app.add_subcommand(name, description);
  AddInputFlags(*verb, flags->in);
  AddOutputFlags(*verb, flags->out, "jsonl (default), tsv, text");
  verb->callback([flags, writer, &run] {
    run = [flags, writer] {
      output::RecordFormat format{};
      if (!output::ParseRecordFormat(flags->out.format, &format)) {
        std::fprintf(stderr, "readout: unknown output format '%s' (jsonl, tsv, text)\n", flags->out.format.c_str());
        return kExitUsage;
      }
      const text::TextPipeline pipeline;
      return RunOnDocuments(flags->in, flags->out, [&] {
        // Each worker's own analysis, reused across its documents.
        return [&, analysis = std::make_shared<text::TextAnalysis>()](Document&& doc, std::size_t,
                                                                      std::string& out) {
          pipeline.Analyze(doc, *analysis);
          writer(doc, *analysis, format, out);
        };
      });
    };
  });
}

}  // namespace

void RegisterSentences(CLI::App& app, VerbRunner& run) {
  RegisterTextVerb(app, run, "sentences", "Split documents into sentences, with byte offsets",
                   &output::AppendSentenceRecords);
}

void RegisterTokens(CLI::App& app, VerbRunner& run) {
  RegisterTextVerb(app, run, "tokens", "Tokenize documents, one record per sentence, with byte offsets",
                   &output::AppendTokenRecords);
}

}  // namespace readout::cli
