// Files in, dictionaries out: reading whole files, loading what a config
// names, guessing a file's kind, and lint.
#include <algorithm>
#include <filesystem>

#include "base/file_io.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

// The largest dictionary we read; the real ones are under 2 MB.
constexpr std::size_t kMaxDictionaryBytes = std::size_t{256} << 20;

template <typename T, typename Parse>
Result<T> LoadWith(const std::string& path, Diagnostics& diags, Parse parse) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxDictionaryBytes);
  if (!bytes.ok()) return bytes.status();
  return parse(*bytes, path, diags);
}

std::string LowerBaseName(std::string_view file_name) {
  std::string name = std::filesystem::path(std::string(file_name)).filename().string();
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return name;
}

bool Contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

void Append(Diagnostics& to, const Diagnostics& from) {
  for (const Diagnostic& d : from.items()) to.Add(d);
}

}  // namespace

Result<VerbDictionary> LoadVerbs(const std::string& path, Diagnostics& diags) {
  return LoadWith<VerbDictionary>(path, diags, ParseVerbs);
}
Result<ActorDictionary> LoadActors(const std::string& path, Diagnostics& diags) {
  return LoadWith<ActorDictionary>(path, diags, ParseActors);
}
Result<AgentDictionary> LoadAgents(const std::string& path, Diagnostics& diags) {
  return LoadWith<AgentDictionary>(path, diags, ParseAgents);
}
Result<DiscardList> LoadDiscards(const std::string& path, Diagnostics& diags) {
  return LoadWith<DiscardList>(path, diags, ParseDiscards);
}
Result<IssueList> LoadIssues(const std::string& path, Diagnostics& diags) {
  return LoadWith<IssueList>(path, diags, ParseIssues);
}
Result<NounDictionary> LoadNouns(const std::string& path, Diagnostics& diags) {
  return LoadWith<NounDictionary>(path, diags, ParseNouns);
}
Result<DictionaryConfig> LoadConfig(const std::string& path, Diagnostics& diags) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxDictionaryBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseConfig(*bytes, path, diags);
}

Result<DictionarySet> LoadDictionaries(const DictionaryConfig& config, Diagnostics& diags) {
  DictionarySet set;
  if (!config.verb_file.empty()) {
    Result<VerbDictionary> r = LoadVerbs(config.verb_file, diags);
    if (!r.ok()) return r.status();
    set.verbs = std::move(r).value();
  }
  for (const std::string& file : config.actor_files) {
    Result<ActorDictionary> r = LoadActors(file, diags);
    if (!r.ok()) return r.status();
    set.actors.push_back(std::move(r).value());
  }
  if (!config.agent_file.empty()) {
    Result<AgentDictionary> r = LoadAgents(config.agent_file, diags);
    if (!r.ok()) return r.status();
    set.agents = std::move(r).value();
  }
  if (!config.discard_file.empty()) {
    Result<DiscardList> r = LoadDiscards(config.discard_file, diags);
    if (!r.ok()) return r.status();
    set.discards = std::move(r).value();
  }
  if (!config.issue_file.empty()) {
    Result<IssueList> r = LoadIssues(config.issue_file, diags);
    if (!r.ok()) return r.status();
    set.issues = std::move(r).value();
  }
  if (!config.noun_file.empty()) {
    Result<NounDictionary> r = LoadNouns(config.noun_file, diags);
    if (!r.ok()) return r.status();
    set.nouns = std::move(r).value();
  }
  return set;
}

std::string_view KindName(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kAuto: return "auto";
    case DictionaryKind::kVerbs: return "verbs";
    case DictionaryKind::kActors: return "actors";
    case DictionaryKind::kAgents: return "agents";
    case DictionaryKind::kDiscards: return "discards";
    case DictionaryKind::kIssues: return "issues";
    case DictionaryKind::kNouns: return "nouns";
    case DictionaryKind::kConfig: return "config";
    case DictionaryKind::kTabariProject: return "project";
    case DictionaryKind::kTabariOptions: return "options";
  }
  return "unknown";
}

DictionaryKind DetectKind(std::string_view file_name, std::string_view text) {
  const std::string name = LowerBaseName(file_name);
  auto ends = [&](std::string_view ext) {
    return name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".ini")) return DictionaryKind::kConfig;
  if (ends(".project")) return DictionaryKind::kTabariProject;
  if (ends(".options")) return DictionaryKind::kTabariOptions;
  // "actor" before the "CAMEO" prefix: TABARI's CAMEO.RCS.120521.actors and
  // CAMEO.ECS.120522.actors are actor files.
  if (Contains(name, "verb")) return DictionaryKind::kVerbs;
  if (Contains(name, "actor")) return DictionaryKind::kActors;
  if (name.rfind("cameo", 0) == 0) return DictionaryKind::kVerbs;
  if (Contains(name, "agent")) return DictionaryKind::kAgents;
  if (Contains(name, "discard")) return DictionaryKind::kDiscards;
  if (Contains(name, "issue")) return DictionaryKind::kIssues;
  if (Contains(name, "noun")) return DictionaryKind::kNouns;

  // By content: the first construct peculiar to one kind decides.
  bool any_code = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(pos, end - pos);
    const std::string_view t = internal::Trim(raw.substr(0, raw.find('#')));
    pos = end + 1;
    if (t.empty()) continue;
    if (internal::StartsWith(t, "<ISSUE")) return DictionaryKind::kIssues;
    if (internal::StartsWith(t, "---") || (t[0] == '-' && Contains(t, "*") && Contains(t, "["))) {
      return DictionaryKind::kVerbs;
    }
    if (Contains(t, "[~") || Contains(t, "~]") || (t[0] == '!' && Contains(t, "="))) {
      return DictionaryKind::kAgents;
    }
    if (t[0] == '[' && t.back() == ']' && !internal::IsBlank(raw[0]) &&
        std::any_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      return DictionaryKind::kConfig;  // "[Dictionaries]"
    }
    if (internal::IsBlank(raw[0]) && t[0] == '[') return DictionaryKind::kActors;
    if (Contains(t, "[")) any_code = true;
  }
  return any_code ? DictionaryKind::kActors : DictionaryKind::kDiscards;
}

Diagnostics LintDictionaryText(std::string_view text, std::string_view file_name, DictionaryKind kind) {
  Diagnostics diags;
  if (kind == DictionaryKind::kAuto) kind = DetectKind(file_name, text);
  switch (kind) {
    case DictionaryKind::kAuto:
    case DictionaryKind::kVerbs: (void)ParseVerbs(text, file_name, diags); break;
    case DictionaryKind::kActors: (void)ParseActors(text, file_name, diags); break;
    case DictionaryKind::kAgents: (void)ParseAgents(text, file_name, diags); break;
    case DictionaryKind::kDiscards: (void)ParseDiscards(text, file_name, diags); break;
    case DictionaryKind::kIssues: (void)ParseIssues(text, file_name, diags); break;
    case DictionaryKind::kNouns: (void)ParseNouns(text, file_name, diags); break;
    case DictionaryKind::kConfig: {
      Result<DictionaryConfig> config = ParseConfig(text, file_name, diags);
      if (!config.ok()) {
        diags.Add(config.status());
        break;
      }
      auto lint = [&](const std::string& path, DictionaryKind k) {
        if (!path.empty()) Append(diags, LintDictionary(path, k));
      };
      lint(config->verb_file, DictionaryKind::kVerbs);
      for (const std::string& f : config->actor_files) lint(f, DictionaryKind::kActors);
      lint(config->agent_file, DictionaryKind::kAgents);
      lint(config->discard_file, DictionaryKind::kDiscards);
      lint(config->issue_file, DictionaryKind::kIssues);
      lint(config->noun_file, DictionaryKind::kNouns);
      break;
    }
    case DictionaryKind::kTabariProject: {
      Result<TabariProject> project = ParseTabariProject(text, file_name, diags);
      if (!project.ok()) {
        diags.Add(project.status());
        break;
      }
      for (const std::string& f : project->dictionaries.actor_files) Append(diags, LintDictionary(f, DictionaryKind::kActors));
      Append(diags, LintDictionary(project->dictionaries.verb_file, DictionaryKind::kVerbs));
      if (!project->dictionaries.agent_file.empty()) {
        Append(diags, LintDictionary(project->dictionaries.agent_file, DictionaryKind::kAgents));
      }
      if (!project->options_file.empty()) {
        Append(diags, LintDictionary(project->options_file, DictionaryKind::kTabariOptions));
      }
      break;
    }
    case DictionaryKind::kTabariOptions: (void)ParseTabariOptions(text, file_name, diags); break;
  }
  return diags;
}

Diagnostics LintDictionary(const std::string& path, DictionaryKind kind) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxDictionaryBytes);
  if (!bytes.ok()) {
    Diagnostics diags;
    diags.Add(bytes.status());
    return diags;
  }
  return LintDictionaryText(*bytes, path, kind);
}

}  // namespace readout::dict
