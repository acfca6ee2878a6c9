// Who speaks, as news reports name them: titles with and without a country,
// apposition, honorifics, anonymous officials, plural speakers, the
// reporting outlet, and the channels the words came through. One rule per
// test, on short invented articles.
#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace readout::quotes {
namespace {

using testing::Describe;
using testing::Extract;
using testing::MakeExtractor;

class AttributionTest : public ::testing::Test {
 protected:
  std::shared_ptr<const Extractor> x_ = MakeExtractor();
  std::vector<Quote> Run(const std::string& text, const std::string& outlet = "") {
    return Extract(*x_, text, "2022-05-17", outlet);
  }
  // The first quote whose text holds `words`, or null.
  static const Quote* With(const std::vector<Quote>& qs, const std::string& words) {
    for (const Quote& q : qs) {
      if (q.text.find(words) != std::string::npos) return &q;
    }
    return nullptr;
  }
};

// ---- who the speaker is

TEST_F(AttributionTest, HonorificAndSurnameFindTheNamedOfficial) {
  const auto qs = Run(
      "German Chancellor Klaus Brenner arrived in Lyon on Friday. "
      "\"We came to listen,\" Mr Brenner said.");
  const Quote* q = With(qs, "We came to listen");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.text, "Mr Brenner");
  EXPECT_EQ(q->speaker.entity, "Klaus Brenner");
  EXPECT_EQ(q->speaker.code, "DEUGOV");
  EXPECT_EQ(q->via, SpeakerVia::kSurname);
}

TEST_F(AttributionTest, HonorificIsNotPartOfTheName) {
  const auto qs = Run("\"Prices will settle,\" said Dr. Lena Vogt, an economist in Lyon.");
  const Quote* q = With(qs, "Prices will settle");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.entity, "Lena Vogt");
  EXPECT_EQ(q->speaker.code, "");  // an analyst, not an official
}

TEST_F(AttributionTest, AppositionGivesTheNameTheRolesCode) {
  const auto qs = Run(
      "France's foreign minister, Claire Vautrin, said the plan would fail. "
      "\"It cannot work,\" Ms Vautrin said.");
  const Quote* indirect = With(qs, "the plan would fail");
  ASSERT_NE(indirect, nullptr) << Describe(qs);
  EXPECT_EQ(indirect->speaker.code, "FRAGOV");
  EXPECT_EQ(indirect->speaker.entity, "Claire Vautrin");
  const Quote* direct = With(qs, "It cannot work");
  ASSERT_NE(direct, nullptr) << Describe(qs);
  EXPECT_EQ(direct->speaker.entity, "Claire Vautrin");
  EXPECT_EQ(direct->speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, TitleListTakesTheCountryBeforeIt) {
  const auto qs = Run(
      "Germany's Economy, Energy and Climate Minister, Jonas Reiter, met the press. "
      "\"The subsidy ends in May,\" Mr Reiter said.");
  const Quote* q = With(qs, "The subsidy ends in May");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.entity, "Jonas Reiter");
  EXPECT_EQ(q->speaker.code, "DEUGOV");  // the portfolio is not a sector
}

TEST_F(AttributionTest, CountryAfterOfBelongsToTheOfficial) {
  const auto qs = Run("President Anna Keller of Germany said the vote would go ahead.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.code, "DEUGOV");
}

TEST_F(AttributionTest, DatelineGivesUnqualifiedTitlesTheirCountry) {
  const auto qs = Run(
      "PARIS, May 16 (Harbour Post) - President Luc Morand said the talks would resume in June.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.entity, "Luc Morand");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, OfficialWithoutCountryFacingAnotherCountrysOfficial) {
  // No dateline, no adjective: the official on the other side of the call
  // from a German minister belongs to the other country of the story.
  const auto qs = Run(
      "France on Monday protested against the German tariffs. "
      "Trade Minister Paul Girard raised the matter in a call with Germany's Trade Minister, "
      "Jonas Reiter. \"The tariffs are a mistake,\" Mr Girard said.");
  const Quote* q = With(qs, "The tariffs are a mistake");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.entity, "Paul Girard");
  EXPECT_EQ(q->speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, AnonymousOfficialIsCodedFromTheAdjective) {
  const auto qs = Run(
      "President Emmanuel Macron met the cabinet on Sunday. "
      "A senior German official, speaking on condition of anonymity, told The Harbour Post "
      "that the deal was close. \"It is nearly done,\" the official said.",
      "The Harbour Post");
  const Quote* told = With(qs, "the deal was close");
  ASSERT_NE(told, nullptr) << Describe(qs);
  EXPECT_EQ(told->kind, QuoteKind::kIndirect);
  EXPECT_EQ(told->speaker.text, "A senior German official");
  EXPECT_EQ(told->speaker.code, "DEUGOV");
  EXPECT_EQ(told->speaker.entity, "Germany");  // no person named
  EXPECT_EQ(told->addressee.text, "The Harbour Post");
  EXPECT_EQ(told->addressee.code, "");
  const Quote* said = With(qs, "It is nearly done");
  ASSERT_NE(said, nullptr) << Describe(qs);
  EXPECT_EQ(said->speaker.text, "the official");
  EXPECT_EQ(said->speaker.code, "DEUGOV");  // not Macron, the last named person
}

TEST_F(AttributionTest, TheOutletIsNeverTheSpeaker) {
  const auto qs = Run("A diplomat, who asked not to be named, told Harbour Post the talks had stalled.",
                      "Harbour Post");
  for (const Quote& q : qs) EXPECT_NE(q.speaker.text, "Harbour Post") << Describe(qs);
}

TEST_F(AttributionTest, RelativeClauseBetweenSubjectAndVerb) {
  const auto qs = Run("Macron, who spoke in French, called the accord \"a good start\".");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, CountrySpeaksThroughItsGovernment) {
  const auto qs = Run("France on Tuesday criticised the ruling, calling it \"deeply unfair\".");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(qs[0].speaker.text, "France");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, DefiniteInstitutionIsTheOneNamedBefore) {
  const auto qs = Run(
      "Germany's Ministry of Finance announced the plan on Monday. "
      "The ministry said the costs would be \"entirely manageable\".");
  const Quote* q = With(qs, "entirely manageable");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.code, "DEUGOV");
}

// ---- plural speakers

TEST_F(AttributionTest, TwoLeadersAreTheLastPairThatMet) {
  const auto qs = Run(
      "President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris. "
      "\"Europe must act together,\" the two leaders said in a joint statement.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  const Quote& q = qs[0];
  ASSERT_EQ(q.group.size(), 2u);
  EXPECT_EQ(q.group[0].code, "FRAGOV");
  EXPECT_EQ(q.group[1].code, "DEUGOV");
  EXPECT_EQ(q.group[1].entity, "Olaf Scholz");
  EXPECT_EQ(q.speaker.code, "FRAGOV");  // the first of them
  EXPECT_EQ(q.speaker.text, "the two leaders");
  EXPECT_EQ(q.channel.text, "a joint statement");
}

TEST_F(AttributionTest, CoordinatedNamesFormThePairAndChannelOpensTheSentence) {
  const auto qs = Run(
      "Macron and Scholz met in Berlin on Monday. "
      "In their joint statement, the leaders called the pact \"a turning point for Europe\".");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
  EXPECT_EQ(qs[0].group.size(), 2u);
  EXPECT_EQ(qs[0].channel.text, "their joint statement");
}

TEST_F(AttributionTest, PluralOfficialsAreNotOnePerson) {
  const auto qs = Run("Macron arrived in Rome. Officials said the visit would last two days.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.entity, "");
  EXPECT_TRUE(qs[0].group.empty());
}

// ---- channels

TEST_F(AttributionTest, ChannelKeepsItsSource) {
  const auto qs = Run(
      "\"We will help,\" Scholz said, according to a readout from the French Foreign Ministry.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].channel.text, "a readout from the French Foreign Ministry");
  EXPECT_EQ(qs[0].channel.code, "FRAGOV");
}

TEST_F(AttributionTest, ChannelReleasedBy) {
  const auto qs = Run(
      "\"Ties are strong,\" Macron said, according to the readout released by the Elysee Palace.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].channel.text, "the readout released by the Elysee Palace");
  EXPECT_EQ(qs[0].channel.code, "FRAGOV");
}

TEST_F(AttributionTest, DashSetsOffAnotherSourcesComment) {
  const auto qs = Run(
      "Macron called the deal \"a new chapter\" - wording that went beyond earlier texts, "
      "according to diplomats in Rome.");
  ASSERT_GE(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].channel.text, "");
}

TEST_F(AttributionTest, MediumReportingTheSentenceIsTheChannel) {
  const auto qs = Run("Macron said that France would stay in the pact, the news agency AFP reported.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "France would stay in the pact");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].channel.text, "the news agency AFP");
}

TEST_F(AttributionTest, ReadoutOfACapitalIsItsGovernment) {
  const auto qs = Run("Paris's readout said that the two sides would meet again.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
}

TEST_F(AttributionTest, NestedReportedSpeechKeepsTheInnerSpeaker) {
  const auto qs = Run(
      "The German government said in its account of the call that Scholz had explained "
      "that the tariffs were temporary.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "the tariffs were temporary");
  EXPECT_EQ(qs[0].speaker.code, "DEUGOV");
  EXPECT_EQ(qs[0].speaker.text, "Scholz");
  EXPECT_EQ(qs[0].channel.text, "its account of the call");
}

// ---- where the words are

TEST_F(AttributionTest, ClauseBeforeTheFrameIsIndirectSpeech) {
  const auto qs = Run(
      "Under the plan, France will send 200 engineers to the region, "
      "French Foreign Minister Claire Vautrin told reporters after the meeting.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(qs[0].text, "Under the plan, France will send 200 engineers to the region");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].addressee.text, "reporters");
}

TEST_F(AttributionTest, QuotedClauseAfterThatIsPartial) {
  const auto qs = Run("Macron said that \"Europe will not bend to pressure.\"");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kPartial);
}

TEST_F(AttributionTest, BlockQuotationTakesTheFrameEndingTheParagraphBefore) {
  const auto qs = Run(
      "A statement from the Elysee Palace quoted Mr Macron as saying:\n\n"
      "\"France will not wait. Europe must decide.\"\n\n"
      "The palace gave no further details.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(qs[0].text, "France will not wait. Europe must decide.");
  EXPECT_EQ(qs[0].speaker.code, "FRAGOV");
  EXPECT_EQ(qs[0].channel.text, "A statement from the Elysee Palace");
}

TEST_F(AttributionTest, InterruptedQuotationContinuesWithThePronoun) {
  const auto qs = Run(
      "Dr. Lena Vogt, who teaches in Hamburg, said the rules were new. "
      "\"It is about timing,\" she said. \"Nobody in either city wants a long delay.\"");
  const Quote* first = With(qs, "It is about timing");
  const Quote* second = With(qs, "Nobody in either city wants a long delay");
  ASSERT_NE(first, nullptr) << Describe(qs);
  ASSERT_NE(second, nullptr) << Describe(qs);
  EXPECT_EQ(first->speaker.entity, "Lena Vogt");
  EXPECT_EQ(second->speaker.entity, "Lena Vogt");
  EXPECT_EQ(second->via, SpeakerVia::kContinuation);
}

}  // namespace
}  // namespace readout::quotes
