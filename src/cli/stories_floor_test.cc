// stories_floor: story grouping on real news must not fall below the floors
// in tests/stories_floor.txt. Runs the built binary as a user would
// (`readout eval stories SET --json`) on each development set of
// ../shared/datasets and reads its B-cubed F1; a set that is absent is
// skipped with a message naming it.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// "name floor" lines; '#' lines are comments. A malformed line is a test
// failure naming file:line.
std::vector<std::pair<std::string, double>> ReadFloors(const fs::path& file) {
  std::vector<std::pair<std::string, double>> floors;
  std::ifstream in(file);
  if (!in) {
    ADD_FAILURE() << file.string() << ": cannot read the floors";
    return floors;
  }
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    std::istringstream fields(line);
    std::string name;
    double floor = -1;
    std::string rest;
    if (!(fields >> name >> floor) || (fields >> rest) || floor < 0 || floor > 1) {
      ADD_FAILURE() << file.string() << ":" << number << ": expected 'SET.jsonl F1' with F1 in [0, 1], got '"
                    << line << "'";
      continue;
    }
    floors.emplace_back(name, floor);
  }
  if (floors.empty()) ADD_FAILURE() << file.string() << ": no floor given";
  return floors;
}

TEST(StoriesFloor, EveryDevelopmentSetReachesItsFloor) {
  const fs::path datasets = fs::path(READOUT_SHARED_DIR) / "datasets";
  const auto floors = ReadFloors(fs::path(READOUT_SOURCE_DIR) / "tests/stories_floor.txt");
  std::size_t ran = 0;
  for (const auto& [name, floor] : floors) {
    const fs::path set = datasets / name;
    if (!fs::exists(set)) {
      std::printf("stories_floor: %s is absent, not measured\n", set.string().c_str());
      continue;
    }
    const fs::path out = fs::temp_directory_path() / ("readout_stories_floor_" + std::to_string(getpid()) + ".json");
    const std::string cmd = std::string("'") + READOUT_BINARY + "' eval stories '" + set.string() + "' --json > '" +
                            out.string() + "'";
    const int status = std::system(cmd.c_str());
    const std::string json = Slurp(out);
    fs::remove(out);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << " failed (status " << status << ")";
    simdjson::dom::parser parser;
    simdjson::dom::element report;
    ASSERT_FALSE(parser.parse(json).get(report)) << "not JSON: " << json.substr(0, 200);
    double f1 = -1, alone = -1;
    ASSERT_FALSE(report["f1"].get_double().get(f1)) << json.substr(0, 200);
    ASSERT_FALSE(report["singletons_f1"].get_double().get(alone));
    EXPECT_GE(f1, floor) << name << ": B-cubed F1 " << f1 << " is below the floor " << floor
                         << " in tests/stories_floor.txt";
    EXPECT_GT(f1, alone) << name << ": no better than every article alone";
    std::printf("stories_floor: %s B-cubed F1 %.3f (floor %.2f, every article alone %.3f)\n", name.c_str(), f1,
                floor, alone);
    ++ran;
  }
  if (ran == 0) GTEST_SKIP() << "../shared/datasets is absent: " << datasets.string();
}

}  // namespace
