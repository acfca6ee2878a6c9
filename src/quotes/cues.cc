// The reporting-cue lexicon: base forms by group, inflected once into a
// hash map from word form to group. Regular inflection covers most verbs
// (final e dropped before -ed/-ing, y after a consonant to -ies/-ied);
// verbs that double their last consonant and irregular forms are listed.
#include "quotes/cues.h"

#include <functional>
#include <string>
#include <unordered_map>

namespace readout::quotes {
namespace {

struct Base {
  CueGroup group;
  std::string_view verbs;  // space-separated base forms
};

constexpr Base kBases[] = {
    {CueGroup::kSay,
     "say tell add note explain write tweet report announce state declare remark comment "
     "mention reply respond answer continue reiterate repeat recall recount observe "
     "disclose reveal relate convey confide whisper shout yell scream joke quip muse mutter "
     "murmur exclaim sigh laugh chuckle marvel gush boast brag crow inform notify advise "
     "testify elaborate clarify specify summarize summarise narrate proclaim pronounce "
     "blog email recite affirm attest certify interject acknowledge"},
    {CueGroup::kAssert,
     "argue insist maintain contend reason stress emphasize emphasise underline underscore "
     "highlight claim allege charge aver posit opine predict forecast estimate calculate "
     "determine assert theorize theorise speculate surmise hypothesize find conclude deduce "
     "infer demonstrate prove show assess reckon"},
    {CueGroup::kAdmit, "acknowledge concede admit confess confirm agree concur recognize recognise"},
    {CueGroup::kDeny,
     "deny dispute reject refute rebut counter retort object protest contest dismiss disagree "
     "question challenge contradict correct scoff sneer snap"},
    {CueGroup::kWarn,
     "warn caution threaten alert complain lament grumble fret fear worry bemoan regret "
     "criticize criticise accuse blame attack slam blast condemn decry denounce scold chide "
     "rebuke mock ridicule lambaste assail fume rail gripe whine"},
    {CueGroup::kPromise, "promise pledge vow swear guarantee assure propose"},
    {CueGroup::kAsk, "ask wonder inquire enquire demand urge request plead beg implore press query quiz"},
    {CueGroup::kSuggest, "suggest hint imply indicate signal recommend advise intimate insinuate"},
    {CueGroup::kBelieve,
     "believe think feel expect hope know suspect doubt assume guess imagine realize realise "
     "understand suppose presume wish"},
};

// Verbs that double their last consonant before -ed and -ing.
constexpr std::string_view kDoubling[] = {"admit", "regret", "rebut", "infer", "aver", "quip", "snap"};
// Irregular past forms.
constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
    {"say", "said"},       {"tell", "told"},        {"write", "wrote"},      {"write", "written"},
    {"think", "thought"},  {"feel", "felt"},        {"hold", "held"},        {"find", "found"},
    {"swear", "swore"},    {"swear", "sworn"},      {"understand", "understood"}, {"know", "knew"},
    {"know", "known"},     {"forecast", "forecast"}, {"show", "shown"},      {"prove", "proven"}};

bool Vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

class Lexicon {
 public:
  Lexicon() {
    for (const Base& b : kBases) {
      std::string_view list = b.verbs;
      while (!list.empty()) {
        const std::size_t sp = list.find(' ');
        const std::string_view verb = list.substr(0, sp);
        list = sp == std::string_view::npos ? std::string_view() : list.substr(sp + 1);
        if (!verb.empty()) Inflect(std::string(verb), b.group);
      }
    }
    for (const auto& [base, form] : kIrregular) {
      const auto it = forms_.find(base);
      if (it != forms_.end()) forms_.emplace(std::string(form), it->second);
    }
  }
  CueGroup Find(std::string_view w) const {
    const auto it = forms_.find(w);  // no string made per lookup
    return it == forms_.end() ? CueGroup::kNone : it->second;
  }
  std::size_t size() const { return forms_.size(); }

 private:
  // The first group a form is listed in wins: "predict" asserts before it promises.
  void Add(std::string form, CueGroup g) { forms_.emplace(std::move(form), g); }
  void Inflect(const std::string& v, CueGroup g) {
    Add(v, g);
    const char last = v.back();
    const char before = v.size() > 1 ? v[v.size() - 2] : 'a';
    bool doubles = false;
    for (std::string_view d : kDoubling) doubles = doubles || d == v;
    if (last == 'y' && !Vowel(before)) {
      const std::string stem = v.substr(0, v.size() - 1);
      Add(stem + "ies", g);
      Add(stem + "ied", g);
      Add(v + "ing", g);
      return;
    }
    if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 's' || before == 'c'))) {
      Add(v + "es", g);
    } else {
      Add(v + "s", g);
    }
    if (last == 'e') {
      const std::string stem = v.substr(0, v.size() - 1);
      Add(v + "d", g);
      Add(stem + "ing", g);
    } else if (doubles) {
      Add(v + last + "ed", g);
      Add(v + last + "ing", g);
    } else {
      Add(v + "ed", g);
      Add(v + "ing", g);
    }
  }
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
  };
  std::unordered_map<std::string, CueGroup, Hash, std::equal_to<>> forms_;
};

const Lexicon& TheLexicon() {
  static const Lexicon lexicon;  // built once, thread-safe, immutable after
  return lexicon;
}

}  // namespace

std::string_view CueGroupName(CueGroup g) {
  switch (g) {
    case CueGroup::kNone: return "none";
    case CueGroup::kSay: return "say";
    case CueGroup::kAssert: return "assert";
    case CueGroup::kAdmit: return "admit";
    case CueGroup::kDeny: return "deny";
    case CueGroup::kWarn: return "warn";
    case CueGroup::kPromise: return "promise";
    case CueGroup::kAsk: return "ask";
    case CueGroup::kSuggest: return "suggest";
    case CueGroup::kBelieve: return "believe";
  }
  return "none";
}

CueGroup CueGroupOf(std::string_view lower) { return TheLexicon().Find(lower); }

bool TakesBareClause(CueGroup g) {
  switch (g) {
    case CueGroup::kSay:
    case CueGroup::kAssert:
    case CueGroup::kAdmit:
    case CueGroup::kDeny:
    case CueGroup::kPromise:
    case CueGroup::kSuggest:
    case CueGroup::kBelieve:
      return true;
    case CueGroup::kWarn:  // "warned the plan would fail", but also "blamed Trump"
    case CueGroup::kAsk:
    case CueGroup::kNone:
      return false;
  }
  return false;
}

std::size_t CueFormCount() { return TheLexicon().size(); }

}  // namespace readout::quotes
