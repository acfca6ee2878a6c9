// `readout eval stories GOLD.jsonl...`: groups the articles of annotated
// files into stories exactly as `readout compare` does and scores the
// grouping against their gold stories (B-cubed, exact stories, the trivial
// all-alone answer), with --failures listing each split and merge and why.
// `readout eval quotes GOLD.jsonl...`: extracts the quotations of the
// annotated articles exactly as `readout quotes` does and scores them
// against their gold attributions (content, source and cue spans).
// `readout eval events GOLD.jsonl...`: codes each annotated sentence
// exactly as `readout code` does and scores its events against the gold
// class or CAMEO code and actors (docs/events-eval.md).
// Exit 0 when it ran (whatever the score), 1 bad input, 2 usage.
#include <cstdio>
#include <exception>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/analyse.h"
#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "eval/event_report.h"
#include "readout/eval.h"
#include "readout/events.h"
#include "readout/output.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace readout::cli {
namespace {

struct EvalFlags {
  InputFlags in;
  OutputFlags out;
  DictFlags dicts;
  bool json = false;
  bool failures = false;
  stories::ClusterOptions cluster;
};

int RunEvalStories(const EvalFlags& flags) {
  std::vector<eval::GoldStory> gold;
  for (const std::string& path : flags.in.inputs) {
    Result<std::vector<eval::GoldStory>> g = eval::ReadGoldStories(path);
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return kExitBadInput;
    }
    gold.insert(gold.end(), g->begin(), g->end());
  }
  if (gold.empty()) {
    std::fprintf(stderr, "readout: no line of %s has a gold story ({\"id\", \"gold\": {\"story\"}})\n",
                 flags.in.inputs.empty() ? "the input" : flags.in.inputs.front().c_str());
    return kExitBadInput;
  }
  Analyzers analyzers;
  if (const int code = BuildAnalyzers(flags.dicts, &analyzers); code != kExitOk) return code;
  const text::TextPipeline pipeline;
  std::vector<stories::Digest> digests;
  std::size_t failed = 0;
  const auto analyse = [&](const Document& doc, std::string&) {
    if (!stories::AnalysedAsEnglish(doc)) return;
    Analysed a;
    if (!Analyse(pipeline, analyzers, doc, a)) {
      ++failed;
      return;
    }
    digests.push_back(stories::Summarize(a.doc, a.text, a.events, a.quotes));
  };
  const auto report = [&](std::string& out) {
    stories::Clusterer clusterer(flags.cluster);
    clusterer.AddBatch(digests);
    output::StoryEvaluation e;
    e.scores = eval::ScoreStories(gold, clusterer.stories());
    if (flags.failures || flags.json) e.failures = eval::ExplainStories(gold, clusterer.stories(), digests, clusterer);
    if (flags.json) {
      output::AppendStoryEvaluationJson(e, out);
    } else {
      output::AppendStoryEvaluationText(e, flags.failures, out);
    }
  };
  const int exit = RunOnDocuments(flags.in, flags.out, analyse, report);
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

int RunEvalQuotes(const EvalFlags& flags) {
  std::unordered_map<std::string, eval::GoldAttributions> gold;
  for (const std::string& path : flags.in.inputs) {
    Result<std::vector<eval::GoldAttributions>> g = eval::ReadGoldAttributions(path);
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return kExitBadInput;
    }
    for (eval::GoldAttributions& d : *g) {
      const std::string id = d.doc;
      if (!gold.emplace(id, std::move(d)).second) {
        std::fprintf(stderr, "%s: id \"%s\" has gold attributions in two files\n", path.c_str(), id.c_str());
        return kExitBadInput;
      }
    }
  }
  if (gold.empty()) {
    std::fprintf(stderr, "readout: no line of %s has gold attributions ({\"id\", \"text\", \"gold\": {\"attributions\"}})\n",
                 flags.in.inputs.empty() ? "the input" : flags.in.inputs.front().c_str());
    return kExitBadInput;
  }
  dict::DictionarySet set;
  if (const int code = LoadDictionarySet(flags.dicts, &set); code != kExitOk) return code;
  Diagnostics diags;
  auto built = quotes::Extractor::Create(set, diags);
  PrintDiagnostics(diags, flags.dicts.verbose, "dictionaries");
  if (!built.ok()) {
    std::fprintf(stderr, "%s\n", built.status().ToString().c_str());
    return kExitBadInput;
  }
  const std::shared_ptr<const quotes::Extractor> extractor = std::move(built).value();
  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;       // reused across documents
  std::vector<quotes::Quote> found;  // likewise
  eval::QuoteScorer scorer(flags.failures || flags.json);
  std::size_t failed = 0, unscored = 0;
  const auto score = [&](const Document& doc, std::string&) {
    const auto g = gold.find(doc.id);
    if (g == gold.end()) return;
    if (doc.text.size() != g->second.text_bytes) {
      // The reader changed the text (a "text" that looks like HTML is read
      // as HTML), so the gold offsets no longer point at it.
      std::fprintf(stderr, "%s: warning: document %s was read with another text than its \"text\" field; "
                   "its gold offsets do not apply, so it is not scored\n",
                   g->second.source.c_str(), doc.id.c_str());
      ++unscored;
      return;
    }
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
    scorer.Add(g->second, doc, found);
  };
  const auto report = [&](std::string& out) {
    output::QuoteEvaluation e;
    e.scores = scorer.Scores();
    e.scores.unscored = unscored;
    e.failures = scorer.failures();
    if (flags.json) {
      output::AppendQuoteEvaluationJson(e, out);
    } else {
      output::AppendQuoteEvaluationText(e, flags.failures, out);
    }
  };
  const int exit = RunOnDocuments(flags.in, flags.out, score, report);
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}


int RunEvalEvents(const EvalFlags& flags) {
  std::unordered_map<std::string, eval::GoldEvent> gold;
  for (const std::string& path : flags.in.inputs) {
    Result<std::vector<eval::GoldEvent>> g = eval::ReadGoldEvents(path);
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return kExitBadInput;
    }
    for (eval::GoldEvent& e : *g) {
      const std::string id = e.doc;
      if (!gold.emplace(id, std::move(e)).second) {
        std::fprintf(stderr, "%s: id \"%s\" has gold events in two files\n", path.c_str(), id.c_str());
        return kExitBadInput;
      }
    }
  }
  if (gold.empty()) {
    std::fprintf(stderr, "readout: no line of %s has a gold event ({\"id\", \"text\", \"gold\": {\"quad\" or \"code\"}})\n",
                 flags.in.inputs.empty() ? "the input" : flags.in.inputs.front().c_str());
    return kExitBadInput;
  }
  std::shared_ptr<const events::Coder> coder;
  if (const int code = BuildCoder(flags.dicts, &coder); code != kExitOk) return code;
  const text::TextPipeline pipeline;
  text::TextAnalysis analysis;        // reused across documents
  std::vector<events::Event> events;  // likewise
  eval::EventScorer scorer(flags.failures || flags.json);
  std::size_t failed = 0, unscored = 0;
  const auto score = [&](const Document& doc, std::string&) {
    const auto g = gold.find(doc.id);
    if (g == gold.end()) return;
    if (doc.text.size() != g->second.text_bytes) {
      std::fprintf(stderr, "%s: warning: document %s was read with another text than its \"text\" field; "
                   "its gold offsets do not apply, so it is not scored\n",
                   g->second.where.c_str(), doc.id.c_str());
      ++unscored;
      return;
    }
    events.clear();
    try {
      pipeline.Analyze(doc, analysis);
      coder->Code(doc, analysis, events);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "%s:%u: internal error: coding document %s failed: %s\n", doc.source.c_str(),
                   doc.source_line, doc.id.c_str(), e.what());
      ++failed;
      return;
    }
    scorer.Add(g->second, doc, analysis.sentences.size(), events);
  };
  const auto report = [&](std::string& out) {
    eval::EventScores scores = scorer.Scores();
    scores.unscored = unscored;
    if (flags.json) {
      eval::AppendEventEvaluationJson(scores, scorer.failures(), out);
    } else {
      eval::AppendEventEvaluationText(scores, scorer.failures(), flags.failures, out);
    }
  };
  const int exit = RunOnDocuments(flags.in, flags.out, score, report);
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void RegisterEval(CLI::App& app, VerbRunner& run) {
  CLI::App* eval = app.add_subcommand("eval", "Measure readout against your own gold annotations");
  eval->require_subcommand(1);
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* verb = eval->add_subcommand(
      "stories", "Score story grouping against gold stories (JSONL lines with \"gold\": {\"story\"})");
  AddInputFlags(*verb, flags->in);
  verb->add_option("-o,--output", flags->out.output, "Write to FILE (replaced only when the run succeeds)");
  AddDictFlags(*verb, flags->dicts);
  verb->add_flag("--json", flags->json, "One JSON object (scores and every failure) instead of the report");
  verb->add_flag("--failures", flags->failures, "List each split or merged story and why");
  AddClusterFlags(*verb, flags->cluster);
  verb->callback([flags, &run] { run = [flags] { return RunEvalStories(*flags); }; });

  auto qflags = std::make_shared<EvalFlags>();
  CLI::App* quotes = eval->add_subcommand(
      "quotes",
      "Score quotations against gold attributions (JSONL lines with \"text\" and \"gold\": {\"attributions\"})");
  AddInputFlags(*quotes, qflags->in);
  quotes->add_option("-o,--output", qflags->out.output, "Write to FILE (replaced only when the run succeeds)");
  AddDictFlags(*quotes, qflags->dicts);
  quotes->add_flag("--json", qflags->json, "One JSON object (scores and every failure) instead of the report");
  quotes->add_flag("--failures", qflags->failures, "List each missed, spurious or misattributed quotation");
  quotes->callback([qflags, &run] { run = [qflags] { return RunEvalQuotes(*qflags); }; });

  auto eflags = std::make_shared<EvalFlags>();
  CLI::App* coded = eval->add_subcommand(
      "events",
      "Score coded events against gold sentences (JSONL lines with \"text\" and \"gold\": {\"quad\" or \"code\", "
      "\"source\"?, \"target\"?})");
  AddInputFlags(*coded, eflags->in);
  coded->add_option("-o,--output", eflags->out.output, "Write to FILE (replaced only when the run succeeds)");
  AddDictFlags(*coded, eflags->dicts);
  coded->add_flag("--json", eflags->json, "One JSON object (scores and every failure) instead of the report");
  coded->add_flag("--failures", eflags->failures, "List each wrong sentence under its cause");
  coded->callback([eflags, &run] { run = [eflags] { return RunEvalEvents(*eflags); }; });
}

}  // namespace readout::cli
