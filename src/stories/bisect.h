// Whether a story is two stories: the test Refine runs on every story.
//
// Two same-kind events (two earthquakes, two arrests of one player) share a
// topic's whole vocabulary, and a report of one can join a story of the
// other when the topic words outweigh the names. Within such a story the
// words every member shares say nothing about which event a member
// reports; weighed by how rare they are inside the story (a local IDF),
// what is left are the names, places and numbers of each event. Bisect
// seeds two groups with two members far apart under that weighting,
// refines them as 2-means, and accepts the split only when the members of
// each group are far more alike among themselves than across the groups
// (`ratio` times); one event told many ways shows no such structure.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "readout/stories.h"

namespace readout::stories {

// A member's content: features sorted by key, unit length.
using Vector = std::vector<Feature>;

struct Bisection {
  std::vector<std::size_t> a, b;  // indices into the members given
};

// nullopt when the members are one story. Members beyond `max_members`
// are not examined (nullopt), so a story of thousands costs nothing here.
std::optional<Bisection> Bisect(const std::vector<const Vector*>& members, double ratio,
                                std::size_t min_part, std::size_t max_members);

}  // namespace readout::stories
