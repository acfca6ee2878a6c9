// Attributions as news writes them, one form per test, on invented
// sentences: indirect speech with any reporting cue, the clause before or
// around its cue, quotation marks of every style, a frame in the next
// sentence, speakers nobody's dictionary knows, and relays ("X reported Y as
// saying", "Y was quoted by X", "X cited Y, which said") as channel chains.
#include <gtest/gtest.h>

#include "quotes/test_util.h"

namespace readout::quotes {
namespace {

using testing::Describe;
using testing::Extract;
using testing::MakeExtractor;

class FormsTest : public ::testing::Test {
 protected:
  std::shared_ptr<const Extractor> x_ = MakeExtractor();
  std::vector<Quote> Run(const std::string& text) { return Extract(*x_, text); }
  static const Quote* With(const std::vector<Quote>& qs, const std::string& words) {
    for (const Quote& q : qs) {
      if (q.text.find(words) != std::string::npos) return &q;
    }
    return nullptr;
  }
  static std::vector<std::string> Channels(const Quote& q) {
    std::vector<std::string> out;
    for (const events::ActorRef& c : q.channels) out.push_back(c.text);
    return out;
  }
};

// ---- indirect speech with cues other than "said"

TEST_F(FormsTest, IndirectSpeechWithManyCues) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Macron noted that the harbour had reopened.", "noted"},
      {"Scholz argued the tariff would hurt farmers.", "argued"},
      {"The mayor suggested the bridge could wait a year.", "suggested"},
      {"Macron maintained that nothing had changed.", "maintained"},
      {"Scholz conceded the count had been slow.", "conceded"},
      {"Farmers say the new rules are unfair.", "say"},
      {"The minister denied that any money had moved.", "denied"},
      {"Macron vowed the canal would be finished by May.", "vowed"},
  };
  for (const auto& [text, verb] : cases) {
    const auto qs = Run(text);
    ASSERT_EQ(qs.size(), 1u) << text << "\n" << Describe(qs);
    EXPECT_EQ(qs[0].kind, QuoteKind::kIndirect) << text;
    EXPECT_EQ(qs[0].verb, verb) << text;
    EXPECT_EQ(text.substr(qs[0].verb_span.begin, qs[0].verb_span.size()), verb);
  }
}

TEST_F(FormsTest, UnknownSpeakersAreTheirWords) {
  const auto qs = Run("A source close to the talks said the deal was nearly done.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "A source close to the talks");
  EXPECT_EQ(qs[0].via, SpeakerVia::kPhrase);
  const auto poll = Run("About 9 percent said they had no preference.");
  ASSERT_EQ(poll.size(), 1u) << Describe(poll);
  EXPECT_EQ(poll[0].text, "they had no preference");
}

TEST_F(FormsTest, RelativePronounStandsForItsAntecedent) {
  const auto qs = Run("The plan was backed by Scholz, who said it would pass.");
  const Quote* q = With(qs, "it would pass");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.text, "who");  // the words as written
  EXPECT_EQ(q->speaker.entity, "Olaf Scholz");
  EXPECT_EQ(q->speaker.code, "DEUGOV");
}

// ---- where the cue stands

TEST_F(FormsTest, ContentBeforeTheCue) {
  const auto qs = Run("The harbour will reopen on Monday, port officials said.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The harbour will reopen on Monday");
  EXPECT_EQ(qs[0].speaker.text, "port officials");
}

TEST_F(FormsTest, ContentBeforeAnInvertedCueWithApposition) {
  const auto qs = Run("The harbour is busier than ever, said Mina Lopez, director of the port authority.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The harbour is busier than ever");
  EXPECT_EQ(qs[0].speaker.text, "Mina Lopez");
}

TEST_F(FormsTest, CueInsideTheContent) {
  const auto qs = Run("The new bridge, the mayor said, will open in the spring.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The new bridge, the mayor said, will open in the spring");
  EXPECT_EQ(qs[0].speaker.text, "the mayor");
}

TEST_F(FormsTest, ContentBeforeACueWithAParticiple) {
  const auto qs = Run("Sales were slow this year, the baker said, wiping the counter.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "Sales were slow this year");
}

TEST_F(FormsTest, ColonIntroducedQuotation) {
  const auto qs = Run("Macron said: \"We will not give up the port.\"");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(qs[0].speaker.text, "Macron");
}

TEST_F(FormsTest, FrameInTheNextSentenceAfterAQuestion) {
  const auto qs = Run(
      "\"Macron is here.\" Scholz said that first.\n\n"
      "\"Why would we wait?\" Scholz asked.");
  const Quote* q = With(qs, "Why would we wait?");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_EQ(q->speaker.text, "Scholz");
  EXPECT_EQ(q->verb, "asked");
}

TEST_F(FormsTest, CommaBetweenCueAndClause) {
  const auto qs = Run("Scholz says, win or lose, he will stay in the race.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "win or lose, he will stay in the race");
  // An inverted subject's apposition is no clause.
  const auto b = Run("\"We will stay,\" said Ann Lee, a broker who sells farms.");
  for (const Quote& q : b) EXPECT_EQ(q.text.find("a broker"), std::string::npos) << Describe(b);
}

TEST_F(FormsTest, SubjectBeforeAParenthesisOrAParticiplePhrase) {
  const auto a = Run("Senator Ann Lee (D-Vt.) told reporters that the vote would wait.");
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker.text, "Senator Ann Lee");
  const auto b = Run("The aides, led by a campaign manager, told donors that they expected to lose.");
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker.text, "The aides");
}

TEST_F(FormsTest, NounPhraseContent) {
  const auto qs = Run("The ministry announced a new round of talks with the unions.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "a new round of talks with the unions");
  // A noun phrase that is the subject of a clause is the clause's.
  const auto b = Run("The ministry announced the talks would resume in May.");
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].text, "the talks would resume in May");
}

TEST_F(FormsTest, AsTheOutletReported) {
  const auto qs = Run("The mayor met the bankers on Monday, as the Courier reported.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The mayor met the bankers on Monday");
}

TEST_F(FormsTest, ReportedWordsInsideARelativeClause) {
  const auto qs = Run("The new rules, which officials said will take effect in May, do not cover ports.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "will take effect in May");
  EXPECT_EQ(qs[0].speaker.text, "officials");
}

TEST_F(FormsTest, SaidAboutABeliefIsOneStatement) {
  // "knows" inside the reported clause is the speaker's claim, not a
  // second speaker's words.
  const auto qs = Run("Scholz, 64, said he knows the cost of delay firsthand.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "he knows the cost of delay firsthand");
  EXPECT_EQ(qs[0].speaker.text, "Scholz");
}

// ---- cues that are no verbs, and questions

TEST_F(FormsTest, NominalCueOpeningTheSentence) {
  const auto qs = Run("In a statement, the harbour will stay closed until Friday.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "the harbour will stay closed until Friday");
  EXPECT_EQ(qs[0].speaker.text, "a statement");
  EXPECT_EQ(qs[0].verb, "In");
}

TEST_F(FormsTest, AccordingToInsideTheClause) {
  const auto qs = Run("The first step, according to two aides, is to rebuild the party.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].text, "The first step, according to two aides, is to rebuild the party");
  EXPECT_EQ(qs[0].speaker.text, "two aides");
}

TEST_F(FormsTest, AccordingToDocumentsAndPronouns) {
  const auto a = Run("According to state law, no one may hand out leaflets near a polling place.");
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker.text, "state law");
  const auto b = Run("The ferry stopped after, according to him, the harbour master closed the port.");
  const Quote* q = With(b, "the harbour master closed the port");
  ASSERT_NE(q, nullptr) << Describe(b);
  EXPECT_EQ(q->speaker.text, "him");
  const auto c = Run("The count ended at midnight, with officials declaring the result, according to the Courier.");
  ASSERT_EQ(c.size(), 1u) << Describe(c);
  EXPECT_EQ(c[0].speaker.text, "the Courier");
}

TEST_F(FormsTest, SpeakerBeforeAColon) {
  const auto qs = Run("Scholz: The border will stay open for trade.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "Scholz");
  EXPECT_EQ(qs[0].verb, ":");
  EXPECT_TRUE(Run("UPDATE: The border will stay open for trade.").empty());
}

TEST_F(FormsTest, QuestionsAndRequests) {
  const auto a = Run("Scholz asked whether the port would reopen soon.");
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].text, "whether the port would reopen soon");
  const auto b = Run("Five states asked a federal judge to block the rule.");
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].text, "a federal judge to block the rule");
  EXPECT_TRUE(Run("Scholz asked for a delay.").empty());
}

// ---- quotation marks of every style

TEST_F(FormsTest, DoubledApostrophesAndBackquotes) {
  const auto qs = Run("''We are ready,'' Scholz said. ``The trains run,'' the minister said.");
  const Quote* a = With(qs, "We are ready");
  const Quote* b = With(qs, "The trains run");
  ASSERT_NE(a, nullptr) << Describe(qs);
  ASSERT_NE(b, nullptr) << Describe(qs);
  EXPECT_EQ(a->kind, QuoteKind::kDirect);
  EXPECT_EQ(a->speaker.text, "Scholz");
  EXPECT_EQ(a->text, "We are ready");
}

TEST_F(FormsTest, QuotedWordsInsideAReportedClauseAreTheOuterSpeakers) {
  const auto qs = Run("Macron said he found the new chancellor \"very charming\" at dinner.");
  const Quote* q = With(qs, "very charming");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.text, "Macron");
  EXPECT_EQ(q->verb, "said");
}

TEST_F(FormsTest, AnOpeningMarkTypedAsTheClosingOne) {
  const auto qs = Run("\xE2\x80\x9CIt is odd,\xE2\x80\x9C said Ann Lee, a lawyer. \xE2\x80\x9CVery odd.\xE2\x80\x9D");
  const Quote* q = With(qs, "It is odd");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->text, "It is odd");
  EXPECT_EQ(q->speaker.text, "Ann Lee");
}

TEST_F(FormsTest, SoCalledLabelsAreNoQuotations) {
  const auto qs = Run("Farmers complained about a so-called \"paper mountain\" of forms.");
  for (const Quote& q : qs) EXPECT_EQ(q.text.find("paper mountain"), std::string::npos) << Describe(qs);
}

TEST_F(FormsTest, BeliefNeverFramesQuotedWords) {
  const auto qs = Run("Analysts believe a \"grand bargain\" is unlikely this year.");
  for (const Quote& q : qs) EXPECT_NE(q.kind, QuoteKind::kPartial) << Describe(qs);
}

// ---- relays: the speaker's words through others, outermost first

TEST_F(FormsTest, ReportedAsSaying) {
  const auto qs = Run("AFP reported Macron as saying that the summit would go ahead.");
  ASSERT_EQ(qs.size(), 1u) << Describe(qs);
  EXPECT_EQ(qs[0].speaker.text, "Macron");
  EXPECT_EQ(qs[0].channel.text, "AFP");
  EXPECT_EQ(Channels(qs[0]), std::vector<std::string>{"AFP"});
}

TEST_F(FormsTest, QuotedAsSayingAndPassive) {
  const auto a = Run("AFP quoted Scholz as saying the talks went well.");
  ASSERT_EQ(a.size(), 1u) << Describe(a);
  EXPECT_EQ(a[0].speaker.text, "Scholz");
  EXPECT_EQ(a[0].channel.text, "AFP");
  const auto b = Run("Scholz was quoted by AFP as saying that the talks went well.");
  ASSERT_EQ(b.size(), 1u) << Describe(b);
  EXPECT_EQ(b[0].speaker.text, "Scholz");
  EXPECT_EQ(b[0].channel.text, "AFP");
  EXPECT_EQ(b[0].text, "the talks went well");
}

TEST_F(FormsTest, ChannelChain) {
  const auto qs = Run("The Courier cited AFP, which said that Macron told Scholz the border would stay open.");
  const Quote* q = With(qs, "the border would stay open");
  ASSERT_NE(q, nullptr) << Describe(qs);
  EXPECT_EQ(q->speaker.text, "Macron");
  EXPECT_EQ(Channels(*q), (std::vector<std::string>{"The Courier", "AFP"}));
  EXPECT_EQ(q->addressee.text, "Scholz");
}

}  // namespace
}  // namespace readout::quotes
