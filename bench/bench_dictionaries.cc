#include "bench_dictionaries.h"

#include <cstdio>
#include <filesystem>

namespace readout::bench {
namespace {

std::string Locate(const std::string& path) {
  if (path.empty() || std::filesystem::exists(path)) return path;
  const std::filesystem::path p(path);
  const std::filesystem::path alt = p.parent_path() / "dictionaries" / p.filename();
  return std::filesystem::exists(alt) ? alt.string() : path;
}

}  // namespace

bool LoadDictionarySet(const std::string& config_path, const char* program, dict::DictionarySet& out,
                       Diagnostics& diags) {
  Result<dict::DictionaryConfig> config = dict::LoadConfig(config_path, diags);
  if (!config.ok()) {
    std::fprintf(stderr, "%s: %s\n", program, config.status().ToString().c_str());
    return false;
  }
  config->verb_file = Locate(config->verb_file);
  for (std::string& f : config->actor_files) f = Locate(f);
  config->agent_file = Locate(config->agent_file);
  config->discard_file = Locate(config->discard_file);
  config->issue_file = Locate(config->issue_file);
  Result<dict::DictionarySet> set = dict::LoadDictionaries(*config, diags);
  if (!set.ok()) {
    std::fprintf(stderr, "%s: %s\n", program, set.status().ToString().c_str());
    return false;
  }
  out = std::move(set).value();
  return true;
}

}  // namespace readout::bench
