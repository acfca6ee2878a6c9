// The dictionaries a validation file's <Environment> names, found in the
// directory the user points at. PETRARCH looked them up in its own
// data/dictionaries folder; we take the folder as an argument and insist
// that every named file is there, so that a score is never computed with a
// dictionary silently missing.
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "readout/validate.h"

namespace readout::validate {
namespace {

namespace fs = std::filesystem;

// dir/name, or name when it is absolute; a Status when it is not a file.
Status Find(const ValidationFile& file, const fs::path& dir, std::string_view element,
            const std::string& name, std::string* out) {
  const fs::path p{name};
  const fs::path full = p.is_absolute() ? p : (dir / p).lexically_normal();
  std::error_code ec;
  if (!fs::is_regular_file(full, ec)) {
    return Status(StatusCode::kNotFound,
                  fmt::format("dictionary {} (named by <{}>) not found: no file {}", name, element,
                              full.string()),
                  SourceLocation{file.file, file.environment.line, 0});
  }
  *out = full.string();
  return Status::Ok();
}

}  // namespace

Result<dict::DictionaryConfig> ResolveEnvironment(const ValidationFile& file,
                                                  const std::string& dict_dir) {
  const Environment& env = file.environment;
  std::error_code ec;
  if (!fs::is_directory(dict_dir, ec)) {
    return Status(StatusCode::kNotFound, "dictionary directory not found",
                  SourceLocation{dict_dir, 0, 0});
  }
  if (env.verb_file.empty()) {
    return Status(StatusCode::kInvalidInput,
                  env.line == 0 ? "no <Environment> naming the dictionaries (<Verbfile>, <Actorfile>, ...)"
                                : "<Environment> names no <Verbfile>",
                  SourceLocation{file.file, env.line, 0});
  }
  const fs::path dir{dict_dir};
  dict::DictionaryConfig config;
  if (Status s = Find(file, dir, "Verbfile", env.verb_file, &config.verb_file); !s.ok()) return s;
  for (const std::string& name : env.actor_files) {
    std::string path;
    if (Status s = Find(file, dir, "Actorfile", name, &path); !s.ok()) return s;
    config.actor_files.push_back(std::move(path));
  }
  if (!env.agent_file.empty()) {
    if (Status s = Find(file, dir, "Agentfile", env.agent_file, &config.agent_file); !s.ok()) return s;
  }
  if (!env.discard_file.empty()) {
    if (Status s = Find(file, dir, "Discardfile", env.discard_file, &config.discard_file); !s.ok()) {
      return s;
    }
  }
  if (!env.issue_file.empty()) {
    if (Status s = Find(file, dir, "Issuefile", env.issue_file, &config.issue_file); !s.ok()) return s;
  }
  return config;
}

}  // namespace readout::validate
