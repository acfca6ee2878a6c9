// Bisect: see bisect.h.
#include "stories/bisect.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace readout::stories {
namespace {

using Sparse = std::unordered_map<std::uint64_t, double>;

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

// Mean cosine over pairs (i in x, j in y, i != j).
double MeanSimilarity(const std::vector<Sparse>& local, const std::vector<std::size_t>& x,
                      const std::vector<std::size_t>& y) {
  double sum = 0;
  std::size_t pairs = 0;
  for (const std::size_t i : x) {
    for (const std::size_t j : y) {
      if (i == j) continue;
      sum += Dot(local[i], local[j]);
      ++pairs;
    }
  }
  return pairs > 0 ? sum / static_cast<double>(pairs) : 0;
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
  // Seeds: the least alike pair (the first such pair in member order).
  std::size_t sa = 0, sb = 1;
  double least = 2;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const double s = Dot(local[i], local[j]);
      if (s < least) {
        least = s;
        sa = i;
        sb = j;
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
  const double within = (MeanSimilarity(local, part.a, part.a) * static_cast<double>(part.a.size()) +
                         MeanSimilarity(local, part.b, part.b) * static_cast<double>(part.b.size())) /
                        static_cast<double>(n);
  const double between = MeanSimilarity(local, part.a, part.b);
  if (within <= ratio * std::max(between, 1e-3)) return std::nullopt;
  return part;
}

}  // namespace readout::stories
