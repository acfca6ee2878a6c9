#include "cli/run_inputs.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "base/file_io.h"
#include "readout/diagnostics.h"
#include "readout/ingest.h"

namespace readout::cli {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// Prints the diagnostics added since `printed` and advances it.
void PrintNew(const Diagnostics& diags, std::size_t& printed) {
  for (; printed < diags.items().size(); ++printed) {
    std::fprintf(stderr, "%s\n", FormatDiagnostic(diags.items()[printed]).c_str());
  }
}

// --input-format names: one table for parsing and for the --help check.
constexpr std::pair<std::string_view, InputFormat> kInputFormats[] = {
    {"auto", InputFormat::kUnknown},    {"text", InputFormat::kText},
    {"txt", InputFormat::kText},        {"html", InputFormat::kHtml},
    {"jsonl", InputFormat::kJsonl},     {"json", InputFormat::kJson},     {"xml", InputFormat::kPetrarchXml},
    {"petrarch", InputFormat::kPetrarchXml}, {"tabari", InputFormat::kTabariText},
};

bool ParseInputFormat(const std::string& name, InputFormat* f) {
  for (const auto& [n, format] : kInputFormats) {
    if (n == name) {
      *f = format;
      return true;
    }
  }
  return false;
}

// Progress on stderr, at most once a second: asked for with --progress, or
// automatic when stderr is a terminal and the run has gone on for a while.
class Progress {
 public:
  explicit Progress(bool forced) : enabled_(forced || isatty(STDERR_FILENO) != 0), forced_(forced) {}
  void Update(std::size_t docs, std::size_t bytes) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::seconds(1)) return;
    if (!forced_ && now - start_ < std::chrono::seconds(2)) return;
    last_ = now;
    shown_ = true;
    const double mb = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr, "\rreadout: %zu documents, %.1f MB, %.1f MB/s   ", docs, mb,
                 mb / std::max(1e-9, Seconds(now - start_)));
  }
  void Finish() {
    if (shown_) std::fprintf(stderr, "\n");
  }

 private:
  bool enabled_;
  bool forced_;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
};

}  // namespace

void AddInputFlags(CLI::App& verb, InputFlags& flags) {
  verb.add_option("inputs", flags.inputs, "Files or directories to read; - reads standard input");
  verb.add_option("--meta", flags.meta, "Metadata sidecar: JSONL lines {\"file\", \"outlet\", \"published\", ...}");
  verb.add_option("--input-format", flags.input_format, "Input format: auto, text, html, jsonl, xml, tabari")
      ->check([](const std::string& name) {
        InputFormat f{};
        return ParseInputFormat(name, &f) ? std::string() : "unknown input format '" + name + "'";
      });
  verb.add_option("--on-error", flags.on_error,
                  "On a malformed record: stop (default; nothing is written to -o) or skip it and go on")
      ->check(CLI::IsMember({"stop", "skip"}));
  verb.add_option("--max-document-mb", flags.max_document_mb, "Largest document accepted, in MB")
      ->check(CLI::PositiveNumber);
  verb.add_flag("--no-language", flags.no_language, "Skip language detection");
  verb.add_flag("--progress", flags.progress, "Report progress on stderr");
  verb.add_flag("--stats", flags.stats, "Print per-stage timings on stderr at the end");
  verb.add_option("--threads", flags.threads,
                  "Documents analysed at once (default: one per core); the output is the same for any number")
      ->check(CLI::Range(0u, 1024u));
}

void AddOutputFlags(CLI::App& verb, OutputFlags& flags, const std::string& formats) {
  verb.add_option("--format", flags.format, "Output format: " + formats);
  verb.add_option("-o,--output", flags.output, "Write to FILE (replaced only when the run succeeds)");
}

int RunOnDocuments(const InputFlags& in, const OutputFlags& out_flags, const MakeDocumentVerb& make_verb,
                   const RunFinisher& finish) {
  IngestOptions options;
  if (!ParseInputFormat(in.input_format, &options.format)) {
    std::fprintf(stderr, "readout: unknown input format '%s'\n", in.input_format.c_str());
    return kExitUsage;
  }
  options.on_error = in.on_error == "skip" ? OnError::kSkip : OnError::kStop;
  options.max_document_bytes = static_cast<std::size_t>(in.max_document_mb * 1024 * 1024);
  const unsigned threads = in.threads != 0 ? in.threads : std::max(1u, std::thread::hardware_concurrency());
  // With several workers, each detects the language of its own documents.
  options.detect_language = !in.no_language && threads == 1;

  std::vector<std::string> inputs = in.inputs;
  if (inputs.empty()) {
    if (isatty(STDIN_FILENO) != 0) {
      std::fprintf(stderr, "readout: no input (give files, directories, or - for standard input)\n");
      return kExitUsage;
    }
    inputs.push_back("-");
  }

  MetaTable meta;
  if (!in.meta.empty()) {
    Result<MetaTable> table = ReadMetaTable(in.meta);
    if (!table.ok()) {
      std::fprintf(stderr, "%s\n", table.status().ToString().c_str());
      return kExitBadInput;
    }
    meta = std::move(table).value();
    options.meta = &meta;
  }

  Result<std::vector<std::string>> files = ExpandInputs(inputs);
  if (!files.ok()) {
    std::fprintf(stderr, "%s\n", files.status().ToString().c_str());
    return kExitBadInput;
  }

  OutputFile output;
  if (Status s = output.Open(out_flags.output); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return kExitBadInput;
  }

  Diagnostics diags;
  std::size_t printed = 0, documents = 0, bytes = 0;
  const auto total_start = Clock::now();
  Progress progress(in.progress);
  const auto write = [&](const std::string& records) { output.Write(records); };
  // One thread: the verb runs here, between reads. Several: a pool.
  DocumentVerb verb;
  std::optional<OrderedPool> pool;
  if (threads == 1) {
    verb = make_verb();
  } else {
    pool.emplace(threads, make_verb, !in.no_language);
  }
  std::string buffer;
  bool stopped = false;
  for (const std::string& path : *files) {
    const Status s = ReadFile(path, options, diags, [&](Document&& doc) {
      bytes += doc.text.size();
      if (pool) {
        pool->Submit(std::move(doc), write);
        pool->Flush(false, write);
      } else {
        buffer.clear();
        verb(std::move(doc), documents, buffer);
        output.Write(buffer);
      }
      ++documents;
      progress.Update(documents, bytes);
      PrintNew(diags, printed);
      return true;
    });
    // A reader that stops on a bad record has reported it as a diagnostic
    // already; the returned Status is printed only when it says something new.
    const bool reported = !s.ok() && !diags.items().empty() &&
                          diags.items().back().message == s.message() &&
                          diags.items().back().where.file == s.where().file &&
                          diags.items().back().where.line == s.where().line;
    if (!s.ok() && !reported) diags.Add(s);
    PrintNew(diags, printed);
    if (!s.ok() && options.on_error == OnError::kStop) {
      stopped = true;
      break;
    }
  }
  if (pool) {
    pool->Flush(true, write);
    pool.reset();  // the workers are done: `finish` may read what they left
  }
  progress.Finish();
  if (in.stats) {
    const double total = Seconds(Clock::now() - total_start);
    std::fprintf(stderr, "readout: %zu documents, %.2f MB in %.3f s on %u thread%s (%.1f documents/s)\n",
                 documents, static_cast<double>(bytes) / 1e6, total, threads, threads == 1 ? "" : "s",
                 static_cast<double>(documents) / std::max(total, 1e-9));
  }
  if (stopped) return kExitBadInput;  // OutputFile's destructor drops the partial file
  if (finish) {
    buffer.clear();
    finish(buffer);
    output.Write(buffer);
  }
  if (Status s = output.Commit(); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return kExitBadInput;
  }
  return diags.errors() > 0 ? kExitBadInput : kExitOk;
}

}  // namespace readout::cli
