// One dictionary format on arbitrary bytes, as the build names it
// (READOUT_FUZZ_VERBS, _ACTORS, _AGENTS, _DISCARDS, _ISSUES, _NOUNS,
// _CONFIG, _TABARI_PROJECT, _TABARI_OPTIONS). The parser must read what it
// can and turn the rest into diagnostics (include/readout/dict.h: reading
// never throws, prints or stops at a bad line); the linter then reads the
// same text again with the kind given and with the kind detected.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"
#include "readout/dict.h"

namespace {

namespace dict = readout::dict;

// Touches every phrase so that a result pointing at freed input shows up.
[[maybe_unused]] std::size_t Weigh(const dict::Phrase& p) {
  return p.ToString().size() + p.gaps.size();
}

#if defined(READOUT_FUZZ_VERBS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kVerbs;
constexpr const char* kName = "fuzz.verbs.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::VerbDictionary d = dict::ParseVerbs(text, kName, diags);
  std::size_t n = d.verb_count() + d.form_count() + d.pattern_count();
  for (const dict::VerbBlock& b : d.blocks) {
    n += b.code.ToString().size();
    for (const dict::Verb& v : b.verbs) {
      for (const dict::VerbForm& f : v.forms) {
        if (f.head >= f.phrase.words.size()) std::abort();  // head names a word of the form
        n += Weigh(f.phrase);
      }
    }
    for (const dict::Pattern& p : b.patterns) n += p.tokens.size() + p.code.ToString().size();
  }
  for (const dict::Synset& s : d.synsets) n += d.FindSynset(s.name) != nullptr;
  return n;
}
#elif defined(READOUT_FUZZ_ACTORS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kActors;
constexpr const char* kName = "fuzz.actors.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::ActorDictionary d = dict::ParseActors(text, kName, diags);
  std::size_t n = d.phrase_count();
  for (const dict::Actor& a : d.actors) {
    for (const dict::Phrase& p : a.phrases) n += Weigh(p);
    n += a.CodeOn(20140101).size() + a.CodeOn(0).size();
  }
  return n;
}
#elif defined(READOUT_FUZZ_AGENTS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kAgents;
constexpr const char* kName = "fuzz.agents.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::AgentDictionary d = dict::ParseAgents(text, kName, diags);
  std::size_t n = d.phrase_count();
  for (const dict::Agent& a : d.agents) {
    for (const dict::Phrase& p : a.phrases) n += Weigh(p);
  }
  return n;
}
#elif defined(READOUT_FUZZ_DISCARDS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kDiscards;
constexpr const char* kName = "fuzz.discards.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::DiscardList d = dict::ParseDiscards(text, kName, diags);
  std::size_t n = 0;
  for (const dict::Discard& x : d.discards) n += Weigh(x.phrase);
  return n;
}
#elif defined(READOUT_FUZZ_ISSUES)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kIssues;
constexpr const char* kName = "fuzz.issues.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::IssueList d = dict::ParseIssues(text, kName, diags);
  std::size_t n = d.phrase_count();
  for (const dict::Issue& i : d.issues) {
    for (const dict::Phrase& p : i.phrases) n += Weigh(p);
  }
  return n;
}
#elif defined(READOUT_FUZZ_NOUNS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kNouns;
constexpr const char* kName = "fuzz.nouns.txt";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::NounDictionary d = dict::ParseNouns(text, kName, diags);
  std::size_t n = d.phrase_count();
  for (const dict::EventNoun& e : d.nouns) {
    for (const dict::Phrase& p : e.phrases) n += Weigh(p);
  }
  return n;
}
#elif defined(READOUT_FUZZ_CONFIG)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kConfig;
constexpr const char* kName = "/fuzz/PETR_config.ini";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const readout::Result<dict::DictionaryConfig> c = dict::ParseConfig(text, kName, diags);
  if (!c.ok()) return c.status().ToString().size();
  return c.value().verb_file.size() + c.value().actor_files.size();
}
#elif defined(READOUT_FUZZ_TABARI_PROJECT)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kTabariProject;
constexpr const char* kName = "/fuzz/fuzz.project";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const readout::Result<dict::TabariProject> p = dict::ParseTabariProject(text, kName, diags);
  if (!p.ok()) return p.status().ToString().size();
  return p.value().options_file.size() + p.value().text_files.size();
}
#elif defined(READOUT_FUZZ_TABARI_OPTIONS)
[[maybe_unused]] constexpr dict::DictionaryKind kKind = dict::DictionaryKind::kTabariOptions;
constexpr const char* kName = "fuzz.options";
std::size_t Parse(std::string_view text, readout::Diagnostics& diags) {
  const dict::TabariOptions o = dict::ParseTabariOptions(text, kName, diags);
  dict::TabariOptions again;
  std::size_t n = o.not_applied.size();
  // Each line also as a single "{ OPTION: ... }" command.
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t nl = text.find('\n', begin);
    if (nl == std::string_view::npos) nl = text.size();
    std::string why;
    n += dict::ApplyTabariOption(text.substr(begin, nl - begin), again, &why);
    begin = nl + 1;
  }
  return n;
}
#else
#error "define the dictionary kind: READOUT_FUZZ_VERBS, _ACTORS, ..."
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  readout::Diagnostics diags;
  std::size_t n = Parse(text, diags);
  n += readout::fuzz::FormatAll(diags, readout::Status());
#if !defined(READOUT_FUZZ_CONFIG) && !defined(READOUT_FUZZ_TABARI_PROJECT)
  // A config or project lint loads the files it names: not from fuzz input.
  const readout::Diagnostics lint = dict::LintDictionaryText(text, kName, kKind);
  for (const readout::Diagnostic& d : lint.items()) {
    n += readout::FormatDiagnostic(d).size();
  }
  const dict::DictionaryKind detected = dict::DetectKind("fuzz.txt", text);
  if (detected == dict::DictionaryKind::kAuto) std::abort();  // "Never kAuto"
  n += dict::KindName(detected).size();
#endif
  (void)n;
  return 0;
}
