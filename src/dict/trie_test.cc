// Vocabulary (interning, case folding) and PhraseTrie (longest match,
// several payloads per phrase, words no dictionary has).
#include "dict/trie.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace readout::dict {
namespace {

using Ids = std::vector<WordId>;

TEST(Vocabulary, InternGivesDenseStableIdsStartingAtOne) {
  Vocabulary v;
  EXPECT_EQ(v.size(), 1u);  // [0] is the unknown word
  const WordId gondor = v.Intern("GONDOR");
  const WordId arnor = v.Intern("ARNOR");
  EXPECT_EQ(gondor, 1u);
  EXPECT_EQ(arnor, 2u);
  EXPECT_EQ(v.Intern("GONDOR"), gondor);  // interning again is a lookup
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v.Word(gondor), "GONDOR");
  EXPECT_EQ(v.Word(kUnknownWord), "");
}

TEST(Vocabulary, FindFoldsAsciiCaseAndReportsUnknownWords) {
  Vocabulary v;
  const WordId id = v.Intern("MINAS");
  std::string scratch;
  EXPECT_EQ(v.Find("Minas", scratch), id);
  EXPECT_EQ(v.Find("minas", scratch), id);
  EXPECT_EQ(v.Find("MINAS", scratch), id);
  EXPECT_EQ(v.FindUpper("MINAS"), id);
  EXPECT_EQ(v.FindUpper("Minas"), kUnknownWord);  // FindUpper does not fold
  EXPECT_EQ(v.Find("Tirith", scratch), kUnknownWord);
  EXPECT_EQ(v.Find("", scratch), kUnknownWord);
  EXPECT_EQ(v.size(), 2u);  // Find never adds
}

TEST(Vocabulary, NonAsciiBytesMustMatchExactly) {
  Vocabulary v;
  const WordId id = v.Intern("D\xC3\xBAN");  // "DúN": only ASCII letters fold
  std::string scratch;
  EXPECT_EQ(v.Find("d\xC3\xBAn", scratch), id);
  EXPECT_EQ(v.Find("d\xC3\x9An", scratch), kUnknownWord);  // "dÚn": Ú is not folded to ú
}

class PhraseTrieTest : public ::testing::Test {
 protected:
  WordId W(const char* w) { return vocab_.Intern(w); }
  Vocabulary vocab_;
  PhraseTrie trie_;
};

TEST_F(PhraseTrieTest, LongestMatchWins) {
  trie_.Add(Ids{W("HAMAS")}, 1);
  trie_.Add(Ids{W("HAMAS"), W("MILITARY"), W("COMMAND")}, 2);
  trie_.Add(Ids{W("HAMAS"), W("MILITARY")}, 3);

  std::size_t len = 0;
  auto node = trie_.LongestAt(Ids{W("HAMAS"), W("MILITARY"), W("COMMAND"), W("SAID")}, len);
  ASSERT_NE(node, PhraseTrie::kNone);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(std::vector<std::uint32_t>(trie_.Payloads(node).begin(), trie_.Payloads(node).end()),
            std::vector<std::uint32_t>{2});

  node = trie_.LongestAt(Ids{W("HAMAS"), W("MILITARY"), W("WING")}, len);
  ASSERT_NE(node, PhraseTrie::kNone);
  EXPECT_EQ(len, 2u);
  EXPECT_EQ(trie_.Payloads(node)[0], 3u);

  // A prefix of a longer phrase that is not itself a phrase does not match:
  // "HAMAS COMMAND" stops at HAMAS.
  node = trie_.LongestAt(Ids{W("HAMAS"), W("COMMAND")}, len);
  ASSERT_NE(node, PhraseTrie::kNone);
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(trie_.Payloads(node)[0], 1u);
}

TEST_F(PhraseTrieTest, InnerNodesWithoutPayloadAreNotMatches) {
  trie_.Add(Ids{W("GAZA"), W("CITY")}, 7);
  std::size_t len = 99;
  EXPECT_EQ(trie_.LongestAt(Ids{W("GAZA"), W("STRIP")}, len), PhraseTrie::kNone);
  EXPECT_EQ(len, 0u);
  EXPECT_EQ(trie_.LongestAt(Ids{W("GAZA")}, len), PhraseTrie::kNone);
  EXPECT_EQ(trie_.LongestAt(Ids{}, len), PhraseTrie::kNone);
}

TEST_F(PhraseTrieTest, APhraseAddedTwiceKeepsEveryPayloadInOrder) {
  trie_.Add(Ids{W("LORIEN")}, 4);
  trie_.Add(Ids{W("LORIEN")}, 9);
  trie_.Add(Ids{W("LORIEN")}, 2);
  std::size_t len = 0;
  const auto node = trie_.LongestAt(Ids{W("LORIEN")}, len);
  ASSERT_NE(node, PhraseTrie::kNone);
  EXPECT_EQ(std::vector<std::uint32_t>(trie_.Payloads(node).begin(), trie_.Payloads(node).end()),
            (std::vector<std::uint32_t>{4, 9, 2}));
}

TEST_F(PhraseTrieTest, UnknownWordsNeverMatchAndEndTheWalk) {
  trie_.Add(Ids{W("ARNOR")}, 1);
  std::size_t len = 0;
  EXPECT_EQ(trie_.LongestAt(Ids{kUnknownWord, W("ARNOR")}, len), PhraseTrie::kNone);
  EXPECT_EQ(trie_.Child(PhraseTrie::kRoot, kUnknownWord), PhraseTrie::kNone);
  // Even a phrase containing id 0 cannot be reached through Child.
  trie_.Add(Ids{W("X"), kUnknownWord}, 5);
  const auto x = trie_.Child(PhraseTrie::kRoot, W("X"));
  ASSERT_NE(x, PhraseTrie::kNone);
  EXPECT_EQ(trie_.Child(x, kUnknownWord), PhraseTrie::kNone);
}

TEST_F(PhraseTrieTest, ChildWalksOneWordAtATime) {
  trie_.Add(Ids{W("SECURITY"), W("COUNCIL")}, 3);
  const auto a = trie_.Child(PhraseTrie::kRoot, W("SECURITY"));
  ASSERT_NE(a, PhraseTrie::kNone);
  EXPECT_TRUE(trie_.Payloads(a).empty());
  const auto b = trie_.Child(a, W("COUNCIL"));
  ASSERT_NE(b, PhraseTrie::kNone);
  EXPECT_EQ(trie_.Payloads(b).size(), 1u);
  EXPECT_EQ(trie_.Child(b, W("COUNCIL")), PhraseTrie::kNone);
  EXPECT_EQ(trie_.node_count(), 3u);  // root + two
  EXPECT_TRUE(trie_.Payloads(PhraseTrie::kRoot).empty());
}

// The trie against an obviously correct reference: the longest phrase in a
// list that is a prefix of the input.
TEST_F(PhraseTrieTest, AgreesWithABruteForceReferenceOnRandomPhrases) {
  const WordId alphabet[] = {W("A"), W("B"), W("C"), W("D")};
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7fff;
  };
  std::vector<Ids> phrases;
  for (std::uint32_t p = 0; p < 60; ++p) {
    Ids phrase(1 + next() % 4);
    for (WordId& w : phrase) w = alphabet[next() % 4];
    phrases.push_back(phrase);
    trie_.Add(phrase, p);
  }
  for (int trial = 0; trial < 500; ++trial) {
    Ids input(next() % 6);
    for (WordId& w : input) w = alphabet[next() % 4];
    std::size_t want_len = 0;
    std::vector<std::uint32_t> want_payloads;
    for (std::uint32_t p = 0; p < phrases.size(); ++p) {
      const Ids& ph = phrases[p];
      if (ph.size() > input.size() || !std::equal(ph.begin(), ph.end(), input.begin())) continue;
      if (ph.size() > want_len) {
        want_len = ph.size();
        want_payloads.clear();
      }
      if (ph.size() == want_len) want_payloads.push_back(p);
    }
    std::size_t len = 0;
    const auto node = trie_.LongestAt(input, len);
    if (want_len == 0) {
      EXPECT_EQ(node, PhraseTrie::kNone);
      continue;
    }
    ASSERT_NE(node, PhraseTrie::kNone);
    EXPECT_EQ(len, want_len);
    EXPECT_EQ(std::vector<std::uint32_t>(trie_.Payloads(node).begin(), trie_.Payloads(node).end()),
              want_payloads);
  }
}

}  // namespace
}  // namespace readout::dict
