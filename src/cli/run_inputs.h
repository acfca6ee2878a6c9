// What every verb that reads articles shares: the input flags (files,
// sidecar, format, error policy, limits), the output flags (format, -o),
// and the loop that reads every input, hands each document to the verb and
// writes what the verb produced. Exit codes: 0 ok, 1 bad input, 2 usage.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

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
};

struct OutputFlags {
  std::string format = "jsonl";
  std::string output;  // "" or "-": stdout
};

void AddInputFlags(CLI::App& verb, InputFlags& flags);
void AddOutputFlags(CLI::App& verb, OutputFlags& flags, const std::string& formats);

// Produces the records of one document by appending them to `out`.
using DocumentVerb = std::function<void(const Document& doc, std::string& out)>;

// Reads every input, runs `verb` on each document and writes its records,
// printing diagnostics to stderr. Returns the process exit code.
// `finish`, when given, runs once after the last document (and only when
// every input was read) and appends what the verb produces for the whole
// run, such as `readout compare`'s report; it is written before the output
// file is committed.
using RunFinisher = std::function<void(std::string& out)>;
int RunOnDocuments(const InputFlags& in, const OutputFlags& out, const DocumentVerb& verb,
                   const RunFinisher& finish = {});

}  // namespace readout::cli
