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
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/analyse.h"
#include "cli/dict_flags.h"
#include "cli/run_inputs.h"
#include "cli/verbs.h"
#include "eval/event_report.h"
#include "readout/analysis.h"
#include "readout/eval.h"
#include "readout/events.h"
#include "readout/output.h"
#include "readout/stories.h"

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

// Every input's gold records by document id, read with `read`; an id with
// gold in two records is bad input. `what` names the gold in messages
// ("gold events"), `shape` the line it expects. Returns an exit code.
template <typename Gold, typename Read>
int ReadGoldById(const EvalFlags& flags, Read read, const char* what, const char* shape,
                 std::unordered_map<std::string, Gold>* gold) {
  for (const std::string& path : flags.in.inputs) {
    Result<std::vector<Gold>> g = read(path);
    if (!g.ok()) {
      std::fprintf(stderr, "%s\n", g.status().ToString().c_str());
      return kExitBadInput;
    }
    for (Gold& d : *g) {
      const std::string id = d.doc;
      if (!gold->emplace(id, std::move(d)).second) {
        std::fprintf(stderr, "%s: id \"%s\" has %s in two files\n", path.c_str(), id.c_str(), what);
        return kExitBadInput;
      }
    }
  }
  if (gold->empty()) {
    std::fprintf(stderr, "readout: no line of %s has %s (%s)\n",
                 flags.in.inputs.empty() ? "the input" : flags.in.inputs.front().c_str(), what, shape);
    return kExitBadInput;
  }
  return kExitOk;
}

// Analyses the documents that have gold, on every worker, and hands them
// to `report` in input order once all are in, with how many were left
// unscored. A document whose text the reader changed (a "text" that looks
// like HTML is read as HTML) is named on stderr and left out: its gold
// offsets, counted in the record's "text" field (Gold::text_bytes), do not
// point into it. `where` is the member naming a gold record's file and line.
template <typename Gold>
int ScoreGoldDocuments(const EvalFlags& flags, AnalyzerOptions options,
                       const std::unordered_map<std::string, Gold>& gold, std::string Gold::*where,
                       const std::function<void(std::vector<AnalysedDocument>, std::size_t unscored,
                                                std::string& out)>& report) {
  std::shared_ptr<const Analyzer> analyzer;
  if (const int code = BuildAnalyzer(flags.dicts, std::move(options), &analyzer); code != kExitOk) return code;
  OrderedResults<AnalysedDocument> analysed;
  std::atomic<std::size_t> failed{0}, unscored{0};
  const auto analyse = [&](Document&& doc, std::size_t ordinal, std::string&) {
    const auto g = gold.find(doc.id);
    if (g == gold.end()) return;
    if (doc.text.size() != g->second.text_bytes) {
      std::fprintf(stderr, "%s: warning: document %s was read with another text than its \"text\" field; "
                   "its gold offsets do not apply, so it is not scored\n",
                   (g->second.*where).c_str(), doc.id.c_str());
      ++unscored;
      return;
    }
    AnalysedDocument a;
    if (!AnalyseOrReport(*analyzer, std::move(doc), a)) {
      ++failed;
      return;
    }
    a.parse.reset();  // kept documents need their parse no more
    analysed.Put(ordinal, std::move(a));
  };
  const int exit = RunOnDocuments(flags.in, flags.out, [&] { return analyse; },
                                  [&](std::string& out) { report(analysed.Take(), unscored.load(), out); });
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

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
  std::shared_ptr<const Analyzer> analyzer;
  if (const int code = BuildAnalyzer(flags.dicts, AnalyzerOptions(), &analyzer); code != kExitOk) return code;
  OrderedResults<stories::Digest> digested;
  std::atomic<std::size_t> failed{0};
  const auto analyse = [&](Document&& doc, std::size_t ordinal, std::string&) {
    if (!stories::AnalysedAsEnglish(doc)) return;
    AnalysedDocument a;
    if (!AnalyseOrReport(*analyzer, std::move(doc), a)) {
      ++failed;
      return;
    }
    digested.Put(ordinal, stories::Summarize(a.doc, a.text, a.events, a.quotes));
  };
  const auto report = [&](std::string& out) {
    const std::vector<stories::Digest> digests = digested.Take();
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
  const int exit = RunOnDocuments(flags.in, flags.out, [&] { return analyse; }, report);
  if (exit != kExitOk) return exit;
  return failed > 0 ? kExitBadInput : kExitOk;
}

int RunEvalQuotes(const EvalFlags& flags) {
  std::unordered_map<std::string, eval::GoldAttributions> gold;
  if (const int code = ReadGoldById(flags, eval::ReadGoldAttributions, "gold attributions",
                                    "{\"id\", \"text\", \"gold\": {\"attributions\"}}", &gold);
      code != kExitOk) {
    return code;
  }
  AnalyzerOptions options;
  options.code_events = false;
  return ScoreGoldDocuments<eval::GoldAttributions>(
      flags, options, gold, &eval::GoldAttributions::source,
      [&](std::vector<AnalysedDocument> analysed, std::size_t unscored, std::string& out) {
        eval::QuoteScorer scorer(flags.failures || flags.json);
        for (const AnalysedDocument& a : analysed) scorer.Add(gold.at(a.doc.id), a.doc, a.quotes);
        output::QuoteEvaluation e;
        e.scores = scorer.Scores();
        e.scores.unscored = unscored;
        e.failures = scorer.failures();
        if (flags.json) {
          output::AppendQuoteEvaluationJson(e, out);
        } else {
          output::AppendQuoteEvaluationText(e, flags.failures, out);
        }
      });
}

int RunEvalEvents(const EvalFlags& flags) {
  std::unordered_map<std::string, eval::GoldEvent> gold;
  if (const int code = ReadGoldById(flags, eval::ReadGoldEvents, "gold events",
                                    "{\"id\", \"text\", \"gold\": {\"quad\" or \"code\"}}", &gold);
      code != kExitOk) {
    return code;
  }
  AnalyzerOptions options;
  options.extract_quotes = false;
  return ScoreGoldDocuments<eval::GoldEvent>(
      flags, options, gold, &eval::GoldEvent::where,
      [&](std::vector<AnalysedDocument> analysed, std::size_t unscored, std::string& out) {
        eval::EventScorer scorer(flags.failures || flags.json);
        for (const AnalysedDocument& a : analysed) {
          scorer.Add(gold.at(a.doc.id), a.doc, a.text.sentences.size(), a.events);
        }
        eval::EventScores scores = scorer.Scores();
        scores.unscored = unscored;
        if (flags.json) {
          eval::AppendEventEvaluationJson(scores, scorer.failures(), out);
        } else {
          eval::AppendEventEvaluationText(scores, scorer.failures(), flags.failures, out);
        }
      });
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
