#include "compare/alignment.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "compare/content_words.h"
#include "compare/test_util.h"
#include "readout/text.h"

namespace readout::compare {
namespace {

using testing::AddQuote;
using testing::Report;

std::unique_ptr<Report> Analyse(const std::string& id, const std::string& body) {
  auto r = std::make_unique<Report>();
  r->doc.id = id;
  r->doc.published = "2025-03-10";
  r->doc.text = body;
  r->doc.content.push_back(Span{0, static_cast<std::uint32_t>(body.size())});
  text::TextPipeline().Analyze(r->doc, r->text);
  return r;
}

events::ActorRef Person(const std::string& text, const std::string& entity = "") {
  events::ActorRef a;
  a.text = text;
  a.entity = entity;
  a.code = "IND";
  a.country = "IND";
  return a;
}

// The content words of a one-sentence text.
std::vector<std::string> Words(const std::string& sentence) {
  const std::unique_ptr<Report> r = Analyse("w", sentence);
  return ContentWords(r->text, Span{0, static_cast<std::uint32_t>(sentence.size())});
}

std::string Concatenated(const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) out += s.text;
  return out;
}

std::vector<DiffKind> Kinds(const QuotePair& pair) {
  std::vector<DiffKind> kinds;
  for (const Difference& d : pair.diffs) kinds.push_back(d.kind);
  return kinds;
}

// The first difference of `kind`, or null.
const Difference* Find(const QuotePair& pair, DiffKind kind) {
  for (const Difference& d : pair.diffs) {
    if (d.kind == kind) return &d;
  }
  return nullptr;
}

const events::ActorRef kTalwar = Person("Talwar", "Sameer Talwar");

std::vector<AlignedStatement> Align(const std::vector<Source>& sources) {
  CompareStats stats;
  return AlignStatements(sources, CompareOptions{}, stats);
}

// ---------------------------------------------------------------- similarity

TEST(StatementSimilarity, TwoTranslationsOfOneStatementAreSimilar) {
  const double sim = StatementSimilarity(
      Words("The partnership between our countries is not aimed at any third party and no force "
            "can drive us apart."),
      Words("The partnership between our two countries is not directed against any third party, "
            "and no force can pull us away from each other."));
  EXPECT_GT(sim, 0.35);
}

TEST(StatementSimilarity, UnrelatedStatementsAreNot) {
  const double sim = StatementSimilarity(
      Words("The partnership between our countries is not aimed at any third party and no force "
            "can drive us apart."),
      Words("Grain exports through the northern port rose sharply in the spring after the strike "
            "ended."));
  EXPECT_LT(sim, 0.2);
}

TEST(StatementSimilarity, PartialQuoteMatchesTheStatementItWasCutFrom) {
  const std::vector<std::string> full = Words(
      "The partnership between our countries is not aimed at any third party and no force can "
      "drive us apart, and we will keep expanding trade, energy and grain deals every year.");
  const std::vector<std::string> partial = Words("aimed at any third party and no force can drive");
  ASSERT_EQ(partial.size(), 5u);
  // Dice alone would be well under 0.5; containment gives 0.9 x 5/5.
  EXPECT_DOUBLE_EQ(StatementSimilarity(partial, full), 0.9);
  EXPECT_DOUBLE_EQ(StatementSimilarity(full, partial), 0.9);
}

TEST(StatementSimilarity, ContainmentNeedsFourWordsInTheShorter) {
  const std::vector<std::string> full = {"partnership", "aimed", "third", "party", "force",
                                         "drive",       "apart", "trade", "energy"};
  const std::vector<std::string> three = {"third", "party", "force"};
  EXPECT_DOUBLE_EQ(StatementSimilarity(three, full), 2.0 * 3 / 12);  // Dice only
  EXPECT_DOUBLE_EQ(StatementSimilarity({}, full), 0);
}

// ---------------------------------------------------------------- AlignStatements

TEST(AlignStatements, ThreeSourcesGiveOneStatementWithEveryRendering) {
  auto a = Analyse("a", "\"Our partnership is not aimed at any third party, and no force can drive our "
                        "peoples apart,\" Talwar said. \"We will meet again in May,\" he added.");
  AddQuote(*a, "Our partnership is not aimed at any third party, and no force can drive our peoples apart",
           kTalwar);
  AddQuote(*a, "We will meet again in May", kTalwar);
  // b carries the statement twice: in full and as a fragment later on, both
  // renderings of it.
  auto b = Analyse("b", "\"The partnership is not directed against any third party and no force can pull "
                        "our peoples away from each other,\" said Talwar. Later he repeated that no force "
                        "can drive the two peoples apart.");
  AddQuote(*b,
           "The partnership is not directed against any third party and no force can pull our peoples "
           "away from each other",
           kTalwar);
  AddQuote(*b, "no force can drive the two peoples apart", kTalwar, quotes::QuoteKind::kIndirect);
  auto c = Analyse("c", "Talwar said: \"The partnership is not aimed at third parties; no force will ever "
                        "drive our peoples apart.\"");
  AddQuote(*c, "The partnership is not aimed at third parties; no force will ever drive our peoples apart.",
           Person("Talwar"));

  const std::vector<AlignedStatement> aligned =
      Align({a->source(), b->source(), c->source()});
  ASSERT_EQ(aligned.size(), 1u);
  const AlignedStatement& s = aligned[0];
  EXPECT_EQ(s.quotes, (std::vector<std::string>{"a#q1", "b#q1", "b#q2", "c#q1"}));
  EXPECT_EQ(s.docs, (std::vector<std::string>{"a", "b", "b", "c"}));
  // Every pair across sources: a-b1, a-b2, a-c, b1-c, b2-c.
  EXPECT_EQ(s.pairs.size(), 5u);
  for (const QuotePair& p : s.pairs) {
    EXPECT_NE(p.a_doc, p.b_doc);
    EXPECT_GE(p.similarity, 0.35);
  }
  EXPECT_EQ(s.speaker, "Sameer Talwar");  // three of the four resolved him
  EXPECT_EQ(s.speaker_code, "IND");
}

TEST(AlignStatements, QuotesOfFewerThanThreeContentWordsAreNotAligned) {
  auto a = Analyse("a", "Talwar warned against \"any third party\" in the region.");
  AddQuote(*a, "any third party", kTalwar, quotes::QuoteKind::kPartial);
  auto b = Analyse("b", "He spoke of \"any third party\" twice.");
  AddQuote(*b, "any third party", kTalwar, quotes::QuoteKind::kPartial);
  EXPECT_TRUE(Align({a->source(), b->source()}).empty());

  // Three content words are enough.
  auto c = Analyse("c", "Talwar warned against \"any hostile third party\" in the region.");
  AddQuote(*c, "any hostile third party", kTalwar, quotes::QuoteKind::kPartial);
  auto d = Analyse("d", "He spoke of \"any hostile third party\" twice.");
  AddQuote(*d, "any hostile third party", kTalwar, quotes::QuoteKind::kPartial);
  EXPECT_EQ(Align({c->source(), d->source()}).size(), 1u);
}

TEST(AlignStatements, QuotesOfOneSourceAreNeverAlignedWithEachOther) {
  auto a = Analyse("a", "\"No force can drive our peoples apart,\" Talwar said. Later he said again: "
                        "\"No force can drive our peoples apart.\"");
  AddQuote(*a, "No force can drive our peoples apart,", kTalwar);
  AddQuote(*a, "No force can drive our peoples apart.", kTalwar);
  EXPECT_TRUE(Align({a->source()}).empty());
}

// ---------------------------------------------------------------- CompareQuotes

TEST(CompareQuotes, OneWordChangedIsAWordingDifferenceWithItsSpans) {
  auto a = Analyse("a", "\"No force can drive our peoples apart from each other,\" Talwar said.");
  auto b = Analyse("b", "Talwar said: \"No force can drive our peoples away from each other.\"");
  const quotes::Quote& qa = AddQuote(*a, "No force can drive our peoples apart from each other", kTalwar);
  const quotes::Quote& qb = AddQuote(*b, "No force can drive our peoples away from each other", kTalwar);
  const QuotePair p = CompareQuotes(a->source(), qa, b->source(), qb, 0.8);
  EXPECT_EQ(p.a, "a#q1");
  EXPECT_EQ(p.b, "b#q1");
  EXPECT_EQ(p.similarity, 0.8);
  ASSERT_EQ(p.diffs.size(), 1u);
  const Difference& d = p.diffs[0];
  EXPECT_EQ(d.kind, DiffKind::kWording);
  EXPECT_EQ(d.a, "apart");
  EXPECT_EQ(d.b, "away");
  EXPECT_EQ(a->doc.slice(d.a_span), "apart");
  EXPECT_EQ(b->doc.slice(d.b_span), "away");
  EXPECT_EQ(d.a_span.begin, a->doc.text.find("apart"));
}

TEST(CompareQuotes, SegmentsConcatenateToEachQuote) {
  auto a = Analyse("a", "\"No force, whatever it is, can drive our peoples apart from each other,\" Talwar said.");
  auto b = Analyse("b", "Talwar said: \"No force can ever drive our two peoples away from one another!\"");
  const quotes::Quote& qa =
      AddQuote(*a, "No force, whatever it is, can drive our peoples apart from each other,", kTalwar);
  const quotes::Quote& qb =
      AddQuote(*b, "No force can ever drive our two peoples away from one another!", kTalwar);
  const QuotePair p = CompareQuotes(a->source(), qa, b->source(), qb, 0.6);
  EXPECT_EQ(Concatenated(p.a_segments), qa.text);
  EXPECT_EQ(Concatenated(p.b_segments), qb.text);
  ASSERT_FALSE(p.a_segments.empty());
  EXPECT_EQ(p.a_segments.front().span.begin, qa.span.begin);
  EXPECT_EQ(p.a_segments.back().span.end, qa.span.end);
  for (std::size_t i = 1; i < p.a_segments.size(); ++i) {
    EXPECT_EQ(p.a_segments[i].span.begin, p.a_segments[i - 1].span.end);
  }
  bool changed = false;
  for (const Segment& s : p.a_segments) {
    EXPECT_EQ(s.text, a->doc.slice(s.span));
    EXPECT_EQ(s.changed, s.diff >= 0);
    if (s.changed) {
      changed = true;
      ASSERT_LT(static_cast<std::size_t>(s.diff), p.diffs.size());
    }
  }
  EXPECT_TRUE(changed);
}

TEST(CompareQuotes, LeadersStressedThatIsBothSidesNotOnePerson) {
  auto a = Analyse("a", "According to the readout, the leaders stressed that trade between the two "
                        "countries must keep growing.");
  auto b = Analyse("b", "Talwar said trade between the two countries must keep growing.");
  const quotes::Quote& qa =
      AddQuote(*a, "the leaders stressed that trade between the two countries must keep growing",
               Person("the readout"), quotes::QuoteKind::kIndirect);
  const quotes::Quote& qb = AddQuote(*b, "trade between the two countries must keep growing", kTalwar,
                                     quotes::QuoteKind::kIndirect);
  EXPECT_EQ(AttributedTo(a->source(), qa), std::vector<std::string>{"both sides"});
  const QuotePair p = CompareQuotes(a->source(), qa, b->source(), qb, 0.7);
  const Difference* d = Find(p, DiffKind::kAttribution);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->a, "both sides");
  EXPECT_EQ(d->b, "Sameer Talwar");
}

TEST(CompareQuotes, SurnameAndFullNameAreOnePerson) {
  auto a = Analyse("a", "\"We will meet again in May,\" Mr Talwar said.");
  auto b = Analyse("b", "\"We will meet again in May,\" Sameer Talwar said.");
  const quotes::Quote& qa = AddQuote(*a, "We will meet again in May", Person("Mr Talwar"));
  const quotes::Quote& qb = AddQuote(*b, "We will meet again in May", Person("Sameer Talwar", "Sameer Talwar"));
  EXPECT_TRUE(CompareQuotes(a->source(), qa, b->source(), qb, 1).diffs.empty());

  // Another person is an attribution difference.
  auto c = Analyse("c", "\"We will meet again in May,\" Hanabusa Aoi said.");
  const quotes::Quote& qc = AddQuote(*c, "We will meet again in May", Person("Hanabusa Aoi", "Hanabusa Aoi"));
  const QuotePair p = CompareQuotes(a->source(), qa, c->source(), qc, 1);
  EXPECT_EQ(Kinds(p), std::vector<DiffKind>{DiffKind::kAttribution});
}

TEST(CompareQuotes, DifferentNamedChannelsDiffer) {
  auto a = Analyse("a", "\"We will meet again in May,\" Talwar said, according to Xinhua.");
  auto b = Analyse("b", "\"We will meet again in May,\" Talwar said, according to the Foreign Ministry readout.");
  const quotes::Quote& qa = AddQuote(*a, "We will meet again in May", kTalwar, quotes::QuoteKind::kDirect, "Xinhua");
  const quotes::Quote& qb = AddQuote(*b, "We will meet again in May", kTalwar, quotes::QuoteKind::kDirect,
                                     "the Foreign Ministry readout");
  const QuotePair p = CompareQuotes(a->source(), qa, b->source(), qb, 1);
  ASSERT_EQ(Kinds(p), std::vector<DiffKind>{DiffKind::kChannel});
  EXPECT_EQ(p.diffs[0].a, "Xinhua");
  EXPECT_EQ(p.diffs[0].b, "the Foreign Ministry readout");
}

TEST(CompareQuotes, OneChannelNamedTwoWaysDoesNotDiffer) {
  auto a = Analyse("a", "\"We will meet again in May,\" Talwar said, according to the Kremlin readout.");
  auto b = Analyse("b", "\"We will meet again in May,\" Talwar said, according to the Kremlin statement.");
  const quotes::Quote& qa =
      AddQuote(*a, "We will meet again in May", kTalwar, quotes::QuoteKind::kDirect, "the Kremlin readout");
  const quotes::Quote& qb =
      AddQuote(*b, "We will meet again in May", kTalwar, quotes::QuoteKind::kDirect, "the Kremlin statement");
  EXPECT_EQ(ChannelKey(qa), "kremlin");
  EXPECT_EQ(ChannelKey(qb), "kremlin");
  EXPECT_TRUE(CompareQuotes(a->source(), qa, b->source(), qb, 1).diffs.empty());
}

TEST(CompareQuotes, DirectAgainstIndirectIsAQuoteKindDifference) {
  auto a = Analyse("a", "\"Trade must keep growing every year,\" Talwar said.");
  auto b = Analyse("b", "Talwar said that trade must keep growing every year.");
  const quotes::Quote& qa = AddQuote(*a, "Trade must keep growing every year", kTalwar);
  const quotes::Quote& qb =
      AddQuote(*b, "trade must keep growing every year", kTalwar, quotes::QuoteKind::kIndirect);
  const QuotePair p = CompareQuotes(a->source(), qa, b->source(), qb, 1);
  ASSERT_EQ(Kinds(p), std::vector<DiffKind>{DiffKind::kQuoteKind});
  EXPECT_EQ(p.diffs[0].a, "direct");
  EXPECT_EQ(p.diffs[0].b, "indirect");
}

}  // namespace
}  // namespace readout::compare
