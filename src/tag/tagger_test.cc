// The tagger: closed classes, verbs from the dictionary and from their
// endings, and the context rules that settle noun / verb / adjective.
#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/lexicon.h"
#include "readout/dict.h"
#include "readout/text.h"

namespace readout::tag {
namespace {

using V = std::vector<std::string>;

std::string_view PosName(Pos p) {
  switch (p) {
    case Pos::kNoun: return "N";
    case Pos::kProperNoun: return "NP";
    case Pos::kVerb: return "V";
    case Pos::kAdjective: return "ADJ";
    case Pos::kAdverb: return "ADV";
    case Pos::kDeterminer: return "DET";
    case Pos::kPossessive: return "POS";
    case Pos::kPronoun: return "PRO";
    case Pos::kPreposition: return "P";
    case Pos::kConjunction: return "CONJ";
    case Pos::kSubordinator: return "SUB";
    case Pos::kWh: return "WH";
    case Pos::kAuxiliary: return "AUX";
    case Pos::kModal: return "MOD";
    case Pos::kNegation: return "NEG";
    case Pos::kTo: return "TO";
    case Pos::kNumber: return "NUM";
    case Pos::kComma: return "COMMA";
    case Pos::kPunct: return "PUNCT";
  }
  return "?";
}

std::string_view FormName(VerbForm f) {
  switch (f) {
    case VerbForm::kNone: return "";
    case VerbForm::kBase: return ":base";
    case VerbForm::kPast: return ":past";
    case VerbForm::kParticiple: return ":part";
    case VerbForm::kGerund: return ":ing";
    case VerbForm::kThird: return ":3sg";
  }
  return ":?";
}

// A tagger over a verb dictionary written inline (and, optionally, actors).
class Tagging {
 public:
  explicit Tagging(std::string_view verbs, std::string_view actors = "") {
    set_.verbs = dict::ParseVerbs(verbs, "t.verbs", diags_);
    if (!actors.empty()) set_.actors.push_back(dict::ParseActors(actors, "t.actors", diags_));
    for (const Diagnostic& d : diags_.items()) ADD_FAILURE() << d.where.line << ": " << d.message;
    lexicon_ = dict::Compile(set_, diags_);
    tagger_ = std::make_unique<Tagger>(lexicon_);
  }

  // The words of `sentence` (one sentence) with their tags.
  std::vector<Word> Words(const std::string& sentence, std::vector<std::string>* texts) const {
    Document doc;
    doc.id = "t";
    doc.text = sentence;
    doc.content.push_back(Span{0, static_cast<std::uint32_t>(sentence.size())});
    doc.single_sentence = true;
    text::TextAnalysis a;
    text::TextPipeline().Analyze(doc, a);
    std::vector<Word> words;
    if (a.sentences.empty()) return words;
    tagger_->Tag(a, a.sentences[0].first_token, a.sentences[0].end_token, words);
    if (texts != nullptr) {
      texts->clear();
      for (const Word& w : words) texts->emplace_back(a.norm_text(a.tokens[w.token]));
    }
    return words;
  }

  // "word/TAG" for every word; verbs carry their form ("attacked/V:past").
  V Tags(const std::string& sentence) const {
    std::vector<std::string> texts;
    const std::vector<Word> words = Words(sentence, &texts);
    V out;
    for (std::size_t i = 0; i < words.size(); ++i) {
      out.push_back(texts[i] + "/" + std::string(PosName(words[i].pos)) +
                    std::string(FormName(words[i].form)));
    }
    return out;
  }

  // The tag of one word (the first with that text).
  std::string TagOf(const std::string& sentence, std::string_view word) const {
    std::vector<std::string> texts;
    const std::vector<Word> words = Words(sentence, &texts);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (texts[i] == word) {
        return std::string(PosName(words[i].pos)) + std::string(FormName(words[i].form));
      }
    }
    ADD_FAILURE() << "no word '" << word << "' in: " << sentence;
    return "";
  }

 private:
  Diagnostics diags_;
  dict::DictionarySet set_;
  dict::Lexicon lexicon_;
  std::unique_ptr<Tagger> tagger_;
};

constexpr const char* kVerbs =
    "--- ATTACK [190] ---\nATTACK\n"
    "--- ACCUSE [112] ---\nACCUSE\n"
    "--- AFFECT [---] ---\nAFFECT\n"
    "--- VISIT [042] ---\nVISIT\n"
    "--- SHELL [190] ---\nSHELL\n"
    "--- CLOSE [---] ---\nCLOSE\n"
    "--- SEND [---] ---\nSEND {SENT}\n"
    "--- BREE [---] ---\nBREE\n";

TEST(Tagger, ClosedClasses) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.Tags("The envoy and his aide said that it would not attack Bree, who was there."),
            (V{"The/DET", "envoy/N", "and/CONJ", "his/POS", "aide/N", "said/V:past", "that/SUB",
               "it/PRO", "would/MOD", "not/NEG", "attack/V:base", "Bree/NP", ",/COMMA", "who/WH",
               "was/AUX:past", "there/PRO", "./PUNCT"}));
  EXPECT_EQ(t.TagOf("They met in 2019 after 3 talks.", "2019"), "NUM");
  EXPECT_EQ(t.TagOf("They met on Monday.", "on"), "P");
  EXPECT_EQ(t.TagOf("Arnor's army waited.", "'s"), "POS");
  EXPECT_EQ(t.TagOf("They hope to visit Bree.", "to"), "TO");
  EXPECT_EQ(t.TagOf("They hope to visit Bree.", "visit"), "V:base");
  EXPECT_EQ(t.TagOf("Rohan can't attack.", "ca"), "MOD");
  EXPECT_EQ(t.TagOf("Rohan can't attack.", "n't"), "NEG");
}

TEST(Tagger, SayAndBeAreFlagged) {
  const Tagging t(kVerbs);
  std::vector<std::string> texts;
  const std::vector<Word> words = t.Words("Gondor was attacked, Rohan said.", &texts);
  ASSERT_EQ(texts, (V{"Gondor", "was", "attacked", ",", "Rohan", "said", "."}));
  EXPECT_TRUE(words[1].be);
  EXPECT_FALSE(words[2].be);
  EXPECT_TRUE(words[5].say);
  EXPECT_FALSE(words[2].say);
  EXPECT_TRUE(words[0].capitalized);
  EXPECT_FALSE(words[1].capitalized);
}

TEST(Tagger, DictionaryVerbForms) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Rohan accuses Gondor.", "accuses"), "V:3sg");
  EXPECT_EQ(t.TagOf("They accuse Gondor.", "accuse"), "V:base");
  EXPECT_EQ(t.TagOf("They accused Gondor.", "accused"), "V:past");
  EXPECT_EQ(t.TagOf("They sent envoys.", "sent"), "V:past");  // irregular
}

TEST(Tagger, EdAndIngWordsAreVerbs) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("They walked home.", "walked"), "V:past");  // not in the dictionary
  EXPECT_EQ(t.TagOf("They were walking home.", "walking"), "V:ing");
  EXPECT_EQ(t.TagOf("They attacked Gondor.", "attacked"), "V:past");
}

TEST(Tagger, IrregularPastForms) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("The orcs fought bravely.", "fought"), "V:past");
  EXPECT_EQ(t.TagOf("The king withdrew his troops.", "withdrew"), "V:past");
  EXPECT_EQ(t.TagOf("The envoys met in secret.", "met"), "V:past");
}

TEST(Tagger, VerbAfterADeterminerIsANoun) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor condemned an attack on Rohan.", "attack"), "N");
  EXPECT_EQ(t.TagOf("Gondor condemned the attack.", "attack"), "N");
  EXPECT_EQ(t.TagOf("Gondor condemned their attack.", "attack"), "N");
  EXPECT_EQ(t.TagOf("Orcs attack Gondor.", "attack"), "V:base");
  EXPECT_EQ(t.TagOf("Orcs will attack Gondor.", "attack"), "V:base");
}

TEST(Tagger, ParticipleBeforeANounIsAnAdjective) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Aid reached the affected villages.", "affected"), "ADJ");
  EXPECT_EQ(t.TagOf("Aid reached the affected villages.", "villages"), "N");
  EXPECT_EQ(t.TagOf("Rohan affected the outcome.", "affected"), "V:past");
}

TEST(Tagger, VerbClosingANounGroupIsANoun) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Arnor began a brief private visit to Gondor.", "visit"), "N");
  EXPECT_EQ(t.TagOf("Arnor planned a visit.", "visit"), "N");
}

TEST(Tagger, PluralAfterANumberIsANoun) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Mordor fired two artillery shells at Gondor.", "shells"), "N");
  EXPECT_EQ(t.TagOf("Mordor fired 40 shells at Gondor.", "shells"), "N");
  EXPECT_EQ(t.TagOf("Mordor shells Gondor.", "shells"), "V:3sg");
}

TEST(Tagger, WordAfterADegreeWordIsAnAdjective) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("The two armies were very close.", "close"), "ADJ");
  EXPECT_EQ(t.TagOf("Gondor will close the border.", "close"), "V:base");
}

TEST(Tagger, BaseFormAfterAPrepositionIsANoun) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Rubio spoke after talks with Russia.", "talks"), "N");
  EXPECT_EQ(t.TagOf("Gondor will close the border.", "close"), "V:base");  // after a modal
}

TEST(Tagger, VerbFormAfterANationalityIsANoun) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Russian shells hit the town.", "shells"), "N");
  EXPECT_EQ(t.TagOf("Israeli shells hit the town.", "shells"), "N");
  EXPECT_EQ(t.TagOf("Mordor shells Gondor.", "shells"), "V:3sg");  // a country, not an adjective
}

TEST(Tagger, PastFormAfterTheObjectOfAVerbIsAParticiple) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor backed the talks started between Rohan and Bree.", "started"), "V:part");
  EXPECT_EQ(t.TagOf("The army attacked in the night.", "attacked"), "V:past");  // no verb before
}

TEST(Tagger, HaveWithAnObjectIsTheMainVerb) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor had a video call with Rohan.", "had"), "V:past");
  EXPECT_EQ(t.TagOf("Gondor had attacked Rohan.", "had"), "AUX:past");
}

TEST(Tagger, ATimeWordBetweenAuxiliaryAndParticipleIsAnAdverb) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("The envoys had last attacked Rohan in May.", "had"), "AUX:past");
  EXPECT_EQ(t.TagOf("The envoys had last attacked Rohan in May.", "last"), "ADV");
  EXPECT_EQ(t.TagOf("The envoys had last attacked Rohan in May.", "attacked"), "V:past");
  EXPECT_EQ(t.TagOf("Gondor has long accused Rohan.", "accused"), "V:past");
  // "last" before a noun is still no adverb.
  EXPECT_EQ(t.TagOf("Gondor had a video call last week.", "had"), "V:past");
}

TEST(Tagger, SFormRightAfterAVerbIsItsObject) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor demanded shells from Rohan.", "shells"), "N");
}

TEST(Tagger, SFormBeforeAModalOrPastFormIsTheirSubject) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor-Rohan shells exploded in Bree.", "shells"), "N");
  EXPECT_EQ(t.TagOf("Shells will fall on Bree.", "Shells"), "N");
  // Opening the sentence before a preposition: no subject before it.
  EXPECT_EQ(t.TagOf("Shells from Rohan fell on Bree.", "Shells"), "N");
  // A past form with an object is the main verb's object: "shells" stays.
  EXPECT_EQ(t.TagOf("Gondor shells destroyed the bridge.", "shells"), "V:3sg");
}

TEST(Tagger, PastFormBetweenAPrepositionAndANounIsAnAdjective) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor opened an inquiry into alleged crimes.", "alleged"), "ADJ");
}

TEST(Tagger, DayNamesAreTimeAdverbs) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Ukrainian lawmakers Tuesday endorsed the plan.", "Tuesday"), "ADV");
}

TEST(Tagger, CapitalizedWordsAreProperNouns) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.Tags("The White Council met Saruman."),
            (V{"The/DET", "White/NP", "Council/NP", "met/V:past", "Saruman/NP", "./PUNCT"}));
  EXPECT_EQ(t.TagOf("Envoys from Bree arrived.", "Bree"), "NP");  // a dictionary verb, capitalized
  EXPECT_EQ(t.TagOf("Gondor protested.", "Gondor"), "NP");        // first word of the sentence
}

// Names no dictionary knows, ending like a verb form or an adverb.
TEST(Tagger, UnknownCapitalizedWordsAreNamesWhateverTheirEnding) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("The mayor thanked Ebeling for the work.", "Ebeling"), "NP");
  EXPECT_EQ(t.TagOf("Ebeling said the work was done.", "Ebeling"), "NP");
  EXPECT_EQ(t.TagOf("Delegates heard from Ahmed and Rohan.", "Ahmed"), "NP");
  EXPECT_EQ(t.TagOf("Kelly Marsh told reporters she would run.", "Kelly"), "NP");
  // At a sentence's start with no name's neighbour, the ending decides.
  EXPECT_EQ(t.TagOf("Speaking to reporters, the mayor left.", "Speaking"), "V:ing");
  EXPECT_EQ(t.TagOf("Frankly, the mayor left.", "Frankly"), "ADV");
}

// "US" in capitals is the country; "us" is the pronoun.
TEST(Tagger, UsInCapitalsIsTheCountry) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("US officials met the envoy.", "US"), "NP");
  EXPECT_EQ(t.TagOf("The envoy met US and Gondor officials.", "US"), "NP");
  EXPECT_EQ(t.TagOf("The envoy told us nothing.", "us"), "PRO");
  EXPECT_EQ(t.TagOf("LET US KNOW NOW.", "US"), "PRO");
}

TEST(Tagger, SentenceInitialLyWordIsAnAdverb) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Quickly, they left.", "Quickly"), "ADV");
}

TEST(Tagger, PastFormAfterANounBeforeByIsAParticiple) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("Gondor read memos sent by Bree.", "sent"), "V:part");
  EXPECT_EQ(t.TagOf("Gondor read the memos Rohan sent.", "sent"), "V:past");
}

TEST(Tagger, UnknownLowerCaseWordsAreNounsAndLyWordsAdverbs) {
  const Tagging t(kVerbs);
  EXPECT_EQ(t.TagOf("The envoy spoke firmly.", "envoy"), "N");
  EXPECT_EQ(t.TagOf("The envoy spoke firmly.", "firmly"), "ADV");
}

TEST(Tagger, TagsOnlyTheRequestedTokens) {
  const Tagging t(kVerbs);
  Document doc;
  doc.text = "Orcs attack Gondor. Rohan accuses Mordor.";
  doc.content.push_back(Span{0, static_cast<std::uint32_t>(doc.text.size())});
  text::TextAnalysis a;
  text::TextPipeline().Analyze(doc, a);
  ASSERT_EQ(a.sentences.size(), 2u);
  Diagnostics diags;
  dict::DictionarySet set;
  set.verbs = dict::ParseVerbs(kVerbs, "t.verbs", diags);
  const dict::Lexicon lex = dict::Compile(set, diags);
  const Tagger tagger(lex);
  std::vector<Word> words(5);  // cleared first
  tagger.Tag(a, a.sentences[1].first_token, a.sentences[1].end_token, words);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(words[0].token, a.sentences[1].first_token);
  EXPECT_EQ(words[1].pos, Pos::kVerb);
  EXPECT_EQ(words[1].form, VerbForm::kThird);
  EXPECT_NE(words[1].id, dict::kUnknownWord);
  EXPECT_EQ(words[0].id, dict::kUnknownWord);  // "Rohan" is in no dictionary here
}

}  // namespace
}  // namespace readout::tag
