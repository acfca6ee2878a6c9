// Small pieces shared by the dictionary readers: trimming, upper-casing,
// phrases, bracketed codes and dates.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "readout/dict.h"

namespace readout::dict::internal {

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
inline bool IsDigit(char c) { return IsAsciiDigit(c); }
inline bool IsUpper(char c) { return IsAsciiUpper(c); }
inline bool IsLetter(char c) { return IsAsciiAlpha(c); }
inline char ToUpper(char c) { return ToUpperAscii(c); }

std::string_view Trim(std::string_view s);
std::string_view TrimLeft(std::string_view s);
std::string_view TrimRight(std::string_view s);
std::string Upper(std::string_view s);
bool StartsWith(std::string_view s, std::string_view prefix);
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) { return EqualsIgnoreCaseAscii(a, b); }

// How a phrase's separators are read.
enum class PhraseGaps : std::uint8_t {
  kAsWritten,     // '_' adjacent, whitespace loose (actors, agents)
  kAllAdjacent,   // both mean consecutive (synsets, discards, issues, verbs)
};

// Splits "AIR_FORCE", "JOHN_J MCCLOY_", "GOLDEN_GOBLIN_GALLEONS_" into
// upper-cased words. A run of separators holding any blank is a loose gap
// (PETRARCH reads the ambiguous "_ " as a blank); trailing '_' clears
// `stem`. Returns false if there is no word.
bool ParsePhrase(std::string_view text, PhraseGaps mode, std::uint32_t line, Phrase& out);

// The bracket group starting at s[0] == '[': `inner` is what lies between
// '[' and the matching ']', `rest` what follows. False if there is no ']'.
bool SplitBracket(std::string_view s, std::string_view& inner, std::string_view& rest);

// "050", "---", "042:043", ":173", "075A". False (with `why`) for an empty
// code or one with characters other than letters, digits and '-'.
bool ParseEventCode(std::string_view inner, EventCode& out, std::string& why);

// YYYYMMDD or YYMMDD digits to a YYYYMMDD integer, checking month and day
// (leap years included). Two-digit years 00-30 are 20YY and 31-99 are 19YY,
// as in KEDS, TABARI and PETRARCH (PETRreader.dstr_to_ordate). Other lengths
// are rejected: PETRARCH silently reads only the first 6 or 8 digits, which
// turns the typo "1920030320" into 3 March 1920.
bool ParseDate(std::string_view digits, std::int32_t& yyyymmdd, std::string& why);

}  // namespace readout::dict::internal
