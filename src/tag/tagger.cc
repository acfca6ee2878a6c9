#include "tag/tagger.h"

#include <string_view>
#include <unordered_map>

#include "base/ascii.h"

namespace readout::tag {
namespace {

struct Closed {
  std::string_view word;
  Pos pos;
  VerbForm form = VerbForm::kNone;
  bool be = false;
  bool say = false;
  Fn fn = Fn::kNone;
};

// The closed classes, and the handful of open-class words whose class the
// coder must never guess (forms of be/have/do, verbs of saying).
constexpr Closed kClosed[] = {
    {"A", Pos::kDeterminer}, {"AN", Pos::kDeterminer}, {"THE", Pos::kDeterminer},
    {"THIS", Pos::kDeterminer}, {"THESE", Pos::kDeterminer}, {"THOSE", Pos::kDeterminer},
    {"SOME", Pos::kDeterminer}, {"ANY", Pos::kDeterminer}, {"EACH", Pos::kDeterminer},
    {"EVERY", Pos::kDeterminer}, {"NO", Pos::kDeterminer}, {"ALL", Pos::kDeterminer},
    {"BOTH", Pos::kDeterminer}, {"EITHER", Pos::kDeterminer}, {"NEITHER", Pos::kDeterminer},
    {"SEVERAL", Pos::kDeterminer}, {"MANY", Pos::kDeterminer}, {"FEW", Pos::kDeterminer},
    {"ANOTHER", Pos::kDeterminer}, {"SUCH", Pos::kDeterminer}, {"MOST", Pos::kAdverb},
    {"HIS", Pos::kPossessive}, {"HER", Pos::kPossessive}, {"ITS", Pos::kPossessive},
    {"THEIR", Pos::kPossessive}, {"OUR", Pos::kPossessive}, {"MY", Pos::kPossessive},
    {"YOUR", Pos::kPossessive}, {"'S", Pos::kPossessive}, {"'", Pos::kPossessive},
    {"HE", Pos::kPronoun}, {"SHE", Pos::kPronoun}, {"IT", Pos::kPronoun}, {"THEY", Pos::kPronoun},
    {"WE", Pos::kPronoun}, {"I", Pos::kPronoun}, {"YOU", Pos::kPronoun}, {"HIM", Pos::kPronoun},
    {"THEM", Pos::kPronoun}, {"US", Pos::kPronoun}, {"ME", Pos::kPronoun},
    {"THERE", Pos::kPronoun},
    {"OF", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kOf}, {"IN", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kIn}, {"ON", Pos::kPreposition},
    {"AT", Pos::kPreposition}, {"BY", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kBy}, {"FOR", Pos::kPreposition},
    {"WITH", Pos::kPreposition}, {"FROM", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kFrom}, {"INTO", Pos::kPreposition},
    {"ONTO", Pos::kPreposition}, {"ABOUT", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kAbout}, {"AGAINST", Pos::kPreposition},
    {"BETWEEN", Pos::kPreposition}, {"AMONG", Pos::kPreposition}, {"DURING", Pos::kPreposition},
    {"AFTER", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kClauseLink}, {"BEFORE", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kClauseLink}, {"OVER", Pos::kPreposition},
    {"UNDER", Pos::kPreposition}, {"THROUGH", Pos::kPreposition}, {"TOWARD", Pos::kPreposition},
    {"TOWARDS", Pos::kPreposition}, {"NEAR", Pos::kPreposition}, {"ACROSS", Pos::kPreposition},
    {"ALONG", Pos::kPreposition}, {"AROUND", Pos::kPreposition}, {"WITHIN", Pos::kPreposition},
    {"WITHOUT", Pos::kPreposition}, {"UPON", Pos::kPreposition}, {"VIA", Pos::kPreposition},
    {"DESPITE", Pos::kPreposition}, {"SINCE", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kClauseLink}, {"UNTIL", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kClauseLink},
    {"AMID", Pos::kPreposition}, {"PER", Pos::kPreposition}, {"LIKE", Pos::kPreposition},
    {"OFF", Pos::kPreposition}, {"OUT", Pos::kPreposition}, {"UP", Pos::kPreposition},
    {"DOWN", Pos::kPreposition}, {"BEYOND", Pos::kPreposition}, {"INSIDE", Pos::kPreposition},
    {"ALONGSIDE", Pos::kPreposition}, {"OUTSIDE", Pos::kPreposition}, {"BESIDE", Pos::kPreposition},
    {"EXCEPT", Pos::kPreposition}, {"REGARDING", Pos::kPreposition},
    {"CONCERNING", Pos::kPreposition}, {"ACCORDING", Pos::kPreposition, VerbForm::kNone, false, false, Fn::kAccording},
    {"THAN", Pos::kPreposition}, {"BEHIND", Pos::kPreposition}, {"ABOVE", Pos::kPreposition},
    {"BELOW", Pos::kPreposition}, {"AMONGST", Pos::kPreposition},
    {"AND", Pos::kConjunction}, {"OR", Pos::kConjunction}, {"NOR", Pos::kConjunction},
    {"BUT", Pos::kConjunction},
    {"THAT", Pos::kSubordinator, VerbForm::kNone, false, false, Fn::kComplementizer},
    {"WHETHER", Pos::kSubordinator, VerbForm::kNone, false, false, Fn::kComplementizer}, {"IF", Pos::kSubordinator},
    {"BECAUSE", Pos::kSubordinator}, {"ALTHOUGH", Pos::kSubordinator},
    {"THOUGH", Pos::kSubordinator}, {"WHILE", Pos::kSubordinator}, {"WHEN", Pos::kSubordinator},
    {"UNLESS", Pos::kSubordinator}, {"AS", Pos::kSubordinator}, {"WHEREAS", Pos::kSubordinator},
    {"WHO", Pos::kWh}, {"WHICH", Pos::kWh}, {"WHOM", Pos::kWh}, {"WHOSE", Pos::kWh},
    {"WHERE", Pos::kWh},
    {"BE", Pos::kAuxiliary, VerbForm::kBase, true}, {"IS", Pos::kAuxiliary, VerbForm::kThird, true},
    {"ARE", Pos::kAuxiliary, VerbForm::kBase, true}, {"AM", Pos::kAuxiliary, VerbForm::kBase, true},
    {"WAS", Pos::kAuxiliary, VerbForm::kPast, true}, {"WERE", Pos::kAuxiliary, VerbForm::kPast, true},
    {"BEEN", Pos::kAuxiliary, VerbForm::kParticiple, true},
    {"BEING", Pos::kAuxiliary, VerbForm::kGerund, true},
    {"HAS", Pos::kAuxiliary, VerbForm::kThird, false, false, Fn::kHave}, {"HAVE", Pos::kAuxiliary, VerbForm::kBase, false, false, Fn::kHave},
    {"HAD", Pos::kAuxiliary, VerbForm::kPast, false, false, Fn::kHave}, {"HAVING", Pos::kAuxiliary, VerbForm::kGerund, false, false, Fn::kHave},
    {"DO", Pos::kAuxiliary, VerbForm::kBase}, {"DOES", Pos::kAuxiliary, VerbForm::kThird},
    {"DID", Pos::kAuxiliary, VerbForm::kPast},
    {"WILL", Pos::kModal, VerbForm::kNone, false, false, Fn::kWill}, {"WOULD", Pos::kModal}, {"CAN", Pos::kModal}, {"COULD", Pos::kModal},
    {"SHALL", Pos::kModal, VerbForm::kNone, false, false, Fn::kWill}, {"SHOULD", Pos::kModal}, {"MAY", Pos::kModal}, {"MIGHT", Pos::kModal},
    {"MUST", Pos::kModal}, {"WO", Pos::kModal, VerbForm::kNone, false, false, Fn::kWill}, {"CA", Pos::kModal}, {"'LL", Pos::kModal, VerbForm::kNone, false, false, Fn::kWill},
    {"'D", Pos::kModal},
    {"NOT", Pos::kNegation}, {"N'T", Pos::kNegation}, {"NEVER", Pos::kNegation},
    {"TO", Pos::kTo},
    {"ONE", Pos::kNumber}, {"TWO", Pos::kNumber}, {"THREE", Pos::kNumber},
    {"FOUR", Pos::kNumber}, {"FIVE", Pos::kNumber}, {"SIX", Pos::kNumber},
    {"SEVEN", Pos::kNumber}, {"EIGHT", Pos::kNumber}, {"NINE", Pos::kNumber},
    {"TEN", Pos::kNumber}, {"ELEVEN", Pos::kNumber}, {"TWELVE", Pos::kNumber},
    {"TWENTY", Pos::kNumber}, {"THIRTY", Pos::kNumber}, {"FIFTY", Pos::kNumber},
    {"HUNDRED", Pos::kNumber}, {"HUNDREDS", Pos::kNumber}, {"THOUSAND", Pos::kNumber},
    {"THOUSANDS", Pos::kNumber}, {"MILLION", Pos::kNumber}, {"MILLIONS", Pos::kNumber},
    {"BILLION", Pos::kNumber}, {"DOZEN", Pos::kNumber}, {"DOZENS", Pos::kNumber},
    {"ALSO", Pos::kAdverb}, {"AGAIN", Pos::kAdverb}, {"NOW", Pos::kAdverb}, {"STILL", Pos::kAdverb},
    {"ALREADY", Pos::kAdverb}, {"EVER", Pos::kAdverb}, {"EVEN", Pos::kAdverb},
    {"JUST", Pos::kAdverb}, {"SOON", Pos::kAdverb}, {"THEN", Pos::kAdverb}, {"YET", Pos::kAdverb},
    {"ALMOST", Pos::kAdverb}, {"VERY", Pos::kAdverb, VerbForm::kNone, false, false, Fn::kDegree},
    {"SO", Pos::kAdverb, VerbForm::kNone, false, false, Fn::kDegree},
    {"TOO", Pos::kAdverb, VerbForm::kNone, false, false, Fn::kDegree},
    {"QUITE", Pos::kAdverb, VerbForm::kNone, false, false, Fn::kDegree}, {"TODAY", Pos::kAdverb},
    {"YESTERDAY", Pos::kAdverb}, {"TOMORROW", Pos::kAdverb}, {"HERE", Pos::kAdverb},
    // Day names are time adverbs here, so "lawmakers Tuesday endorsed" ends
    // its noun group before the day.
    {"MONDAY", Pos::kAdverb}, {"TUESDAY", Pos::kAdverb}, {"WEDNESDAY", Pos::kAdverb},
    {"THURSDAY", Pos::kAdverb}, {"FRIDAY", Pos::kAdverb}, {"SATURDAY", Pos::kAdverb},
    {"SUNDAY", Pos::kAdverb},
    {"EARLIER", Pos::kAdverb}, {"LATER", Pos::kAdverb}, {"AGO", Pos::kAdverb},
    {"SAY", Pos::kVerb, VerbForm::kBase, false, true},
    {"SAYS", Pos::kVerb, VerbForm::kThird, false, true},
    {"SAID", Pos::kVerb, VerbForm::kPast, false, true},
    {"TOLD", Pos::kVerb, VerbForm::kPast, false, true},
    {"REPORTED", Pos::kVerb, VerbForm::kPast, false, true},
    {"ADDED", Pos::kVerb, VerbForm::kPast, false, true},
    {"NOTED", Pos::kVerb, VerbForm::kPast, false, true},
    {"STATED", Pos::kVerb, VerbForm::kPast, false, true},
    {"ANNOUNCED", Pos::kVerb, VerbForm::kPast, false, true},
    {"DECLARED", Pos::kVerb, VerbForm::kPast, false, true},
};

// Irregular past tenses and participles: the -ED rule cannot find them, and
// a verb dictionary lists them only for the verbs it codes.
constexpr std::string_view kIrregularPast[] = {
    "AROSE", "ARISEN", "ATE", "EATEN", "BEAT", "BEATEN", "BECAME", "BEGAN", "BEGUN", "BENT",
    "BIT", "BITTEN", "BLEW", "BLOWN", "BOUGHT", "BOUND", "BRED", "BROKE", "BROKEN", "BROUGHT",
    "BUILT", "CAME", "CAUGHT", "CHOSE", "CHOSEN", "DEALT", "DREW", "DRAWN", "DROVE",
    "DRIVEN", "FED", "FELL", "FALLEN", "FELT", "FLED", "FLEW", "FLOWN", "FORBADE",
    "FORBIDDEN", "FORGAVE", "FORGIVEN", "FORGOT", "FORGOTTEN", "FOUGHT", "FOUND", "FROZE",
    "FROZEN", "GAVE", "GIVEN", "GONE", "GOT", "GOTTEN", "GREW", "GROWN", "HEARD", "HELD",
    "HID", "HIDDEN", "HUNG", "KEPT", "KNEW", "KNOWN", "LAID", "LED", "LEFT", "LENT", "LOST",
    "MADE", "MEANT", "MET", "OVERCAME", "OVERTHREW", "OVERTHROWN", "PAID", "RAN", "RODE",
    "RIDDEN", "ROSE", "RISEN", "SAW", "SEEN", "SENT", "SOLD", "SOUGHT", "SHOOK", "SHAKEN",
    "SHOT", "SLID", "SPOKE", "SPOKEN", "SPENT", "SPUN", "STOOD", "STOLE", "STOLEN", "STRUCK",
    "STUCK", "SWORE", "SWORN", "SWUNG", "TAUGHT", "THOUGHT", "THREW", "THROWN", "TOOK",
    "TAKEN", "TORE", "TORN", "UNDERSTOOD", "UNDERTOOK", "UNDERTAKEN", "UNDERWENT",
    "UNDERGONE", "UPHELD", "WENT", "WITHDREW", "WITHDRAWN", "WITHHELD", "WOKE", "WOKEN",
    "WON", "WORE", "WORN", "WROTE", "WRITTEN",
};

// Nationality adjectives by their endings: Russian, Chinese, British,
// Korean, American, Israeli, Saudi. A heuristic: "Iran" ends in -an too,
// so -an alone does not count, and -i needs five letters (not "Mali").
bool LooksLikeDemonym(std::string_view w) {
  auto ends = [&](std::string_view suffix) {
    if (w.size() <= suffix.size() + 1) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
      if (ToUpperAscii(w[w.size() - suffix.size() + i]) != suffix[i]) return false;
    }
    return true;
  };
  if (ends("IAN") || ends("ESE") || ends("ISH") || ends("EAN") || ends("ICAN")) return true;
  return w.size() >= 5 && (w.back() == 'i' || w.back() == 'I');
}

// The closed classes and irregular pasts in one table: one hash per word.
const std::unordered_map<std::string_view, Closed>& FixedWords() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, Closed>();
    for (const Closed& c : kClosed) t->emplace(c.word, c);
    for (std::string_view w : kIrregularPast) t->emplace(w, Closed{w, Pos::kVerb, VerbForm::kPast});
    return t;
  }();
  return *table;
}

// A word of two or more letters, all capitals.
bool AllCapitals(std::string_view s) {
  if (s.size() < 2) return false;
  for (const char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsNominal(Pos p) {
  return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kAdjective || p == Pos::kNumber;
}

// Words that determine a following noun: a verb form right after one of
// these is a noun or adjective ("an attack", "their resumption").
bool Determines(Pos p) {
  return p == Pos::kDeterminer || p == Pos::kPossessive || p == Pos::kAdjective ||
         p == Pos::kNumber;
}

// Words after which a verb form is a verb.
bool GovernsVerb(Pos p) {
  return p == Pos::kAuxiliary || p == Pos::kModal || p == Pos::kTo || p == Pos::kNegation;
}

// The context rules for verb form k (not a verb of saying): settles it as
// a verb, noun, adjective or participle by its neighbours.
void SettleVerbInContext(const text::TextAnalysis& text, std::vector<Word>& out, std::size_t k) {
  Word& w = out[k];
  const Pos prev = k > 0 ? out[k - 1].pos : Pos::kPunct;
  const Pos next = k + 1 < out.size() ? out[k + 1].pos : Pos::kPunct;
  if (GovernsVerb(prev)) return;
  // Right after a verb, an -s form is its object: "demanded talks".
  if (w.form == VerbForm::kThird && prev == Pos::kVerb) {
    w.pos = Pos::kNoun;
    w.form = VerbForm::kNone;
    return;
  }
  // An -s form that a modal or a past form follows is the subject of that
  // verb, a plural noun: "US-China talks resumed", "Talks will resume". So
  // is one opening the sentence before a preposition: "Talks between Iran
  // and ...", "Strikes on Kyiv" (an -s verb needs a subject before it).
  if (w.form == VerbForm::kThird && k + 1 < out.size()) {
    const Word& after = out[k + 1];
    const bool then_finite =
        after.pos == Pos::kModal ||
        (after.pos == Pos::kVerb && after.form == VerbForm::kPast &&
         (k + 2 >= out.size() ||
          (!IsNominal(out[k + 2].pos) && out[k + 2].pos != Pos::kDeterminer)));
    if (then_finite || (k == 0 && after.pos == Pos::kPreposition)) {
      w.pos = (w.capitalized && k > 0) ? Pos::kProperNoun : Pos::kNoun;
      w.form = VerbForm::kNone;
      return;
    }
  }
  // After a preposition, a past form before a noun is an adjective:
  // "into alleged war crimes".
  if (w.form == VerbForm::kPast && prev == Pos::kPreposition &&
      (next == Pos::kNoun || next == Pos::kAdjective)) {
    w.pos = Pos::kAdjective;
    w.form = VerbForm::kNone;
    return;
  }
  // After a preposition a base or -s form is a noun: "after talks with
  // Russia", "for support". (An -ing form there is a gerund and stays.)
  if (prev == Pos::kPreposition &&
      (w.form == VerbForm::kBase || w.form == VerbForm::kThird)) {
    w.pos = w.capitalized ? Pos::kProperNoun : Pos::kNoun;
    w.form = VerbForm::kNone;
    return;
  }
  if (k > 0 && out[k - 1].fn == Fn::kDegree) {
    w.pos = Pos::kAdjective;
    w.form = VerbForm::kNone;
    return;
  }
  // A base form closing a noun group that a determiner opened is a noun:
  // "a brief private visit", "the peace process".
  if (w.form == VerbForm::kBase && (prev == Pos::kNoun || prev == Pos::kAdjective)) {
    std::size_t j = k - 1;
    while (j > 0 && (out[j].pos == Pos::kNoun || out[j].pos == Pos::kAdjective)) --j;
    const std::string_view before = text.norm_text(text.tokens[out[k - 1].token]);
    const bool plural = !before.empty() && (before.back() == 'S' || before.back() == 's');
    if (Determines(out[j].pos) && out[j].pos != Pos::kAdjective && !plural) {
      w.pos = Pos::kNoun;
      w.form = VerbForm::kNone;
      return;
    }
  }
  // After a nationality adjective a verb form is a noun: "Chinese state
  // media", "Russian forces", "Israeli strikes" (but "Russia attacks").
  if ((w.form == VerbForm::kBase || w.form == VerbForm::kThird) && k > 0 &&
      out[k - 1].capitalized && out[k - 1].pos == Pos::kProperNoun &&
      LooksLikeDemonym(text.norm_text(text.tokens[out[k - 1].token]))) {
    w.pos = w.capitalized ? Pos::kProperNoun : Pos::kNoun;
    w.form = VerbForm::kNone;
    return;
  }
  // "two artillery shells": a plural after a number and nouns.
  if (w.form == VerbForm::kThird && (prev == Pos::kNoun || prev == Pos::kNumber)) {
    std::size_t j = k - 1;
    while (j > 0 && out[j].pos == Pos::kNoun) --j;
    if (out[j].pos == Pos::kNumber) {
      w.pos = Pos::kNoun;
      w.form = VerbForm::kNone;
      return;
    }
  }
  // "memos sent by Bree": a participle modifying the noun before it.
  if (w.form == VerbForm::kPast && (prev == Pos::kNoun || prev == Pos::kProperNoun) &&
      k + 1 < out.size() && out[k + 1].fn == Fn::kBy) {
    w.form = VerbForm::kParticiple;
    return;
  }
  // "abandon improved relations": a participle before a noun, after a verb.
  if (w.form == VerbForm::kPast && prev == Pos::kVerb &&
      (next == Pos::kNoun || next == Pos::kProperNoun || next == Pos::kAdjective)) {
    w.pos = Pos::kAdjective;
    w.form = VerbForm::kNone;
    return;
  }
  if (Determines(prev)) {
    const bool noun_follows = next == Pos::kNoun || next == Pos::kProperNoun ||
                              (next == Pos::kVerb && k + 2 < out.size() &&
                               IsNominal(out[k + 2].pos));
    if ((w.form == VerbForm::kPast || w.form == VerbForm::kGerund) && noun_follows) {
      w.pos = Pos::kAdjective;
    } else {
      w.pos = Pos::kNoun;
    }
    w.form = VerbForm::kNone;
    return;
  }
  // A capitalized dictionary word inside the sentence is a name ("Bree",
  // "Eid") unless it cannot be one.
  if (w.capitalized && k > 0 && w.form != VerbForm::kPast) {
    w.pos = Pos::kProperNoun;
    w.form = VerbForm::kNone;
  }
}

}  // namespace

Tagger::Tagger(const dict::Lexicon& lexicon) : lexicon_(lexicon) {
  // Every vocabulary word is classified once here, so tagging a word the
  // dictionaries know costs one lookup. A word starts a verb form when the
  // verb trie has an edge for it from the root (multi-word forms are marked
  // by their first word, which is where the parser looks them up).
  by_id_.resize(lexicon.vocab.size());
  for (dict::WordId id = 1; id < lexicon.vocab.size(); ++id) {
    const bool verb = lexicon.verbs.Child(dict::PhraseTrie::kRoot, id) != dict::PhraseTrie::kNone;
    by_id_[id] = Classify(lexicon.vocab.Word(id), verb);
  }
}

Tagger::Entry Tagger::Classify(std::string_view upper, bool dict_verb) {
  const auto& fixed = FixedWords();
  if (auto it = fixed.find(upper); it != fixed.end()) {
    const Closed& c = it->second;
    return {c.pos, c.form, c.be, c.say, true, c.fn};
  }
  if (EndsWith(upper, "ING") && upper.size() > 5) {
    return {Pos::kVerb, VerbForm::kGerund, false, false, true, Fn::kNone, !dict_verb};
  }
  if (EndsWith(upper, "ED") && upper.size() > 4) {
    return {Pos::kVerb, VerbForm::kPast, false, false, true, Fn::kNone, !dict_verb};
  }
  if (dict_verb) {
    VerbForm f = EndsWith(upper, "S") && !EndsWith(upper, "SS") ? VerbForm::kThird : VerbForm::kBase;
    return {Pos::kVerb, f, false, false, true};
  }
  if (EndsWith(upper, "LY") && upper.size() > 4) {
    return {Pos::kAdverb, VerbForm::kNone, false, false, false, Fn::kNone, true};
  }
  return {Pos::kNoun, VerbForm::kNone, false, false, false};
}

void Tagger::Tag(const text::TextAnalysis& text, std::uint32_t first, std::uint32_t end,
                 std::vector<Word>& out) const {
  out.clear();
  std::string upper;
  for (std::uint32_t i = first; i < end; ++i) {
    const text::Token& tok = text.tokens[i];
    Word w;
    w.token = i;
    w.capitalized = tok.has(text::kCapitalized);
    switch (tok.kind) {
      case text::TokenKind::kNumber:
        w.pos = Pos::kNumber;
        out.push_back(w);
        continue;
      case text::TokenKind::kPunct:
      case text::TokenKind::kQuote:
      case text::TokenKind::kSymbol:
      case text::TokenKind::kUrl:
        w.pos = text.norm_text(tok) == "," ? Pos::kComma : Pos::kPunct;
        if (text.norm_text(tok) == ";") w.fn = Fn::kSemicolon;
        out.push_back(w);
        continue;
      default:
        break;
    }
    w.id = lexicon_.vocab.Find(text.norm_text(tok), upper);
    // TABARI's stems: a word no dictionary has whole takes the id of the
    // longest stem it starts with ("ERIADORI" -> ERIADOR).
    if (w.id == dict::kUnknownWord && !lexicon_.stems.empty()) w.id = lexicon_.StemOf(upper);
    const Entry e = w.id != dict::kUnknownWord ? by_id_[w.id] : Classify(upper, false);
    const bool known = e.known;
    w.pos = e.pos;
    w.form = e.form;
    w.be = e.be;
    w.say = e.say;
    w.fn = e.fn;
    w.by_ending = e.by_ending;
    // "US" in capitals is the country, not the pronoun "us" ("US officials",
    // "the US and Russia"), unless its neighbours are in capitals too ("LET
    // US KNOW").
    if (w.pos == Pos::kPronoun && text.norm_text(tok) == "US" &&
        !(i > first && AllCapitals(text.norm_text(text.tokens[i - 1]))) &&
        !(i + 1 < end && AllCapitals(text.norm_text(text.tokens[i + 1])))) {
      w.pos = Pos::kProperNoun;
      w.fn = Fn::kNone;
    }
    // A capitalized word that is not a function word, verb or -ly adverb is
    // a name ("Gondor", "White House"); at the start of a sentence a common
    // noun is taken as one too, which groups it just the same.
    if (!known && w.capitalized && w.pos == Pos::kNoun) w.pos = Pos::kProperNoun;
    out.push_back(w);
  }
  SettleUnknownNames(out);
  // Context: settle verb forms against their neighbours. `clause_has_verb`:
  // a verb (other than one of saying) came earlier in the clause, so a later
  // past form after its object is more likely a participle modifying that
  // object ("expressed support for the dialogue initiated between ...").
  bool clause_has_verb = false;
  for (std::size_t k = 0; k < out.size(); ++k) {
    Word& w = out[k];
    if (w.pos == Pos::kSubordinator || w.pos == Pos::kWh || w.fn == Fn::kSemicolon ||
        w.fn == Fn::kClauseLink) {  // "... after crowds burned down its embassy"
      clause_has_verb = false;
    }
    // "had last met", "has long sought": a time word between an auxiliary
    // and a past form is an adverb, and the auxiliary stays one.
    if (w.pos == Pos::kAuxiliary && k + 2 < out.size() && out[k + 2].form != VerbForm::kNone &&
        out[k + 2].form != VerbForm::kBase && out[k + 2].form != VerbForm::kThird) {
      const std::string_view next = text.norm_text(text.tokens[out[k + 1].token]);
      for (const char* time : {"last", "long", "first", "just", "already", "since", "once",
                               "still", "ever", "also", "jointly"}) {
        if (EqualsIgnoreCaseAscii(next, time)) {
          out[k + 1].pos = Pos::kAdverb;
          out[k + 1].form = VerbForm::kNone;
          break;
        }
      }
    }
    // "had a video call", "has talks": have with an object is the main verb.
    if (w.pos == Pos::kAuxiliary && w.fn == Fn::kHave && k + 1 < out.size() &&
        (out[k + 1].pos == Pos::kDeterminer || out[k + 1].pos == Pos::kPossessive ||
         out[k + 1].pos == Pos::kNoun || out[k + 1].pos == Pos::kNumber)) {
      w.pos = Pos::kVerb;
    }
    if (w.pos != Pos::kVerb || w.say) continue;
    if (w.form == VerbForm::kPast && clause_has_verb && k > 0 && out[k - 1].pos == Pos::kNoun &&
        k + 1 < out.size() && out[k + 1].pos == Pos::kPreposition) {
      w.form = VerbForm::kParticiple;
      continue;
    }
    SettleVerbInContext(text, out, k);
    if (w.pos == Pos::kVerb) clause_has_verb = true;
  }
  SettleEventNouns(out);
}

// A capitalized word no dictionary knows is tagged by its ending alone:
// "-ing" a gerund, "-ed" a past form, "-ly" an adverb. But names end so too
// ("Ebeling", "Spalding", "Ahmed", "Kelly", "Beverly"), and inside a
// sentence a capitalized word is far more likely a name than a verb or an
// adverb. At a sentence's start it is a name only when a name's neighbour
// follows it: a verb form ("Ebeling said") or another capitalized word
// ("Kelly Schmdit told"); "Speaking to reporters, ..." and "Recently, ..."
// keep their guesses. Headlines, where every word is capitalized, keep them
// too ("Trump Slams Rival, Saying ...").
void Tagger::SettleUnknownNames(std::vector<Word>& out) {
  std::size_t words = 0, capitalized = 0;
  for (const Word& w : out) {
    if (w.pos == Pos::kPunct || w.pos == Pos::kComma || w.pos == Pos::kNumber) continue;
    ++words;
    capitalized += w.capitalized;
  }
  if (2 * capitalized > words) return;  // a headline or a line in capitals
  const auto guessed = [](const Word& w) {
    return w.id == dict::kUnknownWord && w.capitalized && w.by_ending;
  };
  for (std::size_t k = 0; k < out.size(); ++k) {
    Word& w = out[k];
    if (!guessed(w)) continue;
    if (k == 0) {
      if (k + 1 >= out.size()) continue;
      const Word& next = out[k + 1];
      const bool verb_follows = next.pos == Pos::kVerb && next.form != VerbForm::kGerund &&
                                next.form != VerbForm::kNone && !guessed(next);
      if (!verb_follows && !(next.capitalized && next.pos == Pos::kProperNoun)) continue;
    }
    w.pos = Pos::kProperNoun;
    w.form = VerbForm::kNone;
  }
}

// A verb form that completes an event noun of two or more words the
// dictionaries list is that noun: "Israel's air strikes on Iran", "the
// peace talks". Only after a common noun, so "Russia strikes" stays a verb.
void Tagger::SettleEventNouns(std::vector<Word>& out) const {
  if (lexicon_.nouns.node_count() <= 1) return;
  std::vector<dict::WordId> ids;
  for (std::size_t k = 1; k < out.size(); ++k) {
    Word& w = out[k];
    if (w.pos != Pos::kVerb || (w.form != VerbForm::kThird && w.form != VerbForm::kBase) ||
        out[k - 1].pos != Pos::kNoun) {
      continue;
    }
    for (std::size_t start = k - 1; start + 3 > k; --start) {
      ids.clear();
      for (std::size_t j = start; j <= k; ++j) ids.push_back(out[j].id);
      std::size_t len = 0;
      const dict::PhraseTrie::NodeId node = lexicon_.nouns.LongestAt(ids, len);
      if (node != dict::PhraseTrie::kNone && len == ids.size() && !lexicon_.nouns.Payloads(node).empty()) {
        w.pos = Pos::kNoun;
        w.form = VerbForm::kNone;
        break;
      }
      if (start == 0 || out[start - 1].pos != Pos::kNoun) break;
    }
  }
}

}  // namespace readout::tag
