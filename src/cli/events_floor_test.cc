// events_floor: event coding on real news must not fall below the floors
// below. Runs the built binary as a user would (`readout eval events GOLD
// --json`, readout's own dictionaries) on ConfliBERT's CAMEO train split
// converted by scripts/conflibert_gold.py. The converted gold is not in the
// project (its licence and the rule against copying real texts in): set
// READOUT_CONFLIBERT_GOLD to its path; without it the test is skipped,
// saying so (docs/events-eval.md).
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

// Floors, a little under the figures measured on the train split
// (docs/events-eval.md: 0.573, 0.598, 0.598, 0.941); a change that lowers
// one must say why.
constexpr double kAccuracyNoneAsNeutral = 0.55;
constexpr double kMacroF1 = 0.57;
constexpr double kEventFound = 0.58;
constexpr double kSourceOverlap = 0.92;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(EventsFloor, ConfliBertTrainReachesItsFloors) {
  const char* env = std::getenv("READOUT_CONFLIBERT_GOLD");
  if (env == nullptr || *env == '\0' || !fs::exists(env)) {
    GTEST_SKIP() << "READOUT_CONFLIBERT_GOLD is not set to the converted ConfliBERT train split "
                    "(scripts/conflibert_gold.py ConfliBERT train > train.gold.jsonl): not measured";
  }
  const fs::path out = fs::temp_directory_path() / ("readout_events_floor_" + std::to_string(getpid()) + ".json");
  const std::string cmd =
      std::string("'") + READOUT_BINARY + "' eval events '" + env + "' --json > '" + out.string() + "'";
  const int status = std::system(cmd.c_str());
  const std::string json = Slurp(out);
  fs::remove(out);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << " failed (status " << status << ")";
  simdjson::dom::parser parser;
  simdjson::dom::element report;
  ASSERT_FALSE(parser.parse(json).get(report)) << "not JSON: " << json.substr(0, 200);
  double accuracy = -1, macro_f1 = -1, found = -1, source = -1;
  ASSERT_FALSE(report["accuracy_none_as_neutral"].get_double().get(accuracy));
  ASSERT_FALSE(report["macro_f1"].get_double().get(macro_f1));
  ASSERT_FALSE(report["event_found"]["share"].get_double().get(found));
  ASSERT_FALSE(report["source_overlap"]["share"].get_double().get(source));
  EXPECT_GE(accuracy, kAccuracyNoneAsNeutral) << "accuracy (none as neutral)";
  EXPECT_GE(macro_f1, kMacroF1) << "macro-F1 (strict)";
  EXPECT_GE(found, kEventFound) << "event found in gold classes 1-4";
  EXPECT_GE(source, kSourceOverlap) << "source span overlap";
  std::printf("events_floor: accuracy %.3f (none as neutral), macro-F1 %.3f, event found %.3f, source overlap %.3f\n",
              accuracy, macro_f1, found, source);
}

}  // namespace
