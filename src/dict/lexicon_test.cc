// The compile step: actor phrases from several files (the first file wins),
// agents, synsets with nested synsets and plurals, verb forms, and verb
// patterns split around the verb, with their '_' links, in the order they
// are tried.
#include "dict/lexicon.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/test_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using testing::Messages;
using V = std::vector<std::string>;

// The node of `phrase` ("HAMAS WING") in `trie`, kNone when it is not there
// as a whole phrase with a payload.
PhraseTrie::NodeId NodeOf(const Lexicon& lex, const PhraseTrie& trie, std::string_view phrase) {
  std::vector<WordId> ids;
  std::size_t start = 0;
  while (start < phrase.size()) {
    std::size_t space = phrase.find(' ', start);
    if (space == std::string_view::npos) space = phrase.size();
    ids.push_back(lex.vocab.FindUpper(phrase.substr(start, space - start)));
    start = space + 1;
  }
  std::size_t len = 0;
  const PhraseTrie::NodeId node = trie.LongestAt(ids, len);
  return len == ids.size() ? node : PhraseTrie::kNone;
}

bool Has(const Lexicon& lex, const PhraseTrie& trie, std::string_view phrase) {
  return NodeOf(lex, trie, phrase) != PhraseTrie::kNone;
}

// A pattern's compiled tokens: words as themselves, synsets as &NAME,
// markers as $ + %, each prefixed by '_' when adjacent to its neighbour
// nearer the verb (before) or before it in reading order (after).
std::string Show(const Lexicon& lex, const VerbDictionary& verbs,
                 const std::vector<CompiledToken>& tokens) {
  std::string out;
  for (const CompiledToken& t : tokens) {
    if (!out.empty()) out += " ";
    if (t.gap == Gap::kAdjacent) out += "_";
    switch (t.kind) {
      case TokenKind::kWord: out += std::string(lex.vocab.Word(t.word)); break;
      case TokenKind::kSynset: out += "&" + verbs.synsets.at(t.synset).name; break;
      case TokenKind::kSource: out += "$"; break;
      case TokenKind::kTarget: out += "+"; break;
      case TokenKind::kCompound: out += "%"; break;
      default: out += "?"; break;
    }
  }
  return out;
}

struct Compiled {
  DictionarySet set;
  Lexicon lex;
  Diagnostics diags;
};

// Keeps the set beside its lexicon (the lexicon holds indices into it).
std::unique_ptr<Compiled> CompileVerbs(std::string_view verbs) {
  auto c = std::make_unique<Compiled>();
  c->set.verbs = ParseVerbs(verbs, "t.verbs", c->diags);
  c->lex = Compile(c->set, c->diags);
  return c;
}

TEST(LexiconActors, PhrasesFromSeveralFilesFirstFileWins) {
  Diagnostics diags;
  DictionarySet set;
  set.actors.push_back(ParseActors(
      "GONDOR [GON]\n+MINAS_TIRITH\nHAMAS WING [PSEHMSBRD]\n", "project.actors", diags));
  set.actors.push_back(ParseActors(
      "ARNOR [ARN]\nGONDOR [XXX]\n+OSGILIATH\nMINAS TIRITH [YYY]\n", "stock.actors", diags));
  ASSERT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Lexicon lex = Compile(set, diags);

  auto entry = [&](std::string_view phrase) {
    const PhraseTrie::NodeId node = NodeOf(lex, lex.actors, phrase);
    EXPECT_NE(node, PhraseTrie::kNone) << phrase;
    if (node == PhraseTrie::kNone) return ActorEntry{99, 99};
    EXPECT_EQ(lex.actors.Payloads(node).size(), 1u) << phrase;
    return lex.actor_entries.at(lex.actors.Payloads(node)[0]);
  };
  // Repeated phrases keep the first file's actor.
  EXPECT_EQ(entry("GONDOR").file, 0u);
  EXPECT_EQ(entry("GONDOR").actor, 0u);
  EXPECT_EQ(entry("MINAS TIRITH").file, 0u);  // '_' or ' ': the same phrase
  // Phrases only the second file has come from it.
  EXPECT_EQ(entry("ARNOR").file, 1u);
  EXPECT_EQ(entry("ARNOR").actor, 0u);
  const ActorEntry osgiliath = entry("OSGILIATH");  // a synonym of the shadowed GONDOR
  EXPECT_EQ(osgiliath.file, 1u);
  EXPECT_EQ(osgiliath.actor, 1u);
  // A loose phrase matches as consecutive words.
  EXPECT_TRUE(Has(lex, lex.actors, "HAMAS WING"));
  EXPECT_FALSE(Has(lex, lex.actors, "HAMAS"));
}

TEST(LexiconActors, RepeatedPhraseInOneFileKeepsTheFirstEntry) {
  Diagnostics diags;
  DictionarySet set;
  set.actors.push_back(ParseActors("LORIEN [ELR]\nLORIEN [GAL]\n", "a.actors", diags));
  const Lexicon lex = Compile(set, diags);
  const PhraseTrie::NodeId node = NodeOf(lex, lex.actors, "LORIEN");
  ASSERT_NE(node, PhraseTrie::kNone);
  ASSERT_EQ(lex.actors.Payloads(node).size(), 1u);
  EXPECT_EQ(lex.actor_entries.at(lex.actors.Payloads(node)[0]).actor, 0u);
}

TEST(LexiconAgents, PhrasesAndPluralsPointAtTheirAgent) {
  Diagnostics diags;
  DictionarySet set;
  set.agents = ParseAgents(
      "AMBASSADOR [~GOV]\n"
      "HUMAN_RIGHTS_BODY [NGO~]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
      "SECURITY SERVICE [~SPY]\n",
      "t.agents", diags);
  ASSERT_TRUE(diags.items().empty()) << Messages(diags)[0];
  const Lexicon lex = Compile(set, diags);
  auto agent = [&](std::string_view phrase) -> std::int64_t {
    const PhraseTrie::NodeId node = NodeOf(lex, lex.agents, phrase);
    if (node == PhraseTrie::kNone) return -1;
    return lex.agents.Payloads(node)[0];
  };
  EXPECT_EQ(agent("AMBASSADOR"), 0);
  EXPECT_EQ(agent("AMBASSADORS"), 0);
  EXPECT_EQ(agent("HUMAN RIGHTS BODY"), 1);
  EXPECT_EQ(agent("HUMAN RIGHTS BODIES"), 1);
  EXPECT_EQ(agent("ATTORNEYS GENERAL"), 2);
  EXPECT_EQ(agent("SECURITY SERVICES"), 3);
  EXPECT_EQ(agent("HUMAN"), -1);
  EXPECT_FALSE(Has(lex, lex.actors, "AMBASSADOR"));  // agents are not actors
}

TEST(LexiconSynsets, MembersPluralsAndMultiWordMembers) {
  auto c = CompileVerbs(
      "&CURRENCY\n+DOLLAR\n+AUSTRIAN FLORIN\n+GOLDEN_GOBLIN_GALLEON_\n"
      "&AUX_\n+HAVE\n"
      "--- GIVE [070] ---\nGIVE\n- * &CURRENCY [071]\n");
  ASSERT_TRUE(c->diags.items().empty()) << Messages(c->diags)[0];
  const Lexicon& lex = c->lex;
  ASSERT_EQ(lex.synsets.size(), 2u);
  const PhraseTrie& currency = lex.synsets[0];
  EXPECT_TRUE(Has(lex, currency, "DOLLAR"));
  EXPECT_TRUE(Has(lex, currency, "DOLLARS"));
  EXPECT_TRUE(Has(lex, currency, "AUSTRIAN FLORIN"));
  EXPECT_TRUE(Has(lex, currency, "AUSTRIAN FLORINS"));
  EXPECT_TRUE(Has(lex, currency, "GOLDEN GOBLIN GALLEON"));
  EXPECT_FALSE(Has(lex, currency, "GOLDEN GOBLIN GALLEONS"));  // member ends in '_'
  EXPECT_FALSE(Has(lex, currency, "AUSTRIAN"));
  EXPECT_TRUE(Has(lex, lex.synsets[1], "HAVE"));
  EXPECT_FALSE(Has(lex, lex.synsets[1], "HAVES"));  // label ends in '_'
}

TEST(LexiconSynsets, NestedSynsetsAreExpandedAndCyclesStop) {
  auto c = CompileVerbs(
      "&TIETYPES\n+MILITARY\n+ECONOMIC\n"
      "&ACCORDSYN\n+&TIETYPES\n+CLOSER\n"
      "&OUTER_\n+&ACCORDSYN\n+NEARER\n"
      "&LOOP_A_\n+&LOOP_B\n+PING\n"
      "&LOOP_B_\n+&LOOP_A\n+PONG\n"
      "--- ACCORD [---] ---\nACCORD\n");
  const Lexicon& lex = c->lex;
  const VerbDictionary& verbs = c->set.verbs;
  ASSERT_EQ(lex.synsets.size(), 5u);
  auto synset = [&](std::string_view name) -> const PhraseTrie& {
    for (std::size_t i = 0; i < verbs.synsets.size(); ++i) {
      if (verbs.synsets[i].name == name) return lex.synsets[i];
    }
    ADD_FAILURE() << "no synset " << name;
    return lex.synsets[0];
  };
  const PhraseTrie& accord = synset("ACCORDSYN");
  EXPECT_TRUE(Has(lex, accord, "MILITARY"));
  EXPECT_TRUE(Has(lex, accord, "ECONOMICS"));  // the nested synset's plurals too
  EXPECT_TRUE(Has(lex, accord, "CLOSER"));
  const PhraseTrie& outer = synset("OUTER");  // two levels down
  EXPECT_TRUE(Has(lex, outer, "MILITARY"));
  EXPECT_TRUE(Has(lex, outer, "CLOSER"));
  EXPECT_TRUE(Has(lex, outer, "NEARER"));
  EXPECT_TRUE(Has(lex, synset("LOOP_A"), "PONG"));
  EXPECT_TRUE(Has(lex, synset("LOOP_B"), "PING"));
  EXPECT_FALSE(Has(lex, synset("TIETYPES"), "CLOSER"));  // nesting goes one way
}

TEST(LexiconVerbs, EveryFormIsInTheVerbTrieWithItsHead) {
  auto c = CompileVerbs(
      "--- ASK [---] ---\n"
      "+ASK_FOR [020]\n"
      "RE_+ARREST\n"
      "--- SAY [010] ---\n"
      "SAY {SAID}\n");
  const Lexicon& lex = c->lex;
  auto entry = [&](std::string_view phrase) -> const VerbEntry* {
    const PhraseTrie::NodeId node = NodeOf(lex, lex.verbs, phrase);
    if (node == PhraseTrie::kNone) return nullptr;
    return &lex.verb_entries.at(lex.verbs.Payloads(node)[0]);
  };
  const VerbEntry* asked_for = entry("ASKED FOR");
  ASSERT_NE(asked_for, nullptr);
  EXPECT_EQ(asked_for->block, 0u);
  EXPECT_EQ(asked_for->verb, 0u);
  EXPECT_EQ(asked_for->head, 0);
  EXPECT_EQ(asked_for->length, 2);
  const VerbEntry* rearrested = entry("RE ARRESTED");
  ASSERT_NE(rearrested, nullptr);
  EXPECT_EQ(rearrested->verb, 1u);
  EXPECT_EQ(rearrested->head, 1);
  const VerbEntry* said = entry("SAID");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->block, 1u);
  EXPECT_EQ(entry("SAYED"), nullptr);  // written forms replace the rule
}

TEST(LexiconPatterns, TokensSplitAroundTheVerbNearestFirstBefore) {
  auto c = CompileVerbs(
      "--- INDICATE [---] ---\nINDICATE\n"
      "- INDICATED WOULD * NOW [036]\n"
      "- $ PLANS TO * + IN GONDOR [037]\n");
  const Lexicon& lex = c->lex;
  ASSERT_EQ(lex.patterns.size(), 1u);
  ASSERT_EQ(lex.patterns[0].size(), 2u);
  // Sorted by specificity: the second pattern has 4 words and 2 actors.
  const CompiledPattern& p0 = lex.patterns[0][0];
  EXPECT_EQ(p0.line, 4u);
  EXPECT_EQ(p0.specificity, 6u);
  EXPECT_EQ(Show(lex, c->set.verbs, p0.before), "TO PLANS $");
  EXPECT_EQ(Show(lex, c->set.verbs, p0.after), "+ IN GONDOR");
  EXPECT_EQ(p0.code.forward, "037");
  const CompiledPattern& p1 = lex.patterns[0][1];
  EXPECT_EQ(p1.line, 3u);
  EXPECT_EQ(p1.specificity, 3u);
  EXPECT_EQ(Show(lex, c->set.verbs, p1.before), "WOULD INDICATED");
  EXPECT_EQ(Show(lex, c->set.verbs, p1.after), "NOW");
  EXPECT_EQ(p1.verb_gap_before, Gap::kLoose);
  EXPECT_EQ(p1.verb_gap_after, Gap::kLoose);
}

TEST(LexiconPatterns, MoreSpecificFirstFileOrderForTies) {
  auto c = CompileVerbs(
      "&TIETYPES\n+MILITARY\n"
      "--- ABANDON [345] ---\nABANDON\n"
      "- * EFFORT [987]\n"                        // line 5: 1
      "- * DIPLOMATIC TIES [901]\n"               // line 6: 2
      "- * &TIETYPES TIES [902]\n"                // line 7: 2 (a synset counts)
      "- * NEW_&TIETYPES_RELATIONS [903]\n"       // line 8: 3
      "- + * [904]\n"                             // line 9: 1 (an actor marker counts)
      "- * IMPROVED (ALL) {&TIETYPES} TIES [905]\n");  // line 10: 4, brackets ignored
  const auto& ps = c->lex.patterns.at(0);
  std::vector<std::uint32_t> lines;
  for (const CompiledPattern& p : ps) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<std::uint32_t>{10, 8, 6, 7, 5, 9}));
  EXPECT_EQ(Show(c->lex, c->set.verbs, ps[0].after), "IMPROVED ALL &TIETYPES TIES");
  EXPECT_EQ(ps[5].specificity, 1u);
}

TEST(LexiconPatterns, UnderscoreLinksBecomeAdjacencyOnBothSides) {
  auto c = CompileVerbs(
      "&TIETYPES\n+MILITARY\n"
      "--- ABANDON [345] ---\nABANDON\n"
      "- FIRMLY_* NEW_&TIETYPES_RELATIONS [903]\n"
      "- VERY SOON_NOW * [904]\n"
      "- *_LAWS OF WAR [905]\n"
      "- SUGGESTED_+ * DEMAND [111]\n");
  const Lexicon& lex = c->lex;
  const VerbDictionary& verbs = c->set.verbs;
  const auto& ps = lex.patterns.at(0);
  ASSERT_EQ(ps.size(), 4u);
  auto by_line = [&](std::uint32_t line) -> const CompiledPattern& {
    for (const CompiledPattern& p : ps) {
      if (p.line == line) return p;
    }
    ADD_FAILURE() << "no pattern on line " << line;
    return ps[0];
  };
  const CompiledPattern& firmly = by_line(5);
  EXPECT_EQ(firmly.verb_gap_before, Gap::kAdjacent);
  EXPECT_EQ(firmly.verb_gap_after, Gap::kLoose);
  EXPECT_EQ(Show(lex, verbs, firmly.before), "_FIRMLY");
  EXPECT_EQ(Show(lex, verbs, firmly.after), "NEW _&TIETYPES _RELATIONS");
  // Before the verb a gap links a word to the one nearer the verb.
  const CompiledPattern& soon = by_line(6);
  EXPECT_EQ(Show(lex, verbs, soon.before), "NOW _SOON VERY");
  const CompiledPattern& laws = by_line(7);
  EXPECT_EQ(laws.verb_gap_after, Gap::kAdjacent);
  EXPECT_EQ(Show(lex, verbs, laws.after), "_LAWS OF WAR");
  const CompiledPattern& suggested = by_line(8);
  EXPECT_EQ(Show(lex, verbs, suggested.before), "+ _SUGGESTED");
  EXPECT_EQ(Show(lex, verbs, suggested.after), "DEMAND");
}

TEST(LexiconPatterns, SynsetTokensNameTheirSynsetIndex) {
  auto c = CompileVerbs(
      "&A_\n+ONE\n&B_\n+TWO\n"
      "--- X [010] ---\nX\n- &B * &A [011]\n");
  const CompiledPattern& p = c->lex.patterns.at(0).at(0);
  ASSERT_EQ(p.before.size(), 1u);
  ASSERT_EQ(p.after.size(), 1u);
  EXPECT_EQ(p.before[0].kind, TokenKind::kSynset);
  EXPECT_EQ(p.before[0].synset, 1u);
  EXPECT_EQ(p.after[0].kind, TokenKind::kSynset);
  EXPECT_EQ(p.after[0].synset, 0u);
}

TEST(LexiconPatterns, CaseIsFoldedIntoTheSharedVocabulary) {
  Diagnostics diags;
  DictionarySet set;
  set.verbs = ParseVerbs("--- X [010] ---\nwarn\n- * gondor [011]\n", "t.verbs", diags);
  set.actors.push_back(ParseActors("Gondor [GON]\n", "t.actors", diags));
  const Lexicon lex = Compile(set, diags);
  const WordId gondor = lex.vocab.FindUpper("GONDOR");
  ASSERT_NE(gondor, kUnknownWord);
  EXPECT_EQ(lex.patterns.at(0).at(0).after.at(0).word, gondor);
  EXPECT_TRUE(Has(lex, lex.actors, "GONDOR"));
  EXPECT_TRUE(Has(lex, lex.verbs, "WARNED"));
}

TEST(LexiconDiscards, SentenceAndStoryDiscardsShareOneTrie) {
  Diagnostics diags;
  DictionarySet set;
  set.discards = ParseDiscards("BASEBALL\n+WORLD GOLF CHAMPIONSHIPS\n", "t.discards", diags);
  const Lexicon lex = Compile(set, diags);
  const PhraseTrie::NodeId golf = NodeOf(lex, lex.discards, "WORLD GOLF CHAMPIONSHIPS");
  ASSERT_NE(golf, PhraseTrie::kNone);
  EXPECT_TRUE(set.discards.discards.at(lex.discards.Payloads(golf)[0]).whole_story);
  const PhraseTrie::NodeId ball = NodeOf(lex, lex.discards, "BASEBALL");
  ASSERT_NE(ball, PhraseTrie::kNone);
  EXPECT_FALSE(set.discards.discards.at(lex.discards.Payloads(ball)[0]).whole_story);
}

TEST(LexiconStems, TabariStemsMatchLongerWordsOnlyWhenAsked) {
  Diagnostics diags;
  DictionarySet set;
  set.actors.push_back(ParseActors("ERIADOR [ERI]\nGONDOR_ [GON]\nDOL_AMROTH [DOL]\n", "t.actors", diags));
  set.agents = ParseAgents("MINIST [~GOV]\n", "t.agents", diags);
  const Lexicon petrarch = Compile(set, diags);
  EXPECT_TRUE(petrarch.stems.empty());
  EXPECT_EQ(petrarch.StemOf("ERIADORI"), kUnknownWord);

  set.tabari_stems = true;
  const Lexicon tabari = Compile(set, diags);
  EXPECT_EQ(tabari.StemOf("ERIADORI"), tabari.vocab.FindUpper("ERIADOR"));
  EXPECT_EQ(tabari.StemOf("ERIADORIAN"), tabari.vocab.FindUpper("ERIADOR"));
  EXPECT_EQ(tabari.StemOf("MINISTRY"), tabari.vocab.FindUpper("MINIST"));
  EXPECT_EQ(tabari.StemOf("AMROTHIAN"), tabari.vocab.FindUpper("AMROTH"));  // the last word of a phrase
  EXPECT_EQ(tabari.StemOf("GONDORIAN"), kUnknownWord);  // "GONDOR_" is a whole word
  EXPECT_EQ(tabari.StemOf("ERIAD"), kUnknownWord);      // shorter than the stem
  EXPECT_TRUE(diags.items().empty()) << Messages(diags)[0];
}

}  // namespace
}  // namespace readout::dict
