// PETR_config.ini: the [Dictionaries] section, read the way Python's
// ConfigParser reads it (PETRARCH's own reader): "key = value" or
// "key: value", keys case-insensitive, lines starting with '#' or ';' are
// comments (that is how PETR_config.ini switches between dictionary sets:
// "#verbfile_name = PETR.Validate.verbs.txt"), and an indented line continues
// the previous value. actorfile_list is split on commas (PETRARCH splits on
// ", "; we also accept commas without the blank, and continuation lines).
// nounfile_name (readout's event nouns) is our own key; PETRARCH ignores it.
// Other sections and keys are not our business and are ignored.
#include <filesystem>

#include <fmt/format.h>

#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsBlank;
using internal::Trim;

constexpr std::size_t kNpos = std::string_view::npos;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// ConfigParser (Python 2) drops " ;comment" at the end of a value; we also
// drop " #comment". A file name with a blank before '#' is not supported.
std::string_view StripInlineComment(std::string_view v) {
  for (std::size_t i = 1; i < v.size(); ++i) {
    if ((v[i] == '#' || v[i] == ';') && IsBlank(v[i - 1])) return Trim(v.substr(0, i));
  }
  return v;
}

std::string Resolve(const std::filesystem::path& dir, std::string_view name) {
  const std::filesystem::path p{std::string(name)};
  if (p.is_absolute() || dir.empty()) return p.string();
  return (dir / p).lexically_normal().string();
}

}  // namespace

Result<DictionaryConfig> ParseConfig(std::string_view text, std::string_view file_name,
                                     Diagnostics& diags) {
  internal::Reporter reporter(text, file_name, diags);
  std::string section;
  bool saw_section = false;
  std::string* value = nullptr;  // the value a continuation line extends
  struct Entry {
    std::string value;
    std::uint32_t line = 0;
  };
  Entry verbs, actors, agents, discards, issues, nouns;
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    std::size_t end = text.find('\n', start);
    if (end == kNpos) end = text.size();
    pos = end + 1;
    reporter.NoteLineStart(++number, start);
    const std::string_view raw = text.substr(start, end - start);
    const std::string_view t = Trim(raw);
    if (t.empty()) {
      value = nullptr;
      continue;
    }
    if (t[0] == '#' || t[0] == ';') continue;
    if (IsBlank(raw[0]) && value != nullptr) {
      *value += '\n';
      value->append(StripInlineComment(t));
      continue;
    }
    value = nullptr;
    if (t[0] == '[') {
      const std::size_t close = t.find(']');
      if (close == kNpos) {
        reporter.Warn(number, kNpos, "section header without ']'; line skipped");
        continue;
      }
      section.assign(Trim(t.substr(1, close - 1)));
      if (EqualsIgnoreCase(section, "Dictionaries")) saw_section = true;
      continue;
    }
    const std::size_t eq = t.find_first_of("=:");
    if (eq == kNpos) {
      reporter.Warn(number, kNpos, "expected 'key = value'; line skipped");
      continue;
    }
    if (!EqualsIgnoreCase(section, "Dictionaries")) continue;
    const std::string key = Lower(Trim(t.substr(0, eq)));
    Entry* entry = key == "verbfile_name"      ? &verbs
                   : key == "actorfile_list"   ? &actors
                   : key == "agentfile_name"   ? &agents
                   : key == "discardfile_name" ? &discards
                   : key == "issuefile_name"   ? &issues
                   : key == "nounfile_name"    ? &nouns
                                               : nullptr;
    if (entry == nullptr) continue;
    if (entry->line != 0) {
      reporter.Warn(number, kNpos, fmt::format("{} already set at line {}; this value wins", key, entry->line));
    }
    entry->value.assign(StripInlineComment(Trim(t.substr(eq + 1))));
    entry->line = number;
    value = &entry->value;
  }
  if (!saw_section) {
    return Status(StatusCode::kInvalidInput, "no [Dictionaries] section",
                  SourceLocation{std::string(file_name), 0, 0});
  }
  const std::filesystem::path dir = std::filesystem::path(std::string(file_name)).parent_path();
  DictionaryConfig config;
  auto one = [&](const Entry& e) { return e.value.empty() ? std::string() : Resolve(dir, Trim(e.value)); };
  config.verb_file = one(verbs);
  config.agent_file = one(agents);
  config.discard_file = one(discards);
  config.issue_file = one(issues);
  config.noun_file = one(nouns);
  std::string_view list = actors.value;
  while (!list.empty()) {
    const std::size_t comma = list.find_first_of(",\n");
    const std::string_view name = Trim(list.substr(0, comma));
    if (!name.empty()) config.actor_files.push_back(Resolve(dir, name));
    if (comma == kNpos) break;
    list.remove_prefix(comma + 1);
  }
  return config;
}

}  // namespace readout::dict
