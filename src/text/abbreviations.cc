#include "text/abbreviations.h"

#include <algorithm>
#include <array>

#include "base/ascii.h"

namespace readout::text {
namespace {

// Lower case. Small lists scanned linearly: they are consulted only for a
// word followed by a period, or a capitalized word after an abbreviation.
constexpr std::array<std::string_view, 38> kTitles = {
    "adm",  "amb",  "brig", "capt", "cdr",  "cmdr",  "col",  "cpl",   "cpt",   "dr",
    "fr",   "gen",  "gov",  "hon",  "insp", "lt",    "maj",  "messrs", "mr",   "mrs",
    "ms",   "mt",   "pfc",  "pres", "prof", "pvt",   "rep",  "reps",  "rev",   "sec",
    "sen",  "sens", "sgt",  "sr",   "st",   "supt",  "vs",   "wm"};

constexpr std::array<std::string_view, 40> kOthers = {
    "al",   "apr",   "approx", "assn", "aug",  "ave",  "blvd", "bros", "cf",   "co",
    "corp", "dec",   "dept",   "est",  "etc",  "feb",  "fig",  "ft",   "inc",  "jan",
    "jr",   "jul",   "jun",    "ltd",  "mar",  "mfg",  "mln",  "no",   "nov",  "oct",
    "op",   "plc",   "rd",     "sep",  "sept", "univ", "vol",  "yr",   "bn",   "nos"};

constexpr std::array<std::string_view, 48> kStarters = {
    "a",     "after",  "also",  "an",    "and",   "as",    "at",    "but",   "by",
    "during", "for",   "he",    "her",   "his",   "however", "i",   "if",    "in",
    "it",    "its",    "meanwhile", "more", "most", "now",  "on",    "one",   "our",
    "she",   "since",  "so",    "some",  "that",  "the",   "their", "there", "these",
    "they",  "this",   "those", "though", "to",   "under", "we",    "what",  "when",
    "while", "with",   "yet"};

template <std::size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return EqualsIgnoreCaseAscii(word, w); });
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty()) return AbbreviationKind::kNone;
  if (Contains(kTitles, word)) return AbbreviationKind::kTitle;
  if (Contains(kOthers, word)) return AbbreviationKind::kOther;
  // A single capital letter with its period is an initial (Donald J. Trump).
  if (word.size() == 1 && IsAsciiUpper(word[0])) return AbbreviationKind::kOther;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

}  // namespace readout::text
