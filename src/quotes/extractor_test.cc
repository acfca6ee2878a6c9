// The extractor, one behaviour per test, on short invented articles.
#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace readout::quotes {
namespace {

using testing::Describe;
using testing::Extract;
using testing::MakeExtractor;

class ExtractorTest : public ::testing::Test {
 protected:
  std::shared_ptr<const Extractor> x_ = MakeExtractor();
  std::vector<Quote> Run(const std::string& text) { return Extract(*x_, text); }
};

TEST_F(ExtractorTest, DirectQuoteBeforeAttribution) {
  const std::string text = "\"We will not give in,\" Macron said.";
  const auto qs = Run(text);
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(qs[0].text, "We will not give in");
  EXPECT_EQ(text.substr(qs[0].span.begin, qs[0].span.size()), qs[0].text);
  EXPECT_EQ(qs[0].speaker.text, "Macron");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].verb, "said");
  EXPECT_EQ(qs[0].id, "doc#q0");
}

TEST_F(ExtractorTest, DirectQuoteAfterColon) {
  const auto qs = Run("Scholz said: \"Europe must stand together.\"");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(qs[0].text, "Europe must stand together.");
  EXPECT_EQ(qs[0].speaker.code, "DEUGOV");
}

TEST_F(ExtractorTest, InvertedAttribution) {
  const auto qs = Run("\"Talks went well,\" said Macron.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "Macron");
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
}

TEST_F(ExtractorTest, CurlyQuotesKeepOriginalOffsets) {
  const std::string text = "\xE2\x80\x9CPeace is possible,\xE2\x80\x9D Macron said.";
  const auto qs = Run(text);
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "Peace is possible");
  EXPECT_EQ(qs[0].span.begin, 3u);
}

TEST_F(ExtractorTest, QuoteSpanningSentences) {
  const auto qs = Run(
      "French President Emmanuel Macron met reporters in Lyon. "
      "\"The summit was useful. We agreed on a road map,\" the French president said.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The summit was useful. We agreed on a road map");
  EXPECT_EQ(qs[0].speaker.text, "the French president");
  EXPECT_EQ(qs[0].speaker.entity, "Emmanuel Macron");
  EXPECT_EQ(qs[0].via, SpeakerVia::kDescription);
}

TEST_F(ExtractorTest, PartialQuoteInsideSentence) {
  const auto qs = Run("Macron said ties would \"proceed with ease\" after the summit.");
  ASSERT_GE(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(qs[0].text, "proceed with ease");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(ExtractorTest, ShortQuoteWithAttributionIsPartial) {
  const auto qs = Run("The Elysee Palace described the talks as \"frank and useful\" in its readout.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].channel.text, "its readout");
  EXPECT_EQ(qs[0].channel.code, "FRAGOV");
}

TEST_F(ExtractorTest, IndirectSpeechWithThat) {
  const auto qs = Run("Scholz told Macron that Germany would join the fund.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(qs[0].text, "Germany would join the fund");
  EXPECT_EQ(qs[0].speaker.code, "DEUGOV");
  EXPECT_EQ(qs[0].addressee.text, "Macron");
  EXPECT_EQ(qs[0].addressee.code, "FRAGOV");
  EXPECT_EQ(qs[0].verb, "told");
}

TEST_F(ExtractorTest, IndirectSpeechWithoutThat) {
  const auto qs = Run("Macron said France would host the next meeting.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(qs[0].text, "France would host the next meeting");
}

TEST_F(ExtractorTest, AccordingToGivesIndirectSpeech) {
  const auto qs = Run("According to the Elysee Palace, the two leaders spoke for an hour.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(qs[0].text, "the two leaders spoke for an hour");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(ExtractorTest, PronounSpeakerIsTheLastPersonSubject) {
  const auto qs = Run("Macron met Scholz in Paris on Monday. \"We are united,\" he said.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "he");
  EXPECT_EQ(qs[0].speaker.entity, "Emmanuel Macron");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].via, SpeakerVia::kPronoun);
}

TEST_F(ExtractorTest, SurnameResolvesToTheFullName) {
  const auto qs = Run(
      "Foreign Minister Anna Lindqvist met reporters in Stockholm. "
      "\"Nothing is decided yet,\" Lindqvist said.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "Lindqvist");
  EXPECT_EQ(qs[0].speaker.entity, "Anna Lindqvist");
  EXPECT_EQ(qs[0].via, SpeakerVia::kSurname);
}

TEST_F(ExtractorTest, CounterpartIsTheOtherParty) {
  const auto qs = Run(
      "Scholz called Macron on Tuesday. "
      "\"We have more to do,\" Scholz told his counterpart.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].addressee.text, "his counterpart");
  EXPECT_EQ(qs[0].addressee.entity, "Emmanuel Macron");
}

TEST_F(ExtractorTest, ChannelFromAccordingTo) {
  const auto qs = Run("\"Trade will grow,\" Macron said, according to the news agency AFP.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_NE(qs[0].channel.text.find("AFP"), std::string::npos);
  EXPECT_NE(qs[0].channel.code.find("MED"), std::string::npos);
}

TEST_F(ExtractorTest, QuotedAsSayingGivesSpeakerAndChannel) {
  const auto qs = Run(
      "Macron agreed. A statement from the Elysee Palace quoted him as saying: "
      "\"The partnership is essential for Europe.\"");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "him");
  EXPECT_EQ(qs[0].speaker.entity, "Emmanuel Macron");
  EXPECT_EQ(qs[0].channel.text, "A statement from the Elysee Palace");
  EXPECT_EQ(qs[0].channel.code, "FRAGOV");
}

TEST_F(ExtractorTest, ReadoutAsSpeakerIsAlsoTheChannel) {
  const auto qs = Run("\"The talks were constructive,\" the Elysee Palace readout said.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].channel.text, "the Elysee Palace readout");
}

TEST_F(ExtractorTest, ContinuationKeepsTheSpeaker) {
  const auto qs = Run("\"We are ready,\" Macron said. \"The door is open.\"");
  ASSERT_EQ(qs.size(), 2u) << Describe(qs);
  EXPECT_EQ(qs[1].text, "The door is open.");
  EXPECT_EQ(qs[1].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[1].via, SpeakerVia::kContinuation);
}

TEST_F(ExtractorTest, ScareQuotesAreNotQuotes) {
  EXPECT_TRUE(Run("France defends its \"normal\" trade.").empty());
  EXPECT_TRUE(Run("Analysts doubt that a \"grand bargain\" is near.").empty());
  EXPECT_TRUE(Run("Macron and Scholz, who declared a \"no limits\" friendship, met again.").empty());
}

TEST_F(ExtractorTest, UnattributedQuotationIsDropped) {
  EXPECT_TRUE(Run("The line that France \"will never yield\" was removed.").empty());
}

TEST_F(ExtractorTest, CoordinatedVerbTakesTheEarlierSubject) {
  const auto qs = Run(
      "German Chancellor Olaf Scholz voiced support for the plan but added that "
      "\"all members\" should be consulted.");
  ASSERT_GE(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "all members");
  EXPECT_EQ(qs[0].speaker.code, "DEUGOV");
}

}  // namespace
}  // namespace readout::quotes
