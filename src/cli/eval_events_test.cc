// eval_events: `readout eval events` end to end on a tiny gold file of its
// own sentences (written here, not taken from any corpus), with readout's
// own dictionaries. The figures are what the coder gives today; the two
// sentences it gets wrong are there on purpose, one per failure cause:
//   "The weather was mild ..."  neutral, no event     -> no_pattern (strict)
//   "After rebels shelled ..."  the background clause's shelling is coded,
//                               the appeal is not     -> wrong_pattern
// A change to the coder that fixes one of them changes these numbers: update
// them and say why.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

constexpr char kGold[] =
    R"({"id":"t1","text":"Syrian troops attacked rebels near Aleppo on Monday.","gold":{"quad":4,"source":[[0,13]],"target":[[23,29]]}}
{"id":"t2","text":"The French president met the German chancellor in Paris.","gold":{"quad":1,"source":[[0,20]],"target":[[25,46]]}}
{"id":"t3","text":"Russia sent humanitarian aid to Syria.","gold":{"quad":2,"source":[[0,6]],"target":[[32,37]]}}
{"id":"t4","text":"Iran condemned the Israeli air strikes.","gold":{"quad":3,"source":[[0,4]],"target":[[15,38]]}}
{"id":"t5","text":"The weather was mild in the capital all week.","gold":{"quad":0}}
{"id":"t6","text":"Police arrested dozens of protesters outside parliament.","gold":{"quad":4,"source":[[0,6]],"target":[[16,36]]}}
{"id":"t7","text":"After rebels shelled the town, the government appealed for calm.","gold":{"quad":1,"source":[[31,45]]}}
{"id":"t8","text":"The court rejected the opposition's appeal.","gold":{"quad":3,"source":[[0,9]],"target":[[19,42]]}}
)";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

double Number(simdjson::dom::element e, const char* pointer) {
  double v = -1;
  EXPECT_FALSE(e.at_pointer(pointer).get_double().get(v)) << pointer;
  return v;
}

std::int64_t Count(simdjson::dom::element e, const char* pointer) {
  std::int64_t v = -1;
  EXPECT_FALSE(e.at_pointer(pointer).get_int64().get(v)) << pointer;
  return v;
}

TEST(EvalEvents, ScoresATinyGoldFileEndToEnd) {
  const fs::path dir = fs::temp_directory_path() / ("readout_eval_events_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "gold.jsonl", std::ios::binary) << kGold;
  const std::string cmd = std::string("'") + READOUT_BINARY + "' eval events '" + (dir / "gold.jsonl").string() +
                          "' --json > '" + (dir / "out.json").string() + "'";
  const int status = std::system(cmd.c_str());
  const std::string json = Slurp(dir / "out.json");
  fs::remove_all(dir);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << " failed (status " << status << ")";
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_FALSE(parser.parse(json).get(r)) << json.substr(0, 200);
  EXPECT_EQ(Count(r, "/sentences"), 8);
  EXPECT_DOUBLE_EQ(Number(r, "/accuracy"), 6.0 / 8);
  EXPECT_DOUBLE_EQ(Number(r, "/accuracy_none_as_neutral"), 7.0 / 8);
  // Strict F1: neutral 0, verbal cooperation 2/3 (P 1/1, R 1/2), material
  // cooperation 1, verbal conflict 1, material conflict 0.8 (P 2/3, R 1).
  EXPECT_NEAR(Number(r, "/macro_f1"), (0 + 2.0 / 3 + 1 + 1 + 0.8) / 5, 1e-9);
  EXPECT_NEAR(Number(r, "/macro_f1_none_as_neutral"), (1 + 2.0 / 3 + 1 + 1 + 0.8) / 5, 1e-9);
  EXPECT_EQ(Count(r, "/no_event"), 1);
  EXPECT_EQ(Count(r, "/event_found/checked"), 7);
  EXPECT_EQ(Count(r, "/event_found/agreed"), 7);
  EXPECT_EQ(Count(r, "/confusion/verbal_cooperation/material_conflict"), 1);
  // Sources: all but the government of t7 (the shelling's rebels stand in).
  EXPECT_EQ(Count(r, "/source_overlap/checked"), 7);
  EXPECT_EQ(Count(r, "/source_overlap/agreed"), 6);
  EXPECT_EQ(Count(r, "/target_overlap/checked"), 6);
  EXPECT_EQ(Count(r, "/target_overlap/agreed"), 6);
  EXPECT_EQ(Count(r, "/failures_by_cause/no_pattern"), 1);
  EXPECT_EQ(Count(r, "/failures_by_cause/wrong_pattern"), 1);
  EXPECT_EQ(Count(r, "/failures_by_cause/wrong_main_event"), 0);
  EXPECT_EQ(Count(r, "/failures_by_cause/wrong_actor"), 0);
  EXPECT_EQ(Count(r, "/failures_by_cause/parse"), 0);
}

}  // namespace
