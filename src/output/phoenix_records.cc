// The Phoenix event format: what PETRARCH2 fed into the Phoenix pipeline and
// what the Phoenix dataset files contain, so that scripts written for them
// load readout's events unchanged. One event per line, tab-separated, no
// header, 26 columns in the order of phoenix_pipeline's postprocess.py
// (create_strings / split_process / process_actors):
//
//    1 EventID               readout's event id ("<doc>#<sentence>.<n>");
//                            Phoenix used a running integer
//    2 Date                  YYYYMMDD
//    3 Year  4 Month  5 Day  the date's parts ("2014", "06", "20")
//    6 SourceActorFull       the source's full code ("USAGOV"); "---" if none
//    7 SourceActorEntity     its root: a country, or IGO / NGO / IMG / MNC
//    8 SourceActorRole       the primary agent after it (GOV, MIL, REB, OPP,
//                            PTY, COP, JUD, SPY, MED, EDU, BUS, CRM, CVL)
//    9 SourceActorAttribute  the other three-letter codes, ';'-separated
//   10-13                    the same four for the target
//   14 EventCode             CAMEO code ("0231")
//   15 EventRootCode         its first two digits ("02")
//   16 QuadClass             Phoenix's 0-4 scale: 0 verbal cooperation
//                            without commitment (roots 01-02), 1 verbal
//                            cooperation (03-05), 2 material cooperation
//                            (06-08), 3 verbal conflict (09-13, and 16),
//                            4 material conflict (14, 15, 17-20)
//   17 GoldsteinScore        the code's Goldstein value, one decimal ("7.0")
//   18 Issues                ISSUE,COUNT;... (empty: no issue coding yet)
//   19 Lat  20 Lon  21 LocationName  22 StateName  23 CountryCode
//                            from Event::location (StateName stays empty)
//                            (empty until places are resolved)
//   24 SentenceID            "<doc>-<sentence>" (Phoenix: storyid-sentence)
//   25 URLs                  the document's URL
//   26 NewsSources           the document's outlet
//
// Phoenix's QuadClass differs from the 1-4 scale of GDELT and of the JSONL
// `quad`: Phoenix users expect theirs, so it is computed here from the root.
// A code outside the codebook leaves QuadClass and GoldsteinScore empty, as
// Phoenix did. Cells are made safe for TSV: valid UTF-8, no tabs or line
// breaks.
#include <array>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "readout/output.h"
#include "readout/utf8.h"

namespace readout::output {
namespace {

constexpr std::array<std::string_view, 4> kRootActors = {"IGO", "NGO", "IMG", "MNC"};
constexpr std::array<std::string_view, 13> kPrimaryAgents = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};

template <std::size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view s) {
  for (std::string_view x : set) {
    if (x == s) return true;
  }
  return false;
}

void Cell(std::string_view s, std::string& out) {
  std::string repaired;
  if (CheckUtf8(s).invalid != 0) {
    repaired = RepairUtf8(s);
    s = repaired;
  }
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

// Columns 6-9 (or 10-13): full code, entity, role, attributes. The entity is
// the actor's country as the coder resolved it (Phoenix checked the first
// three letters against its list of ISO codes) or a root actor type.
void ActorColumns(const events::ActorRef& a, std::string& out) {
  const std::string_view code = a.code.empty() ? std::string_view("---") : std::string_view(a.code);
  const std::string_view first = code.substr(0, 3);
  const bool rooted = (!a.country.empty() && first == a.country) || In(kRootActors, first);
  const std::string_view agent = code.size() > 3 ? code.substr(3, 3) : std::string_view();
  const bool has_agent = In(kPrimaryAgents, agent);
  Cell(code, out);
  out += '\t';
  if (rooted) Cell(first, out);
  out += '\t';
  if (has_agent) Cell(agent, out);
  out += '\t';
  if (code.size() > 3) {
    bool first_other = true;
    for (std::size_t i = has_agent ? 6 : 3; i < code.size(); i += 3) {
      if (!first_other) out += ';';
      first_other = false;
      Cell(code.substr(i, 3), out);
    }
  }
  out += '\t';
}

// Phoenix's quad class of a root code, or -1 when the root is not CAMEO's.
int PhoenixQuad(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return -1;
  const int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 2) return 0;
  if (r >= 3 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if ((r >= 9 && r <= 13) || r == 16) return 3;
  if (r >= 14 && r <= 20) return 4;
  return -1;
}

// Python's str() of a float, which Phoenix wrote: "7.0", "-10.0", "3.4".
std::string PythonFloat(double v) {
  if (!std::isfinite(v)) return {};
  if (v == std::floor(v)) return fmt::format("{:.1f}", v);
  return fmt::format("{}", v);
}

}  // namespace

void AppendPhoenixLine(const Document& doc, const events::Event& e, std::string& out) {
  Cell(e.id, out);
  out += '\t';
  // Date columns from "YYYY-MM-DD"; anything else leaves them empty.
  const std::string_view d = e.date;
  const bool dated = d.size() >= 10 && d[4] == '-' && d[7] == '-';
  if (dated) {
    out.append(d.substr(0, 4)).append(d.substr(5, 2)).append(d.substr(8, 2));
    out += '\t';
    out.append(d.substr(0, 4)) += '\t';
    out.append(d.substr(5, 2)) += '\t';
    out.append(d.substr(8, 2)) += '\t';
  } else {
    out += "\t\t\t\t";
  }
  ActorColumns(e.source, out);
  ActorColumns(e.target, out);
  Cell(e.code, out);
  out += '\t';
  const std::string_view root = !e.root.empty() ? std::string_view(e.root) : std::string_view(e.code).substr(0, 2);
  Cell(root, out);
  out += '\t';
  const int quad = PhoenixQuad(root);
  if (quad >= 0) out += std::to_string(quad);
  out += '\t';
  if (e.quad != 0) out += PythonFloat(e.goldstein);  // quad 0: not in the codebook
  out += '\t';
  out += '\t';  // issues: none coded yet
  if (e.has_location) {
    if (e.location.has_coords) {
      out += PythonFloat(e.location.lat);
      out += '\t';
      out += PythonFloat(e.location.lon);
      out += '\t';
    } else {
      out += "\t\t";
    }
    Cell(e.location.name, out);
    out += "\t\t";  // state: not resolved
    Cell(e.location.country, out);
    out += '\t';
  } else {
    out += "\t\t\t\t\t";  // lat, lon, location, state, country
  }
  Cell(e.doc, out);
  out += '-';
  out += std::to_string(e.sentence);
  out += '\t';
  Cell(doc.url, out);
  out += '\t';
  Cell(doc.outlet, out);
  out += '\n';
}

}  // namespace readout::output
