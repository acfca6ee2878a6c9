// validate_floor: the coder's score on PETRARCH2's unit-test suite must not
// fall below the floor in tests/validate_floor.txt. Runs the built binary as
// a user would (`readout validate ... --json`) and reads its JSON report, so
// the check covers the command, the report and the coder together.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The one integer in the floor file; '#' lines are comments. -1 (and a test
// failure naming file:line) when the file holds anything else.
std::int64_t ReadFloor(const fs::path& file) {
  std::ifstream in(file);
  if (!in) {
    ADD_FAILURE() << file.string() << ": cannot read the floor";
    return -1;
  }
  std::int64_t floor = -1;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos || line[start] == '#') continue;
    std::size_t used = 0;
    try {
      floor = std::stoll(line.substr(start), &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || line.find_first_not_of(" \t\r", start + used) != std::string::npos || floor < 0 ||
        floor > 284) {
      ADD_FAILURE() << file.string() << ":" << number << ": expected one integer from 0 to 284, got '" << line << "'";
      return -1;
    }
  }
  if (floor < 0) ADD_FAILURE() << file.string() << ": no floor given";
  return floor;
}

TEST(ValidateFloor, UnitTestSuiteScoresAtLeastTheFloor) {
  const fs::path shared = fs::path(READOUT_SHARED_DIR) / "petrarch2";
  const fs::path records = shared / "text/PETR.UnitTest.records.xml";
  if (!fs::exists(records)) GTEST_SKIP() << "../shared/petrarch2 is absent: " << records.string();
  const std::int64_t floor = ReadFloor(fs::path(READOUT_SOURCE_DIR) / "tests/validate_floor.txt");
  ASSERT_GE(floor, 0);

  const fs::path out = fs::temp_directory_path() / ("readout_validate_floor_" + std::to_string(getpid()) + ".json");
  const std::string cmd = std::string("'") + READOUT_BINARY + "' validate '" + records.string() + "' --dict-dir '" +
                          (shared / "dictionaries").string() + "' --json --failures 0 > '" + out.string() + "'";
  const int status = std::system(cmd.c_str());
  const std::string json = Slurp(out);
  fs::remove(out);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << " failed (status " << status << ")";

  simdjson::dom::parser parser;
  simdjson::dom::element report;
  ASSERT_FALSE(parser.parse(json).get(report)) << "not JSON: " << json;
  std::int64_t records_coded = 0, exact = 0, errors = 0;
  ASSERT_FALSE(report["records"].get_int64().get(records_coded)) << json;
  ASSERT_FALSE(report["exact"].get_int64().get(exact)) << json;
  ASSERT_FALSE(report["errors"].get_int64().get(errors)) << json;
  EXPECT_EQ(records_coded, 284);
  EXPECT_EQ(errors, 0) << "records the coder failed on";
  EXPECT_GE(exact, floor) << "exact " << exact << " of " << records_coded << " is below the floor " << floor
                          << " in tests/validate_floor.txt";
  std::printf("validate_floor: %lld of %lld records exact (floor %lld)\n", static_cast<long long>(exact),
              static_cast<long long>(records_coded), static_cast<long long>(floor));
}

}  // namespace
