// Quantities in one document, and the same quantity compared across several.
//
// How it works: each sentence's tokens become an array of words (folded,
// ASCII-lowercased text with the token's kind). Dates go first:
// resolve::FindDates finds and resolves them on the sentence's normalized
// text, and their words are set aside so that "March 9" or "in 2019" is
// never read as a number. A date whose nearest tense marker, looking back,
// is a future one ("will", "due to") is resolved again forward; it keeps the
// nearest event noun that has no date of its own. Then a scan from left to
// right tries, at every word not yet used, four readers in a fixed order:
// money, percent, duration, count. Each reads a figure (digits "1,200",
// "2.6", "5bn"; words "twenty-five", "a hundred"; orders of magnitude "tens
// of thousands"), the unit around it ("$", "billion", "minutes", "tonnes"),
// a qualifier before it ("about", "more than", "up to") and then looks for
// the subject in the words around. The first reader that fits consumes its
// words. Years, ordinals, times and dates are never figures.
//
// There is no tagger here, only closed word lists and word positions: the
// subject is a guess from where a noun stands ("a 40-minute call", "two
// hours of talks", "a loan of $2.6 billion"), not from the parse. A figure
// whose subject cannot be guessed is still returned, with subject "", and is
// never compared.
//
// Comparison groups the first value each document gives per (kind, unit,
// subject) and asks whether the sources say the same thing: equal
// intervals, or overlapping ones when either side is approximate.
#include "compare/quantities.h"

#include <algorithm>
#include <unordered_map>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string_view>
#include <utility>

#include "base/ascii.h"
#include "readout/resolve.h"
#include "resolve/calendar.h"

namespace readout::compare {
namespace {

using text::TokenKind;

constexpr double kUnbounded = -1;
// "about x" is read as x +- 5%: wide enough for a source's rounding, narrow
// enough that "about 2.6 billion" and "3 billion" still differ.
constexpr double kApproxMargin = 0.05;
// Above this no report means the figure, and doubles stop holding every
// integer soon after (2^53 ~ 9.007e15): such "figures" are junk.
constexpr double kMaxFigure = 1e15;
// Two exact figures are the same when equal up to floating-point noise
// ("2.6 billion" and "2,600 million"); "48,000" and "48,200 tonnes" are not.
// Rounding by a source is what "about" and the approximate flag are for.
constexpr double kSameFigure = 1e-9;
// How many words away from a figure its event noun may stand.
constexpr std::size_t kSubjectReach = 12;
// Words in a noun phrase taken as a subject ("rare-earth oxides").
constexpr std::size_t kMaxPhraseWords = 3;

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// ---------------------------------------------------------------- word lists

// Function words: never a noun, a unit or a subject. Includes the words that
// end in "s" and would otherwise look like plural nouns ("was", "its").
bool IsFunctionWord(std::string_view w) {
  return In(w, {"the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by",
                "for", "with", "from", "as", "that", "this", "these", "those", "it", "its",
                "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do",
                "does", "did", "will", "would", "could", "should", "may", "might", "can",
                "shall", "must", "not", "no", "than", "then", "there", "their", "theirs", "his",
                "her", "hers", "he", "she", "they", "we", "you", "i", "us", "our", "ours",
                "your", "yours", "who", "whom", "whose", "which", "what", "when", "where",
                "while", "per", "each", "every", "all", "some", "more", "most", "less", "least",
                "over", "under", "into", "onto", "about", "after", "before", "during", "since",
                "until", "up", "down", "out", "off", "also", "only", "just", "so", "such",
                "both", "either", "neither", "said", "says", "according", "plus", "thus",
                "always", "perhaps", "towards", "toward", "whereas", "besides", "yes",
                "unless", "across", "nevertheless", "regardless", "if", "because", "though",
                "although", "whether", "than", "between", "among", "amid", "against",
                "other", "others", "another", "same", "many", "much", "few", "several",
                "another", "any", "now", "still", "yet", "again", "here", "very", "too",
                "almost", "nearly", "around", "roughly", "reportedly", "including", "via"});
}

bool IsDeterminer(std::string_view w) {
  return In(w, {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our",
                "such", "some", "each", "all", "both"});
}

// Nouns that name an event with a length or a date, mapped to their lemma.
std::string_view EventLemma(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kEvents[] = {
      {"talks", "talks"}, {"negotiations", "negotiations"}, {"discussions", "discussions"},
      {"consultations", "consultations"}, {"call", "call"}, {"calls", "call"},
      {"conversation", "conversation"}, {"conversations", "conversation"},
      {"meeting", "meeting"}, {"meetings", "meeting"}, {"summit", "summit"},
      {"summits", "summit"}, {"visit", "visit"}, {"visits", "visit"}, {"trip", "trip"},
      {"tour", "tour"}, {"war", "war"}, {"conflict", "conflict"}, {"fighting", "fighting"},
      {"ceasefire", "ceasefire"}, {"cease-fire", "ceasefire"}, {"truce", "truce"},
      {"session", "session"}, {"speech", "speech"}, {"interview", "interview"},
      {"hearing", "hearing"}, {"trial", "trial"}, {"debate", "debate"},
      {"election", "election"}, {"elections", "election"}, {"vote", "vote"},
      {"referendum", "referendum"}, {"parade", "parade"}, {"ceremony", "ceremony"},
      {"exercises", "exercises"}, {"drills", "drills"}, {"attack", "attack"},
      {"attacks", "attack"}, {"strike", "strike"}, {"strikes", "strike"},
      {"offensive", "offensive"}, {"invasion", "invasion"}, {"siege", "siege"},
      {"blockade", "blockade"}, {"protest", "protest"}, {"protests", "protest"},
      {"rally", "rally"}, {"conference", "conference"}, {"forum", "forum"},
      {"dialogue", "dialogue"}, {"videoconference", "videoconference"},
      {"clashes", "clashes"}, {"shelling", "shelling"}, {"signing", "signing"},
      {"inauguration", "inauguration"}, {"launch", "launch"}, {"standoff", "standoff"},
  };
  for (const auto& [word, lemma] : kEvents) {
    if (w == word) return lemma;
  }
  return {};
}

// Minutes per duration unit. Months and years are left out on purpose:
// "three years" is far more often an age, a term or a date ("three years
// ago") than the length of something the sources report.
double DurationMinutes(std::string_view w) {
  if (In(w, {"minute", "minutes", "min", "mins"})) return 1;
  if (In(w, {"hour", "hours", "hr", "hrs"})) return 60;
  if (In(w, {"day", "days"})) return 24 * 60;
  if (In(w, {"week", "weeks"})) return 7 * 24 * 60;
  return 0;
}

// Nouns that are never the counted thing: time spans, "times", scale words.
bool IsNotCounted(std::string_view w) {
  return DurationMinutes(w) != 0 ||
         In(w, {"seconds", "months", "years", "decades", "centuries", "times", "percent",
                "thousands", "millions", "billions", "hundreds", "dozens", "tens", "p.m.",
                "a.m.", "ones"});
}

// Units a count is measured in, whose "of" phrase names the thing counted:
// "48,000 tonnes of the pipes".
bool IsMeasureUnit(std::string_view lemma) {
  return In(lemma, {"tonne", "ton", "barrel", "kilogram", "kg", "gram", "litre", "liter",
                    "gallon", "cubic", "meter", "metre", "piece", "unit", "shipment", "batch",
                    "container", "cargo", "load", "truckload", "bag", "sack", "ounce", "pound",
                    "crate", "box", "carton", "dose", "round", "shell", "kilometre",
                    "kilometer", "mile", "hectare", "acre"});
}

// Multiplier words after a figure: "2.6 billion", "Rs 500 crore".
double ScaleWord(std::string_view w) {
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "mln") return 1e6;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "trillion" || w == "tn") return 1e12;
  if (w == "crore" || w == "crores") return 1e7;
  if (w == "lakh" || w == "lakhs") return 1e5;
  return 0;
}

// Money shorthand glued to the digits: "5bn", "310m".
double ScaleSuffix(std::string_view s) {
  if (s == "k") return 1e3;
  if (s == "m" || s == "mn" || s == "mln") return 1e6;
  if (s == "b" || s == "bn") return 1e9;
  if (s == "tn" || s == "trn") return 1e12;
  return 0;
}

// 0..19, 20..90 and their hyphenated sums ("twenty-five"); -1 otherwise.
int SmallNumber(std::string_view w) {
  static constexpr std::string_view kOnes[] = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen"};
  static constexpr std::string_view kTens[] = {"twenty", "thirty", "forty",   "fifty",
                                               "sixty",  "seventy", "eighty", "ninety"};
  for (int i = 0; i < 20; ++i) {
    if (w == kOnes[i]) return i;
  }
  const std::size_t dash = w.find('-');
  const std::string_view head = w.substr(0, dash);
  for (int i = 0; i < 8; ++i) {
    if (head != kTens[i]) continue;
    const int tens = 20 + 10 * i;
    if (dash == std::string_view::npos) return tens;
    const int unit = SmallNumber(w.substr(dash + 1));
    return unit >= 1 && unit <= 9 ? tens + unit : -1;
  }
  return -1;
}

std::string_view CurrencyWord(std::string_view w) {
  if (In(w, {"dollars", "dollar"})) return "USD";
  if (In(w, {"euros", "euro"})) return "EUR";
  if (In(w, {"yuan", "renminbi"})) return "CNY";
  if (w == "yen") return "JPY";
  if (In(w, {"rupees", "rupee"})) return "INR";
  if (In(w, {"pounds", "sterling"})) return "GBP";
  if (In(w, {"rubles", "roubles", "ruble", "rouble"})) return "RUB";
  return {};
}

// Written as a code before or after the figure: "USD 5 million".
std::string_view CurrencyCode(std::string_view norm) {
  if (norm == "USD" || norm == "EUR" || norm == "GBP" || norm == "JPY" || norm == "CNY" ||
      norm == "INR" || norm == "RUB") {
    return norm;
  }
  if (norm == "RMB") return "CNY";
  if (norm == "Rs") return "INR";
  return {};
}

// What happened to the people counted, from the verb beside the count:
// "killed 40", "40 people were killed". Canonical forms, so that "dead" and
// "killed" compare.
std::string_view OutcomeVerb(std::string_view w) {
  if (In(w, {"killed", "killing", "kill", "kills", "dead", "died"})) return "killed";
  if (In(w, {"wounded", "wounding", "injured", "injuring", "hurt"})) return "injured";
  if (In(w, {"displaced", "displacing", "uprooted"})) return "displaced";
  if (In(w, {"arrested", "arresting", "detained", "detaining"})) return "detained";
  if (In(w, {"evacuated", "evacuating"})) return "evacuated";
  if (In(w, {"captured", "capturing"})) return "captured";
  if (w == "missing") return "missing";
  return {};
}

// The singular of a plural noun, by rule (no dictionary): "tonnes" ->
// "tonne", "casualties" -> "casualty". Words that do not look plural come
// back unchanged.
std::string Singular(std::string_view w) {
  if (In(w, {"people", "police", "personnel", "staff", "cattle", "aircraft", "sheep", "fish"})) {
    return std::string(w);
  }
  if (w == "children") return "child";
  if (w == "men") return "man";
  if (w == "women") return "woman";
  if (w.size() > 4 && w.ends_with("ies")) {
    std::string s(w.substr(0, w.size() - 3));
    s += 'y';
    return s;
  }
  if (w.size() > 4 && (w.ends_with("sses") || w.ends_with("ches") || w.ends_with("shes") ||
                       w.ends_with("xes"))) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

bool LooksPlural(std::string_view w) {
  if (In(w, {"people", "police", "personnel", "children", "men", "women", "cattle"})) {
    return true;
  }
  return Singular(w) != w;
}

// ---------------------------------------------------------------- figures

enum class Bound : std::uint8_t { kExact, kApprox, kAtLeast, kAtMost };

// A number as written, before its unit.
struct Figure {
  double low = 0;
  double high = 0;
  std::size_t begin = 0;  // words [begin, end)
  std::size_t end = 0;
  bool vague = false;        // an order of magnitude: "tens of thousands"
  bool spelled = false;      // in words: "five"
  bool article = false;      // "a"/"an" standing for one: "an hour"
  bool year_like = false;    // 1900..2100 in four plain digits
  bool suffix_scale = false; // "5bn": money shorthand
};

struct Digits {
  double value = 0;
  double high = 0;           // > value for a range "10-20"
  std::string_view suffix;   // letters after the digits: "bn", "th"
  bool plain = false;        // only digits: no separator, decimal or suffix
};

// "1,200", "2.6", "5bn", "10-20". Times, dates, ordinals and decades
// ("10:30", "2025-02-24", "70th", "1990s") are not figures.
std::optional<Digits> ParseDigits(std::string_view s) {
  constexpr std::size_t kMaxDigits = 40;
  const std::size_t dash = s.find('-');
  if (dash != std::string_view::npos) {
    // A range "10-20"; a date has a second dash or a four-digit first part.
    if (s.find('-', dash + 1) != std::string_view::npos) return std::nullopt;
    const std::optional<Digits> a = ParseDigits(s.substr(0, dash));
    const std::optional<Digits> b = ParseDigits(s.substr(dash + 1));
    if (!a || !b || !a->suffix.empty() || !b->suffix.empty() || a->value >= b->value ||
        (a->plain && dash == 4)) {
      return std::nullopt;
    }
    return Digits{a->value, b->value, {}, false};
  }
  std::string buf;
  std::size_t i = 0;
  int dots = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (IsAsciiDigit(c)) {
      if (buf.size() >= kMaxDigits) return std::nullopt;
      buf += c;
    } else if (c == '.' && i + 1 < s.size() && IsAsciiDigit(s[i + 1])) {
      ++dots;
      buf += c;
    } else if (c != ',') {
      break;
    }
  }
  if (buf.empty() || dots > 1) return std::nullopt;
  Digits d;
  d.suffix = s.substr(i);
  for (const char c : d.suffix) {
    if (!IsAsciiAlpha(c)) return std::nullopt;
  }
  const auto [ptr, ec] = std::from_chars(buf.data(), buf.data() + buf.size(), d.value);
  if (ec != std::errc() || ptr != buf.data() + buf.size() || !std::isfinite(d.value)) {
    return std::nullopt;
  }
  d.high = d.value;
  d.plain = d.suffix.empty() && buf.size() == s.size();
  return d;
}

// The first day of an ISO date as days since 1970-01-01.
std::optional<double> DayNumber(std::string_view iso) {
  resolve::CivilDate d;
  if (!resolve::ParseIsoDay(iso, &d)) return std::nullopt;
  return static_cast<double>(resolve::DaysFromCivil(d));
}

// ---------------------------------------------------------------- scanner

struct Word {
  std::string lower;       // folded text, ASCII-lowercased
  std::string_view norm;   // folded text as written (into TextAnalysis::norm)
  TokenKind kind = TokenKind::kWord;
  bool hyphenated = false;
  bool space_before = false;
  std::uint32_t token = 0; // index into TextAnalysis::tokens
};

struct Qualifier {
  Bound bound = Bound::kExact;
  std::size_t begin = 0;   // first word of the qualifier (the figure's when none)
};

// One found figure with its unit, before it becomes a Quantity.
struct Found {
  QuantityKind kind = QuantityKind::kCount;
  std::size_t begin = 0;   // words [begin, end): qualifier to unit
  std::size_t end = 0;
  double low = 0;
  double high = 0;
  bool approximate = false;
  std::string unit;
  std::string subject;
};

class Scanner {
 public:
  Scanner(const Document& doc, const text::TextAnalysis& text, std::vector<Quantity>& out)
      : doc_(doc), text_(text), out_(out) {}

  void Scan(std::uint32_t sentence) {
    const text::Sentence& s = text_.sentences[sentence];
    if (s.first_token >= s.end_token || s.end_token > text_.tokens.size()) return;
    sentence_ = sentence;
    Load(s);
    const std::size_t first = out_.size();
    FindDates(s);
    for (std::size_t i = 0; i < words_.size();) {
      std::optional<Found> f;
      if (!used_[i]) {
        f = ReadMoney(i);
        if (!f) f = ReadPercent(i);
        if (!f) f = ReadDuration(i);
        if (!f) f = ReadCount(i);
      }
      if (!f) {
        ++i;
        continue;
      }
      i = std::max(f->end, i + 1);
      InheritConvertedSubject(*f);
      Emit(std::move(*f));
    }
    // Dates were found first; put the sentence's quantities in text order.
    std::stable_sort(out_.begin() + static_cast<std::ptrdiff_t>(first), out_.end(),
                     [](const Quantity& a, const Quantity& b) {
                       return a.value.span.begin < b.value.span.begin;
                     });
  }

 private:
  // ------------------------------------------------------------ words

  void Load(const text::Sentence& s) {
    words_.resize(s.end_token - s.first_token);
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      const text::Token& tok = text_.tokens[t];
      Word& w = words_[t - s.first_token];
      w.norm = text_.norm_text(tok);
      w.lower.assign(w.norm);
      for (char& c : w.lower) c = ToLowerAscii(c);
      w.kind = tok.kind;
      w.hyphenated = tok.has(text::kHyphenated);
      w.space_before = tok.has(text::kSpaceBefore);
      w.token = t;
    }
    used_.assign(words_.size(), false);
  }

  std::string_view W(std::size_t i) const {
    return i < words_.size() ? std::string_view(words_[i].lower) : std::string_view();
  }
  // W(i - back), or "" before the sentence.
  std::string_view Before(std::size_t i, std::size_t back) const {
    return i >= back ? W(i - back) : std::string_view();
  }
  bool IsWord(std::size_t i) const {
    return i < words_.size() && words_[i].kind == TokenKind::kWord;
  }
  bool Free(std::size_t begin, std::size_t end) const {
    for (std::size_t i = begin; i < end && i < used_.size(); ++i) {
      if (used_[i]) return false;
    }
    return true;
  }
  // A clause boundary: the subject of a figure is not looked for past it.
  bool IsBoundary(std::size_t i) const {
    const Word& w = words_[i];
    return w.kind == TokenKind::kQuote ||
           (w.kind == TokenKind::kPunct && In(w.lower, {";", ":", "(", ")", "[", "]", "--"}));
  }
  // A word that can be a noun: a word, not a function word or a figure, and
  // not obviously a verb or adverb.
  bool NounLike(std::size_t i) const {
    if (!IsWord(i) || used_[i]) return false;
    const std::string_view w = W(i);
    if (IsFunctionWord(w) || SmallNumber(w) >= 0 || ScaleWord(w) != 0) return false;
    if (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ly"))) return false;
    return IsAsciiAlpha(w.front());
  }

  // ------------------------------------------------------------ figures

  // The figure starting at word i. article_is_one lets "a"/"an" stand for
  // one ("an hour"); otherwise only "a hundred", "a dozen", "a million" do.
  std::optional<Figure> ReadFigure(std::size_t i, bool article_is_one) const {
    if (i >= words_.size() || used_[i]) return std::nullopt;
    std::optional<Figure> f;
    const Word& w = words_[i];
    if (w.kind == TokenKind::kNumber) {
      f = ReadDigitFigure(i);
    } else if (w.kind == TokenKind::kWord) {
      f = ReadVague(i);
      if (!f) f = ReadSpelled(i, article_is_one);
    }
    if (!f || f->high > kMaxFigure || !Free(f->begin, f->end)) return std::nullopt;
    return f;
  }

  std::optional<Figure> ReadDigitFigure(std::size_t i) const {
    const std::optional<Digits> d = ParseDigits(W(i));
    if (!d) return std::nullopt;
    Figure f{d->value, d->high, i, i + 1};
    if (!d->suffix.empty()) {
      const double scale = ScaleSuffix(d->suffix);
      if (scale == 0) return std::nullopt;  // 70th, 1990s, 10km
      f.low *= scale;
      f.high *= scale;
      f.suffix_scale = true;
      return f;
    }
    if (const double scale = ScaleWord(W(i + 1)); scale != 0) {
      f.low *= scale;
      f.high *= scale;
      f.end = i + 2;
      return f;
    }
    f.year_like = d->plain && W(i).size() == 4 && d->value >= 1900 && d->value <= 2100;
    return f;
  }

  // "dozens", "hundreds", "thousands", "millions", "tens of thousands",
  // "hundreds of millions": from twice the magnitude to just under ten times.
  std::optional<Figure> ReadVague(std::size_t i) const {
    auto magnitude = [](std::string_view w) -> double {
      if (w == "dozens") return 12;
      if (w == "hundreds") return 1e2;
      if (w == "thousands") return 1e3;
      if (w == "millions") return 1e6;
      if (w == "billions") return 1e9;
      return 0;
    };
    double base = 0;
    std::size_t end = i + 1;
    const std::string_view w = W(i);
    if ((w == "tens" || w == "hundreds") && W(i + 1) == "of" && magnitude(W(i + 2)) >= 1e3) {
      base = (w == "tens" ? 10 : 100) * magnitude(W(i + 2));
      end = i + 3;
    } else {
      base = magnitude(w);
    }
    if (base == 0) return std::nullopt;
    Figure f{2 * base, 10 * base - 1, i, end};
    f.vague = true;
    return f;
  }

  // "five", "twenty-five", "two hundred and fifty", "a dozen", "three
  // million"; "a"/"an" alone when article_is_one.
  std::optional<Figure> ReadSpelled(std::size_t i, bool article_is_one) const {
    std::size_t k = i;
    double total = 0;
    double current = 0;
    bool any = false;
    bool after_hundred = false;
    const bool article = W(i) == "a" || W(i) == "an";
    if (article) {
      current = 1;
      ++k;
    }
    for (; k < words_.size() && !used_[k]; ++k) {
      const std::string_view w = W(k);
      if (const int v = SmallNumber(w); v >= 0) {
        if (article || (current != 0 && !(after_hundred && v < 100))) break;
        current += v;
        any = true;
        continue;
      }
      if (w == "hundred" && current > 0 && current < 100) {
        current *= 100;
        any = after_hundred = true;
        continue;
      }
      if (w == "dozen" && current > 0 && current < 100) {
        current *= 12;
        any = true;
        continue;
      }
      if (const double scale = ScaleWord(w); scale != 0 && current > 0) {
        total += current * scale;
        current = 0;
        any = true;
        after_hundred = false;
        continue;
      }
      if (w == "and" && after_hundred && SmallNumber(W(k + 1)) >= 0) continue;
      break;
    }
    if (!any) {
      if (!article || !article_is_one) return std::nullopt;
      Figure f{1, 1, i, i + 1};
      f.article = f.spelled = true;
      return f;
    }
    Figure f{total + current, total + current, i, k};
    f.spelled = true;
    return f;
  }

  // A qualifier ending just before word i: "more than", "up to", "about".
  Qualifier ReadQualifier(std::size_t i) const {
    struct Pattern {
      std::string_view words[3];
      std::size_t size;
      Bound bound;
    };
    // Longest first, so that "no more than" is not read as "more than".
    static constexpr Pattern kPatterns[] = {
        {{"no", "fewer", "than"}, 3, Bound::kAtLeast},
        {{"no", "less", "than"}, 3, Bound::kAtLeast},
        {{"in", "excess", "of"}, 3, Bound::kAtLeast},
        {{"no", "more", "than"}, 3, Bound::kAtMost},
        {{"more", "than"}, 2, Bound::kAtLeast},
        {{"at", "least"}, 2, Bound::kAtLeast},
        {{"upwards", "of"}, 2, Bound::kAtLeast},
        {{"greater", "than"}, 2, Bound::kAtLeast},
        {{"up", "to"}, 2, Bound::kAtMost},
        {{"at", "most"}, 2, Bound::kAtMost},
        {{"less", "than"}, 2, Bound::kAtMost},
        {{"fewer", "than"}, 2, Bound::kAtMost},
        {{"as", "many"}, 2, Bound::kAtMost},  // "as many as": see below
        {{"as", "much"}, 2, Bound::kAtMost},
        {{"close", "to"}, 2, Bound::kApprox},
        {{"an", "estimated"}, 2, Bound::kApprox},
        {{"over"}, 1, Bound::kAtLeast},
        {{"above"}, 1, Bound::kAtLeast},
        {{"exceeding"}, 1, Bound::kAtLeast},
        {{"under"}, 1, Bound::kAtMost},
        {{"below"}, 1, Bound::kAtMost},
        {{"about"}, 1, Bound::kApprox},
        {{"around"}, 1, Bound::kApprox},
        {{"roughly"}, 1, Bound::kApprox},
        {{"approximately"}, 1, Bound::kApprox},
        {{"some"}, 1, Bound::kApprox},
        {{"nearly"}, 1, Bound::kApprox},
        {{"almost"}, 1, Bound::kApprox},
        {{"estimated"}, 1, Bound::kApprox},
        {{"circa"}, 1, Bound::kApprox},
    };
    std::size_t at = i;
    // "as many as 40": the trailing "as" is read off first.
    const bool trailing_as = Before(i, 1) == "as";
    if (trailing_as) --at;
    for (const Pattern& p : kPatterns) {
      const bool as_pattern = p.words[0] == "as";
      if (as_pattern != trailing_as || at < p.size) continue;
      bool match = true;
      for (std::size_t j = 0; j < p.size && match; ++j) {
        const std::size_t w = at - p.size + j;
        match = !used_[w] && W(w) == p.words[j];
      }
      if (!match) continue;
      std::size_t begin = at - p.size;
      // "just over", "well over": part of the text, not of the meaning.
      if (p.bound != Bound::kApprox && In(Before(begin, 1), {"just", "well", "slightly"})) {
        --begin;
      }
      return Qualifier{p.bound, begin};
    }
    return Qualifier{Bound::kExact, i};
  }

  // Applies the qualifier before figure word `first` to [low, high].
  Qualifier Qualify(std::size_t first, double* low, double* high, bool* approximate) const {
    const Qualifier q = ReadQualifier(first);
    switch (q.bound) {
      case Bound::kExact:
        break;
      case Bound::kApprox:
        *low *= 1 - kApproxMargin;
        *high *= 1 + kApproxMargin;
        *approximate = true;
        break;
      case Bound::kAtLeast:
        *high = kUnbounded;
        break;
      case Bound::kAtMost:
        *low = 0;
        break;
    }
    return q;
  }

  // ------------------------------------------------------------ subjects

  // The event noun at i, or after "phone"/"video" at i ("a phone call").
  // Over a line, a conversation or talks are a call: the Kremlin's
  // "telephone conversation" is everyone else's "phone call".
  std::string_view EventAt(std::size_t i) const {
    if (i >= words_.size() || !IsWord(i)) return {};
    const auto by_line = [](std::string_view w) {
      return In(w, {"phone", "telephone", "video"});
    };
    if (by_line(W(i))) ++i;
    const std::string_view e = EventLemma(W(i));
    if (In(e, {"conversation", "talks"}) && by_line(Before(i, 1))) return "call";
    return e;
  }

  // Whether the event noun at i only serves to place another event: "the
  // groundwork for the summit was laid last week", "a statement issued
  // after the talks on Monday": the date is not the summit's. (Used for
  // dates only: in "hosted him for talks that lasted 90 minutes" the length
  // is the talks'.)
  bool EventIsOnlyAReference(std::size_t i) const {
    while (i > 0 && IsDeterminer(W(i - 1))) --i;
    const std::string_view w = Before(i, 1);
    return In(w, {"for", "before", "after", "since", "until", "following"}) ||
           (w == "of" && Before(i, 2) == "ahead");
  }

  // The event noun nearest to words [begin, end) within its clause and
  // kSubjectReach words; the left one wins a tie. For a date, an event noun
  // that is only a reference point counts when the date follows it at once
  // ("arrived for talks on Monday"), and one with a date of its own never.
  std::string_view NearestEvent(std::size_t begin, std::size_t end, bool date) const {
    auto reference = [&](std::size_t i, std::size_t d) {
      return date && ((d > 2 && EventIsOnlyAReference(i)) || EventHasOtherDate(i, begin, end));
    };
    bool left_open = true;
    bool right_open = true;
    for (std::size_t d = 1; d <= kSubjectReach && (left_open || right_open); ++d) {
      if (left_open) {
        if (begin < d || IsBoundary(begin - d)) {
          left_open = false;
        } else if (const std::string_view e = EventAt(begin - d);
                   !e.empty() && !reference(begin - d, d)) {
          return e;
        }
      }
      if (right_open) {
        const std::size_t r = end - 1 + d;
        if (r >= words_.size() || IsBoundary(r)) {
          right_open = false;
        } else if (const std::string_view e = EventAt(r); !e.empty() && !reference(r, d)) {
          return e;
        }
      }
    }
    return {};
  }

  // Up to kMaxPhraseWords noun-like words from i, after determiners: "the
  // pipes", "rare-earth oxides". Stops at an adverb-like "-ly" word, and
  // after the first word at a capitalized or verb-like "-ed" one. Returns
  // [begin, end), empty when there is no noun.
  std::pair<std::size_t, std::size_t> NounPhrase(std::size_t i) const {
    while (i < words_.size() && IsDeterminer(W(i))) ++i;
    std::size_t k = i;
    while (k < words_.size() && k - i < kMaxPhraseWords) {
      if (!IsWord(k) || IsFunctionWord(W(k)) || SmallNumber(W(k)) >= 0) break;
      if (W(k).size() > 3 && W(k).ends_with("ly")) break;  // "annually"
      if (k > i && (W(k).ends_with("ed") || IsAsciiUpper(words_[k].norm.front()))) break;
      ++k;
    }
    return {i, k};
  }

  std::string PhraseText(std::pair<std::size_t, std::size_t> range) const {
    std::string s;
    for (std::size_t k = range.first; k < range.second; ++k) {
      if (!s.empty()) s += ' ';
      s += W(k);
    }
    return s;
  }

  // The noun an amount or a share is for: the one it modifies ("a $2.6
  // billion loan"), the "of"/"in" phrase after it ("$2.6 billion in loans",
  // "25% of the shares"), or the noun before "of"/"worth"/"at" ("a loan of
  // $2.6 billion", "deals worth ...", "inflation at 5%"). The phrase's last
  // word, singular.
  std::string AmountSubject(std::size_t begin, std::size_t end) const {
    if (NounLike(end) && !IsAsciiUpper(words_[end].norm.front()) &&
        CurrencyWord(W(end)).empty()) {
      std::size_t k = end;
      while (k + 1 < words_.size() && k + 1 - end < kMaxPhraseWords && NounLike(k + 1) &&
             !IsAsciiUpper(words_[k + 1].norm.front())) {
        ++k;
      }
      return Singular(W(k));
    }
    std::size_t after = end;
    if (W(after) == "worth") ++after;
    if (In(W(after), {"of", "in"})) {
      const auto phrase = NounPhrase(after + 1);
      if (phrase.second > phrase.first) return Singular(W(phrase.second - 1));
    }
    std::size_t before = begin;
    if (In(Before(before, 1), {"of", "worth", "at"})) {
      --before;
      // "the deal is worth", "the loan, worth": past the copula and comma.
      if (In(Before(before, 1), {"is", "was", "are", "were", "be", ","})) --before;
    } else if (In(Before(before, 1), {"by", "to"}) &&
               In(Before(before, 2), {"rose", "fell", "grew", "increased", "decreased",
                                      "dropped", "declined", "climbed", "jumped", "surged",
                                      "slumped", "shrank", "expanded", "raised", "cut",
                                      "reduced", "lowered"})) {
      before -= 2;
    } else {
      return {};
    }
    if (before > 0 && NounLike(before - 1)) return Singular(W(before - 1));
    return {};
  }

  // ------------------------------------------------------------ readers

  // "$2.6 billion", "US$5m", "€5bn", "Rs 500 crore", "310 million dollars",
  // "billions of dollars".
  std::optional<Found> ReadMoney(std::size_t i) const {
    std::string_view code;
    std::size_t figure_at = i + 1;
    const Word& w = words_[i];
    if (w.kind == TokenKind::kSymbol || (w.kind == TokenKind::kWord && W(i + 1) == "$")) {
      std::size_t sym = i;
      std::string_view prefix;
      if (w.kind == TokenKind::kWord) {
        // "US$", "HK$": the letters glued to the dollar sign name it.
        if (i + 1 >= words_.size() || words_[i + 1].space_before) return std::nullopt;
        prefix = w.norm;
        sym = i + 1;
        figure_at = i + 2;
      }
      const std::string_view s = W(sym);
      if (s == "$") {
        if (prefix.empty() || prefix == "US") code = "USD";
        else if (prefix == "A") code = "AUD";
        else if (prefix == "C") code = "CAD";
        else if (prefix == "HK") code = "HKD";
        else if (prefix == "NZ") code = "NZD";
        else if (prefix == "S") code = "SGD";
      } else if (s == "\xE2\x82\xAC") {
        code = "EUR";
      } else if (s == "\xC2\xA3") {
        code = "GBP";
      } else if (s == "\xC2\xA5") {
        code = "JPY";
      } else if (s == "\xE2\x82\xB9") {
        code = "INR";
      } else if (s == "\xE2\x82\xBD") {
        code = "RUB";
      }
    } else if (w.kind == TokenKind::kWord) {
      code = CurrencyCode(w.norm);
    }

    std::optional<Figure> f;
    std::size_t end = 0;
    if (!code.empty()) {
      f = ReadFigure(figure_at, false);
      if (!f && figure_at < words_.size() && words_[figure_at].hyphenated) {
        f = ReadCompoundAmount(figure_at);  // "a $2.6-billion loan"
      }
      if (!f || f->vague) return std::nullopt;
      end = f->end;
    } else {
      f = ReadFigure(i, false);
      if (!f) return std::nullopt;
      std::size_t k = f->end;
      if (f->vague) {
        if (W(k) != "of") return std::nullopt;
        ++k;
      }
      if (W(k) == "us" && W(k + 1) == "dollars") ++k;
      code = CurrencyWord(W(k));
      if (code.empty() && k < words_.size()) code = CurrencyCode(words_[k].norm);
      // "500 pounds of explosives" is a weight.
      if (code.empty() || (W(k) == "pounds" && W(k + 1) == "of")) return std::nullopt;
      end = k + 1;
    }
    Found out;
    out.kind = QuantityKind::kMoney;
    out.low = f->low;
    out.high = f->high;
    out.approximate = f->vague;
    out.begin = Qualify(i, &out.low, &out.high, &out.approximate).begin;
    out.end = end;
    out.unit = code;
    out.subject = AmountSubject(out.begin, end);
    return out;
  }

  // "2.6-billion" in "a $2.6-billion loan".
  std::optional<Figure> ReadCompoundAmount(std::size_t i) const {
    const std::string_view w = W(i);
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    const double scale = ScaleWord(w.substr(dash + 1));
    if (scale == 0) return std::nullopt;
    const std::optional<Digits> d = ParseDigits(w.substr(0, dash));
    if (!d || !d->suffix.empty() || d->value * scale > kMaxFigure) return std::nullopt;
    return Figure{d->value * scale, d->value * scale, i, i + 1};
  }

  // "25%", "25 percent", "25 per cent", "five percentage points".
  std::optional<Found> ReadPercent(std::size_t i) const {
    const std::optional<Figure> f = ReadFigure(i, false);
    if (!f || f->vague || f->suffix_scale) return std::nullopt;
    std::size_t end = f->end;
    std::string unit = "percent";
    if (In(W(end), {"%", "percent", "pct"})) {
      end += 1;
    } else if (W(end) == "per" && W(end + 1) == "cent") {
      end += 2;
    } else if (W(end) == "percentage" && In(W(end + 1), {"point", "points"})) {
      end += 2;
      unit = "percentage point";
    } else {
      return std::nullopt;
    }
    Found out;
    out.kind = QuantityKind::kPercent;
    out.low = f->low;
    out.high = f->high;
    out.begin = Qualify(i, &out.low, &out.high, &out.approximate).begin;
    out.end = end;
    out.unit = std::move(unit);
    out.subject = AmountSubject(out.begin, end);
    return out;
  }

  // "two hours", "90 minutes", "an hour and a half", "half an hour",
  // "one and a half hours", "two hours and 15 minutes", "a 40-minute call",
  // "a two-hour meeting", "a day-long visit".
  std::optional<Found> ReadDuration(std::size_t i) const {
    double minutes = 0;
    std::size_t end = 0;
    bool compound = false;
    if (words_[i].hyphenated && ReadCompoundDuration(W(i), &minutes)) {
      end = i + 1;
      compound = true;
    } else if (W(i) == "half" && In(W(i + 1), {"a", "an"}) && DurationMinutes(W(i + 2)) != 0) {
      minutes = 0.5 * DurationMinutes(W(i + 2));
      end = i + 3;
    } else {
      const std::optional<Figure> f = ReadFigure(i, true);
      if (!f || f->vague || f->suffix_scale || f->year_like || f->low != f->high) {
        return std::nullopt;
      }
      double count = f->low;
      std::size_t k = f->end;
      if (W(k) == "and" && W(k + 1) == "a" && W(k + 2) == "half") {  // "one and a half hours"
        count += 0.5;
        k += 3;
      }
      const double unit = DurationMinutes(W(k));
      if (unit == 0) return std::nullopt;
      // "once a day", "twice an hour" are rates; "a day" needs "for",
      // "lasted" or a qualifier to be a length.
      if (f->article && (In(Before(i, 1), {"once", "twice", "times", "per", "every"}) ||
                         (unit >= 24 * 60 && !In(Before(i, 1), {"for", "lasted", "lasting",
                                                                "took", "over", "than"})))) {
        return std::nullopt;
      }
      minutes = count * unit;
      ++k;
      if (W(k) == "and" && W(k + 1) == "a" && W(k + 2) == "half") {  // "an hour and a half"
        minutes += 0.5 * unit;
        k += 3;
      } else if (W(k) == "and") {  // "two hours and 15 minutes"
        if (const std::optional<Figure> g = ReadFigure(k + 1, true);
            g && !g->vague && DurationMinutes(W(g->end)) != 0 &&
            DurationMinutes(W(g->end)) < unit) {
          minutes += g->low * DurationMinutes(W(g->end));
          k = g->end + 1;
        }
      }
      end = k;
    }
    // "two days ago", "three days later", "in two weeks" place an event in
    // time; they do not say how long it lasted.
    if (In(W(end), {"ago", "later", "earlier", "before", "after", "from", "old", "into",
                    "away", "beforehand"})) {
      return std::nullopt;
    }
    Found out;
    out.kind = QuantityKind::kDuration;
    out.low = out.high = minutes;
    out.begin = Qualify(i, &out.low, &out.high, &out.approximate).begin;
    if (In(Before(out.begin, 1), {"in", "within", "every"})) return std::nullopt;
    out.end = end;
    out.unit = "minute";
    std::string_view subject;
    if (compound) subject = EventAt(end);
    if (subject.empty() && W(end) == "of") {
      std::size_t k = end + 1;
      while (IsDeterminer(W(k))) ++k;
      subject = EventAt(k);
    }
    if (subject.empty()) subject = NearestEvent(out.begin, end, false);
    out.subject = subject;
    return out;
  }

  // "40-minute", "two-hour", "half-hour", "day-long", "90-minute-long".
  static bool ReadCompoundDuration(std::string_view w, double* minutes) {
    std::size_t dash = w.find('-');
    if (dash == std::string_view::npos) return false;
    std::string_view head = w.substr(0, dash);
    std::string_view rest = w.substr(dash + 1);
    double count = 0;
    if (const double unit = DurationMinutes(head); unit != 0 && rest == "long") {
      *minutes = unit;  // "day-long"
      return true;
    }
    if (head == "half") {
      count = 0.5;
    } else if (const int v = SmallNumber(head); v >= 0) {
      count = v;
      // "twenty-five-minute": the number itself has a dash.
      const std::size_t next = rest.find('-');
      if (v >= 20 && next != std::string_view::npos) {
        const int ones = SmallNumber(rest.substr(0, next));
        if (ones >= 1 && ones <= 9) {
          count += ones;
          rest = rest.substr(next + 1);
        }
      }
    } else {
      const std::optional<Digits> d = ParseDigits(head);
      if (!d || !d->suffix.empty() || d->value != d->high) return false;
      count = d->value;
    }
    dash = rest.find('-');
    const std::string_view unit_word = rest.substr(0, dash);
    if (dash != std::string_view::npos && rest.substr(dash + 1) != "long") return false;
    const double unit = DurationMinutes(unit_word);
    if (unit == 0 || unit_word.ends_with('s') || count <= 0 || count > kMaxFigure) return false;
    *minutes = count * unit;
    return true;
  }

  // "48,000 tonnes of the pipes", "five agreements", "about 10 million
  // people", "tens of thousands of people", "killed tens of thousands".
  std::optional<Found> ReadCount(std::size_t i) const {
    const std::optional<Figure> f = ReadFigure(i, false);
    if (!f || f->year_like || f->suffix_scale) return std::nullopt;
    std::size_t k = f->end;
    std::size_t noun = words_.size();  // the counted noun; none when bare
    if (f->vague) {
      if (W(k) == "of") {
        const auto phrase = NounPhrase(k + 1);
        if (phrase.second > phrase.first && IsCountNoun(phrase.second - 1)) {
          noun = phrase.second - 1;
        }
      }
    } else if (IsCountNoun(k)) {
      noun = k;
    } else if ((NounLike(k) || !OutcomeVerb(W(k)).empty()) && !LooksPlural(W(k)) &&
               IsCountNoun(k + 1)) {
      noun = k + 1;  // "five new agreements", "10 million displaced people"
    }
    Found out;
    out.kind = QuantityKind::kCount;
    out.low = f->low;
    out.high = f->high;
    out.approximate = f->vague;
    const Qualifier q = Qualify(i, &out.low, &out.high, &out.approximate);
    out.begin = q.begin;
    std::string_view verb_before = OutcomeVerb(Before(q.begin, 1));
    if (verb_before.empty() && noun == k + 1) verb_before = OutcomeVerb(W(k));
    if (noun == words_.size()) {
      // A bare figure counts people only when a verb says what befell them:
      // "killed tens of thousands", "12 killed and 30 wounded".
      const std::string_view verb_after = OutcomeVerb(W(f->end));
      const std::string_view verb = verb_before.empty() ? verb_after : verb_before;
      if (verb.empty() || (f->spelled && f->low < 2)) return std::nullopt;
      out.end = f->end;
      out.unit = "people";
      out.subject = "people ";
      out.subject += verb;
      return out;
    }
    // "the two sides", "its three partners" refer to things; they do not
    // report a figure.
    if (f->spelled && f->low < 10 && q.bound == Bound::kExact &&
        In(Before(q.begin, 1), {"the", "these", "those", "its", "their", "his", "her", "our",
                                "both", "all"})) {
      return std::nullopt;
    }
    out.end = noun + 1;
    out.unit = Singular(W(noun));
    if (IsMeasureUnit(out.unit) && W(out.end) == "of") {
      out.subject = PhraseText(NounPhrase(out.end + 1));
    }
    if (out.subject.empty()) {
      out.subject = W(noun);
      std::string_view verb = verb_before;
      if (verb.empty()) verb = OutcomeAfter(out.end);
      if (!verb.empty()) {
        out.subject += ' ';
        out.subject += verb;
      }
    }
    return out;
  }

  bool IsCountNoun(std::size_t i) const {
    if (!NounLike(i) || IsNotCounted(W(i)) || !CurrencyWord(W(i)).empty()) return false;
    return LooksPlural(W(i));
  }

  // "people were killed", "people killed", "people dead": the outcome verb
  // after a counted noun, past a few auxiliaries.
  std::string_view OutcomeAfter(std::size_t k) const {
    for (std::size_t skipped = 0; k < words_.size() && skipped <= 3; ++k, ++skipped) {
      if (const std::string_view v = OutcomeVerb(W(k)); !v.empty()) return v;
      if (!In(W(k), {"were", "was", "have", "has", "had", "been", "are", "is", "being",
                     "reportedly", "already", "now", "also", "later"})) {
        break;
      }
    }
    return {};
  }

  // ------------------------------------------------------------ dates

  // Whether the verb governing a date at word i speaks of the future: the
  // first tense marker met walking back through the clause decides ("will
  // coordinate ... after they met on Monday" is past).
  bool SpeaksOfFuture(std::size_t i) const {
    for (std::size_t d = 1; d <= kSubjectReach && d <= i; ++d) {
      const std::size_t k = i - d;
      if (IsBoundary(k)) break;
      const std::string_view w = W(k);
      if (In(w, {"will", "'ll", "shall", "would", "scheduled", "due", "expected", "plans",
                 "planned", "upcoming"})) {
        return true;
      }
      if ((w.size() > 3 && w.ends_with("ed")) ||
          In(w, {"met", "held", "was", "were", "had", "did", "said", "told", "spoke", "took",
                 "made", "began", "came", "went", "saw", "gave", "left", "won", "lost", "fell",
                 "rose", "sent", "led", "paid", "ran", "became", "broke", "struck"})) {
        return false;
      }
    }
    return false;
  }

  // Resolved dates of the sentence that an event noun near them explains.
  // All dates are set aside before subjects are chosen, so that an event
  // noun with a date of its own is not given to a neighbour.
  void FindDates(const text::Sentence& s) {
    const std::uint32_t nbegin = text_.tokens[s.first_token].nbegin;
    const std::uint32_t nend = text_.tokens[s.end_token - 1].nend;
    if (nend <= nbegin) return;
    const std::string_view sentence_text = text_.norm.view(nbegin, nend);
    dates_.clear();
    for (resolve::ResolvedDate& r : resolve::FindDates(sentence_text, doc_.published)) {
      const std::uint32_t b = nbegin + r.begin;
      const std::uint32_t e = nbegin + r.end;
      std::size_t first = words_.size();
      std::size_t last = 0;
      for (std::size_t i = 0; i < words_.size(); ++i) {
        const text::Token& t = text_.tokens[words_[i].token];
        if (t.nbegin >= b && t.nend <= e) {
          first = std::min(first, i);
          last = i;
        }
      }
      if (first == words_.size()) continue;
      for (std::size_t i = first; i <= last; ++i) used_[i] = true;
      dates_.push_back(DateWords{std::move(r), first, last + 1});
    }
    for (DateWords& d : dates_) {
      if (SpeaksOfFuture(d.begin)) {
        // Resolve again forward: "will travel on Tuesday" is the next one.
        resolve::DateOptions future;
        future.future = true;
        resolve::ResolvedDate again = resolve::ResolveDate(
            sentence_text.substr(d.date.begin, d.date.end - d.date.begin), doc_.published,
            future);
        if (again.found) d.date = std::move(again);
      }
      const std::optional<double> low = DayNumber(d.date.window_start);
      const std::optional<double> high = DayNumber(d.date.window_end);
      const std::string_view subject = NearestEvent(d.begin, d.end, true);
      if (!low || !high || subject.empty()) continue;
      Found f;
      f.kind = QuantityKind::kDate;
      f.begin = d.begin;
      f.end = d.end;
      f.low = *low;
      f.high = *high;
      // A month or a week is a spread around the day meant, not a bound.
      f.approximate = *high > *low;
      f.unit = "day";
      f.subject = subject;
      Emit(std::move(f));
    }
  }

  // Whether the event noun at i has a date of its own other than the one at
  // words [begin, end): one between them, or one right after it ("the
  // summit on March 14").
  bool EventHasOtherDate(std::size_t i, std::size_t begin, std::size_t end) const {
    const std::size_t lo = std::min(i, begin);
    const std::size_t hi = std::max(i, end);
    for (std::size_t k = lo + 1; k < hi; ++k) {
      if (used_[k] && (k < begin || k >= end)) return true;
    }
    if (i < begin) return false;
    std::size_t k = i + 1;
    while (k < words_.size() && k <= i + 3 && In(W(k), {"on", "in", "at", "of", "the", "'s"})) ++k;
    return k < words_.size() && used_[k];
  }

  // "390 billion yen, or about $2.6 billion": a conversion of the amount
  // just before names the same thing.
  void InheritConvertedSubject(Found& f) {
    if (f.kind == QuantityKind::kMoney && f.subject.empty() && Before(f.begin, 1) == "or" &&
        !out_.empty() && out_.back().sentence == sentence_ &&
        out_.back().kind == QuantityKind::kMoney) {
      std::size_t gap = f.begin - 1;
      if (Before(gap, 1) == ",") --gap;
      if (gap > 0 && gap - 1 == last_end_) f.subject = out_.back().subject;
    }
    last_end_ = f.end - 1;
  }

  // ------------------------------------------------------------ output

  void Emit(Found f) {
    Quantity q;
    q.kind = f.kind;
    q.subject = std::move(f.subject);
    q.sentence = sentence_;
    q.approximate = f.approximate;
    const Span span{text_.tokens[words_[f.begin].token].begin,
                    text_.tokens[words_[f.end - 1].token].end};
    q.value.doc = doc_.id;
    q.value.text = text::VisibleText(doc_, span);
    q.value.span = span;
    q.value.low = f.low;
    q.value.high = f.high;
    q.value.unit = std::move(f.unit);
    for (std::size_t i = f.begin; i < f.end; ++i) used_[i] = true;
    out_.push_back(std::move(q));
  }

  const Document& doc_;
  const text::TextAnalysis& text_;
  std::vector<Quantity>& out_;
  std::uint32_t sentence_ = 0;
  std::size_t last_end_ = 0;  // last word of the last quantity emitted
  std::vector<Word> words_;  // the current sentence's, reused
  std::vector<bool> used_;   // words already part of a quantity or a date
  struct DateWords {
    resolve::ResolvedDate date;
    std::size_t begin;       // its words [begin, end)
    std::size_t end;
  };
  std::vector<DateWords> dates_;  // the current sentence's, reused
};

// ---------------------------------------------------------------- compare

bool SameFigure(double a, double b) {
  return std::fabs(a - b) <= kSameFigure * std::max(std::fabs(a), std::fabs(b));
}

double UpperOf(const QuantityValue& v) {
  return v.high < 0 ? std::numeric_limits<double>::infinity() : v.high;
}

// Whether two sources say the same thing. Exact figures and bounds must be
// equal: "two hours" and "more than 90 minutes" could both be true, but the
// sources do not say the same thing, and that difference is what a reader
// comparing them wants to see. An approximate figure agrees with anything
// its spread overlaps.
bool Agree(const Quantity& a, const Quantity& b) {
  if (a.approximate || b.approximate) {
    const double slack = kSameFigure * std::max(a.value.low, b.value.low);
    return std::max(a.value.low, b.value.low) <=
           std::min(UpperOf(a.value), UpperOf(b.value)) + slack;
  }
  const bool a_open = a.value.high < 0;
  const bool b_open = b.value.high < 0;
  return SameFigure(a.value.low, b.value.low) && a_open == b_open &&
         (a_open || SameFigure(a.value.high, b.value.high));
}

}  // namespace

std::vector<Quantity> FindQuantities(const Document& doc, const text::TextAnalysis& text) {
  std::vector<Quantity> out;
  Scanner scanner(doc, text, out);
  for (std::size_t s = 0; s < text.sentences.size(); ++s) {
    scanner.Scan(static_cast<std::uint32_t>(s));
  }
  return out;
}

std::vector<QuantityComparison> CompareQuantities(
    const std::vector<std::vector<Quantity>>& per_document) {
  // One group per key in order of first appearance; members are the first
  // quantity each document gives for it, in document order. Keys are found
  // by hash, so a story of thousands of documents costs one lookup per
  // figure.
  struct Group {
    const Quantity* key;
    std::vector<const Quantity*> members;
    std::size_t last_doc;
  };
  std::vector<Group> groups;
  std::unordered_map<std::string, std::size_t> group_of;  // kind, unit, subject
  for (std::size_t d = 0; d < per_document.size(); ++d) {
    for (const Quantity& q : per_document[d]) {
      if (q.subject.empty()) continue;
      std::string key(1, static_cast<char>(q.kind));
      key += q.value.unit;
      key += '\0';
      key += q.subject;
      const auto [it, added] = group_of.try_emplace(std::move(key), groups.size());
      if (added) groups.push_back(Group{&q, {}, per_document.size()});
      Group& g = groups[it->second];
      if (g.last_doc == d) continue;
      g.members.push_back(&q);
      g.last_doc = d;
    }
  }
  std::vector<QuantityComparison> out;
  for (const Group& g : groups) {
    if (g.members.size() < 2) continue;
    QuantityComparison c;
    c.kind = g.key->kind;
    c.subject = g.key->subject;
    // Agree looks only at the interval and whether it is approximate, so
    // every pair agrees when every pair of distinct such figures does (and
    // each figure given twice agrees with itself): copies of one figure in
    // thousands of documents cost nothing.
    std::vector<const Quantity*> distinct;
    for (const Quantity* m : g.members) {
      c.values.push_back(m->value);
      if (!c.agree) continue;
      const auto same = std::find_if(distinct.begin(), distinct.end(), [&](const Quantity* x) {
        return x->value.low == m->value.low && x->value.high == m->value.high && x->approximate == m->approximate;
      });
      if (same != distinct.end()) {
        c.agree = Agree(*m, **same);
        continue;
      }
      for (const Quantity* x : distinct) {
        if (!(c.agree = Agree(*m, *x))) break;
      }
      distinct.push_back(m);
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace readout::compare
