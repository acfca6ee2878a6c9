#include "compare/word_diff.h"

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace readout::compare {
namespace {

using V = std::vector<std::string>;

// Splits on spaces and cuts every punctuation character into its own token
// (apostrophes and hyphens stay inside words); keys are lower-cased.
std::vector<DiffToken> Tokens(const std::string& text) {
  std::vector<DiffToken> out;
  auto is_punct = [](char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0 && c != '\'' && c != '-';
  };
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    if (!is_punct(c)) {
      while (j < text.size() && text[j] != ' ' && !is_punct(text[j])) ++j;
    }
    DiffToken t;
    for (std::size_t k = i; k < j; ++k) {
      t.key += static_cast<char>(std::tolower(static_cast<unsigned char>(text[k])));
    }
    t.span = Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
    t.punct = is_punct(c);
    out.push_back(t);
    i = j;
  }
  return out;
}

std::string KindName(DiffKind k) {
  switch (k) {
    case DiffKind::kWording: return "wording";
    case DiffKind::kTruncation: return "truncation";
    case DiffKind::kOmission: return "omission";
    case DiffKind::kAddition: return "addition";
    default: return "other";
  }
}

std::string Join(const std::vector<DiffToken>& tokens, std::uint32_t begin, std::uint32_t end) {
  std::string s;
  for (std::uint32_t i = begin; i < end; ++i) {
    if (i > begin) s += ' ';
    s += tokens[i].key;
  }
  return s;
}

// Every contract of DiffWords' result, whatever the input.
void ExpectWellFormed(const std::vector<DiffToken>& a, const std::vector<DiffToken>& b,
                      const std::vector<DiffHunk>& hunks) {
  std::uint32_t i = 0;
  std::uint32_t j = 0;
  for (std::size_t h = 0; h < hunks.size(); ++h) {
    const DiffHunk& x = hunks[h];
    ASSERT_EQ(x.a_begin, i);
    ASSERT_EQ(x.b_begin, j);
    ASSERT_LE(x.a_begin, x.a_end);
    ASSERT_LE(x.b_begin, x.b_end);
    if (h > 0) {
      ASSERT_NE(x.equal, hunks[h - 1].equal) << "hunks alternate";
    }
    if (x.equal) {
      ASSERT_EQ(x.a_end - x.a_begin, x.b_end - x.b_begin);
      ASSERT_GT(x.a_end, x.a_begin);
      for (std::uint32_t k = 0; k < x.a_end - x.a_begin; ++k) {
        ASSERT_EQ(a[x.a_begin + k].key, b[x.b_begin + k].key);
      }
    } else {
      ASSERT_TRUE(x.a_end > x.a_begin || x.b_end > x.b_begin);
    }
    i = x.a_end;
    j = x.b_end;
  }
  ASSERT_EQ(i, a.size());
  ASSERT_EQ(j, b.size());
}

// One line per hunk: "=common words" or "a words / b words [kind]".
V Render(const std::string& a_text, const std::string& b_text, const WordDiffOptions& options = {}) {
  const std::vector<DiffToken> a = Tokens(a_text);
  const std::vector<DiffToken> b = Tokens(b_text);
  const std::vector<DiffHunk> hunks = DiffWords(a, b, options);
  ExpectWellFormed(a, b, hunks);
  V out;
  for (const DiffHunk& h : hunks) {
    std::string line;
    if (h.equal) {
      line += '=';
      line += Join(a, h.a_begin, h.a_end);
    } else {
      line += Join(a, h.a_begin, h.a_end);
      line += " / ";
      line += Join(b, h.b_begin, h.b_end);
      line += " [";
      line += KindName(h.kind);
      line += ']';
    }
    out.push_back(line);
  }
  return out;
}

TEST(WordDiff, TranslationVariantsReadAsSmallHunksInLongEqualRuns) {
  // "," and "share" stay equal although short: each sits next to a
  // word-for-word swap (away/apart, who/that). The lone "and" inside
  // "weal and woe" / "... and pursue ..." has no such anchor and merges.
  EXPECT_EQ(Render("History and reality show that China and Russia are good neighbors that cannot be moved "
                   "away, and true friends who share weal and woe",
                   "History and reality make it clear to us that China and Russia are good neighbors that "
                   "cannot be moved apart, as well as true friends that share hardships, support each other, "
                   "and pursue common development."),
            (V{"=history and reality",
               "show / make it clear to us [wording]",
               "=that china and russia are good neighbors that cannot be moved",
               "away / apart [wording]",
               "=,",
               "and / as well as [wording]",
               "=true friends",
               "who / that [wording]",
               "=share",
               "weal and woe / hardships , support each other , and pursue common development . [wording]"}));
}

TEST(WordDiff, LoneCommonWordsBetweenEditsMergeIntoOneHunk) {
  EXPECT_EQ(Render("India regards Japan as its most important partner",
                   "For India, Japan is an indispensable partner"),
            (V{"india regards japan as its most important / for india , japan is an indispensable [wording]",
               "=partner"}));
}

TEST(WordDiff, LongerCommonRunsStayEqual) {
  EXPECT_EQ(Render("most important stabilizing factor in world affairs",
                   "essential stabilizing factor in global affairs"),
            (V{"most important / essential [wording]", "=stabilizing factor in", "world / global [wording]",
               "=affairs"}));
}

TEST(WordDiff, WithoutCleanupTheCoincidentalMatchesShow) {
  EXPECT_EQ(Render("India regards Japan as its most important partner",
                   "For India, Japan is an indispensable partner", WordDiffOptions{.cleanup = false}),
            (V{" / for [truncation]", "=india", "regards / , [wording]", "=japan",
               "as its most important / is an indispensable [wording]", "=partner"}));
}

TEST(WordDiff, ExtrasAtTheEdgesAreTruncation) {
  EXPECT_EQ(Render("an inseparable partnership founded on shared values",
                   "Japan and India are bound by an unbreakable partnership rooted in shared values. "
                   "No change in the regional situation will shake it."),
            (V{" / japan and india are bound by [truncation]",
               "=an",
               "inseparable / unbreakable [wording]",
               "=partnership",
               "founded on / rooted in [wording]",
               "=shared values",
               " / . no change in the regional situation will shake it . [truncation]"}));
  // The same from the other side: a carries the extras.
  EXPECT_EQ(Render("Japan and India are bound by an unbreakable partnership", "an unbreakable partnership"),
            (V{"japan and india are bound by /  [truncation]", "=an unbreakable partnership"}));
}

TEST(WordDiff, MissingWordsInsideAreOmissionOrAddition) {
  EXPECT_EQ(Render("the two sides held long and candid talks on trade", "the two sides held talks on trade"),
            (V{"=the two sides held", "long and candid /  [omission]", "=talks on trade"}));
  EXPECT_EQ(Render("the two sides held talks on trade", "the two sides held long and candid talks on trade"),
            (V{"=the two sides held", " / long and candid [addition]", "=talks on trade"}));
}

TEST(WordDiff, InsertedWordsCarryTheirOwnComma) {
  // "peace" repeats, so the insertion could be ", peace" (where the search
  // puts it) or "peace ,": the shift picks the one whose boundaries follow
  // punctuation.
  WordDiffOptions raw;
  raw.cleanup = false;
  EXPECT_EQ(Render("we want peace and stability", "we want peace, peace and stability", raw),
            (V{"=we want peace", " / , peace [addition]", "=and stability"}));
  EXPECT_EQ(Render("we want peace and stability", "we want peace, peace and stability"),
            (V{"=we want", " / peace , [addition]", "=peace and stability"}));
  EXPECT_EQ(Render("we want peace, peace and stability", "we want peace and stability"),
            (V{"=we want", "peace , /  [omission]", "=peace and stability"}));
  // Where the search already cuts after the comma, nothing moves.
  EXPECT_EQ(Render("share hardships, and pursue development",
                   "share hardships, support each other, and pursue development"),
            (V{"=share hardships ,", " / support each other , [addition]", "=and pursue development"}));
}

TEST(WordDiff, PunctuationOnlyChangesStayTheirOwnHunk) {
  EXPECT_EQ(Render("we are friends, and partners in peace", "we are friends; and partners in peace"),
            (V{"=we are friends", ", / ; [wording]", "=and partners in peace"}));
  // A final period is not a partial quote.
  EXPECT_EQ(Render("we are friends", "we are friends."), (V{"=we are friends", " / . [addition]"}));
}

TEST(WordDiff, IdenticalInputsAreOneEqualHunk) {
  const std::vector<DiffToken> a = Tokens("true friends who share weal and woe");
  const std::vector<DiffHunk> hunks = DiffWords(a, a);
  ASSERT_EQ(hunks.size(), 1u);
  EXPECT_TRUE(hunks[0].equal);
  EXPECT_EQ(hunks[0].a_end, a.size());
  EXPECT_EQ(hunks[0].b_end, a.size());
}

TEST(WordDiff, EmptyInputs) {
  EXPECT_TRUE(DiffWords({}, {}).empty());
  EXPECT_EQ(Render("", "good neighbors"), (V{" / good neighbors [truncation]"}));
  EXPECT_EQ(Render("good neighbors", ""), (V{"good neighbors /  [truncation]"}));
}

TEST(WordDiff, EditDistanceCapLeavesOneChangeBetweenPrefixAndSuffix) {
  WordDiffOptions options;
  options.max_edit_distance = 3;
  EXPECT_EQ(Render("we said a b c d today", "we said w x y z today", options),
            (V{"=we said", "a b c d / w x y z [wording]", "=today"}));
  options.max_edit_distance = 8;
  options.cleanup = false;
  EXPECT_EQ(Render("we said a b c d today", "we said w x c y z today", options),
            (V{"=we said", "a b / w x [wording]", "=c", "d / y z [wording]", "=today"}));
}

// Pseudo-random words from a small vocabulary, so the inputs share many
// words without being alike.
std::vector<DiffToken> RandomTokens(std::uint32_t count, std::uint32_t vocabulary, std::uint32_t seed) {
  std::vector<DiffToken> out(count);
  std::uint32_t state = seed;
  for (std::uint32_t i = 0; i < count; ++i) {
    state = state * 1664525u + 1013904223u;
    std::string key(1, 'w');
    key += std::to_string((state >> 16) % vocabulary);
    out[i].key = key;
    out[i].span = Span{i, i + 1};
  }
  return out;
}

TEST(WordDiff, LongDissimilarInputsFallBackToOneChange) {
  const std::vector<DiffToken> a = RandomTokens(2000, 50, 1);
  const std::vector<DiffToken> b = RandomTokens(2000, 50, 2);
  const std::vector<DiffHunk> hunks = DiffWords(a, b);
  ExpectWellFormed(a, b, hunks);
  ASSERT_EQ(hunks.size(), 1u);
  EXPECT_FALSE(hunks[0].equal);
  EXPECT_EQ(hunks[0].kind, DiffKind::kWording);
}

TEST(WordDiff, LongSimilarInputsAreDiffedInFull) {
  const std::vector<DiffToken> a = RandomTokens(2000, 1000, 3);
  std::vector<DiffToken> b = a;
  for (std::size_t i = 50; i < b.size(); i += 100) b[i].key = "changed";  // 20 lone swaps
  const std::vector<DiffHunk> hunks = DiffWords(a, b);
  ExpectWellFormed(a, b, hunks);
  std::size_t changed = 0;
  for (const DiffHunk& h : hunks) {
    if (h.equal) continue;
    ++changed;
    EXPECT_EQ(h.a_end - h.a_begin, 1u);
    EXPECT_EQ(b[h.b_begin].key, "changed");
  }
  EXPECT_EQ(changed, 20u);
}

// Reference: the longest common subsequence by dynamic programming.
std::uint32_t LcsLength(const std::vector<DiffToken>& a, const std::vector<DiffToken>& b) {
  std::vector<std::vector<std::uint32_t>> t(a.size() + 1, std::vector<std::uint32_t>(b.size() + 1, 0));
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1].key == b[j - 1].key ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

TEST(WordDiff, RawDiffIsMinimalAgainstReferenceLcs) {
  for (std::uint32_t seed = 0; seed < 300; ++seed) {
    const std::vector<DiffToken> a = RandomTokens(seed % 23, 4, seed * 2 + 1);
    std::vector<DiffToken> b = RandomTokens((seed * 7) % 19, 4, seed * 2 + 2);
    for (std::size_t i = 0; i < b.size(); i += 3) b[i].punct = true;  // exercise the word counts
    std::vector<DiffHunk> hunks = DiffWords(a, b, WordDiffOptions{.cleanup = false});
    ExpectWellFormed(a, b, hunks);
    std::uint32_t common = 0;
    for (const DiffHunk& h : hunks) {
      if (h.equal) common += h.a_end - h.a_begin;
    }
    EXPECT_EQ(common, LcsLength(a, b)) << "seed " << seed;
    hunks = DiffWords(a, b);  // the cleaned diff keeps every contract
    ExpectWellFormed(a, b, hunks);
  }
}

}  // namespace
}  // namespace readout::compare
