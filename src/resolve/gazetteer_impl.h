// Private: the Gazetteer's tables and name index, shared by gazetteer.cc
// (loading) and places.cc (matching).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "readout/resolve.h"

namespace readout::resolve {

struct Candidate {
  PlaceKind kind;
  std::uint32_t index;  // into countries or cities
};

// The lookup key of a name: ASCII letters lowercased, runs of spaces made
// one. Text phrases are keyed the same way (places.cc).
std::string NameKey(std::string_view name);

struct Gazetteer::Impl {
  std::vector<Country> countries;
  std::vector<City> cities;
  std::unordered_map<std::string, std::uint32_t> by_alpha3;
  // Countries before cities; cities most populous first.
  std::unordered_map<std::string, std::vector<Candidate>> names;
  // First word of any name -> the most tokens a phrase starting with it
  // needs to be tried at.
  std::unordered_map<std::string, std::uint8_t> first_words;

  void AddName(std::string_view name, Candidate c);
};

}  // namespace readout::resolve
