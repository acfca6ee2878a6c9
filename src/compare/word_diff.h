// Word-level diff of two reports of one statement (two translations of the
// same quote), cut into hunks a reader can take in: "show" / "make it clear
// to us", "away" / "apart". The algorithm is described in word_diff.cc.
//
// Contracts: DiffWords is a pure function of its arguments and keeps no
// pointers into them. Keys are compared exactly (the caller folds case).
// Each side must have fewer than 2^31 tokens.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "readout/compare.h"
#include "readout/document.h"

namespace readout::compare {

struct DiffToken {
  std::string key;     // what is compared: the token folded to lower case
  Span span;           // byte offsets in the caller's document
  bool punct = false;  // punctuation: does not count as a word when sizing hunks
};

struct DiffHunk {
  bool equal = false;            // a run common to both sides
  std::uint32_t a_begin = 0;     // token index range in a, half-open
  std::uint32_t a_end = 0;
  std::uint32_t b_begin = 0;     // token index range in b, half-open
  std::uint32_t b_end = 0;
  DiffKind kind = DiffKind::kWording;  // changed hunks only: kWording,
                                       // kTruncation, kOmission or kAddition
};

struct WordDiffOptions {
  // The largest edit distance (token insertions plus deletions, after the
  // common prefix and suffix are set aside) the search explores. Beyond it
  // the middle becomes one changed hunk: this bounds the time to
  // O((|a| + |b|) * cap) and the memory to about cap^2 / 2 integers, and two
  // quotes that far apart read better as "different" than as a word diff.
  std::uint32_t max_edit_distance = 1000;
  // Shift and merge hunks for reading (see word_diff.cc). Off: the raw
  // minimal diff, which tests compare with a reference LCS.
  bool cleanup = true;
};

// The whole of a and b cut into alternating equal and changed hunks, in
// order, covering every token of both exactly once. Equal hunks have the
// same length on both sides and identical keys; a changed hunk has at least
// one non-empty side. Both inputs empty: no hunks.
std::vector<DiffHunk> DiffWords(const std::vector<DiffToken>& a, const std::vector<DiffToken>& b,
                                const WordDiffOptions& options = {});

}  // namespace readout::compare
