// Bisect: see bisect.h.
#include "stories/bisect.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace readout::stories {
namespace {

using Sparse = std::unordered_map<std::uint64_t, double>;

// Up to this many members the seeds are the least alike pair of all.
constexpr std::size_t kExactSeeds = 64;

double Dot(const Sparse& a, const Sparse& b) {
  const Sparse& small = a.size() <= b.size() ? a : b;
  const Sparse& large = &small == &a ? b : a;
  double dot = 0;
  for (const auto& [k, w] : small) {
    if (const auto it = large.find(k); it != large.end()) dot += w * it->second;
  }
  return dot;
}

void Normalize(Sparse& v) {
  double n2 = 0;
  for (const auto& [k, w] : v) n2 += w * w;
  if (n2 <= 0) return;
  const double n = std::sqrt(n2);
  for (auto& [k, w] : v) w /= n;
}

Sparse Mean(const std::vector<Sparse>& local, const std::vector<std::size_t>& part) {
  Sparse c;
  for (const std::size_t i : part) {
    for (const auto& [k, w] : local[i]) c[k] += w;
  }
  Normalize(c);
  return c;
}

// The sum of the members' unit vectors of a part.
Sparse Sum(const std::vector<Sparse>& local, const std::vector<std::size_t>& part) {
  Sparse c;
  for (const std::size_t i : part) {
    for (const auto& [k, w] : local[i]) c[k] += w;
  }
  return c;
}

// Mean cosine over the pairs of distinct members of one part, from its sum
// (|sum|^2 counts every ordered pair and each member with itself once).
double MeanWithin(const Sparse& sum, std::size_t n) {
  if (n < 2) return 0;
  const double pairs = static_cast<double>(n) * static_cast<double>(n - 1);
  return (Dot(sum, sum) - static_cast<double>(n)) / pairs;
}

}  // namespace

std::optional<Bisection> Bisect(const std::vector<const Vector*>& members, double ratio, std::size_t min_part,
                                std::size_t max_members) {
  const std::size_t n = members.size();
  if (n < 2 * min_part || n > max_members) return std::nullopt;
  // Local IDF: a feature in every member weighs nothing.
  std::unordered_map<std::uint64_t, std::uint32_t> df;
  for (const Vector* v : members) {
    for (const Feature& f : *v) ++df[f.key];
  }
  std::vector<Sparse> local(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (const Feature& f : *members[i]) {
      const double idf = std::log(static_cast<double>(n) / df[f.key]);
      if (idf > 0) local[i][f.key] = f.weight * idf;
    }
    Normalize(local[i]);
  }
  // Seeds: the least alike pair (the first in member order); past
  // kExactSeeds members, where all pairs would cost too much, the member
  // least like the whole and the member least like it.
  std::size_t sa = 0, sb = 1;
  double least = 2;
  if (n <= kExactSeeds) {
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t j = i + 1; j < n; ++j) {
        if (const double s = Dot(local[i], local[j]); s < least) {
          least = s;
          sa = i;
          sb = j;
        }
      }
    }
  } else {
    std::vector<std::size_t> every(n);
    for (std::size_t i = 0; i < n; ++i) every[i] = i;
    const Sparse all = Mean(local, every);
    for (std::size_t i = 0; i < n; ++i) {
      if (const double s = Dot(local[i], all); s < least) {
        least = s;
        sa = i;
      }
    }
    least = 2;
    for (std::size_t i = 0; i < n; ++i) {
      if (i == sa) continue;
      if (const double s = Dot(local[i], local[sa]); s < least) {
        least = s;
        sb = i;
      }
    }
  }
  Bisection part;
  part.a = {sa};
  part.b = {sb};
  for (int round = 0; round < 5; ++round) {
    const Sparse ca = Mean(local, part.a), cb = Mean(local, part.b);
    Bisection next;
    for (std::size_t i = 0; i < n; ++i) {
      (Dot(local[i], ca) >= Dot(local[i], cb) ? next.a : next.b).push_back(i);
    }
    if (next.a.empty() || next.b.empty()) return std::nullopt;
    const bool same = next.a == part.a;
    part = std::move(next);
    if (same) break;
  }
  if (part.a.size() < min_part || part.b.size() < min_part) return std::nullopt;
  const Sparse sum_a = Sum(local, part.a), sum_b = Sum(local, part.b);
  const double na = static_cast<double>(part.a.size()), nb = static_cast<double>(part.b.size());
  const double within = (MeanWithin(sum_a, part.a.size()) * na + MeanWithin(sum_b, part.b.size()) * nb) /
                        static_cast<double>(n);
  const double between = Dot(sum_a, sum_b) / (na * nb);
  if (within <= ratio * std::max(between, 1e-3)) return std::nullopt;
  return part;
}

}  // namespace readout::stories
