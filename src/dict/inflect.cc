#include "dict/inflect.h"

namespace readout::dict::internal {
namespace {

bool IsVowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Y after a consonant: the Y turns into I before a suffix.
bool ConsonantY(std::string_view w) {
  return w.size() >= 2 && w.back() == 'Y' && !IsVowel(w[w.size() - 2]);
}

}  // namespace

std::string PluralOf(std::string_view w) {
  std::string out(w);
  if (w.empty()) return out;
  if (ConsonantY(w)) {
    out.pop_back();
    out += "IES";
  } else if (w.back() == 'S' || w.back() == 'X' || w.back() == 'Z' || EndsWith(w, "SH") ||
             EndsWith(w, "CH")) {
    out += "ES";
  } else {
    out += 'S';
  }
  return out;
}

VerbInflections InflectVerb(std::string_view w) {
  VerbInflections f;
  f.s = PluralOf(w);
  const std::string base(w);
  if (w.empty()) return f;
  if (w.back() == 'E') {
    f.ed = base + "D";
  } else if (ConsonantY(w)) {
    f.ed = base.substr(0, base.size() - 1) + "IED";
  } else {
    f.ed = base + "ED";
  }
  if (EndsWith(w, "IE")) {
    f.ing = base.substr(0, base.size() - 2) + "YING";
  } else if (EndsWith(w, "EE") || EndsWith(w, "OE") || EndsWith(w, "YE")) {
    f.ing = base + "ING";
  } else if (w.back() == 'E' && w.size() > 1) {
    f.ing = base.substr(0, base.size() - 1) + "ING";
  } else {
    f.ing = base + "ING";
  }
  return f;
}

}  // namespace readout::dict::internal
