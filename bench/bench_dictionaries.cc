#include "bench_dictionaries.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include "readout/resolve.h"

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

bool LoadCoderOptions(const std::string& gazetteer_dir, const char* program, events::CoderOptions& out) {
  if (gazetteer_dir.empty()) return true;
  Result<resolve::Gazetteer> gazetteer = resolve::Gazetteer::Load(gazetteer_dir);
  if (!gazetteer.ok()) {
    std::fprintf(stderr, "%s: %s\n", program, gazetteer.status().ToString().c_str());
    return false;
  }
  out.gazetteer = std::make_shared<const resolve::Gazetteer>(std::move(gazetteer).value());
  return true;
}

}  // namespace readout::bench
