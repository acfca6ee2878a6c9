// FindLocation: the place of a sentence's event.
//
// One pass over the sentence's tokens. At a capitalized word that starts
// some gazetteer name (first_words), phrases of decreasing length are keyed
// the way names are (lowercased words, a space where the text has one) and
// looked up; the longest hit is a mention. Mentions that read as part of a
// longer name, a possessive or a sentence-initial city are dropped. Each
// mention is ranked by the word that governs it, found by walking left over
// at most four determiners, direction or place words, capitalized
// modifiers, commas and possessive 's ("in the Saudi capital, Riyadh"):
// in/at/near... rank 0, to/into/on... rank 1, anything else rank 2 (bare);
// "according to X" is never a place;
// a possessive country ("Pakistan's") is kept as rank 3, never the answer.
// Countries named anywhere in the sentence then settle ambiguous cities.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "resolve/gazetteer_impl.h"

namespace readout::resolve {
namespace {

constexpr std::uint32_t kMaxTokens = 400;

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (EqualsIgnoreCaseAscii(w, s)) return true;
  }
  return false;
}

bool IsLocativePrep(std::string_view w) {
  // "off Chennai", "off the coast of Somalia": at sea near it.
  return In(w, {"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                "within", "off"});
}
bool IsDirectionalPrep(std::string_view w) {
  // Not "from" or "over": "signals from Beijing", "concerns over Moscow's
  // role" name governments far more often than places.
  return In(w, {"to", "into", "on", "toward", "towards", "via"});
}
// Words that may stand between a preposition and the place it governs.
bool IsSkippable(std::string_view w) {
  return In(w, {"the", "a", "an", "central", "northern", "southern", "eastern", "western",
                "north", "south", "east", "west", "northeastern", "northwestern",
                "southeastern", "southwestern", "downtown", "neighboring", "neighbouring",
                "capital", "city", "town", "port", "village", "region", "province", "of",
                "coast", "shores", "waters",
                "'s", ","});
}
bool IsCalendarWord(std::string_view w) {
  return In(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"});
}

// Appends the NameKey form of one token's text (no spaces inside tokens).
void AppendKey(std::string& key, std::string_view w) {
  for (char c : w) key.push_back(ToLowerAscii(c));
}

struct Mention {
  std::uint32_t first;  // token range [first, end)
  std::uint32_t end;
  const std::vector<Candidate>* candidates;
  int rank;
  std::string_view prep;
};

}  // namespace

Location Gazetteer::FindLocation(const text::TextAnalysis& a, const text::Sentence& sentence,
                                 const LocationOptions& options) const {
  const Impl& im = *impl_;
  Location out;
  const std::uint32_t sbegin = sentence.first_token;
  std::uint32_t send = sentence.end_token;
  if (send > a.tokens.size()) send = static_cast<std::uint32_t>(a.tokens.size());
  if (sbegin >= send) return out;
  if (send - sbegin > kMaxTokens) send = sbegin + kMaxTokens;

  auto word = [&](std::uint32_t t) { return a.norm_text(a.tokens[t]); };
  auto is_cap_word = [&](std::uint32_t t) {
    const text::Token& tok = a.tokens[t];
    return tok.kind == text::TokenKind::kWord && tok.has(text::kCapitalized);
  };

  std::vector<Mention> mentions;
  std::string key;
  std::string first_key;
  for (std::uint32_t i = sbegin; i < send; ++i) {
    if (!is_cap_word(i) || IsCalendarWord(word(i))) continue;
    first_key.clear();
    AppendKey(first_key, word(i));
    auto fw = im.first_words.find(first_key);
    if (fw == im.first_words.end()) continue;
    const std::uint32_t max_len = fw->second;
    // Longest phrase first.
    const std::vector<Candidate>* hit = nullptr;
    std::uint32_t hit_end = 0;
    key.clear();
    for (std::uint32_t j = i; j < send && j - i < max_len; ++j) {
      if (j > i && a.tokens[j].has(text::kSpaceBefore)) key.push_back(' ');
      AppendKey(key, word(j));
      auto it = im.names.find(key);
      if (it != im.names.end()) {
        hit = &it->second;
        hit_end = j + 1;
      }
    }
    if (!hit) continue;
    Mention m{i, hit_end, hit, 2, {}};
    i = hit_end - 1;

    // Part of a longer name: "Washington Post", "President Trump".
    const bool next_cap = m.end < send && is_cap_word(m.end) &&
                          a.tokens[m.end].has(text::kSpaceBefore) &&
                          !IsCalendarWord(word(m.end));
    const bool possessive = m.end < send && a.tokens[m.end].kind == text::TokenKind::kClitic &&
                            EqualsIgnoreCaseAscii(word(m.end), "'s");
    bool prev_cap = false;
    if (m.first > sbegin) {
      const std::uint32_t p = m.first - 1;
      prev_cap = is_cap_word(p) && !IsLocativePrep(word(p)) && !IsDirectionalPrep(word(p)) &&
                 !IsSkippable(word(p));
    }
    if (possessive && !next_cap && !prev_cap) {
      // Not a place, but the country still settles ambiguous cities.
      if ((*hit)[0].kind == PlaceKind::kCountry) {
        m.rank = 3;
        mentions.push_back(m);
      }
      continue;
    }
    if (next_cap || possessive || prev_cap) continue;
    const bool is_country = (*hit)[0].kind == PlaceKind::kCountry;
    if (m.first == sbegin && !is_country && m.end - m.first == 1) continue;

    // The governing word.
    std::uint32_t p = m.first;
    for (int steps = 0; p > sbegin && steps < 5; ++steps) {
      --p;
      const std::string_view w = word(p);
      if (IsLocativePrep(w)) {
        m.rank = 0;
        m.prep = w;
        break;
      }
      if (IsDirectionalPrep(w)) {
        // "according to Xinhua" names a source, not a place.
        const bool source = p > sbegin && EqualsIgnoreCaseAscii(word(p - 1), "according");
        m.rank = source ? 3 : 1;
        m.prep = w;
        break;
      }
      if (!IsSkippable(w) && !is_cap_word(p)) break;
    }
    mentions.push_back(m);
  }
  if (mentions.empty()) return out;

  // Countries named in the sentence, for ambiguous cities.
  std::vector<std::string_view> named;
  for (const Mention& m : mentions) {
    for (const Candidate& c : *m.candidates) {
      if (c.kind == PlaceKind::kCountry) named.push_back(im.countries[c.index].alpha3);
    }
  }

  const Mention* best = nullptr;
  auto city_of = [](const Mention& m) { return (*m.candidates)[0].kind == PlaceKind::kCity; };
  for (const Mention& m : mentions) {
    if (m.rank == 3 || (m.rank == 2 && !options.allow_bare)) continue;
    if (!best || m.rank < best->rank || (m.rank == best->rank && city_of(m) && !city_of(*best))) {
      best = &m;
    }
  }
  if (!best) return out;

  const Candidate* pick = &(*best->candidates)[0];
  if (pick->kind == PlaceKind::kCity) {
    for (const Candidate& c : *best->candidates) {
      if (c.kind != PlaceKind::kCity) continue;
      bool in_named = false;
      for (std::string_view n : named) in_named = in_named || im.cities[c.index].country == n;
      if (in_named) {
        pick = &c;
        break;
      }
    }
  }

  const text::Token& first = a.tokens[best->first];
  const text::Token& last = a.tokens[best->end - 1];
  out.found = true;
  out.kind = pick->kind;
  out.name = std::string(a.norm.view(first.nbegin, last.nend));
  out.span = Span{first.begin, last.end};
  out.preposition = std::string(best->prep);
  for (char& c : out.preposition) c = ToLowerAscii(c);
  if (pick->kind == PlaceKind::kCountry) {
    const Country& c = im.countries[pick->index];
    out.canonical = c.name;
    out.country = c.alpha3;
    out.has_coords = c.has_capital;
    out.lat = c.capital_lat;
    out.lon = c.capital_lon;
  } else {
    const City& c = im.cities[pick->index];
    out.canonical = c.name;
    out.country = c.country;
    out.has_coords = true;
    out.lat = c.lat;
    out.lon = c.lon;
  }
  return out;
}

}  // namespace readout::resolve
