// ExtractFeatures: a report's terms, names, years and actors with weights.
// See features.h for the kinds and why each is there.
#include "stories/features.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/ascii.h"

namespace readout::stories {
namespace {

// Where a word stands says how central it is: the headline and the first
// paragraphs name the news, later paragraphs add background.
constexpr float kTitleWeight = 2.0F;
constexpr float kLedeWeight = 1.5F;
// A lede is the first two paragraphs (the title is not one of them).
constexpr std::uint32_t kLedeParagraphs = 2;
// Each word of a multi-word name also counts alone, at this share, so that
// "Lohan" later in the text meets "Lindsay Lohan" of the lede.
constexpr float kNamePartShare = 0.5F;
// Numbers other than years ("23 pirates", "6.1 magnitude") tell events apart
// a little, but counts recur across unrelated reports.
constexpr float kNumberShare = 0.5F;
// A bound on the work per report: a 16 MiB document still yields a bounded
// signature. Words past this many are not read.
constexpr std::size_t kMaxWords = 20000;

std::uint64_t Hash(char kind, std::string_view s) {
  // FNV-1a over the kind and the string: stable across runs and machines,
  // so a stored signature stays comparable with tomorrow's.
  std::uint64_t h = 1469598103934665603ULL;
  const auto mix = [&h](unsigned char c) {
    h ^= c;
    h *= 1099511628211ULL;
  };
  mix(static_cast<unsigned char>(kind));
  for (const char c : s) mix(static_cast<unsigned char>(c));
  return h;
}

bool IsYear(std::string_view s) {
  return s.size() == 4 && (s.substr(0, 2) == "19" || s.substr(0, 2) == "20") &&
         IsAsciiDigit(s[2]) && IsAsciiDigit(s[3]);
}

bool AllUpper(std::string_view s) {
  std::size_t letters = 0;
  for (const char c : s) {
    if (IsAsciiAlpha(c)) {
      if (!IsAsciiUpper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

class Accumulator {
 public:
  void Add(char kind, std::string_view key, float weight) {
    if (key.empty()) return;
    Feature& f = weights_[Hash(kind, key)];
    f.weight += weight;
    f.name = kind != 't';
  }
  std::vector<Feature> Take() {
    std::vector<Feature> out;
    out.reserve(weights_.size());
    for (const auto& [key, f] : weights_) out.push_back({key, f.weight, f.name});
    std::sort(out.begin(), out.end(), [](const Feature& a, const Feature& b) { return a.key < b.key; });
    return out;
  }

 private:
  std::unordered_map<std::uint64_t, Feature> weights_;
};

// Reads the words of one sentence: terms, years, and runs of capitalised
// words as names. A capitalised word opening a sentence is a name only when
// the next word is capitalised too ("Tara Reid entered"), not in "Police
// said"; headlines are capitalised throughout, so they give terms only.
void ReadSentence(const text::TextAnalysis& text, const text::Sentence& s, float weight,
                  bool names_allowed, Accumulator& acc, std::size_t& words) {
  std::string run;
  std::size_t run_words = 0;
  std::string parts[8];
  const auto flush = [&] {
    if (run_words > 0) {
      acc.Add('n', run, weight);
      if (run_words > 1) {
        for (std::size_t i = 0; i < std::min<std::size_t>(run_words, 8); ++i) {
          acc.Add('n', parts[i], weight * kNamePartShare);
        }
      }
    }
    run.clear();
    run_words = 0;
  };
  for (std::uint32_t t = s.first_token; t < s.end_token && words < kMaxWords; ++t) {
    const text::Token& token = text.tokens[t];
    const std::string_view raw = text.norm_text(token);
    if (token.kind == text::TokenKind::kNumber) {
      flush();
      ++words;
      if (IsYear(raw)) {
        acc.Add('y', raw, weight);
      } else if (raw.size() >= 2) {
        acc.Add('t', raw, weight * kNumberShare);
      }
      continue;
    }
    if (token.kind != text::TokenKind::kWord) {
      // "of" inside "Gulf of Aden" is handled below; punctuation ends a name.
      flush();
      continue;
    }
    ++words;
    const std::string lower = LowerAscii(raw);
    const bool stop = IsStopWord(lower);
    const bool capitalised = token.has(text::kCapitalized);
    const bool opens = t == s.first_token;
    bool name_word = names_allowed && capitalised && (!stop || AllUpper(raw));
    if (name_word && opens) {
      const bool next_capitalised = t + 1 < s.end_token &&
                                    text.tokens[t + 1].kind == text::TokenKind::kWord &&
                                    text.tokens[t + 1].has(text::kCapitalized);
      name_word = next_capitalised;
    }
    if (name_word) {
      if (run_words > 0) run += ' ';
      run += lower;
      if (run_words < 8) parts[run_words] = lower;
      ++run_words;
    } else if (run_words > 0 && (lower == "of" || lower == "de") && t + 1 < s.end_token &&
               text.tokens[t + 1].has(text::kCapitalized)) {
      run += ' ';
      run += lower;  // "Gulf of Aden", "Bank of England": one name
    } else {
      flush();
    }
    if (stop || lower.size() < 3) continue;
    acc.Add('t', TermOf(lower), weight);
  }
  flush();
}

}  // namespace

std::string TermOf(std::string_view lower) {
  std::string w(lower);
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
             w[w.size() - 2] != 'i') {
    w.pop_back();
  }
  return w;
}

std::vector<Feature> ExtractFeatures(const text::TextAnalysis& text, const std::vector<events::Event>& events,
                                     const std::vector<quotes::Quote>& quotes) {
  Accumulator acc;
  std::size_t words = 0;
  // The title, when the text has one, is its own paragraph: the lede is the
  // paragraphs after it.
  const std::uint32_t body =
      !text.sentences.empty() && text.sentences[0].has(text::kTitleSentence)
          ? text.sentences[0].paragraph + 1
          : 0;
  for (const text::Sentence& s : text.sentences) {
    const bool title = s.has(text::kTitleSentence);
    float weight = 1.0F;
    if (title) {
      weight = kTitleWeight;
    } else if (s.paragraph < body + kLedeParagraphs) {
      weight = kLedeWeight;
    }
    ReadSentence(text, s, weight, /*names_allowed=*/!title, acc, words);
  }
  for (const events::Event& e : events) {
    for (const events::ActorRef* a : {&e.source, &e.target}) {
      if (!a->entity.empty()) acc.Add('a', a->entity, 1.0F);
      if (a->country.size() == 3 && a->country != "---") acc.Add('a', a->country, 0.5F);
    }
  }
  for (const quotes::Quote& q : quotes) {
    if (!q.speaker.entity.empty()) acc.Add('a', q.speaker.entity, 1.0F);
  }
  return acc.Take();
}

}  // namespace readout::stories
