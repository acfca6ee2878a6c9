// Acceptance on a corpus with an analyst's answer key: runs `readout code`
// and `readout quotes` with readout's own dictionaries and checks them
// against the key. Two corpora: the seed articles (../shared/corpus/seeds,
// ../shared/spec/seeds.expected.json) and our own example corpus
// (examples/corpus, expected.json), so that nothing is tuned to the seeds.
//
// It prints found/required for the `events`, `quotes` and `not_quotes`
// sections, fails when a section falls below the floor recorded in
// tests/<corpus>_floor.txt (raised as the engine improves, until it equals
// the number required), and fails on what the keys say must never happen:
// an outlet as an actor, Xi or Putin coded as another country's actor, a
// past event dated after its article, the image tag in any output.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

namespace {

namespace fs = std::filesystem;
using simdjson::ondemand::array;
using simdjson::ondemand::object;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Folds curly quotes and apostrophes to ASCII, as the answer file's
// `contains` matching asks.
std::string Fold(std::string s) {
  const std::pair<const char*, const char*> folds[] = {
      {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x98", "'"}, {"\xE2\x80\x99", "'"}};
  for (const auto& [from, to] : folds) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
      s.replace(at, std::string(from).size(), to);
    }
  }
  return s;
}

// A string or a list of strings in the answer file, as a set.
std::set<std::string> OneOrMany(simdjson::ondemand::value v) {
  std::set<std::string> out;
  if (v.type() == simdjson::ondemand::json_type::array) {
    for (auto item : v.get_array()) out.insert(std::string(item.get_string().value()));
  } else {
    out.insert(std::string(v.get_string().value()));
  }
  return out;
}

struct Event {
  std::string doc, source, target, code, date, location_country, source_text, target_text, modality;
};

struct Quote {
  std::string doc, text, speaker_text, speaker_entity, speaker_code, channel_text;
};

std::string Str(simdjson::ondemand::object o, const char* key) {
  auto v = o[key];
  if (v.error() || v.is_null()) return "";
  auto s = v.get_string();
  return s.error() ? "" : std::string(s.value());
}

std::string Sub(simdjson::ondemand::object o, const char* key, const char* field) {
  auto v = o[key];
  if (v.error() || v.is_null()) return "";
  auto inner = v.get_object();
  if (inner.error()) return "";
  return Str(inner.value(), field);
}

struct Corpus {
  const char* name;  // also names the floor file, tests/<name>_floor.txt
  fs::path articles;
  fs::path meta;
  fs::path key;
};

std::ostream& operator<<(std::ostream& os, const Corpus& c) { return os << c.name; }

class Acceptance : public ::testing::TestWithParam<Corpus> {
 protected:
  void SetUp() override {
    seeds_ = GetParam().articles;
    meta_ = GetParam().meta;
    spec_ = GetParam().key;
    if (!fs::exists(seeds_) || !fs::exists(spec_)) GTEST_SKIP() << spec_ << " is absent";
    dir_ = fs::temp_directory_path() /
           ("readout_acceptance_" + std::string(GetParam().name) + "_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // Runs `readout VERB` on the seeds with the default dictionaries into
  // dir_/VERB.jsonl; returns the exit code.
  int Run(const std::string& verb) {
    const fs::path out = dir_ / (verb + ".jsonl");  // compare: one JSON document
    const std::string cmd = std::string("'") + READOUT_BINARY + "' " + verb + " '" + seeds_.string() +
                            "' --meta '" + meta_.string() + "' -o '" + out.string() +
                            "' 2> '" + (dir_ / (verb + ".err")).string() + "'";
    const int status = std::system(cmd.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
  }

  std::vector<Event> ReadEvents() {
    std::vector<Event> events;
    simdjson::ondemand::parser parser;
    const std::string text = Slurp(dir_ / "code.jsonl");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      simdjson::padded_string padded(line);
      auto parsed = parser.iterate(padded);
      object o = parsed.get_object();
      Event e;
      e.doc = Str(o, "doc");
      e.code = Str(o, "code");
      e.date = Str(o, "date");
      e.source = Sub(o, "source", "code");
      e.source_text = Sub(o, "source", "text");
      e.target = Sub(o, "target", "code");
      e.target_text = Sub(o, "target", "text");
      e.location_country = Sub(o, "location", "country");
      e.modality = Str(o, "modality");
      events.push_back(std::move(e));
    }
    return events;
  }

  std::vector<Quote> ReadQuotes() {
    std::vector<Quote> quotes;
    simdjson::ondemand::parser parser;
    const std::string text = Slurp(dir_ / "quotes.jsonl");
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      simdjson::padded_string padded(line);
      auto parsed = parser.iterate(padded);
      object o = parsed.get_object();
      Quote q;
      q.doc = Str(o, "doc");
      q.text = Fold(Str(o, "text"));
      q.speaker_text = Sub(o, "speaker", "text");
      q.speaker_entity = Sub(o, "speaker", "entity");
      q.speaker_code = Sub(o, "speaker", "code");
      q.channel_text = Sub(o, "channel", "text");
      quotes.push_back(std::move(q));
    }
    return quotes;
  }

  // The floor for a section from tests/<corpus>_floor.txt ("events 3").
  static int Floor(const std::string& section) {
    const std::string file = std::string("tests/") + GetParam().name + "_floor.txt";
    std::ifstream in(fs::path(READOUT_SOURCE_DIR) / file);
    for (std::string line; std::getline(in, line);) {
      std::istringstream words(line);
      std::string name;
      int n = 0;
      if (words >> name >> n && name == section) return n;
    }
    ADD_FAILURE() << file << " has no line for " << section;
    return 0;
  }

  // The key's documents ("cnn" -> its doc id: the file name, or the
  // object's doc_id) and, from meta.jsonl, each file's date and the outlets.
  void ReadDocuments(std::map<std::string, std::string>* doc_file,
                     std::map<std::string, std::string>* published, std::set<std::string>* outlets) {
    simdjson::ondemand::parser meta_parser;
    std::istringstream meta(Slurp(meta_));
    for (std::string line; std::getline(meta, line);) {
      if (line.empty()) continue;
      simdjson::padded_string padded(line);
      auto meta_doc = meta_parser.iterate(padded);
      object o = meta_doc.get_object();
      const std::string file = Str(o, "file");
      (*published)[file] = Str(o, "published");
      outlets->insert(Str(o, "outlet"));
    }
    simdjson::dom::parser parser;
    const simdjson::dom::element key = parser.load(spec_.string());
    for (const auto [name, value] : key["documents"].get_object()) {
      const std::string_view id =
          value.is_object() ? value["doc_id"].get_string().value() : value.get_string().value();
      (*doc_file)[std::string(name)] = std::string(id);
    }
  }

  fs::path seeds_, meta_, spec_, dir_;
};

TEST_P(Acceptance, EventsQuotesAndNothingForbidden) {
  ASSERT_EQ(Run("code"), 0) << Slurp(dir_ / "code.err");
  const std::vector<Event> events = ReadEvents();
  const bool have_quotes = Run("quotes") == 0;
  const std::vector<Quote> quotes = have_quotes ? ReadQuotes() : std::vector<Quote>{};

  simdjson::ondemand::parser parser;
  const simdjson::padded_string json = simdjson::padded_string::load(spec_.string());
  auto parsed = parser.iterate(json);
  object spec = parsed.get_object();

  std::map<std::string, std::string> doc_file;  // "cnn" -> "000_....txt"
  std::map<std::string, std::string> published;  // file -> date, from meta.jsonl
  std::set<std::string> outlets;
  ReadDocuments(&doc_file, &published, &outlets);

  // ---- events
  int events_required = 0, events_found = 0;
  for (auto item : spec["events"].get_array()) {
    object e = item.get_object();
    const bool required = e["required"].get_bool().value();
    const std::string id(e["id"].get_string().value());
    std::set<std::string> docs;
    for (auto d : e["docs"].get_array()) docs.insert(doc_file[std::string(d.get_string().value())]);
    const std::set<std::string> sources = OneOrMany(e["source"].value());
    const std::set<std::string> targets = OneOrMany(e["target"].value());
    const std::set<std::string> codes = OneOrMany(e["code"].value());
    bool either = false;
    if (auto v = e["either_direction"]; !v.error()) either = v.get_bool().value();
    std::string date_from, date_to, country;
    if (auto v = e["date"]; !v.error()) date_from = date_to = std::string(v.get_string().value());
    if (auto v = e["date_window"]; !v.error()) {
      std::vector<std::string> w;
      for (auto d : v.get_array()) w.emplace_back(d.get_string().value());
      date_from = w.at(0);
      date_to = w.at(1);
    }
    if (auto v = e["location"]; !v.error()) country = std::string(v["country"].get_string().value());
    auto matches = [&](const Event& ev, const std::string& doc) {
      if (ev.doc != doc || codes.count(ev.code) == 0) return false;
      const bool forward = sources.count(ev.source) && targets.count(ev.target);
      const bool backward = either && sources.count(ev.target) && targets.count(ev.source);
      if (!forward && !backward) return false;
      // A coarser date (year "2022", month "2025-02") matches a window it
      // overlaps: the answer file accepts year precision when it is marked.
      if (!date_from.empty() && (ev.date < date_from.substr(0, ev.date.size()) ||
                                 ev.date > date_to.substr(0, ev.date.size()))) {
        return false;
      }
      if (!country.empty() && ev.location_country != country) return false;
      return true;
    };
    bool all_docs = true;
    for (const std::string& doc : docs) {
      bool any = false;
      for (const Event& ev : events) any = any || matches(ev, doc);
      all_docs = all_docs && any;
    }
    if (required) {
      ++events_required;
      if (all_docs) ++events_found;
    }
    std::printf("  event %-22s %s\n", id.c_str(), all_docs ? "found" : "MISSING");
  }

  // ---- quotes
  int quotes_required = 0, quotes_found = 0;
  for (auto item : spec["quotes"].get_array()) {
    object q = item.get_object();
    const bool required = q["required"].get_bool().value();
    const std::string id(q["id"].get_string().value());
    const std::string doc = doc_file[std::string(q["doc"].get_string().value())];
    const std::string contains = Fold(std::string(q["contains"].get_string().value()));
    const std::string speaker(q["speaker"].get_string().value());
    std::set<std::string> speaker_codes;
    if (auto v = q["speaker_code"]; !v.error()) speaker_codes = OneOrMany(v.value());
    bool found = false;
    for (const Quote& got : quotes) {
      if (got.doc != doc || got.text.find(contains) == std::string::npos) continue;
      const bool by_name = got.speaker_text.find(speaker) != std::string::npos ||
                           got.speaker_entity.find(speaker) != std::string::npos;
      const bool by_code = speaker_codes.count(got.speaker_code) > 0;
      found = found || by_name || by_code;
    }
    if (required) {
      ++quotes_required;
      if (found) ++quotes_found;
    }
    std::printf("  quote %-26s %s\n", id.c_str(), found ? "found" : "MISSING");
  }

  // ---- not quotes: none may be emitted as a quote of its own
  int not_quotes = 0, not_quotes_ok = 0;
  for (auto item : spec["not_quotes"].get_array()) {
    object q = item.get_object();
    const std::string doc = doc_file[std::string(q["doc"].get_string().value())];
    const std::string contains = Fold(std::string(q["contains"].get_string().value()));
    bool emitted = false;
    for (const Quote& got : quotes) emitted = emitted || (got.doc == doc && got.text == contains);
    ++not_quotes;
    if (!emitted) ++not_quotes_ok;
    EXPECT_FALSE(emitted) << "scare quotes emitted as a quote: " << contains;
  }

  std::printf("%s: events %d/%d required found, quotes %d/%d%s, not_quotes %d/%d kept out\n",
              GetParam().name, events_found, events_required, quotes_found, quotes_required,
              have_quotes ? "" : " (readout quotes not available)", not_quotes_ok, not_quotes);
  EXPECT_GE(events_found, Floor("events"));
  EXPECT_GE(quotes_found, Floor("quotes"));

  // ---- must_not
  for (const Event& ev : events) {
    for (const std::string* text : {&ev.source_text, &ev.target_text}) {
      EXPECT_EQ(outlets.count(*text), 0u) << "outlet coded as an actor: " << *text;
    }
    auto country_of = [](const std::string& text, const std::string& code, const char* name,
                         const char* country) {
      if (text.find(name) != std::string::npos && !code.empty() && code.rfind("---", 0) != 0) {
        EXPECT_EQ(code.substr(0, 3), country) << text << " coded " << code;
      }
    };
    country_of(ev.source_text, ev.source, "Xi Jinping", "CHN");
    country_of(ev.target_text, ev.target, "Xi Jinping", "CHN");
    country_of(ev.source_text, ev.source, "Putin", "RUS");
    country_of(ev.target_text, ev.target, "Putin", "RUS");
    // Past events only: what an article says will happen may be dated later.
    const std::string& pub = published[ev.doc];
    if (!pub.empty() && (ev.modality == "asserted" || ev.modality == "reported")) {
      EXPECT_LE(ev.date, pub) << "event dated after its article";
    }
  }
  for (const char* out : {"code.jsonl", "quotes.jsonl"}) {
    EXPECT_EQ(Slurp(dir_ / out).find("<image"), std::string::npos) << out;
  }
}

// ---------------------------------------------------------------- compare

// One side of an aligned pair as the report gives it: the quote's text cut
// into segments, each changed one naming its hunk.
struct Side {
  std::string text;                                  // folded
  std::vector<std::pair<std::size_t, std::size_t>> ranges;  // segment [begin, end) in text
  std::vector<std::int64_t> diff;                    // per segment, -1 when equal
};

Side ReadSide(simdjson::dom::array segments) {
  Side side;
  for (simdjson::dom::element seg : segments) {
    const std::string text = Fold(std::string(seg["text"].get_string().value()));
    const bool changed = seg["changed"].get_bool().value();
    side.ranges.emplace_back(side.text.size(), side.text.size() + text.size());
    side.diff.push_back(changed ? seg["diff"].get_int64().value() : -1);
    side.text += text;
  }
  return side;
}

// The hunks that change some of `phrase`'s words on this side.
std::set<std::int64_t> HunksTouching(const Side& side, const std::string& phrase) {
  std::set<std::int64_t> hunks;
  const std::size_t at = side.text.find(phrase);
  if (at == std::string::npos) return hunks;
  for (std::size_t i = 0; i < side.ranges.size(); ++i) {
    const auto [begin, end] = side.ranges[i];
    if (side.diff[i] >= 0 && begin < at + phrase.size() && end > at) hunks.insert(side.diff[i]);
  }
  return hunks;
}

// Stories, alignments, unique claims and quantities against the key's
// `story`, `second_story`, `alignments`, `unique_to_one_source`,
// `disagreements` and `consistent_across_sources`.
TEST_P(Acceptance, StoriesAndComparison) {
  ASSERT_EQ(Run("quotes"), 0) << Slurp(dir_ / "quotes.err");
  ASSERT_EQ(Run("compare"), 0) << Slurp(dir_ / "compare.err");
  const std::vector<Quote> quotes = ReadQuotes();
  std::vector<std::string> quote_ids;
  {
    std::istringstream lines(Slurp(dir_ / "quotes.jsonl"));
    simdjson::dom::parser line_parser;
    for (std::string line; std::getline(lines, line);) {
      quote_ids.emplace_back(line_parser.parse(line)["id"].get_string().value());
    }
  }
  std::map<std::string, std::string> doc_file, published;
  std::set<std::string> outlets;
  ReadDocuments(&doc_file, &published, &outlets);

  simdjson::dom::parser key_parser, report_parser;
  const simdjson::dom::element key = key_parser.load(spec_.string());
  const simdjson::dom::element report = report_parser.load((dir_ / "compare.jsonl").string());

  // ---- stories
  int stories_required = 0, stories_found = 0;
  // (A default dom::element points nowhere: absence is an empty optional.)
  auto story_of = [&](const std::string& doc) -> std::optional<simdjson::dom::element> {
    for (simdjson::dom::element st : report["stories"].get_array()) {
      for (simdjson::dom::element m : st["members"].get_array()) {
        if (m.get_string().value() == doc) return st;
      }
    }
    return std::nullopt;
  };
  std::optional<simdjson::dom::element> main_story;
  for (const char* section : {"story", "second_story"}) {
    simdjson::dom::element want;
    if (key[section].get(want) != simdjson::SUCCESS) continue;
    ++stories_required;
    std::set<std::string> members;
    for (simdjson::dom::element m : want["members"].get_array()) {
      members.insert(doc_file[std::string(m.get_string().value())]);
    }
    const std::optional<simdjson::dom::element> got = story_of(*members.begin());
    if (std::string(section) == "story") main_story = got;
    std::set<std::string> got_members;
    std::string got_date, dyad;
    if (got) {
      for (simdjson::dom::element m : (*got)["members"].get_array()) got_members.emplace(m.get_string().value());
      std::string_view date;
      if ((*got)["date"].get(date) == simdjson::SUCCESS) got_date = std::string(date);
      for (simdjson::dom::element c : (*got)["dyad"].get_array()) {
        std::string_view country;
        if (c.get(country) == simdjson::SUCCESS) dyad += std::string(country);
      }
    }
    std::string want_dyad;
    for (simdjson::dom::element c : want["dyad"].get_array()) want_dyad += std::string(c.get_string().value());
    const bool ok = got_members == members && got_date == want["date"].get_string().value() &&
                    dyad == want_dyad;
    if (ok) ++stories_found;
    EXPECT_TRUE(ok) << section << ": wanted " << want["date"].get_string().value() << " " << want_dyad
                    << " with " << members.size() << " members; found " << got_date << " " << dyad
                    << " with " << got_members.size();
  }

  // ---- alignments
  // The key's quote ids -> ours, by document and distinctive substring.
  auto ours = [&](simdjson::dom::element ref) {
    std::set<std::string> ids;
    std::string doc, contains;
    if (ref.is_string()) {
      for (simdjson::dom::element q : key["quotes"].get_array()) {
        if (q["id"].get_string().value() != ref.get_string().value()) continue;
        doc = doc_file[std::string(q["doc"].get_string().value())];
        contains = Fold(std::string(q["contains"].get_string().value()));
      }
    } else {
      doc = doc_file[std::string(ref["doc"].get_string().value())];
      contains = Fold(std::string(ref["contains"].get_string().value()));
    }
    for (std::size_t i = 0; i < quotes.size(); ++i) {
      if (!contains.empty() && quotes[i].doc == doc && quotes[i].text.find(contains) != std::string::npos) {
        ids.insert(quote_ids[i]);
      }
    }
    return ids;
  };
  int align_required = 0, align_found = 0, diffs_required = 0, diffs_found = 0;
  std::set<std::string> aligned_texts;  // contains-strings of found alignments, per doc
  for (simdjson::dom::element item : key["alignments"].get_array()) {
    const bool required = item["required"].get_bool().value();
    const std::set<std::string> a_ids = ours(item["a"]), b_ids = ours(item["b"]);
    std::optional<simdjson::dom::element> pair;
    bool swapped = false;
    if (main_story) {
      for (simdjson::dom::element st : (*main_story)["comparison"]["aligned"].get_array()) {
        for (simdjson::dom::element p : st["pairs"].get_array()) {
          const std::string pa(p["a"].get_string().value()), pb(p["b"].get_string().value());
          if (a_ids.count(pa) && b_ids.count(pb)) pair = p;
          if (a_ids.count(pb) && b_ids.count(pa)) {
            pair = p;
            swapped = true;
          }
        }
      }
    }
    std::set<std::string> kinds;
    Side a_side, b_side;
    if (pair) {
      for (simdjson::dom::element d : (*pair)["diffs"].get_array()) kinds.emplace(d["kind"].get_string().value());
      a_side = ReadSide((*pair)["a_segments"].get_array());
      b_side = ReadSide((*pair)["b_segments"].get_array());
      if (swapped) std::swap(a_side, b_side);
    }
    bool ok = pair.has_value();
    std::string why = ok ? "" : "not aligned";
    simdjson::dom::array shows;
    if (item["diff_must_show"].get(shows) == simdjson::SUCCESS) {
      for (simdjson::dom::element show : shows) {
        const std::string x = Fold(std::string(show.at(0).get_string().value()));
        const std::string y = Fold(std::string(show.at(1).get_string().value()));
        const std::set<std::int64_t> hx = HunksTouching(a_side, x), hy = HunksTouching(b_side, y);
        const bool shown = std::any_of(hx.begin(), hx.end(), [&](std::int64_t h) { return hy.count(h) > 0; });
        if (required) {
          ++diffs_required;
          if (shown) ++diffs_found;
        }
        if (!shown) {
          ok = false;
          why += " [" + x + " / " + y + " not shown]";
        }
      }
    }
    const std::pair<const char*, const char*> flags[] = {
        {"channels_differ", "channel"}, {"attribution_differs", "attribution"}, {"kinds_differ", "quote_kind"}};
    for (const auto& [flag, kind] : flags) {
      bool want = false;
      if (item[flag].get(want) == simdjson::SUCCESS && want && !kinds.count(kind)) {
        ok = false;
        why += std::string(" [no ") + kind + " difference]";
      }
    }
    std::string_view truncated;
    if (item["truncated"].get(truncated) == simdjson::SUCCESS && !kinds.count("truncation")) {
      ok = false;
      why += " [no truncation]";
    }
    std::string_view same;
    if (item["same_speaker"].get(same) == simdjson::SUCCESS && kinds.count("attribution")) {
      ok = false;
      why += " [attribution differs for one speaker]";
    }
    if (!required) continue;
    ++align_required;
    if (ok) {
      ++align_found;
    } else {
      std::printf("  alignment %s: %s\n", std::string(item["id"].get_string().value()).c_str(), why.c_str());
    }
  }

  // ---- unique claims, and none of them a statement another source carries
  std::vector<std::pair<std::string, std::string>> unique;  // doc, folded text
  for (simdjson::dom::element st : report["stories"].get_array()) {
    for (simdjson::dom::element u : st["comparison"]["unique"].get_array()) {
      unique.emplace_back(std::string(u["doc"].get_string().value()),
                          Fold(std::string(u["text"].get_string().value())));
    }
  }
  int unique_required = 0, unique_found = 0;
  for (simdjson::dom::element item : key["unique_to_one_source"].get_array()) {
    const std::string doc = doc_file[std::string(item["doc"].get_string().value())];
    const std::string contains = Fold(std::string(item["contains"].get_string().value()));
    ++unique_required;
    const bool found = std::any_of(unique.begin(), unique.end(), [&](const auto& u) {
      return u.first == doc && u.second.find(contains) != std::string::npos;
    });
    if (found) {
      ++unique_found;
    } else {
      std::printf("  unique claim not surfaced: %s\n", contains.c_str());
    }
  }
  for (simdjson::dom::element item : key["alignments"].get_array()) {
    if (!item["required"].get_bool().value()) continue;
    for (const char* side : {"a", "b"}) {
      simdjson::dom::element ref = item[side];
      if (!ref.is_string()) continue;
      for (simdjson::dom::element q : key["quotes"].get_array()) {
        if (q["id"].get_string().value() != ref.get_string().value()) continue;
        const std::string doc = doc_file[std::string(q["doc"].get_string().value())];
        const std::string contains = Fold(std::string(q["contains"].get_string().value()));
        for (const auto& [udoc, text] : unique) {
          EXPECT_FALSE(udoc == doc && text.find(contains) != std::string::npos)
              << "a statement two sources carry reported as unique: " << contains;
        }
      }
    }
  }

  // ---- quantities: the disagreements found, the agreements not contradicted
  auto quantity_values = [&](bool agree) {
    std::vector<std::pair<std::string, std::string>> values;  // doc, folded text
    for (simdjson::dom::element st : report["stories"].get_array()) {
      for (simdjson::dom::element q : st["comparison"]["quantities"].get_array()) {
        if (q["agree"].get_bool().value() != agree) continue;
        for (simdjson::dom::element v : q["values"].get_array()) {
          values.emplace_back(std::string(v["doc"].get_string().value()),
                              Fold(std::string(v["text"].get_string().value())));
        }
      }
    }
    return values;
  };
  const auto disagreeing = quantity_values(false);
  int disagree_required = 0, disagree_found = 0;
  simdjson::dom::array disagreements;
  if (key["disagreements"].get(disagreements) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : disagreements) {
      ++disagree_required;
      bool all = true;
      for (const auto [name, value] : item["values"].get_object()) {
        const std::string doc = doc_file[std::string(name)];
        const std::string contains = Fold(std::string(value["contains"].get_string().value()));
        all = all && std::any_of(disagreeing.begin(), disagreeing.end(), [&](const auto& v) {
                return v.first == doc && !v.second.empty() && contains.find(v.second) != std::string::npos;
              });
      }
      if (all) ++disagree_found;
    }
  }
  simdjson::dom::array consistent;
  if (key["consistent_across_sources"].get(consistent) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : consistent) {
      for (const auto [name, value] : item["docs"].get_object()) {
        const std::string doc = doc_file[std::string(name)];
        const std::string text = Fold(std::string(value.get_string().value()));
        for (const auto& v : disagreeing) {
          EXPECT_FALSE(v.first == doc && !v.second.empty() && text.find(v.second) != std::string::npos)
              << "reported as a disagreement, but the sources agree: " << text;
        }
      }
    }
  }

  std::printf("%s: stories %d/%d, alignments %d/%d (differences %d/%d), unique claims %d/%d, "
              "disagreements %d/%d\n",
              GetParam().name, stories_found, stories_required, align_found, align_required, diffs_found,
              diffs_required, unique_found, unique_required, disagree_found, disagree_required);
  EXPECT_GE(stories_found, Floor("stories"));
  EXPECT_GE(align_found, Floor("alignments"));
  EXPECT_GE(unique_found, Floor("unique"));
  EXPECT_GE(disagree_found, Floor("disagreements"));
}

INSTANTIATE_TEST_SUITE_P(
    Corpora, Acceptance,
    ::testing::Values(
        Corpus{"seeds", fs::path(READOUT_SHARED_DIR) / "corpus/seeds",
               fs::path(READOUT_SHARED_DIR) / "corpus/seeds/meta.jsonl",
               fs::path(READOUT_SHARED_DIR) / "spec/seeds.expected.json"},
        Corpus{"examples", fs::path(READOUT_SOURCE_DIR) / "examples/corpus/articles",
               fs::path(READOUT_SOURCE_DIR) / "examples/corpus/meta.jsonl",
               fs::path(READOUT_SOURCE_DIR) / "examples/corpus/expected.json"}),
    [](const ::testing::TestParamInfo<Corpus>& param) { return std::string(param.param.name); });

}  // namespace
