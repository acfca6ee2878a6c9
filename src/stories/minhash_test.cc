#include "stories/minhash.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout::stories {
namespace {

// Feeds the space-separated, already lower-case words of `text` to a
// MinHasher, as Summarize does with a document's tokens.
MinHasher Hash(std::string_view text) {
  MinHasher hasher;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t space = std::min(text.find(' ', i), text.size());
    if (space > i) hasher.Add(text.substr(i, space - i));
    i = space + 1;
  }
  return hasher;
}

bool AllEmpty(const MinHash& signature) {
  return std::all_of(signature.begin(), signature.end(),
                     [](std::uint32_t slot) { return slot == ~0u; });
}

// Twelve sentences of an invented wire report, lower case, no punctuation.
const std::vector<std::string>& WireSentences() {
  static const std::vector<std::string> kSentences = {
      "prime minister sameer talwar of veldora spoke by telephone with president hanabusa aoi on monday",
      "the two leaders discussed trade energy and the security of shipping lanes in the southern sea",
      "talwar said the partnership between the countries was not aimed at any third party",
      "hanabusa invited her counterpart to visit the capital later this year for a formal summit",
      "officials in both governments described the conversation as warm and constructive",
      "bilateral trade reached forty billion dollars last year according to customs figures",
      "the ministers of finance are expected to meet next month to prepare a new currency swap",
      "analysts at the institute of regional studies said the call signalled a thaw after a tense winter",
      "a dispute over fishing rights near the northern islands has strained relations since january",
      "both sides agreed to reopen a consulate that was closed during the pandemic",
      "the opposition leader in veldora criticised the government for moving too quickly",
      "the foreign ministry said further details would be released after the weekend",
  };
  return kSentences;
}

std::string JoinSentences(const std::vector<std::string>& sentences) {
  std::string out;
  for (const std::string& s : sentences) {
    if (!out.empty()) out += ' ';
    out += s;
  }
  return out;
}

TEST(MinHashEstimate, IdenticalTextsHaveJaccardOne) {
  const std::string text = JoinSentences(WireSentences());
  const MinHasher a = Hash(text);
  const MinHasher b = Hash(text);
  EXPECT_EQ(EstimateJaccard(a.signature(), b.signature()), 1.0);
  EXPECT_EQ(a.words(), b.words());
}

TEST(MinHashEstimate, DisjointTextsHaveJaccardNearZero) {
  const MinHasher a = Hash(WireSentences()[0] + " " + WireSentences()[1]);
  const MinHasher b = Hash(
      "heavy rain flooded several villages along the river delta overnight forcing "
      "thousands of residents to shelter in schools while engineers inspected damaged bridges");
  EXPECT_LT(EstimateJaccard(a.signature(), b.signature()), 0.05);
}

TEST(MinHashEstimate, WireCopyWithNewFirstSentenceStaysHigh) {
  std::vector<std::string> copy = WireSentences();
  copy[0] = "veldora and its eastern neighbour held leader level talks by phone this week";
  const MinHasher original = Hash(JoinSentences(WireSentences()));
  const MinHasher rewritten = Hash(JoinSentences(copy));
  const double estimate = EstimateJaccard(original.signature(), rewritten.signature());
  EXPECT_GT(estimate, 0.6);
  EXPECT_LT(estimate, 1.0);  // the changed sentence is visible
}

TEST(MinHashEstimate, WordOrderMatters) {
  // Shingles are word triples: the same bag of words in another order is a
  // different text.
  const MinHasher a = Hash("alpha bravo charlie delta echo foxtrot golf hotel india juliet");
  const MinHasher b = Hash("juliet india hotel golf foxtrot echo delta charlie bravo alpha");
  EXPECT_LT(EstimateJaccard(a.signature(), b.signature()), 0.05);
}

TEST(MinHasherSignature, FewerThanThreeWordsLeaveEverySlotEmpty) {
  EXPECT_TRUE(AllEmpty(Hash("").signature()));
  EXPECT_TRUE(AllEmpty(Hash("talks").signature()));
  const MinHasher two = Hash("talks resumed");
  EXPECT_TRUE(AllEmpty(two.signature()));
  EXPECT_EQ(two.words(), 2u);
}

TEST(MinHasherSignature, ThreeWordsMakeOneShingle) {
  const MinHasher three = Hash("talks resumed today");
  EXPECT_EQ(three.words(), 3u);
  EXPECT_TRUE(std::none_of(three.signature().begin(), three.signature().end(),
                           [](std::uint32_t slot) { return slot == ~0u; }));
}

TEST(MinHashBandKeys, IdenticalSignaturesGiveEqualKeysOnePerBand) {
  const std::string text = JoinSentences(WireSentences());
  const std::vector<std::uint64_t> a = BandKeys(Hash(text).signature());
  const std::vector<std::uint64_t> b = BandKeys(Hash(text).signature());
  ASSERT_EQ(a.size(), kBands);
  EXPECT_EQ(a, b);
}

TEST(MinHashBandKeys, OneChangedSlotChangesExactlyItsBand) {
  const MinHash signature = Hash(JoinSentences(WireSentences())).signature();
  MinHash changed = signature;
  const std::size_t slot = 2 * kBandRows + 1;  // in band 2
  changed[slot] ^= 1u;
  const std::vector<std::uint64_t> a = BandKeys(signature);
  const std::vector<std::uint64_t> b = BandKeys(changed);
  ASSERT_EQ(b.size(), kBands);
  for (std::size_t band = 0; band < kBands; ++band) {
    if (band == slot / kBandRows) {
      EXPECT_NE(a[band], b[band]) << band;
    } else {
      EXPECT_EQ(a[band], b[band]) << band;
    }
  }
}

TEST(MinHashBandKeys, EqualBandsAtDifferentPositionsHaveDifferentKeys) {
  // Every band of an empty signature holds the same four values; the band's
  // index keeps their keys apart, so band 0 of one text never meets band 1
  // of another.
  MinHash empty;
  empty.fill(~0u);
  std::vector<std::uint64_t> keys = BandKeys(empty);
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
}

}  // namespace
}  // namespace readout::stories
