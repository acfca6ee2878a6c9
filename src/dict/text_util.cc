#include "dict/text_util.h"

#include <fmt/format.h>

namespace readout::dict::internal {

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view Trim(std::string_view s) { return TrimRight(TrimLeft(s)); }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ToUpper(c);
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool ParsePhrase(std::string_view text, PhraseGaps mode, std::uint32_t line, Phrase& out) {
  out.words.clear();
  out.gaps.clear();
  out.line = line;
  out.stem = true;
  bool saw_blank = false;
  bool saw_underscore = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (IsBlank(c) || c == '_') {
      (c == '_' ? saw_underscore : saw_blank) = true;
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && !IsBlank(text[j]) && text[j] != '_') ++j;
    if (!out.words.empty()) {
      out.gaps.push_back(mode == PhraseGaps::kAsWritten && saw_blank ? Gap::kLoose : Gap::kAdjacent);
    }
    out.words.push_back(Upper(text.substr(i, j - i)));
    saw_blank = saw_underscore = false;
    i = j;
  }
  if (saw_underscore) out.stem = false;
  return !out.words.empty();
}

bool SplitBracket(std::string_view s, std::string_view& inner, std::string_view& rest) {
  const std::size_t close = s.find(']');
  if (s.empty() || s[0] != '[' || close == std::string_view::npos) return false;
  inner = s.substr(1, close - 1);
  rest = s.substr(close + 1);
  return true;
}

namespace {

bool ValidCodePart(std::string_view part) {
  for (char c : part) {
    if (!IsLetter(c) && !IsDigit(c) && c != '-') return false;
  }
  return true;
}

}  // namespace

namespace {

// Strips TABARI's precedence mark ('!' or '?') from the end of `part`.
void StripPrecedence(std::string_view& part, EventCode& out) {
  part = Trim(part);
  if (part.empty()) return;
  if (part.back() == '!') {
    out.precedence = EventCode::Precedence::kDominant;
  } else if (part.back() == '?') {
    out.precedence = EventCode::Precedence::kSubordinate;
  } else {
    return;
  }
  part.remove_suffix(1);
}

}  // namespace

bool ParseEventCode(std::string_view inner, EventCode& out, std::string& why) {
  inner = Trim(inner);
  out = EventCode{};
  if (inner.empty()) {
    why = "empty code '[]'";
    return false;
  }
  if (inner == "###" || inner == "+++") {  // TABARI's sDiscardCode, sComplexCode
    out.forward.assign(inner);
    return true;
  }
  const std::size_t colon = inner.find(':');
  std::string_view forward = inner;
  if (colon != std::string_view::npos) {
    forward = Trim(inner.substr(0, colon));
    std::string_view reverse = inner.substr(colon + 1);
    StripPrecedence(reverse, out);
    if (!ValidCodePart(reverse) || reverse.empty() || reverse.find(':') != std::string_view::npos) {
      why = fmt::format("malformed paired code '[{}]'", inner);
      return false;
    }
    out.reverse.assign(reverse);
    out.paired = true;
  }
  StripPrecedence(forward, out);
  if (!ValidCodePart(forward) || (forward.empty() && !out.paired)) {
    why = fmt::format("malformed code '[{}]' (letters, digits, '-' and one ':' expected)", inner);
    return false;
  }
  out.forward.assign(forward);
  return true;
}

namespace {

bool IsLeap(std::int32_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::int32_t DaysIn(std::int32_t year, std::int32_t month) {
  static constexpr std::int32_t kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::int32_t Digits(std::string_view s) {
  std::int32_t v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool ParseDate(std::string_view digits, std::int32_t& yyyymmdd, std::string& why) {
  for (char c : digits) {
    if (!IsDigit(c)) {
      why = fmt::format("date '{}' is not YYYYMMDD or YYMMDD", digits);
      return false;
    }
  }
  std::int32_t year = 0;
  std::string_view md;
  if (digits.size() == 8) {
    year = Digits(digits.substr(0, 4));
    md = digits.substr(4);
  } else if (digits.size() == 6) {
    year = CenturyOf(Digits(digits.substr(0, 2)));
    md = digits.substr(2);
  } else {
    why = fmt::format("date '{}' has {} digits; YYYYMMDD or YYMMDD expected", digits, digits.size());
    return false;
  }
  std::int32_t month = Digits(md.substr(0, 2));
  std::int32_t day = Digits(md.substr(2, 2));
  // TABARI's ProcessorClass::validateDate accepts day 1-31 in any month
  // ("allows 970231 ... close enough"), and its files write the end of every
  // month as 31 ("[BGDGOV 070301-080231]"). MakeJulian then counts day - 1
  // days from the first of the month, so 080231 is 2 March 2008 and 070431 is
  // 1 May 2007: the same day here.
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    why = fmt::format("date '{}' is not a valid calendar date", digits);
    return false;
  }
  if (day > DaysIn(year, month)) {
    day -= DaysIn(year, month);
    if (++month > 12) {  // unreachable (December has 31 days), kept for safety
      month = 1;
      ++year;
    }
  }
  yyyymmdd = year * 10000 + month * 100 + day;
  return true;
}

std::int32_t CenturyOf(std::int32_t yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

}  // namespace readout::dict::internal

namespace readout::dict {

std::string Phrase::ToString() const {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i - 1 < gaps.size() && gaps[i - 1] == Gap::kLoose ? ' ' : '_';
    out += words[i];
  }
  return out;
}

std::string EventCode::ToString() const {
  const char* mark = precedence == Precedence::kDominant      ? "!"
                     : precedence == Precedence::kSubordinate ? "?"
                                                              : "";
  return paired ? forward + mark + ":" + reverse : forward + mark;
}

}  // namespace readout::dict
