// The CAMEO codebook table: its shape (sorted, unique, roots, quad classes),
// spot checks of names, Goldstein scores and PLOVER types against the
// published sources (docs/cameo.md), the edge cases of Lookup and RootOf,
// the codes PETRARCH2's own verb dictionary uses, and the promise that
// lookups never allocate.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "readout/cameo.h"

// Counts every global allocation of the test binary, so that a test can
// check that a stretch of code made none. Kept out of line so that GCC does
// not pair an inlined free() with a call to operator new and warn.
namespace {
std::atomic<std::size_t> g_allocations{0};
}  // namespace

[[gnu::noinline]] void* operator new(std::size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace readout::cameo {
namespace {

const std::set<std::string_view> kPlover = {
    "AGREE",  "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",      "RETREAT", "REQUEST",
    "ACCUSE", "REJECT",  "THREATEN", "PROTEST", "SANCTION",  "MOBILIZE", "COERCE",  "ASSAULT",
};

const CodeInfo& MustFind(std::string_view code) {
  const CodeInfo* info = Lookup(code);
  if (info == nullptr) {
    ADD_FAILURE() << "code " << code << " not found";
    static const CodeInfo kMissing{};
    return kMissing;
  }
  return *info;
}

// ------------------------------------------------------------------ shape

TEST(CodebookTable, SortedAndUnique) {
  const std::span<const CodeInfo> all = AllCodes();
  ASSERT_FALSE(all.empty());
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_LT(all[i - 1].code, all[i].code) << "at row " << i;
  }
}

// The number of three- and four-digit codes under each root, as the CAMEO
// 1.1b3 codebook lists them (155, 176, 1834, 1951 and 1952 included).
TEST(CodebookTable, CodesPerRootMatchTheCodebook) {
  const std::map<std::string_view, int> expected = {
      {"01", 10}, {"02", 27}, {"03", 28}, {"04", 7},  {"05", 8},  {"06", 5},  {"07", 6},
      {"08", 25}, {"09", 5},  {"10", 27}, {"11", 12}, {"12", 26}, {"13", 22}, {"14", 26},
      {"15", 6},  {"16", 13}, {"17", 13}, {"18", 14}, {"19", 9},  {"20", 7},
  };
  std::map<std::string_view, int> seen;
  int roots = 0;
  for (const CodeInfo& c : AllCodes()) {
    if (c.code.size() == 2) {
      ++roots;
    } else {
      ++seen[c.root];
    }
  }
  EXPECT_EQ(roots, 20);
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(AllCodes().size(), 316u);
}

TEST(CodebookTable, EveryRootIsAPrefixAndARow) {
  for (const CodeInfo& c : AllCodes()) {
    ASSERT_GE(c.code.size(), 2u);
    ASSERT_LE(c.code.size(), 4u);
    EXPECT_EQ(c.code.substr(0, 2), c.root) << c.code;
    EXPECT_EQ(RootOf(c.code), c.root) << c.code;
    const CodeInfo* root = Lookup(c.root);
    ASSERT_NE(root, nullptr) << c.code;
    EXPECT_EQ(root->root, c.root);
  }
}

// A three-digit code's parent is its root; a four-digit code's is the
// three-digit code it refines, and that must be a row too.
TEST(CodebookTable, FourDigitCodesRefineAThreeDigitCode) {
  for (const CodeInfo& c : AllCodes()) {
    if (c.code.size() == 4) {
      EXPECT_NE(Lookup(c.code.substr(0, 3)), nullptr) << c.code;
    }
  }
}

TEST(CodebookTable, QuadClassFollowsTheRoot) {
  for (const CodeInfo& c : AllCodes()) {
    const int root = std::stoi(std::string(c.root));
    const QuadClass want = root <= 5    ? QuadClass::kVerbalCooperation
                           : root <= 8  ? QuadClass::kMaterialCooperation
                           : root <= 13 ? QuadClass::kVerbalConflict
                                        : QuadClass::kMaterialConflict;
    EXPECT_EQ(c.quad, want) << c.code;
  }
  EXPECT_EQ(MustFind("05").quad, QuadClass::kVerbalCooperation);
  EXPECT_EQ(MustFind("06").quad, QuadClass::kMaterialCooperation);
  EXPECT_EQ(MustFind("0874").quad, QuadClass::kMaterialCooperation);
  EXPECT_EQ(MustFind("09").quad, QuadClass::kVerbalConflict);
  EXPECT_EQ(MustFind("139").quad, QuadClass::kVerbalConflict);
  EXPECT_EQ(MustFind("14").quad, QuadClass::kMaterialConflict);
  EXPECT_EQ(static_cast<int>(MustFind("2042").quad), 4);
}

TEST(CodebookTable, ScoresAndTypesAreInRange) {
  for (const CodeInfo& c : AllCodes()) {
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
    if (!c.plover.empty()) {
      EXPECT_TRUE(kPlover.count(c.plover)) << c.code << " " << c.plover;
    }
  }
}

// ------------------------------------------------------------ spot checks

// GDELT's CAMEO.goldsteinscale.txt.
TEST(CodebookValues, GoldsteinScoresAsPublished) {
  const std::vector<std::pair<std::string_view, double>> published = {
      {"010", 0.0},   {"011", -0.1}, {"016", -2.0},  {"018", 3.4},  {"020", 3.0},  {"022", 3.2},
      {"024", -0.3},  {"036", 4.0},  {"0334", 6.0},  {"040", 1.0},  {"042", 1.9},  {"043", 2.8},
      {"044", 2.5},   {"051", 3.4},  {"057", 8.0},   {"064", 7.0},  {"072", 8.3},  {"074", 8.5},
      {"081", 5.0},   {"0874", 10.0}, {"090", -2.0}, {"100", -5.0}, {"111", -2.0}, {"120", -4.0},
      {"125", -5.0},  {"13", -6.0},  {"130", -4.4},  {"131", -5.8}, {"144", -7.5}, {"150", -7.2},
      {"160", -4.0},  {"162", -5.6}, {"163", -8.0},  {"164", -7.0}, {"165", -6.5}, {"171", -9.2},
      {"173", -5.0},  {"175", -9.0}, {"182", -9.5},  {"1823", -10.0}, {"184", -8.0},
      {"190", -10.0}, {"191", -9.5}, {"201", -9.5},  {"2042", -10.0},
  };
  for (const auto& [code, value] : published) EXPECT_DOUBLE_EQ(MustFind(code).goldstein, value) << code;
}

TEST(CodebookValues, NamesAsInTheCodebook) {
  EXPECT_EQ(MustFind("01").name, "MAKE PUBLIC STATEMENT");
  EXPECT_EQ(MustFind("19").name, "FIGHT");
  EXPECT_EQ(MustFind("20").name, "USE UNCONVENTIONAL MASS VIOLENCE");
  EXPECT_EQ(MustFind("010").name, "Make statement");
  EXPECT_EQ(MustFind("0231").name, "Appeal for economic aid");
  EXPECT_EQ(MustFind("042").name, "Make a visit");
  EXPECT_EQ(MustFind("057").name, "Sign formal agreement");
  EXPECT_EQ(MustFind("0874").name, "Retreat or surrender militarily");
  EXPECT_EQ(MustFind("112").name, "Accuse");
  EXPECT_EQ(MustFind("173").name, "Arrest, detain, or charge with legal action");
  EXPECT_EQ(MustFind("1721").name, "Impose restrictions on political freedoms");
  EXPECT_EQ(MustFind("1821").name, "Sexually assault");
  EXPECT_EQ(MustFind("190").name, "Use conventional military force");
  EXPECT_EQ(MustFind("1952").name, "Employ remotely piloted aerial munitions");
  EXPECT_EQ(MustFind("2041").name, "Use chemical, biological, or radiological weapons");
}

// CAMEO2PLOVER-2021.txt, and the judgement calls documented in codebook.cc.
TEST(CodebookValues, PloverTypesFollowTheCrosswalk) {
  const std::vector<std::pair<std::string_view, std::string_view>> crosswalk = {
      {"036", "AGREE"},    {"0331", "AGREE"},   {"042", "CONSULT"},  {"046", "CONSULT"},
      {"057", "SUPPORT"},  {"061", "COOPERATE"}, {"064", "COOPERATE"}, {"073", "AID"},
      {"075", "AID"},      {"081", "CONCEDE"},  {"0831", "CONCEDE"}, {"0813", "RETREAT"},
      {"0814", "RETREAT"}, {"0841", "RETREAT"}, {"0871", "RETREAT"}, {"090", "ACCUSE"},
      {"111", "ACCUSE"},   {"1124", "ACCUSE"},  {"120", "REJECT"},   {"1246", "REJECT"},
      {"138", "THREATEN"}, {"1385", "THREATEN"}, {"141", "PROTEST"}, {"145", "PROTEST"},
      {"154", "MOBILIZE"}, {"161", "SANCTION"}, {"1662", "SANCTION"}, {"163", "COERCE"},
      {"173", "COERCE"},   {"1711", "COERCE"},  {"1712", "ASSAULT"}, {"175", "ASSAULT"},
      {"182", "ASSAULT"},  {"186", "ASSAULT"},  {"190", "ASSAULT"},  {"191", "COERCE"},
      {"192", "COERCE"},   {"195", "ASSAULT"},  {"202", "ASSAULT"},  {"2042", "ASSAULT"},
      // Judgement calls (codebook.cc): appeals and demands are REQUEST,
      // statements have no type, the root 08 is CONCEDE.
      {"0231", "REQUEST"}, {"028", "REQUEST"},  {"1011", "REQUEST"}, {"108", "REQUEST"},
      {"010", ""},         {"019", ""},         {"08", "CONCEDE"},
  };
  for (const auto& [code, type] : crosswalk) EXPECT_EQ(MustFind(code).plover, type) << code;
}

TEST(CodebookValues, EveryPloverTypeIsUsed) {
  std::set<std::string_view> used;
  for (const CodeInfo& c : AllCodes()) used.insert(c.plover);
  std::set<std::string_view> want = kPlover;
  want.insert("");
  EXPECT_EQ(used, want);
}

// ----------------------------------------------------------------- lookup

TEST(CodebookLookup, FindsEveryRowItself) {
  for (const CodeInfo& c : AllCodes()) {
    EXPECT_EQ(Lookup(c.code), &c) << c.code;
    EXPECT_TRUE(Valid(c.code)) << c.code;
    // A copy of the code, not the table's own view, finds the same row.
    const std::string copy(c.code);
    EXPECT_EQ(Lookup(copy), &c) << c.code;
  }
}

TEST(CodebookLookup, RejectsWhatTheCodebookDoesNotDefine) {
  const std::string_view not_codes[] = {
      "",      "0",     "1",     "---",   "----",  "-",     "00",    "000",   "21",    "99",
      "210",   "990",   "1213",  "1214",  "0215",  "1835",  "2043",  "080!",  " 010",  "010 ",
      "0100",  "02311", "12345", "abc",   "01x",   "O1",    "0l0",   ":020",  "042:043", "[010]",
      "01\n",  "CAMEO", "USAGOV",
  };
  for (std::string_view s : not_codes) {
    EXPECT_EQ(Lookup(s), nullptr) << "'" << s << "'";
    EXPECT_FALSE(Valid(s)) << "'" << s << "'";
  }
  // Embedded NUL bytes and bytes above 0x7f.
  EXPECT_EQ(Lookup(std::string_view("01\0", 3)), nullptr);
  EXPECT_EQ(Lookup(std::string_view("\0" "10", 3)), nullptr);
  EXPECT_EQ(Lookup("\xc3\xa9\x30\x31"), nullptr);
  EXPECT_EQ(Lookup(std::string(1 << 16, '1')), nullptr);
}

TEST(CodebookLookup, RootOfEdgeCases) {
  EXPECT_EQ(RootOf("1721"), "17");
  EXPECT_EQ(RootOf("17"), "17");
  EXPECT_EQ(RootOf("173"), "17");
  EXPECT_EQ(RootOf("010"), "01");
  EXPECT_EQ(RootOf("0231"), "02");
  EXPECT_EQ(RootOf("01"), "01");
  EXPECT_EQ(RootOf("20"), "20");
  EXPECT_EQ(RootOf("2042"), "20");
  EXPECT_EQ(RootOf("1213"), "12");  // not in the codebook, but under a root
  EXPECT_EQ(RootOf("0999"), "09");
  for (std::string_view s : {"", "1", "7", "00", "21", "99", "999", "---", "-12", "1a", "a1", "12345",
                             "01 ", " 01", "080!", "+17"}) {
    EXPECT_EQ(RootOf(s), "") << "'" << s << "'";
  }
  // The view refers to the table, not to the argument.
  const std::string code = "1821";
  const std::string_view root = RootOf(code);
  EXPECT_EQ(root.data(), Lookup("18")->code.data());
}

TEST(CodebookLookup, NeverAllocates) {
  std::vector<std::string> probes;
  for (const CodeInfo& c : AllCodes()) probes.emplace_back(c.code);
  probes.insert(probes.end(), {"", "---", "1213", "080!", "99", "12345", "abc"});
  std::size_t found = 0, roots = 0;
  const std::size_t before = g_allocations.load();
  for (int pass = 0; pass < 10; ++pass) {
    for (const std::string& p : probes) {
      found += Lookup(p) != nullptr ? 1u : 0u;
      found += Valid(p) ? 1u : 0u;
      roots += RootOf(p).size();
    }
  }
  const std::size_t after = g_allocations.load();
  EXPECT_EQ(after, before);
  EXPECT_EQ(found, 10 * 2 * AllCodes().size());
  EXPECT_GT(roots, 0u);
}

// ------------------------------------------------- the shipped dictionary

// Every event code PETRARCH2's CAMEO.2.0.txt writes in brackets ("[042]",
// "[042:043]", "[:173]") is in the codebook, except the null code "---",
// the ICEWS addition "1213" and the malformed "080!".
TEST(CodebookLookup, CodesOfTheShippedVerbDictionary) {
  const std::filesystem::path path =
      std::filesystem::path(READOUT_SHARED_DIR) / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "PETRARCH2 verb dictionary not found at " << path << "; skipped";
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string text = ss.str();
  std::set<std::string> codes;
  for (std::size_t open = text.find('['); open != std::string::npos; open = text.find('[', open + 1)) {
    const std::size_t close = text.find(']', open);
    if (close == std::string::npos) break;
    const std::string_view inside = std::string_view(text).substr(open + 1, close - open - 1);
    if (inside.empty() || inside.size() > 12) continue;
    const char first = inside[0];
    if (!(first == ':' || first == '-' || (first >= '0' && first <= '9'))) continue;  // prose
    std::size_t start = 0;
    while (start <= inside.size()) {
      const std::size_t colon = inside.find(':', start);
      const std::string_view part = inside.substr(start, colon == std::string_view::npos ? inside.npos
                                                                                          : colon - start);
      if (!part.empty()) codes.emplace(part);
      if (colon == std::string_view::npos) break;
      start = colon + 1;
    }
  }
  ASSERT_GT(codes.size(), 200u) << "too few codes read from " << path;
  std::set<std::string> unknown;
  for (const std::string& c : codes) {
    if (!Valid(c)) unknown.insert(c);
  }
  EXPECT_EQ(unknown, (std::set<std::string>{"---", "080!", "1213"}));
  EXPECT_EQ(RootOf("1213"), "12");
}

}  // namespace
}  // namespace readout::cameo
