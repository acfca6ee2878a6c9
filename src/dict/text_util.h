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

// "050", "---", "042:043", ":173", "075A"; TABARI's "###", "+++", "111!",
// "023?". False (with `why`) for an empty code or one with characters other
// than letters, digits and '-' (and a final '!' or '?').
bool ParseEventCode(std::string_view inner, EventCode& out, std::string& why);

// YYYYMMDD or YYMMDD digits to a YYYYMMDD integer. Read as TABARI reads
// them (ProcessorClass::validateDate, MakeJulian in TABARI's source):
//  * two-digit years 00-29 are 20YY and 30-99 are 19YY (CenturyOf);
//  * month 1-12, day 1-31 in any month; a day past the month's end runs on
//    into the next month as MakeJulian's arithmetic does ("080231" is
//    20080302), which is how TABARI's files write "the end of the month".
// Other lengths are rejected: PETRARCH silently reads only the first 6 or 8
// digits, which turns the typo "1920030320" into 3 March 1920.
bool ParseDate(std::string_view digits, std::int32_t& yyyymmdd, std::string& why);

// The four-digit year of a two-digit one, pivoting as TABARI's MakeJulian
// ("yr < 26" on years counted from 1904): 00-29 -> 2000s, 30-99 -> 1900s.
std::int32_t CenturyOf(std::int32_t yy);

}  // namespace readout::dict::internal
