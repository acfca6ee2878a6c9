// What every verb that reads articles shares: the input flags (files,
// sidecar, format, error policy, limits), the output flags (format, -o),
// and the loop that reads every input, hands each document to the verb and
// writes what the verb produced. Exit codes: 0 ok, 1 bad input, 2 usage.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/ordered_pool.h"
#include "readout/document.h"

namespace readout::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

struct InputFlags {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin
  std::string meta;                 // metadata sidecar (meta.jsonl)
  std::string input_format = "auto";
  std::string on_error = "stop";    // stop | skip
  double max_document_mb = 16;
  bool no_language = false;
  bool progress = false;
  bool stats = false;
  unsigned threads = 0;  // documents analysed at once; 0: one per core
};

struct OutputFlags {
  std::string format = "jsonl";
  std::string output;  // "" or "-": stdout
};

void AddInputFlags(CLI::App& verb, InputFlags& flags);
void AddOutputFlags(CLI::App& verb, OutputFlags& flags, const std::string& formats);

// Reads every input, runs a verb on each document and writes its records
// in input order, printing diagnostics to stderr. Returns the process exit
// code. With --threads N, N workers each run a verb from `make_verb` at
// once: a verb must touch nothing shared but what is safe to share (an
// Analyzer, atomics, an OrderedResults). `finish`, when given, runs once
// after the last document (and only when every input was read) and appends
// what the verb produces for the whole run, such as `readout compare`'s
// report; it is written before the output file is committed.
using RunFinisher = std::function<void(std::string& out)>;
int RunOnDocuments(const InputFlags& in, const OutputFlags& out, const MakeDocumentVerb& make_verb,
                   const RunFinisher& finish = {});

// What the workers of a run hand over for the end of the run (`finish`),
// kept in input order whatever order they finish in.
template <typename T>
class OrderedResults {
 public:
  void Put(std::size_t ordinal, T value) {
    std::lock_guard lock(mu_);
    if (ordinal >= items_.size()) items_.resize(ordinal + 1);
    items_[ordinal] = std::make_unique<T>(std::move(value));
  }
  // The values put, in input order; call once every worker is done.
  std::vector<T> Take() {
    std::vector<T> out;
    for (std::unique_ptr<T>& p : items_) {
      if (p) out.push_back(std::move(*p));
    }
    items_.clear();
    return out;
  }

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<T>> items_;
};

}  // namespace readout::cli
