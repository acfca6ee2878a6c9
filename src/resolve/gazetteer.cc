// The gazetteer: loading data/gazetteer/*.tsv and the name index.
//
// Every country name and alias, and every city name, ASCII name and
// alternate name, is lowercased (ASCII letters only; UTF-8 passes through)
// and filed in one hash map from name to candidates (countries first, then
// cities by population, most populous first). A second map from a name's
// first word to the most words any name with that first word has lets the
// matcher (places.cc) try only the phrase lengths that can possibly match,
// and only at words that start some name.
#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "base/file_io.h"
#include "resolve/gazetteer_impl.h"

namespace readout::resolve {
namespace {

constexpr std::size_t kMaxGazetteerBytes = 64u << 20;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

std::vector<std::string_view> SplitBars(std::string_view field) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (!field.empty() && start <= field.size()) {
    std::size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    if (bar > start) out.push_back(field.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

bool ParseDouble(std::string_view s, double lo, double hi, double* out) {
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size() && *out >= lo && *out <= hi;
}

bool IsAlpha3(std::string_view s) {
  return s.size() == 3 && IsAsciiUpper(s[0]) && IsAsciiUpper(s[1]) && IsAsciiUpper(s[2]);
}

// Calls fn(line_number, fields) for each data line; stops at the first
// error fn returns.
template <typename Fn>
Status ForEachLine(const std::string& path, std::size_t want_fields, Fn fn) {
  Result<std::string> bytes = ReadFileBytes(path, kMaxGazetteerBytes);
  if (!bytes.ok()) return bytes.status();
  std::string_view rest(*bytes);
  std::uint32_t line_no = 0;
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> f = SplitTabs(line);
    if (f.size() != want_fields) {
      return Status(StatusCode::kInvalidInput,
                    "expected " + std::to_string(want_fields) + " tab-separated fields, found " +
                        std::to_string(f.size()) + ": '" + std::string(line.substr(0, 80)) + "'",
                    {path, line_no, 0});
    }
    std::string err = fn(f);
    if (!err.empty()) {
      return Status(StatusCode::kInvalidInput, err + ": '" + std::string(line.substr(0, 80)) + "'",
                    {path, line_no, 0});
    }
  }
  return Status::Ok();
}

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  bool space = false;
  for (char c : name) {
    if (c == ' ' || c == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key.push_back(' ');
    space = false;
    key.push_back(ToLowerAscii(c));
  }
  return key;
}

void Gazetteer::Impl::AddName(std::string_view name, Candidate c) {
  std::string key = NameKey(name);
  if (key.empty()) return;
  std::vector<Candidate>& list = names[key];
  for (const Candidate& have : list) {
    if (have.kind == c.kind && have.index == c.index) return;
  }
  list.push_back(c);
  // The first word, and an upper bound on the tokens the text stage makes
  // of the name (each space or comma starts a token; one spare for a
  // split-off clitic or period).
  const std::size_t cut = key.find_first_of(" ,");
  std::string first(key.substr(0, cut));
  std::size_t words = 1;
  for (char ch : key) words += (ch == ' ' || ch == ',') ? 1 : 0;
  const std::uint8_t bound = static_cast<std::uint8_t>(std::min<std::size_t>(words * 2 + 1, 12));
  std::uint8_t& have = first_words[first];
  have = std::max(have, bound);
}

Result<Gazetteer> Gazetteer::Load(const std::string& dir) {
  Gazetteer g;
  Impl& im = *g.impl_;
  const std::string countries_path = dir + "/countries.tsv";
  Status st = ForEachLine(countries_path, 6, [&](const std::vector<std::string_view>& f) {
    if (!IsAlpha3(f[0])) return std::string("bad country code '") + std::string(f[0]) + "'";
    if (f[1].empty()) return std::string("empty country name");
    if (im.by_alpha3.count(std::string(f[0]))) {
      return std::string("duplicate country code '") + std::string(f[0]) + "'";
    }
    Country c;
    c.alpha3 = std::string(f[0]);
    c.name = std::string(f[1]);
    c.capital = std::string(f[2]);
    if (!f[3].empty() || !f[4].empty()) {
      if (!ParseDouble(f[3], -90, 90, &c.capital_lat)) {
        return std::string("bad latitude '") + std::string(f[3]) + "'";
      }
      if (!ParseDouble(f[4], -180, 180, &c.capital_lon)) {
        return std::string("bad longitude '") + std::string(f[4]) + "'";
      }
      c.has_capital = true;
    }
    const auto index = static_cast<std::uint32_t>(im.countries.size());
    im.by_alpha3.emplace(c.alpha3, index);
    im.AddName(c.name, {PlaceKind::kCountry, index});
    for (std::string_view alias : SplitBars(f[5])) im.AddName(alias, {PlaceKind::kCountry, index});
    im.countries.push_back(std::move(c));
    return std::string();
  });
  if (!st.ok()) return st;

  const std::string cities_path = dir + "/cities.tsv";
  std::vector<std::vector<std::string>> city_names;
  st = ForEachLine(cities_path, 7, [&](const std::vector<std::string_view>& f) {
    if (f[0].empty()) return std::string("empty city name");
    if (!IsAlpha3(f[3])) return std::string("bad country code '") + std::string(f[3]) + "'";
    City c;
    c.name = std::string(f[0]);
    c.country = std::string(f[3]);
    if (!ParseDouble(f[4], -90, 90, &c.lat)) {
      return std::string("bad latitude '") + std::string(f[4]) + "'";
    }
    if (!ParseDouble(f[5], -180, 180, &c.lon)) {
      return std::string("bad longitude '") + std::string(f[5]) + "'";
    }
    const auto [ptr, ec] = std::from_chars(f[6].data(), f[6].data() + f[6].size(), c.population);
    if (f[6].empty() || ec != std::errc() || ptr != f[6].data() + f[6].size()) {
      return std::string("bad population '") + std::string(f[6]) + "'";
    }
    std::vector<std::string> names{std::string(f[0])};
    if (!f[1].empty()) names.emplace_back(f[1]);
    for (std::string_view alt : SplitBars(f[2])) names.emplace_back(alt);
    im.cities.push_back(std::move(c));
    city_names.push_back(std::move(names));
    return std::string();
  });
  if (!st.ok()) return st;

  // File cities by population, most populous first, so every candidate list
  // is already in the order ambiguity resolution wants.
  std::vector<std::uint32_t> order(im.cities.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return im.cities[a].population > im.cities[b].population;
  });
  for (std::uint32_t i : order) {
    for (const std::string& n : city_names[i]) im.AddName(n, {PlaceKind::kCity, i});
  }
  return g;
}

Gazetteer::Gazetteer() : impl_(std::make_unique<Impl>()) {}
Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;

std::size_t Gazetteer::country_count() const { return impl_->countries.size(); }
std::size_t Gazetteer::city_count() const { return impl_->cities.size(); }

const Country* Gazetteer::FindCountry(std::string_view alpha3) const {
  auto it = impl_->by_alpha3.find(std::string(alpha3));
  return it == impl_->by_alpha3.end() ? nullptr : &impl_->countries[it->second];
}

std::vector<const City*> Gazetteer::FindCities(std::string_view name) const {
  std::vector<const City*> out;
  auto it = impl_->names.find(NameKey(name));
  if (it == impl_->names.end()) return out;
  for (const Candidate& c : it->second) {
    if (c.kind == PlaceKind::kCity) out.push_back(&impl_->cities[c.index]);
  }
  return out;
}

}  // namespace readout::resolve
