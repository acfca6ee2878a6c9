// Word diff: a minimal token diff, then two passes that make it readable.
//
// 1. Search. Keys are interned to integers, the common prefix and suffix are
//    set aside, and the middle is diffed with Myers' greedy O(ND) algorithm:
//    for each edit count d it extends the furthest-reaching path on every
//    diagonal, keeping each round's frontier so the path can be traced back.
//    The search stops at WordDiffOptions::max_edit_distance; past it the
//    middle becomes one changed hunk, so long dissimilar inputs cost
//    O((N + M) * cap) time and about cap^2 / 2 integers, never O(N * M).
//    Consecutive insertions and deletions form one changed hunk.
//
// 2. Shift. A pure insertion or deletion between two equal runs can often
//    slide (when the words at its ends repeat, "a , b , c"). It goes where
//    its boundaries fall after punctuation, so an inserted clause carries its
//    own comma: "support each other ," rather than ", support each other".
//
// 3. Merge short equalities (after Neil Fraser's semantic cleanup, our own
//    version). A minimal diff of two translations is full of coincidental
//    matches: "India regards Japan as its most important partner" and "For
//    India, Japan is an indispensable partner" share "India" and "Japan",
//    but showing them as equal chops the sentence into nonsense. An equal run
//    between two changes is merged into them when it has at most
//    kMaxMergedEqualityWords words and no more words than either change.
//    One exception keeps the texts' parallel structure visible: a run next
//    to a word-for-word swap (as many words out as in, straight from the
//    search: "away" / "apart", "who" / "that") stays, since there the texts
//    demonstrably run side by side. Runs at the very start or end are never
//    merged. Merging is done with a stack, so a change that grows is checked
//    again against the run before it; the result is a fixed point.
//
// Sizes count words, not punctuation: a run of bare punctuation weighs
// nothing and merges readily (unless it separates a swap), and a change that
// is only punctuation ("," / ";") never swallows a word next to it, so it
// stays its own hunk.
//
// Classification: both sides present is kWording. One side empty is
// kTruncation at the very start or end (one report starts later or stops
// earlier) when it holds words, otherwise kOmission (a only) or kAddition
// (b only); a lone final period is an addition, not a partial quote.
#include "compare/word_diff.h"

#include <algorithm>
#include <cstddef>
#include <span>
#include <string_view>
#include <unordered_map>

namespace readout::compare {
namespace {

constexpr std::uint32_t kMaxMergedEqualityWords = 2;

// Myers works in signed coordinates; larger inputs skip the search.
constexpr std::size_t kMaxSearchTokens = 1u << 29;

enum class Op : std::uint8_t { kEqual, kDelete, kInsert };

// A hunk while the passes run; `merged` marks a change that absorbed an
// equal run, which is then no longer a word-for-word swap.
struct Piece {
  DiffHunk hunk;
  bool merged = false;
};

// Keys as small integers, so the search compares ints, not strings.
void Intern(const std::vector<DiffToken>& a, const std::vector<DiffToken>& b,
            std::vector<std::uint32_t>& ids_a, std::vector<std::uint32_t>& ids_b) {
  std::unordered_map<std::string_view, std::uint32_t> ids;
  ids.reserve(a.size() + b.size());
  auto id_of = [&ids](const DiffToken& t) {
    const auto next = static_cast<std::uint32_t>(ids.size());
    return ids.try_emplace(t.key, next).first->second;
  };
  ids_a.reserve(a.size());
  for (const DiffToken& t : a) ids_a.push_back(id_of(t));
  ids_b.reserve(b.size());
  for (const DiffToken& t : b) ids_b.push_back(id_of(t));
}

// The edit script turning a into b with the fewest insertions plus
// deletions, in order; false when that number exceeds max_d.
bool MyersScript(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                 std::uint32_t max_d, std::vector<Op>& ops) {
  const auto n = static_cast<std::int32_t>(a.size());
  const auto m = static_cast<std::int32_t>(b.size());
  const std::int32_t limit = static_cast<std::int32_t>(
      std::min<std::int64_t>(static_cast<std::int64_t>(n) + m, max_d));
  // v[offset + k]: furthest x reached on diagonal k = x - y.
  const std::int32_t offset = limit + 1;
  std::vector<std::int32_t> v(static_cast<std::size_t>(2 * limit + 3), 0);
  auto vat = [&v, offset](std::int32_t k) -> std::int32_t& {
    return v[static_cast<std::size_t>(offset + k)];
  };
  // Round d's frontier: d + 1 values (k = -d, -d + 2, ..., d) from index
  // d * (d + 1) / 2. Points outside the grid may be stored; a path through
  // them costs more than one inside it, so the first path to reach (n, m)
  // never uses them.
  std::vector<std::int32_t> trace;
  auto round_at = [&trace](std::int32_t d, std::int32_t k) {
    const auto start = static_cast<std::size_t>(d) * static_cast<std::size_t>(d + 1) / 2;
    return trace[start + static_cast<std::size_t>((k + d) / 2)];
  };
  std::int32_t found = -1;
  for (std::int32_t d = 0; d <= limit && found < 0; ++d) {
    for (std::int32_t k = -d; k <= d; k += 2) {
      std::int32_t x = (k == -d || (k != d && vat(k - 1) < vat(k + 1))) ? vat(k + 1) : vat(k - 1) + 1;
      std::int32_t y = x - k;
      while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) {
        ++x;
        ++y;
      }
      vat(k) = x;
      trace.push_back(x);
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;

  // Trace back from (n, m): each round is one edit preceded by a snake.
  ops.clear();
  std::int32_t x = n;
  std::int32_t y = m;
  for (std::int32_t d = found; d > 0; --d) {
    const std::int32_t k = x - y;
    const bool down = k == -d || (k != d && round_at(d - 1, k - 1) < round_at(d - 1, k + 1));
    const std::int32_t prev_k = down ? k + 1 : k - 1;
    const std::int32_t prev_x = round_at(d - 1, prev_k);
    const std::int32_t snake_x = down ? prev_x : prev_x + 1;
    for (; x > snake_x; --x, --y) ops.push_back(Op::kEqual);
    ops.push_back(down ? Op::kInsert : Op::kDelete);
    x = prev_x;
    y = prev_x - prev_k;
  }
  for (; x > 0; --x) ops.push_back(Op::kEqual);
  std::reverse(ops.begin(), ops.end());
  return true;
}

// Appends tokens [a0, a1) x [b0, b1) as equal or changed, extending the last
// piece when it is of the same sort.
void Append(std::vector<Piece>& pieces, bool equal, std::uint32_t a0, std::uint32_t a1, std::uint32_t b0,
            std::uint32_t b1) {
  if (a0 == a1 && b0 == b1) return;
  if (!pieces.empty() && pieces.back().hunk.equal == equal) {
    pieces.back().hunk.a_end = a1;
    pieces.back().hunk.b_end = b1;
    return;
  }
  Piece p;
  p.hunk.equal = equal;
  p.hunk.a_begin = a0;
  p.hunk.a_end = a1;
  p.hunk.b_begin = b0;
  p.hunk.b_end = b1;
  pieces.push_back(p);
}

std::vector<Piece> Search(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                          std::uint32_t max_edit_distance) {
  const auto n = static_cast<std::uint32_t>(a.size());
  const auto m = static_cast<std::uint32_t>(b.size());
  std::uint32_t prefix = 0;
  while (prefix < n && prefix < m && a[prefix] == b[prefix]) ++prefix;
  std::uint32_t suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) ++suffix;

  std::vector<Piece> pieces;
  Append(pieces, true, 0, prefix, 0, prefix);
  const std::uint32_t a_mid = n - suffix;
  const std::uint32_t b_mid = m - suffix;
  std::vector<Op> ops;
  const bool small = a.size() <= kMaxSearchTokens && b.size() <= kMaxSearchTokens;
  if (small && MyersScript(std::span(a).subspan(prefix, a_mid - prefix),
                           std::span(b).subspan(prefix, b_mid - prefix), max_edit_distance, ops)) {
    std::uint32_t i = prefix;
    std::uint32_t j = prefix;
    for (const Op op : ops) {
      const std::uint32_t i1 = op == Op::kInsert ? i : i + 1;
      const std::uint32_t j1 = op == Op::kDelete ? j : j + 1;
      Append(pieces, op == Op::kEqual, i, i1, j, j1);
      i = i1;
      j = j1;
    }
  } else {
    Append(pieces, false, prefix, a_mid, prefix, b_mid);
  }
  Append(pieces, true, a_mid, n, b_mid, m);
  return pieces;
}

// Word (non-punctuation) counts over token ranges, by prefix sums.
class WordCounter {
 public:
  explicit WordCounter(const std::vector<DiffToken>& tokens) : sums_(tokens.size() + 1, 0) {
    for (std::size_t i = 0; i < tokens.size(); ++i) sums_[i + 1] = sums_[i] + (tokens[i].punct ? 0u : 1u);
  }
  std::uint32_t Words(std::uint32_t begin, std::uint32_t end) const { return sums_[end] - sums_[begin]; }

 private:
  std::vector<std::uint32_t> sums_;
};

std::uint32_t Shifted(std::uint32_t v, std::int64_t by) {
  return static_cast<std::uint32_t>(static_cast<std::int64_t>(v) + by);
}

// Slides each pure insertion or deletion between two equal runs to where its
// boundaries follow punctuation (ties: leftmost). Both runs keep a token.
void ShiftEdits(std::vector<Piece>& pieces, const std::vector<std::uint32_t>& ids_a,
                const std::vector<std::uint32_t>& ids_b, const std::vector<DiffToken>& a,
                const std::vector<DiffToken>& b) {
  for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
    DiffHunk& prev = pieces[i - 1].hunk;
    DiffHunk& edit = pieces[i].hunk;
    DiffHunk& next = pieces[i + 1].hunk;
    if (edit.equal || (edit.a_begin != edit.a_end && edit.b_begin != edit.b_end)) continue;
    const bool in_a = edit.a_begin != edit.a_end;  // a deletion; else an insertion
    const std::vector<std::uint32_t>& ids = in_a ? ids_a : ids_b;
    const std::vector<DiffToken>& tokens = in_a ? a : b;
    const std::int64_t s = in_a ? edit.a_begin : edit.b_begin;
    const std::int64_t e = in_a ? edit.a_end : edit.b_end;
    const std::int64_t low = in_a ? prev.a_begin : prev.b_begin;
    const std::int64_t high = in_a ? next.a_end : next.b_end;
    auto id = [&ids](std::int64_t k) { return ids[static_cast<std::size_t>(k)]; };
    auto punct = [&tokens](std::int64_t k) { return tokens[static_cast<std::size_t>(k)].punct ? 1 : 0; };
    std::int64_t left = 0;  // how far left it can go (as a negative shift)
    while (s + left - 1 > low && id(s + left - 1) == id(e + left - 1)) --left;
    std::int64_t best = 0;
    int best_score = -1;
    for (std::int64_t t = left; e + t < high; ++t) {
      if (t > left && id(s + t - 1) != id(e + t - 1)) break;
      const int score = punct(s + t - 1) + punct(e + t - 1);
      if (score > best_score) {
        best_score = score;
        best = t;
      }
    }
    if (best == 0) continue;
    prev.a_end = Shifted(prev.a_end, best);
    prev.b_end = Shifted(prev.b_end, best);
    edit.a_begin = Shifted(edit.a_begin, best);
    edit.a_end = Shifted(edit.a_end, best);
    edit.b_begin = Shifted(edit.b_begin, best);
    edit.b_end = Shifted(edit.b_end, best);
    next.a_begin = Shifted(next.a_begin, best);
    next.b_begin = Shifted(next.b_begin, best);
  }
}

std::vector<Piece> MergeShortEqualities(const std::vector<Piece>& pieces, const WordCounter& words_a,
                                        const WordCounter& words_b) {
  auto size = [&](const DiffHunk& h) {
    return std::max(words_a.Words(h.a_begin, h.a_end), words_b.Words(h.b_begin, h.b_end));
  };
  auto is_swap = [&](const Piece& p) {
    const std::uint32_t out = words_a.Words(p.hunk.a_begin, p.hunk.a_end);
    return !p.merged && out > 0 && out == words_b.Words(p.hunk.b_begin, p.hunk.b_end);
  };
  std::vector<Piece> out;
  out.reserve(pieces.size());
  for (const Piece& p : pieces) {
    out.push_back(p);
    // Pieces alternate, so a change on top with three or more pieces means
    // the stack ends change, equal, change.
    while (out.size() >= 3 && !out.back().hunk.equal) {
      Piece& left = out[out.size() - 3];
      const Piece& run = out[out.size() - 2];
      const Piece& right = out.back();
      const std::uint32_t len = words_a.Words(run.hunk.a_begin, run.hunk.a_end);
      const bool drop = len <= kMaxMergedEqualityWords && len <= size(left.hunk) && len <= size(right.hunk) &&
                        !is_swap(left) && !is_swap(right);
      if (!drop) break;
      left.hunk.a_end = right.hunk.a_end;
      left.hunk.b_end = right.hunk.b_end;
      left.merged = true;
      out.pop_back();
      out.pop_back();
    }
  }
  return out;
}

DiffKind Classify(const DiffHunk& h, std::uint32_t n, std::uint32_t m, const WordCounter& words_a,
                  const WordCounter& words_b) {
  const bool has_a = h.a_begin != h.a_end;
  const bool has_b = h.b_begin != h.b_end;
  if (has_a && has_b) return DiffKind::kWording;
  const bool at_edge = (h.a_begin == 0 && h.b_begin == 0) || (h.a_end == n && h.b_end == m);
  const bool has_words = words_a.Words(h.a_begin, h.a_end) + words_b.Words(h.b_begin, h.b_end) > 0;
  if (at_edge && has_words) return DiffKind::kTruncation;
  return has_a ? DiffKind::kOmission : DiffKind::kAddition;
}

}  // namespace

std::vector<DiffHunk> DiffWords(const std::vector<DiffToken>& a, const std::vector<DiffToken>& b,
                                const WordDiffOptions& options) {
  std::vector<std::uint32_t> ids_a;
  std::vector<std::uint32_t> ids_b;
  Intern(a, b, ids_a, ids_b);
  std::vector<Piece> pieces = Search(ids_a, ids_b, options.max_edit_distance);
  const WordCounter words_a(a);
  const WordCounter words_b(b);
  if (options.cleanup) {
    ShiftEdits(pieces, ids_a, ids_b, a, b);
    pieces = MergeShortEqualities(pieces, words_a, words_b);
  }
  const auto n = static_cast<std::uint32_t>(a.size());
  const auto m = static_cast<std::uint32_t>(b.size());
  std::vector<DiffHunk> hunks;
  hunks.reserve(pieces.size());
  for (const Piece& p : pieces) {
    hunks.push_back(p.hunk);
    if (!p.hunk.equal) hunks.back().kind = Classify(p.hunk, n, m, words_a, words_b);
  }
  return hunks;
}

}  // namespace readout::compare
