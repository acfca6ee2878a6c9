#include "events/actor_codes.h"

#include <algorithm>

#include "base/ascii.h"

namespace readout::events {
namespace {

// Whether `code` already carries `part` as one of its three-letter sectors.
bool HasSector(const std::string& code, const std::string& part) {
  for (std::size_t at = 3; at + part.size() <= code.size(); at += 3) {
    if (code.compare(at, part.size(), part) == 0) return true;
  }
  return false;
}

// "VLADIMIR_PUTIN" -> "Vladimir Putin".
std::string DisplayName(const dict::Phrase& phrase) {
  std::string out;
  for (const std::string& w : phrase.words) {
    if (!out.empty()) out.push_back(' ');
    bool start = true;
    for (char c : w) {
      out.push_back(start ? c : ToLowerAscii(c));
      start = !IsAsciiAlpha(c);
    }
  }
  return out;
}

}  // namespace

void ComposeActorCode(const dict::Actor* actor, const std::vector<const dict::Agent*>& agents,
                      std::int32_t date, ActorRef& out) {
  std::string prefix;
  std::string code = "---";
  if (actor != nullptr) {
    const std::string_view c = actor->CodeOn(date);
    if (!c.empty()) code = std::string(c);
    if (!actor->phrases.empty()) out.entity = DisplayName(actor->phrases[0]);
  }
  // "Industry Minister", "Health Ministry": a government office named for
  // its portfolio. When the last agent (the head noun) is a government
  // office, an earlier business, farming, education, health, labour or
  // media word is its portfolio, not a sector of its own.
  const dict::Agent* head = nullptr;
  for (const dict::Agent* a : agents) {
    if (!a->code.empty() && a->placement != dict::AgentPlacement::kBeforeActor) head = a;
  }
  const bool office = head != nullptr && head->code.compare(0, 3, "GOV") == 0;
  for (const dict::Agent* a : agents) {
    if (a->code.empty()) continue;
    if (office && a != head &&
        (a->code == "BUS" || a->code == "AGR" || a->code == "EDU" || a->code == "HLH" ||
         a->code == "LAB" || a->code == "MED" || a->code == "ENV")) {
      continue;
    }
    if (a->placement == dict::AgentPlacement::kBeforeActor) {
      // "human rights activists Amnesty International": NGM~ before an
      // actor coded NGM is not added twice either.
      if (prefix.find(a->code) == std::string::npos && code.compare(0, a->code.size(), a->code) != 0) {
        prefix += a->code;
      }
    } else if (!HasSector(code, a->code)) {
      code += a->code;
    }
  }
  out.code = prefix + code;
  SplitCountrySector(out, prefix.size());
}

void SplitCountrySector(ActorRef& a, std::size_t prefix) {
  const std::string& full = a.code;
  const std::size_t at = std::min(prefix, full.size());
  if (full.size() < at + 3 || full.compare(at, 3, "---") == 0) {
    a.country.clear();
    a.sector = full.substr(0, at) + full.substr(std::min(full.size(), at + 3));
  } else {
    a.country = full.substr(at, 3);
    a.sector = full.substr(0, at) + full.substr(at + 3);
  }
}

}  // namespace readout::events
