// TABARI's .project and .options files.
//
// A .project names the files of a coding project one per line, as
// "<tag> name" (TABARI's ProcessorClass::readProject). TABARI tells the
// tags apart by their first letters; we match the whole tag, case-folded,
// so a misspelled one is reported instead of taken for another. The first
// line is a free title; lines that are not tags are ignored, as TABARI
// ignores them. A project may name several actor and text files.
//
// An .options file holds one command per line, "COMMAND: arguments"
// (ReadFilesClass::doOptionCommand). Comment lines start with "//" or '#';
// a line starting '~' ends the file. What readout applies is in
// TabariOptions; the output-only commands (LABEL, OUTPUT, FORWARD,
// NONEVENTS, and SET: LABEL, USAGE, HAIKU, DUP, SKIP, FBIS, MATCH) are
// accepted silently; SET: YYYY needs nothing, since readout reads six- and
// eight-digit dates alike; the rest is listed in not_applied with a note.
#include <filesystem>

#include <fmt/format.h>

#include "base/file_io.h"
#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::StartsWith;
using internal::Trim;
using internal::Upper;

constexpr std::size_t kNpos = std::string_view::npos;
constexpr std::size_t kMaxProjectBytes = std::size_t{16} << 20;

bool Contains(std::string_view s, std::string_view part) { return s.find(part) != kNpos; }

// The integer after `key` ("VERBS[5]", "CONJ [4]"), or -1 if `key` is absent.
long IntegerAfter(std::string_view s, std::string_view key) {
  const std::size_t at = s.find(key);
  if (at == kNpos) return -1;
  std::size_t i = at + key.size();
  while (i < s.size() && !internal::IsDigit(s[i])) {
    if (s[i] != ' ' && s[i] != '[' && s[i] != '=') return -1;
    ++i;
  }
  long v = 0;
  while (i < s.size() && internal::IsDigit(s[i]) && v < 100000) v = v * 10 + (s[i++] - '0');
  return v;
}

std::string Resolve(const std::filesystem::path& dir, std::string_view name) {
  const std::filesystem::path p{std::string(name)};
  if (p.is_absolute() || dir.empty()) return p.string();
  return (dir / p).lexically_normal().string();
}

}  // namespace

bool ApplyTabariOption(std::string_view command, TabariOptions& options, std::string* why) {
  const std::string line = Upper(Trim(command));
  const std::size_t colon = line.find(':');
  if (colon == kNpos) {
    if (why != nullptr) *why = "no ':' in the command";
    return false;
  }
  const std::string_view name = Trim(std::string_view(line).substr(0, colon));
  const std::string_view args = Trim(std::string_view(line).substr(colon + 1));
  auto not_applied = [&] { options.not_applied.emplace_back(Trim(command)); };
  if (name == "LABEL" || name == "OUTPUT" || name == "FORWARD" || name == "NONEVENTS") return true;
  if (name == "COMPLEX") {
    // A COMPLEX line states every limit: those it leaves out are off.
    options.complex_verbs = options.complex_actors = options.complex_conjunctions = 0;
    // " VERBS" with its blank, as TABARI's getCOMPLEX, so NOVERBS is not it.
    const std::string padded = " " + std::string(args);
    if (const long n = IntegerAfter(padded, " VERBS"); n >= 0) options.complex_verbs = static_cast<std::uint32_t>(n);
    if (const long n = IntegerAfter(padded, "ACTORS"); n >= 0) options.complex_actors = static_cast<std::uint32_t>(n);
    if (const long n = IntegerAfter(padded, "CONJ"); n >= 0) options.complex_conjunctions = static_cast<std::uint32_t>(n);
    options.complex_no_actor_before_verb = Contains(args, "ACTPRIOR");  // NOACTPRIOR holds it too, as in TABARI
    for (std::string_view other : {"PRONOUNS", "COMMA", "LATEVERB", "ACTAFTER", "NOSOURCE", "NOVERB", "NOTARGET",
                                   "NOEVENT"}) {
      if (Contains(args, other)) {
        not_applied();
        break;
      }
    }
    return true;
  }
  if (name == "SET") {
    for (std::string_view output : {"LABEL", "USAGE", "HAIKU", "DUP", "SKIP", "FBIS", "MATCH", "YYYY"}) {
      if (Contains(args, output)) return true;
    }
    if (Contains(args, "CODE") || Contains(args, "TIME") || Contains(args, "CONV") || Contains(args, "MINIM") ||
        Contains(args, "CAPS") || Contains(args, "DOMINANT")) {
      not_applied();
      return true;
    }
    if (why != nullptr) *why = fmt::format("unrecognized SET: option '{}'", args);
    return false;
  }
  if (name == "DEFAULT" || name == "COMMA") {
    not_applied();
    return true;
  }
  if (why != nullptr) *why = fmt::format("unrecognized .options command '{}:'", name);
  return false;
}

TabariOptions ParseTabariOptions(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  internal::Reporter reporter(text, file_name, diags);
  TabariOptions options;
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == kNpos) nl = text.size();
    const std::size_t begin = pos;
    const std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    reporter.NoteLineStart(++number, begin);
    const std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '/' || line[0] == '#') continue;
    if (line[0] == '~') break;
    const std::size_t before = options.not_applied.size();
    std::string why;
    if (!ApplyTabariOption(line, options, &why)) {
      reporter.Warn(number, raw.find_first_not_of(" \t"), why + "; line skipped");
    } else if (options.not_applied.size() > before) {
      reporter.Report(Severity::kNote, number, raw.find_first_not_of(" \t"),
                      "TABARI option read but not applied: readout codes this its own way");
    }
  }
  return options;
}

Result<TabariOptions> LoadTabariOptions(const std::string& path, Diagnostics& diags) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxProjectBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseTabariOptions(*bytes, path, diags);
}

Result<TabariProject> ParseTabariProject(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  internal::Reporter reporter(text, file_name, diags);
  const std::filesystem::path dir = std::filesystem::path(std::string(file_name)).parent_path();
  TabariProject project;
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == kNpos) nl = text.size();
    const std::size_t begin = pos;
    const std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    reporter.NoteLineStart(++number, begin);
    const std::string_view line = Trim(raw);
    if (line.empty() || line[0] != '<') continue;
    const std::size_t close = line.find('>');
    if (close == kNpos) {
      reporter.Warn(number, raw.find('<'), "'<' without '>'; line skipped");
      continue;
    }
    const std::string tag = Upper(Trim(line.substr(1, close - 1)));
    std::string_view name = Trim(line.substr(close + 1));
    if (const std::size_t next = name.find('<'); next != kNpos) name = Trim(name.substr(0, next));
    std::string* single = nullptr;
    std::vector<std::string>* list = nullptr;
    if (tag == "ACTORSFILE") {
      list = &project.dictionaries.actor_files;
    } else if (tag == "VERBSFILE") {
      single = &project.dictionaries.verb_file;
    } else if (tag == "AGENTSFILE") {
      single = &project.dictionaries.agent_file;
    } else if (tag == "OPTIONSFILE") {
      single = &project.options_file;
    } else if (tag == "TEXTFILE") {
      list = &project.text_files;
    } else if (tag == "ISSUESFILE") {
      reporter.Report(Severity::kNote, number, raw.find('<'),
                      "TABARI issues file not read: its format is not PETRARCH's issue list");
      continue;
    } else {
      // Output files, the coder, sessions, system commands: not ours.
      continue;
    }
    if (name.empty()) {
      reporter.Warn(number, raw.find('<'), fmt::format("<{}> names no file; line skipped", Upper(tag)));
      continue;
    }
    std::string path = Resolve(dir, name);
    if (list != nullptr) {
      list->push_back(std::move(path));
    } else {
      if (!single->empty()) {
        reporter.Warn(number, raw.find('<'), fmt::format("a second <{}>; the first is kept", tag));
        continue;
      }
      *single = std::move(path);
    }
  }
  if (project.dictionaries.verb_file.empty() || project.dictionaries.actor_files.empty()) {
    return Status(StatusCode::kInvalidInput, "TABARI project names no <verbsfile> or no <actorsfile>",
                  SourceLocation{std::string(file_name), 0, 0});
  }
  return project;
}

Result<TabariProject> LoadTabariProject(const std::string& path, Diagnostics& diags) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxProjectBytes);
  if (!bytes.ok()) return bytes.status();
  return ParseTabariProject(*bytes, path, diags);
}

}  // namespace readout::dict
