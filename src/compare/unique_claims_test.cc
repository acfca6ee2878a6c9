#include "compare/unique_claims.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <random>
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

std::vector<UniqueClaim> FindUniqueClaims(const std::vector<Source>& sources,
                                          const std::vector<AlignedStatement>& aligned) {
  CompareStats stats;
  return compare::FindUniqueClaims(sources, aligned, CompareOptions{}, stats);
}

// A report of a title line, then one sentence per paragraph, so paragraph i
// is sentence i + 1 (the title is sentence 0).
std::unique_ptr<Report> Analyse(const std::string& id, const std::string& title,
                                const std::vector<std::string>& paragraphs) {
  auto r = std::make_unique<Report>();
  r->doc.id = id;
  r->doc.published = "2025-03-10";
  r->doc.text = title;
  r->doc.text += "\n\n";
  r->doc.title_span = Span{0, static_cast<std::uint32_t>(title.size())};
  const auto body = static_cast<std::uint32_t>(r->doc.text.size());
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) r->doc.text += "\n\n";
    r->doc.text += paragraphs[i];
  }
  r->doc.content.push_back(Span{body, static_cast<std::uint32_t>(r->doc.text.size())});
  text::TextPipeline().Analyze(r->doc, r->text);
  EXPECT_EQ(r->text.sentences.size(), paragraphs.size() + 1) << id << ": one sentence per paragraph";
  return r;
}

// Two reports of one phone call. Sentences of a (after the title):
//   1 the call (b says it in other words)
//   2 the trade target (b paraphrases it closely)
//   3 the consulate: only a has it
//   4 a three-word sentence only a has
//   5 a quotation b renders in another translation (b's sentence 3)
struct Story {
  std::unique_ptr<Report> a, b;
  std::vector<Source> sources() const { return {a->source(), b->source()}; }
};

Story PhoneCall() {
  Story s;
  s.a = Analyse("a", "Talwar invites Hanabusa to open consulate in Velmora",
                {"Prime Minister Sameer Talwar and President Hanabusa Aoi spoke by phone on Monday for about "
                 "an hour.",
                 "The two leaders agreed to raise bilateral trade to 50 billion dollars by 2030.",
                 "Talwar also invited Hanabusa to open a new consulate in the port city of Velmora next spring.",
                 "Talks ended late.",
                 "\"No force can drive our peoples apart,\" Talwar said."});
  s.b = Analyse("b", "Leaders of two nations hold hour-long phone call",
                {"Sameer Talwar and Hanabusa Aoi held a telephone conversation on Monday lasting about an "
                 "hour.",
                 "Both leaders agreed to lift bilateral trade to 50 billion dollars by 2030.",
                 "Talwar said that no outside power would ever separate the two peoples."});
  AddQuote(*s.a, "No force can drive our peoples apart");
  AddQuote(*s.b, "no outside power would ever separate the two peoples");
  return s;
}

// The statement both sources report (as AlignStatements would find it with
// a translation dictionary; here the two renderings share too few words).
std::vector<AlignedStatement> TheStatement() {
  AlignedStatement statement;
  statement.quotes = {"a#q1", "b#q1"};
  statement.docs = {"a", "b"};
  return {statement};
}

TEST(FindUniqueClaims, ASentenceOnlyOneSourceHasIsReportedWithItsEvidence) {
  const Story s = PhoneCall();
  const std::vector<UniqueClaim> claims = FindUniqueClaims(s.sources(), TheStatement());
  ASSERT_EQ(claims.size(), 1u);
  const UniqueClaim& c = claims[0];
  const std::string consulate =
      "Talwar also invited Hanabusa to open a new consulate in the port city of Velmora next spring.";
  EXPECT_EQ(c.doc, "a");
  EXPECT_EQ(c.sentence, 3u);
  EXPECT_EQ(c.text, consulate);
  EXPECT_EQ(c.span.begin, s.a->doc.text.find(consulate));
  EXPECT_EQ(s.a->doc.slice(c.span), consulate);
}

TEST(FindUniqueClaims, CloseParaphraseInAnotherSourceIsNotAClaim) {
  const Story s = PhoneCall();
  for (const UniqueClaim& c : FindUniqueClaims(s.sources(), TheStatement())) {
    EXPECT_NE(c.text.find("consulate"), std::string::npos) << c.doc << ": " << c.text;
  }
  // Without b's sentence about trade, a's becomes a claim.
  Story without = PhoneCall();
  without.b = Analyse("b", "Leaders of two nations hold hour-long phone call",
                      {"Sameer Talwar and Hanabusa Aoi held a telephone conversation on Monday lasting about "
                       "an hour.",
                       "Talwar said that no outside power would ever separate the two peoples."});
  AddQuote(*without.b, "no outside power would ever separate the two peoples");
  bool trade = false;
  for (const UniqueClaim& c : FindUniqueClaims(without.sources(), TheStatement())) {
    trade = trade || (c.doc == "a" && c.sentence == 2);
  }
  EXPECT_TRUE(trade);
}

TEST(FindUniqueClaims, SentenceHoldingAnAlignedQuoteIsNotAClaim) {
  const Story s = PhoneCall();
  // Not aligned, the two renderings of the quotation look like claims of
  // their own ...
  std::vector<std::pair<std::string, std::uint32_t>> unaligned;
  for (const UniqueClaim& c : FindUniqueClaims(s.sources(), {})) {
    unaligned.emplace_back(c.doc, c.sentence);
  }
  EXPECT_EQ(unaligned, (std::vector<std::pair<std::string, std::uint32_t>>{{"a", 3}, {"a", 5}, {"b", 3}}));
  // ... aligned, they are one statement both sources carry.
  for (const UniqueClaim& c : FindUniqueClaims(s.sources(), TheStatement())) {
    EXPECT_FALSE(c.doc == "a" && c.sentence == 5);
    EXPECT_FALSE(c.doc == "b" && c.sentence == 3);
  }
}

TEST(FindUniqueClaims, TitlesAndShortSentencesAreNeverClaims) {
  const Story s = PhoneCall();
  // a's title (sentence 0) and "Talks ended late." (sentence 4, three
  // content words) appear in no other source.
  for (const UniqueClaim& c : FindUniqueClaims(s.sources(), TheStatement())) {
    EXPECT_NE(c.sentence, 0u) << c.doc;
    EXPECT_FALSE(c.doc == "a" && c.sentence == 4);
  }
  const std::unique_ptr<Report> lone =
      Analyse("c", "Velmora consulate plan surprises diplomats", {"Talks ended late."});
  const std::unique_ptr<Report> other =
      Analyse("d", "Grain prices steady", {"Wheat futures closed unchanged in thin trading on Monday."});
  const std::vector<UniqueClaim> claims = FindUniqueClaims({lone->source(), other->source()}, {});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].doc, "d");
  EXPECT_EQ(claims[0].sentence, 1u);
}

// The rule in the header, the obvious way: every sentence against every
// sentence of the other sources.
std::vector<std::pair<std::string, std::uint32_t>> ClaimsByEveryPair(const std::vector<Source>& sources,
                                                                     double threshold) {
  struct Sentence {
    std::size_t source;
    std::uint32_t index;
    std::set<std::string> words;
  };
  std::vector<Sentence> sentences;
  std::map<std::string, double> frequency;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const text::TextAnalysis& text = *sources[s].text;
    for (std::uint32_t i = 0; i < text.sentences.size(); ++i) {
      if (text.sentences[i].has(text::kTitleSentence)) continue;
      const std::vector<std::string> words = ContentWords(text, text.sentences[i].span);
      sentences.push_back({s, i, std::set<std::string>(words.begin(), words.end())});
      for (const std::string& w : sentences.back().words) ++frequency[w];
    }
  }
  const double total = static_cast<double>(sentences.size()) + 1;
  std::vector<std::pair<std::string, std::uint32_t>> out;
  for (const Sentence& claim : sentences) {
    if (claim.words.size() < 4) continue;
    double whole = 0;
    for (const std::string& w : claim.words) whole += std::log(total / frequency[w]);
    double best = 0;
    for (const Sentence& other : sentences) {
      if (other.source == claim.source) continue;
      double covered = 0;
      for (const std::string& w : claim.words) {
        if (other.words.count(w) > 0) covered += std::log(total / frequency[w]);
      }
      best = std::max(best, covered / whole);
    }
    if (best < threshold) out.emplace_back(sources[claim.source].doc->id, claim.index);
  }
  return out;
}

// The index and its weighted prefix filter against every pair, on random
// reports over a small vocabulary (so sentences overlap a lot, at every
// degree): the same claims.
TEST(FindUniqueClaims, IndexFindsWhatEveryPairFinds) {
  const std::vector<std::string> vocabulary = {
      "trade", "talks", "minister", "border", "grain", "port", "loan", "summit", "river", "energy",
      "pipeline", "visit", "treaty", "troops", "election", "budget", "tariff", "harbour", "railway", "drought"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::vector<std::unique_ptr<Report>> reports;
    std::vector<Source> sources;
    for (int r = 0; r < 4; ++r) {
      std::vector<std::string> paragraphs;
      for (int p = 0; p < 8; ++p) {
        std::string sentence = "The";
        const std::size_t words = 3 + rng() % 6;
        for (std::size_t w = 0; w < words; ++w) sentence += " " + vocabulary[rng() % vocabulary.size()];
        paragraphs.push_back(sentence + ".");
      }
      reports.push_back(Analyse("r" + std::to_string(r), "Title", paragraphs));
      sources.push_back(reports.back()->source());
    }
    std::vector<std::pair<std::string, std::uint32_t>> found;
    for (const UniqueClaim& c : FindUniqueClaims(sources, {})) found.emplace_back(c.doc, c.sentence);
    EXPECT_EQ(found, ClaimsByEveryPair(sources, CompareOptions{}.unique_threshold)) << "round " << round;
  }
}

TEST(FindUniqueClaims, SentenceLeftUndecidedAtTheCapIsCountedNotReported) {
  const Story s = PhoneCall();
  CompareOptions options;
  options.max_sentence_candidates = 0;  // no sentence may be tried
  CompareStats stats;
  const std::vector<UniqueClaim> capped = compare::FindUniqueClaims(s.sources(), TheStatement(), options, stats);
  EXPECT_GT(stats.sentences_capped, 0u);
  EXPECT_EQ(stats.sentence_candidates, 0u);
  // What is still reported needed no candidate: no other sentence shares
  // enough of its telling words, so it is a claim with or without the cap.
  const std::vector<UniqueClaim> all = FindUniqueClaims(s.sources(), TheStatement());
  EXPECT_LE(capped.size(), all.size());
  for (const UniqueClaim& c : capped) {
    EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const UniqueClaim& u) {
      return u.doc == c.doc && u.sentence == c.sentence;
    })) << c.text;
  }
  EXPECT_EQ(stats.sentences, stats.sentences_capped + capped.size());
}

}  // namespace
}  // namespace readout::compare
