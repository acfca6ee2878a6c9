// EventScorer (event_scores.cc), the gold reader (gold_events.cc) and the
// report (event_report.cc): classes by CAMEO root, strict and lenient
// accuracy, macro-F1, actor agreement, failure causes, offsets in code
// points, and bad gold lines named by file:line.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "eval/event_report.h"
#include "readout/eval.h"

namespace readout::eval {
namespace {

Span Find(const std::string& text, std::string_view words) {
  const std::size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + words.size())};
}

struct Case {
  Document doc;
  GoldEvent gold;
  std::vector<events::Event> events;
};

Case Sentence(std::string text, EventClass cls, std::string_view source = {}, std::string_view target = {}) {
  Case c;
  c.doc.id = "s" + std::to_string(text.size());
  c.doc.text = std::move(text);
  c.gold.doc = c.doc.id;
  c.gold.gold = cls;
  c.gold.text_bytes = c.doc.text.size();
  if (!source.empty()) c.gold.sources.push_back(Find(c.doc.text, source));
  if (!target.empty()) c.gold.targets.push_back(Find(c.doc.text, target));
  return c;
}

void Coded(Case& c, std::string code, std::string_view source, std::string_view target = {}) {
  events::Event e;
  e.doc = c.doc.id;
  e.code = std::move(code);
  e.source.span = Find(c.doc.text, source);
  e.source.text = std::string(source);
  if (!target.empty()) {
    e.target.span = Find(c.doc.text, target);
    e.target.text = std::string(target);
  }
  c.events.push_back(e);
}

TEST(ClassOfCode, FollowsPhoenixQuadClassesWithNeutralApart) {
  EXPECT_EQ(ClassOfCode("010"), EventClass::kNeutral);
  EXPECT_EQ(ClassOfCode("0231"), EventClass::kNeutral);
  EXPECT_EQ(ClassOfCode("036"), EventClass::kVerbalCooperation);
  EXPECT_EQ(ClassOfCode("057"), EventClass::kVerbalCooperation);
  EXPECT_EQ(ClassOfCode("0811"), EventClass::kMaterialCooperation);
  EXPECT_EQ(ClassOfCode("112"), EventClass::kVerbalConflict);
  EXPECT_EQ(ClassOfCode("161"), EventClass::kVerbalConflict);  // reduce relations
  EXPECT_EQ(ClassOfCode("145"), EventClass::kMaterialConflict);
  EXPECT_EQ(ClassOfCode("190"), EventClass::kMaterialConflict);
  EXPECT_EQ(ClassOfCode("---"), EventClass::kNone);
}

// Six sentences, one per outcome; the expected figures are worked out by
// hand in the comments.
TEST(EventScorer, ScoresClassesActorsAndCauses) {
  std::vector<Case> cases;
  cases.push_back(Sentence("Rebels shelled the town.", EventClass::kMaterialConflict, "Rebels", "the town"));
  Coded(cases.back(), "190", "Rebels", "town");  // right, actors agree
  cases.push_back(Sentence("The minister praised the deal.", EventClass::kVerbalCooperation));  // no event
  cases.push_back(Sentence("Police who had met the mayor arrested protesters.", EventClass::kMaterialConflict,
                           "Police"));
  Coded(cases.back(), "040", "mayor");    // first event: verbal cooperation
  Coded(cases.back(), "173", "Police");   // the gold class second: wrong main event
  cases.push_back(Sentence("Officials said the talks would resume.", EventClass::kNeutral, "Officials"));
  Coded(cases.back(), "010", "the talks");  // class right, source wrong
  cases.push_back(Sentence("It was a quiet week in the valley.", EventClass::kNeutral));  // no event
  cases.push_back(Sentence("The court rejected the appeal.", EventClass::kVerbalConflict, "The court",
                           "the appeal"));
  Coded(cases.back(), "042", "court");  // another class: wrong pattern, target missing
  EventScorer scorer(/*keep_failures=*/true);
  for (const Case& c : cases) scorer.Add(c.gold, c.doc, 1, c.events);
  const EventScores s = scorer.Scores();

  EXPECT_EQ(s.sentences, 6u);
  // Strict: right are the shelling and the statement.
  EXPECT_EQ(s.correct, 2u);
  EXPECT_NEAR(s.accuracy, 2.0 / 6, 1e-9);
  // neutral P 1/1 R 1/2 F1 2/3; material conflict likewise; the rest 0.
  EXPECT_NEAR(s.by_class[0].f1, 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.by_class[4].f1, 2.0 / 3, 1e-9);
  EXPECT_EQ(s.by_class[1].predicted, 2u);
  EXPECT_EQ(s.by_class[1].correct, 0u);
  EXPECT_NEAR(s.macro_f1, (2.0 / 3 + 2.0 / 3) / 5, 1e-9);
  // None as neutral: the quiet week is right too; neutral P 2/3 R 1 F1 0.8.
  EXPECT_EQ(s.correct_none_as_neutral, 3u);
  EXPECT_NEAR(s.by_class_none_as_neutral[0].f1, 0.8, 1e-9);
  EXPECT_NEAR(s.macro_f1_none_as_neutral, (0.8 + 2.0 / 3) / 5, 1e-9);
  EXPECT_NEAR(s.any_event_accuracy, 3.0 / 6, 1e-9);
  EXPECT_EQ(s.predicted_none, 2u);
  EXPECT_NEAR(s.no_event_share, 2.0 / 6, 1e-9);
  EXPECT_EQ(s.event_found.checked, 4u);
  EXPECT_EQ(s.event_found.agreed, 3u);
  EXPECT_EQ(s.confusion[4][1], 1u);
  EXPECT_EQ(s.confusion[1][5], 1u);
  // Sources: Rebels, Police (of the arrest), court ("The court" less its
  // article) agree; "the talks" does not.
  EXPECT_EQ(s.source_overlap.checked, 4u);
  EXPECT_EQ(s.source_overlap.agreed, 3u);
  EXPECT_EQ(s.source_exact.agreed, 3u);
  // Targets: "town" inside "the town"; the appeal not found.
  EXPECT_EQ(s.target_overlap.checked, 2u);
  EXPECT_EQ(s.target_overlap.agreed, 1u);
  EXPECT_EQ(s.target_exact.agreed, 1u);
  EXPECT_EQ(s.failures_by_cause[kParseFailure], 0u);
  EXPECT_EQ(s.failures_by_cause[kNoPattern], 2u);
  EXPECT_EQ(s.failures_by_cause[kWrongPattern], 1u);
  EXPECT_EQ(s.failures_by_cause[kWrongMainEvent], 1u);
  EXPECT_EQ(s.failures_by_cause[kWrongActor], 1u);
  ASSERT_EQ(scorer.failures().size(), 5u);
  const EventFailure& main = scorer.failures()[1];
  EXPECT_EQ(main.cause, kWrongMainEvent);
  EXPECT_EQ(main.code, "173");  // judged by the event of the gold class
  EXPECT_EQ(main.predicted, EventClass::kVerbalCooperation);
}

TEST(EventScorer, ASentenceReadAsTwoIsAParseFailure) {
  Case c = Sentence("Troops withdrew. Talks resumed.", EventClass::kMaterialCooperation);
  EventScorer scorer(true);
  scorer.Add(c.gold, c.doc, 2, c.events);
  EXPECT_EQ(scorer.Scores().failures_by_cause[kParseFailure], 1u);
}

TEST(EventScorer, GoldCodesScoreTheCodeAndActorCodes) {
  Case c = Sentence("Iraqi troops attacked the border post.", EventClass::kMaterialConflict);
  c.gold.code = "190";
  c.gold.source_code = "IRQ";
  c.gold.target_code = "TUR";
  Coded(c, "193", "Iraqi troops", "the border post");
  c.events.back().source.code = "IRQMIL";
  c.events.back().target.code = "---";
  EventScorer scorer;
  scorer.Add(c.gold, c.doc, 1, c.events);
  const EventScores s = scorer.Scores();
  EXPECT_EQ(s.code_exact.agreed, 0u);
  EXPECT_EQ(s.code_root.agreed, 1u);
  EXPECT_EQ(s.source_code.agreed, 1u);  // IRQ is a prefix of IRQMIL
  EXPECT_EQ(s.target_code.checked, 1u);
  EXPECT_EQ(s.target_code.agreed, 0u);
}

TEST(EventScorer, ReportsJsonAndText) {
  Case c = Sentence("Rebels shelled the town.", EventClass::kMaterialConflict, "Rebels");
  EventScorer scorer(true);
  scorer.Add(c.gold, c.doc, 1, c.events);
  std::string json;
  AppendEventEvaluationJson(scorer.Scores(), scorer.failures(), json);
  simdjson::dom::parser parser;
  simdjson::dom::element report;
  ASSERT_FALSE(parser.parse(json).get(report)) << json;
  EXPECT_EQ(report["failures_by_cause"]["no_pattern"].get_int64().value(), 1);
  EXPECT_EQ(report["confusion"]["material_conflict"]["none"].get_int64().value(), 1);
  EXPECT_EQ(std::string(report["failures"].at(0)["gold_source"].get_string().value()), "Rebels");
  std::string text;
  AppendEventEvaluationText(scorer.Scores(), scorer.failures(), true, text);
  EXPECT_NE(text.find("== no_pattern (1)"), std::string::npos) << text;
  EXPECT_NE(text.find("Rebels shelled the town."), std::string::npos) << text;
}

class GoldEventsFile : public ::testing::Test {
 protected:
  std::string Write(const std::string& body) {
    // One file per process and test: ctest runs the tests of this suite at
    // once, in processes that may start in the same millisecond.
    path_ = (std::filesystem::temp_directory_path() /
             ("readout_gold_events_" + std::to_string(getpid()) + "_" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".jsonl"))
                .string();
    std::ofstream(path_, std::ios::binary) << body;
    return path_;
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_;
};

TEST_F(GoldEventsFile, ReadsClassesCodesAndCodePointSpans) {
  // "Malmö" has a two-byte ö: the target starts one byte later than its
  // code point offset.
  const std::string path = Write(
      "{\"id\":\"a\",\"text\":\"Malm\xC3\xB6 police detained two men.\",\"gold\":{\"quad\":4,"
      "\"source\":[[0,12]],\"target\":[22,29]}}\n"
      "\n"
      "{\"id\":\"b\",\"text\":\"Oslo hosted the talks.\",\"gold\":{\"code\":\"042\",\"source_code\":\"NOR\"}}\n"
      "{\"id\":\"c\",\"text\":\"No gold here.\"}\n");
  auto gold = ReadGoldEvents(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  const GoldEvent& a = (*gold)[0];
  EXPECT_EQ(a.gold, EventClass::kMaterialConflict);
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.sources[0], (Span{0, 13}));
  ASSERT_EQ(a.targets.size(), 1u);
  EXPECT_EQ(a.targets[0], (Span{23, 30}));
  const GoldEvent& b = (*gold)[1];
  EXPECT_EQ(b.gold, EventClass::kVerbalCooperation);
  EXPECT_EQ(b.code, "042");
  EXPECT_EQ(b.source_code, "NOR");
}

TEST_F(GoldEventsFile, NamesBadLines) {
  for (const auto& [body, message] : std::vector<std::pair<std::string, std::string>>{
           {"{\"id\":\"a\",\"text\":\"x\",\"gold\":{\"quad\":7}}\n", "not a class"},
           {"{\"id\":\"a\",\"text\":\"x\",\"gold\":{\"code\":\"---\"}}\n", "no CAMEO root"},
           {"{\"id\":\"a\",\"text\":\"x\",\"gold\":{\"quad\":4,\"code\":\"042\"}}\n", "not \"quad\" 4"},
           {"{\"id\":\"a\",\"text\":\"x\",\"gold\":{\"quad\":4,\"source\":[0,5]}}\n", "inside the text"},
           {"{\"id\":\"a\",\"text\":\"x\",\"gold\":{\"quad\":1}}\n{\"id\":\"a\",\"text\":\"y\",\"gold\":{\"quad\":1}}\n",
            "appears twice"},
           {"not json\n", "not a JSON object"}}) {
    auto gold = ReadGoldEvents(Write(body));
    ASSERT_FALSE(gold.ok()) << body;
    EXPECT_NE(gold.status().ToString().find(message), std::string::npos) << gold.status().ToString();
    EXPECT_NE(gold.status().ToString().find(path_), std::string::npos) << gold.status().ToString();
  }
}

}  // namespace
}  // namespace readout::eval
