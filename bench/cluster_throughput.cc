// cluster_throughput: story clustering on one core, over a generated corpus
// whose true stories are known.
//
//   build/bench/cluster_throughput [--docs N] [--seed S] [--config PETR_config.ini]
//                                  [--gazetteer DIR] [--examples N] [--sample N]
//
// The corpus. A seeded generator invents about one story per five documents
// (20,000 for the default 100,000): a real-world event between two of 60
// countries on a day of 2024-2025. The countries' heads of state or
// government and foreign ministers are people that readout's default
// dictionaries (data/dictionaries/people.actors.txt) hold in office on that
// day; 18 of the countries have nobody there and are named by title ("the
// Dutch foreign minister") or as a state. A story has a type (phone call,
// meeting, agreement, aid, accusation, sanctions, military attack), facts
// (topics, figures, two quotations, a reacting third country, a background
// month) and is reported by 1 to 10 outlets: the first report is a wire
// agency's, later ones either copy it (the same body under a new headline,
// sometimes with the last paragraph cut or a sentence replaced) or rewrite it
// from the same facts with other templates, word orders and date phrases
// ("on Tuesday", "yesterday", "on March 5", or no date at all). Each report
// has 5 to 12 sentences and is published 0 to 2 days after the event. The
// same pairs of countries meet again and again: about 400 pairs share the
// stories, the busiest over a hundred each, never two of a pair within five
// days. Documents are produced in order of publication, each from its own
// seed, so only one is in memory at a time.
//
// The passes, timed separately on this one thread:
//   generation  building the story plan and rendering every document (not
//               part of the headline numbers);
//   analysis    TextPipeline::Analyze, Coder::Code, Extractor::Extract and
//               stories::Summarize per document; only the Digest is kept;
//   clustering  Clusterer::Add over every digest, in publication order.
// Wall time and this thread's CPU time are both reported (on a shared core
// the wall time includes other processes' turns). Peak resident memory
// (getrusage ru_maxrss) and the current resident size are reported after
// the analysers are built, before clustering and at the end, so what the
// clusterer itself holds is visible.
//
// Quality against the generator's truth: pairwise precision, recall and F1
// over all pairs of documents (from the contingency table of found cluster
// by true story, not from the pairs themselves), the share of true stories
// recovered exactly, and a breakdown of the errors: documents merged into
// another story (same pair of countries a few days or weeks apart, or other
// pairs through similar text) and documents split off their story (by what
// their digest got wrong: no dyad, another dyad, another date, another
// event family). It checks its own work: every document must end up in
// exactly one story. The last lines are key=value pairs for scripts
// (bench/run_cluster_bench.sh).
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bench_dictionaries.h"
#include "readout/dict.h"
#include "readout/events.h"
#include "readout/quotes.h"
#include "readout/stories.h"
#include "readout/text.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using readout::Diagnostics;
using readout::Document;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }
// CPU time of this thread: on a shared core the wall time also counts
// other processes' turns.
double CpuSeconds() {
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double PerSecond(std::size_t n, double seconds) { return seconds > 0 ? static_cast<double>(n) / seconds : 0; }

// Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux).
double PeakRssMiB() {
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Resident set size now, in MiB (/proc/self/statm), 0 when unknown.
double CurrentRssMiB() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long long size = 0, resident = 0;
  const int n = std::fscanf(f, "%llu %llu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// ------------------------------------------------------------------ options

struct Options {
  std::size_t docs = 100'000;
  std::uint64_t seed = 1;
  std::string config = std::string(READOUT_SOURCE_DIR) + "/data/dictionaries/PETR_config.ini";
  std::string gazetteer;  // "" : no event locations
  std::size_t examples = 3;
  std::size_t sample = 0;
};

void Usage(std::FILE* out) {
  std::fprintf(out,
               "usage: cluster_throughput [--docs N] [--seed S] [--config PETR_config.ini] [--gazetteer DIR]\n"
               "                          [--examples N] [--sample N]\n"
               "  --docs N        documents to generate, analyse and cluster (default 100000)\n"
               "  --seed S        generator seed (default 1)\n"
               "  --config FILE   dictionaries (default %s/data/dictionaries/PETR_config.ini)\n"
               "  --gazetteer DIR countries.tsv and cities.tsv for event locations (default: none)\n"
               "  --examples N    wrongly merged and split documents to show (default 3)\n"
               "  --sample N      print the first N documents with their digests\n",
               READOUT_SOURCE_DIR);
}

bool ParseCount(const std::string& value, const char* flag, bool allow_zero, std::uint64_t& out) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || (n == 0 && !allow_zero)) {
    std::fprintf(stderr, "cluster_throughput: %s wants a %s number, not '%s'\n", flag,
                 allow_zero ? "non-negative" : "positive", value.c_str());
    return false;
  }
  out = n;
  return true;
}

// Accepts "--flag value" and "--flag=value". Returns false on a usage error.
bool ParseArgs(int argc, char** argv, Options& opt) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    const std::size_t eq = arg.find('=');
    if (arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = arg.substr(eq + 1);
      arg.resize(eq);
    } else if (arg == "--docs" || arg == "--seed" || arg == "--config" || arg == "--gazetteer" ||
               arg == "--examples" || arg == "--sample") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "cluster_throughput: %s needs a value\n", arg.c_str());
        return false;
      }
      value = argv[++i];
    }
    std::uint64_t n = 0;
    if (arg == "-h" || arg == "--help") {
      Usage(stdout);
      std::exit(0);
    } else if (arg == "--docs") {
      if (!ParseCount(value, "--docs", false, n)) return false;
      opt.docs = static_cast<std::size_t>(n);
    } else if (arg == "--seed") {
      if (!ParseCount(value, "--seed", true, n)) return false;
      opt.seed = n;
    } else if (arg == "--examples") {
      if (!ParseCount(value, "--examples", true, n)) return false;
      opt.examples = static_cast<std::size_t>(n);
    } else if (arg == "--sample") {
      if (!ParseCount(value, "--sample", true, n)) return false;
      opt.sample = static_cast<std::size_t>(n);
    } else if (arg == "--config") {
      opt.config = value;
    } else if (arg == "--gazetteer") {
      opt.gazetteer = value;
    } else {
      std::fprintf(stderr, "cluster_throughput: unknown argument '%s'\n", arg.c_str());
      return false;
    }
  }
  return true;
}

// ------------------------------------------------------------------ calendar

// Days since 1970-01-01 (H. Hinnant's algorithms; years after 0 only).
std::int32_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = y / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y, m, d;
};

Ymd CivilFromDays(std::int32_t z) {
  z += 719468;
  const int era = z / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

std::int32_t DaysFromYmd(std::int32_t yyyymmdd) {
  return DaysFromCivil(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

std::string IsoDay(std::int32_t day) {
  const Ymd t = CivilFromDays(day);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.y, t.m, t.d);
  return buf;
}

constexpr const char* kWeekdays[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

const char* Weekday(std::int32_t day) { return kWeekdays[static_cast<std::size_t>((day % 7 + 11) % 7)]; }
const char* MonthName(std::int32_t day) { return kMonths[static_cast<std::size_t>(CivilFromDays(day).m - 1)]; }

// ------------------------------------------------------------------ world

// A country of the generated world. `name` is written mid-sentence ("the
// United States"); every name, adjective and capital here is a phrase of
// data/dictionaries/countries.actors.txt for that country.
struct CountryInfo {
  const char* code;
  const char* name;
  const char* adj;
  const char* capital;
  const char* head_title;  // generic, for a country without a named head
  int weight;              // how often it takes part in stories
};

constexpr CountryInfo kCountries[] = {
    {"USA", "the United States", "U.S.", "Washington", "president", 8},
    {"RUS", "Russia", "Russian", "Moscow", "president", 7},
    {"CHN", "China", "Chinese", "Beijing", "president", 7},
    {"FRA", "France", "French", "Paris", "president", 4},
    {"DEU", "Germany", "German", "Berlin", "chancellor", 4},
    {"GBR", "Britain", "British", "London", "prime minister", 4},
    {"ITA", "Italy", "Italian", "Rome", "prime minister", 3},
    {"JPN", "Japan", "Japanese", "Tokyo", "prime minister", 3},
    {"IND", "India", "Indian", "New Delhi", "prime minister", 4},
    {"CAN", "Canada", "Canadian", "Ottawa", "prime minister", 2},
    {"AUS", "Australia", "Australian", "Canberra", "prime minister", 2},
    {"BRA", "Brazil", "Brazilian", "Brasilia", "president", 2},
    {"ARG", "Argentina", "Argentine", "Buenos Aires", "president", 1},
    {"MEX", "Mexico", "Mexican", "Mexico City", "president", 2},
    {"ZAF", "South Africa", "South African", "Pretoria", "president", 2},
    {"SAU", "Saudi Arabia", "Saudi", "Riyadh", "crown prince", 3},
    {"TUR", "Turkey", "Turkish", "Ankara", "president", 4},
    {"IRN", "Iran", "Iranian", "Tehran", "president", 4},
    {"ISR", "Israel", "Israeli", "Jerusalem", "prime minister", 4},
    {"PSE", "Palestine", "Palestinian", "Ramallah", "president", 2},
    {"UKR", "Ukraine", "Ukrainian", "Kyiv", "president", 5},
    {"BLR", "Belarus", "Belarusian", "Minsk", "president", 1},
    {"IRQ", "Iraq", "Iraqi", "Baghdad", "prime minister", 2},
    {"AFG", "Afghanistan", "Afghan", "Kabul", "supreme leader", 1},
    {"YEM", "Yemen", "Yemeni", "Aden", "leader", 1},
    {"SDN", "Sudan", "Sudanese", "Port Sudan", "leader", 1},
    {"SSD", "South Sudan", "South Sudanese", "Juba", "president", 1},
    {"ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "prime minister", 1},
    {"ERI", "Eritrea", "Eritrean", "Asmara", "president", 1},
    {"LBY", "Libya", "Libyan", "Tripoli", "prime minister", 1},
    {"MMR", "Myanmar", "Burmese", "Naypyidaw", "military leader", 1},
    {"VEN", "Venezuela", "Venezuelan", "Caracas", "president", 1},
    {"PAK", "Pakistan", "Pakistani", "Islamabad", "prime minister", 2},
    {"QAT", "Qatar", "Qatari", "Doha", "emir", 2},
    {"EGY", "Egypt", "Egyptian", "Cairo", "president", 2},
    {"ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi", "president", 2},
    {"POL", "Poland", "Polish", "Warsaw", "prime minister", 2},
    {"PRK", "North Korea", "North Korean", "Pyongyang", "leader", 2},
    {"KOR", "South Korea", "South Korean", "Seoul", "president", 2},
    {"SYR", "Syria", "Syrian", "Damascus", "president", 2},
    {"TWN", "Taiwan", "Taiwanese", "Taipei", "president", 2},
    {"IDN", "Indonesia", "Indonesian", "Jakarta", "president", 2},
    // Countries without people in the default dictionaries.
    {"NLD", "the Netherlands", "Dutch", "Amsterdam", "prime minister", 1},
    {"ESP", "Spain", "Spanish", "Madrid", "prime minister", 1},
    {"SWE", "Sweden", "Swedish", "Stockholm", "prime minister", 1},
    {"FIN", "Finland", "Finnish", "Helsinki", "president", 1},
    {"GRC", "Greece", "Greek", "Athens", "prime minister", 1},
    {"HUN", "Hungary", "Hungarian", "Budapest", "prime minister", 1},
    {"KAZ", "Kazakhstan", "Kazakh", "Astana", "president", 1},
    {"NGA", "Nigeria", "Nigerian", "Abuja", "president", 1},
    {"KEN", "Kenya", "Kenyan", "Nairobi", "president", 1},
    {"VNM", "Vietnam", "Vietnamese", "Hanoi", "prime minister", 1},
    {"PHL", "the Philippines", "Philippine", "Manila", "president", 1},
    {"THA", "Thailand", "Thai", "Bangkok", "prime minister", 1},
    {"SGP", "Singapore", "Singaporean", "Singapore", "prime minister", 1},
    {"COL", "Colombia", "Colombian", "Bogota", "president", 1},
    {"MAR", "Morocco", "Moroccan", "Rabat", "king", 1},
    {"JOR", "Jordan", "Jordanian", "Amman", "king", 1},
    {"LBN", "Lebanon", "Lebanese", "Beirut", "prime minister", 1},
    {"AZE", "Azerbaijan", "Azerbaijani", "Baku", "president", 1},
};
constexpr std::size_t kCountryCount = std::size(kCountries);

enum class Level : std::uint8_t { kHead, kMinister, kState };

// A person in office, as people.actors.txt dates the role (inclusive days).
struct Person {
  const char* country;
  Level level;
  const char* title;  // as written before the name
  const char* name;   // a phrase of the dictionary, as news writes it
  std::int32_t from, to;
};

constexpr std::int32_t kOpen = 99991231;
constexpr Person kPeople[] = {
    {"USA", Level::kHead, "President", "Joe Biden", 20210120, 20250120},
    {"USA", Level::kHead, "President", "Donald Trump", 20250120, kOpen},
    {"USA", Level::kMinister, "Secretary of State", "Antony Blinken", 20210126, 20250120},
    {"USA", Level::kMinister, "Secretary of State", "Marco Rubio", 20250121, kOpen},
    {"RUS", Level::kHead, "President", "Vladimir Putin", 19990809, kOpen},
    {"RUS", Level::kMinister, "Foreign Minister", "Sergei Lavrov", 20040309, kOpen},
    {"CHN", Level::kHead, "President", "Xi Jinping", 20071022, kOpen},
    {"CHN", Level::kMinister, "Foreign Minister", "Wang Yi", 20000101, kOpen},
    {"FRA", Level::kHead, "President", "Emmanuel Macron", 20170514, kOpen},
    {"FRA", Level::kMinister, "Foreign Minister", "Stephane Sejourne", 20240111, 20240921},
    {"FRA", Level::kMinister, "Foreign Minister", "Jean-Noel Barrot", 20240921, kOpen},
    {"DEU", Level::kHead, "Chancellor", "Olaf Scholz", 20211208, 20250506},
    {"DEU", Level::kHead, "Chancellor", "Friedrich Merz", 20250506, kOpen},
    {"DEU", Level::kMinister, "Foreign Minister", "Annalena Baerbock", 20211208, 20250506},
    {"DEU", Level::kMinister, "Foreign Minister", "Johann Wadephul", 20250506, kOpen},
    {"GBR", Level::kHead, "Prime Minister", "Rishi Sunak", 20221025, 20240705},
    {"GBR", Level::kHead, "Prime Minister", "Keir Starmer", 20240705, kOpen},
    {"GBR", Level::kMinister, "Foreign Secretary", "David Cameron", 20231113, 20240705},
    {"GBR", Level::kMinister, "Foreign Secretary", "David Lammy", 20240705, 20250905},
    {"GBR", Level::kMinister, "Foreign Secretary", "Yvette Cooper", 20250905, kOpen},
    {"ITA", Level::kHead, "Prime Minister", "Giorgia Meloni", 20221022, kOpen},
    {"ITA", Level::kMinister, "Foreign Minister", "Antonio Tajani", 20221022, kOpen},
    {"JPN", Level::kHead, "Prime Minister", "Fumio Kishida", 20211004, 20241001},
    {"JPN", Level::kHead, "Prime Minister", "Shigeru Ishiba", 20241001, 20251021},
    {"JPN", Level::kHead, "Prime Minister", "Sanae Takaichi", 20251021, kOpen},
    {"JPN", Level::kMinister, "Foreign Minister", "Yoko Kamikawa", 20230913, 20241001},
    {"JPN", Level::kMinister, "Foreign Minister", "Takeshi Iwaya", 20241001, 20251021},
    {"JPN", Level::kMinister, "Foreign Minister", "Toshimitsu Motegi", 20251021, kOpen},
    {"IND", Level::kHead, "Prime Minister", "Narendra Modi", 20140526, kOpen},
    {"IND", Level::kMinister, "External Affairs Minister", "Subrahmanyam Jaishankar", 20190530, kOpen},
    {"CAN", Level::kHead, "Prime Minister", "Justin Trudeau", 20151104, 20250314},
    {"CAN", Level::kHead, "Prime Minister", "Mark Carney", 20250314, kOpen},
    {"CAN", Level::kMinister, "Foreign Minister", "Melanie Joly", 20211026, 20250513},
    {"CAN", Level::kMinister, "Foreign Minister", "Anita Anand", 20250513, kOpen},
    {"AUS", Level::kHead, "Prime Minister", "Anthony Albanese", 20220523, kOpen},
    {"AUS", Level::kMinister, "Foreign Minister", "Penny Wong", 20220523, kOpen},
    {"BRA", Level::kHead, "President", "Luiz Inacio Lula da Silva", 20230101, kOpen},
    {"BRA", Level::kMinister, "Foreign Minister", "Mauro Vieira", 20230101, kOpen},
    {"ARG", Level::kHead, "President", "Javier Milei", 20231210, kOpen},
    {"ARG", Level::kMinister, "Foreign Minister", "Diana Mondino", 20231210, 20241030},
    {"ARG", Level::kMinister, "Foreign Minister", "Gerardo Werthein", 20241030, 20251021},
    {"MEX", Level::kHead, "President", "Andres Manuel Lopez Obrador", 20181201, 20240930},
    {"MEX", Level::kHead, "President", "Claudia Sheinbaum", 20241001, kOpen},
    {"MEX", Level::kMinister, "Foreign Minister", "Juan Ramon de la Fuente", 20241001, 20250601},
    {"ZAF", Level::kHead, "President", "Cyril Ramaphosa", 20180215, kOpen},
    {"ZAF", Level::kMinister, "Foreign Minister", "Naledi Pandor", 20190530, 20240619},
    {"ZAF", Level::kMinister, "Foreign Minister", "Ronald Lamola", 20240703, kOpen},
    {"SAU", Level::kHead, "Crown Prince", "Mohammed bin Salman", 20170621, kOpen},
    {"SAU", Level::kMinister, "Foreign Minister", "Faisal bin Farhan", 20191023, kOpen},
    {"TUR", Level::kHead, "President", "Recep Tayyip Erdogan", 20140828, kOpen},
    {"TUR", Level::kMinister, "Foreign Minister", "Hakan Fidan", 20230604, kOpen},
    {"IRN", Level::kHead, "President", "Ebrahim Raisi", 20210803, 20240519},
    {"IRN", Level::kHead, "President", "Masoud Pezeshkian", 20240728, kOpen},
    {"IRN", Level::kMinister, "Foreign Minister", "Hossein Amir-Abdollahian", 20210825, 20240519},
    {"IRN", Level::kMinister, "Foreign Minister", "Abbas Araghchi", 20240821, kOpen},
    {"ISR", Level::kHead, "Prime Minister", "Benjamin Netanyahu", 20221229, kOpen},
    {"ISR", Level::kMinister, "Foreign Minister", "Israel Katz", 20240101, 20241105},
    {"ISR", Level::kMinister, "Foreign Minister", "Gideon Saar", 20241105, kOpen},
    {"PSE", Level::kHead, "President", "Mahmoud Abbas", 20050115, kOpen},
    {"PSE", Level::kMinister, "Prime Minister", "Mohammad Mustafa", 20240331, kOpen},
    {"UKR", Level::kHead, "President", "Volodymyr Zelensky", 20190520, kOpen},
    {"UKR", Level::kMinister, "Foreign Minister", "Dmytro Kuleba", 20200304, 20240904},
    {"UKR", Level::kMinister, "Foreign Minister", "Andrii Sybiha", 20240905, kOpen},
    {"BLR", Level::kHead, "President", "Alexander Lukashenko", 19940720, kOpen},
    {"BLR", Level::kMinister, "Foreign Minister", "Maxim Ryzhenkov", 20240410, kOpen},
    {"IRQ", Level::kHead, "Prime Minister", "Mohammed Shia al-Sudani", 20221027, kOpen},
    {"IRQ", Level::kMinister, "Foreign Minister", "Fuad Hussein", 20200606, kOpen},
    {"AFG", Level::kHead, "Supreme Leader", "Hibatullah Akhundzada", 20210815, kOpen},
    {"AFG", Level::kMinister, "Foreign Minister", "Amir Khan Muttaqi", 20210907, kOpen},
    {"YEM", Level::kHead, "Presidential Council chairman", "Rashad al-Alimi", 20220407, kOpen},
    {"SDN", Level::kHead, "General", "Abdel Fattah al-Burhan", 20190412, kOpen},
    {"SSD", Level::kHead, "President", "Salva Kiir", 20110709, kOpen},
    {"ETH", Level::kHead, "Prime Minister", "Abiy Ahmed", 20180402, kOpen},
    {"ERI", Level::kHead, "President", "Isaias Afwerki", 19930524, kOpen},
    {"LBY", Level::kHead, "Prime Minister", "Abdul Hamid Dbeibah", 20210315, kOpen},
    {"MMR", Level::kHead, "Senior General", "Min Aung Hlaing", 20210201, kOpen},
    {"VEN", Level::kHead, "President", "Nicolas Maduro", 20130305, kOpen},
    {"VEN", Level::kMinister, "Foreign Minister", "Yvan Gil", 20230321, kOpen},
    {"PAK", Level::kHead, "Prime Minister", "Shehbaz Sharif", 20240304, kOpen},
    {"PAK", Level::kMinister, "Foreign Minister", "Ishaq Dar", 20240311, kOpen},
    {"QAT", Level::kHead, "Emir", "Tamim bin Hamad Al Thani", 20130625, kOpen},
    {"QAT", Level::kMinister, "Prime Minister", "Mohammed bin Abdulrahman Al Thani", 20230307, kOpen},
    {"EGY", Level::kHead, "President", "Abdel Fattah el-Sisi", 20140608, kOpen},
    {"EGY", Level::kMinister, "Foreign Minister", "Sameh Shoukry", 20140617, 20240703},
    {"EGY", Level::kMinister, "Foreign Minister", "Badr Abdelatty", 20240703, kOpen},
    {"ARE", Level::kHead, "President", "Mohammed bin Zayed Al Nahyan", 20220514, kOpen},
    {"ARE", Level::kMinister, "Foreign Minister", "Abdullah bin Zayed Al Nahyan", 20060209, kOpen},
    {"POL", Level::kHead, "Prime Minister", "Donald Tusk", 20231213, kOpen},
    {"PRK", Level::kHead, "leader", "Kim Jong Un", 20111217, kOpen},
    {"PRK", Level::kMinister, "Foreign Minister", "Choe Son Hui", 20220611, kOpen},
    {"KOR", Level::kHead, "President", "Yoon Suk-yeol", 20220510, 20241214},
    {"KOR", Level::kHead, "President", "Lee Jae-myung", 20250604, kOpen},
    {"KOR", Level::kMinister, "Foreign Minister", "Cho Tae-yul", 20240111, 20250603},
    {"KOR", Level::kMinister, "Foreign Minister", "Cho Hyun", 20250719, kOpen},
    {"SYR", Level::kHead, "President", "Bashar al-Assad", 20000717, 20241208},
    {"SYR", Level::kHead, "President", "Ahmed al-Sharaa", 20250129, kOpen},
    {"SYR", Level::kMinister, "Foreign Minister", "Faisal Mekdad", 20191122, 20241208},
    {"SYR", Level::kMinister, "Foreign Minister", "Asaad al-Shaibani", 20241221, kOpen},
    {"TWN", Level::kHead, "President", "Tsai Ing-wen", 20160520, 20240520},
    {"TWN", Level::kHead, "President", "Lai Ching-te", 20240520, kOpen},
    {"TWN", Level::kMinister, "Foreign Minister", "Joseph Wu", 20180226, 20240520},
    {"TWN", Level::kMinister, "Foreign Minister", "Lin Chia-lung", 20240520, kOpen},
    {"IDN", Level::kHead, "President", "Joko Widodo", 20141020, 20241020},
    {"IDN", Level::kHead, "President", "Prabowo Subianto", 20241020, kOpen},
    {"IDN", Level::kMinister, "Foreign Minister", "Retno Marsudi", 20141027, 20241020},
    {"IDN", Level::kMinister, "Foreign Minister", "Sugiono", 20241021, kOpen},
};

// Pairs that fight, sanction and accuse each other (codes, either order).
constexpr std::pair<const char*, const char*> kHostilePairs[] = {
    {"RUS", "UKR"}, {"ISR", "IRN"}, {"ISR", "LBN"}, {"ISR", "SYR"}, {"ISR", "YEM"}, {"USA", "YEM"},
    {"USA", "IRN"}, {"IND", "PAK"}, {"PAK", "AFG"}, {"USA", "CHN"}, {"CHN", "TWN"}, {"PRK", "KOR"},
    {"USA", "RUS"}, {"GBR", "RUS"}, {"SDN", "SSD"}, {"ETH", "ERI"}, {"USA", "VEN"}, {"TUR", "SYR"},
    {"IRN", "PAK"}, {"RUS", "POL"}, {"CHN", "PHL"}, {"CHN", "JPN"}, {"USA", "PRK"}, {"DEU", "RUS"},
};

enum class EventType : std::uint8_t { kCall, kMeeting, kAgreement, kAid, kAccusation, kSanctions, kAttack };
constexpr std::size_t kTypeCount = 7;
constexpr const char* kTypeNames[kTypeCount] = {"call",       "meeting",   "agreement", "aid",
                                                "accusation", "sanctions", "attack"};
// CAMEO roots a correct main event of each type has.
constexpr const char* kTypeRoots[kTypeCount] = {"04", "04", "05 06", "07", "11 12", "16", "18 19 20"};

constexpr const char* kWires[] = {"Reuters", "Associated Press", "AFP", "Xinhua", "TASS",
                                  "Anadolu", "Kyodo", "Yonhap", "ANI", "dpa"};
constexpr const char* kPapers[] = {
    "Daily Ledger",     "Evening Post",    "Morning Herald",   "Capital Times",   "Global Observer",
    "World Report",     "Metro Dispatch",  "National Courier", "Harbor Gazette",  "Valley Tribune",
    "Continental News", "The Sentinel",    "Northern Star",    "Southern Cross",  "Eastern Review",
    "Western Chronicle", "The Bulletin",   "City Journal",     "Daily Monitor",   "Weekly Standard",
    "News Digest",      "The Examiner",    "Public Record",    "The Dispatch",    "Frontline Daily",
    "Policy Watch",     "The Register",    "Daily Express Wire", "Times Online",  "Asia Pacific Today",
};

constexpr const char* kTopics[] = {
    "energy cooperation", "trade", "regional security", "the war in Ukraine", "the situation in the Middle East",
    "nuclear energy", "climate change", "food security", "migration", "critical minerals",
    "defence cooperation", "investment", "shipping in the Red Sea", "grain exports", "cybersecurity",
    "counterterrorism", "visa rules", "semiconductor supplies", "space cooperation", "water resources",
    "public health", "education exchanges", "tourism", "fisheries", "infrastructure financing",
    "debt relief", "arms control", "maritime security", "artificial intelligence", "renewable energy",
    "oil supplies", "gas exports", "agricultural trade", "customs procedures", "transport links",
    "railway projects", "port development", "digital trade", "pharmaceuticals", "humanitarian corridors",
};
constexpr std::pair<const char*, const char*> kCrimes[] = {
    {"espionage", "espionage"},
    {"interfering in its elections", "election interference"},
    {"violating its airspace", "repeated airspace violations"},
    {"cyberattacks on its infrastructure", "cyberattacks on its infrastructure"},
    {"human rights abuses", "human rights abuses"},
    {"supplying weapons to armed groups", "arms supplies to armed groups"},
    {"detaining its citizens", "the detention of its citizens"},
    {"spreading disinformation", "a disinformation campaign"},
    {"sabotage", "sabotage at a military facility"},
    {"harassing its vessels", "the harassment of its vessels"},
};
constexpr const char* kAid[] = {"humanitarian aid", "medical supplies", "air defence systems", "food aid",
                                "emergency relief supplies", "artillery ammunition", "generators and fuel",
                                "tents and blankets"};
constexpr const char* kSanctionAdjectives[] = {"new", "sweeping", "fresh", "tough", "additional", "targeted"};
constexpr const char* kDealAdjectives[] = {"long-term", "landmark", "five-year", "framework", "bilateral",
                                           "strategic"};
constexpr const char* kDescriptions[] = {"constructive", "frank", "productive", "difficult", "warm",
                                         "businesslike", "substantive", "tense"};
constexpr const char* kSectors[] = {"the defence industry", "the energy sector", "the banking sector",
                                    "drone production", "the shipping industry", "oil exports"};
constexpr const char* kTargets[] = {"energy infrastructure", "a fuel depot", "military bases", "port facilities",
                                    "a power plant", "air defence positions"};
constexpr const char* kOrdinals[] = {"second", "third", "fourth", "fifth", "sixth", "seventh"};
constexpr const char* kRelations[] = {"strained", "close", "uneasy", "improving", "volatile", "warm"};

constexpr const char* kQuoteSubjects[] = {"We", "Our two countries", "Both sides", "Our governments", "Our peoples"};
constexpr const char* kFriendlyClaims[] = {
    "will deepen cooperation on {topic2}", "agreed to keep working together on {topic2}",
    "are ready to expand our partnership in {topic2}", "see real progress on {topic2}",
    "will meet again soon to discuss {topic2}", "share a common interest in {topic2}"};
constexpr const char* kHostileClaims[] = {
    "will not tolerate such actions", "will respond firmly to this provocation",
    "hold {CB} fully responsible", "reserve the right to defend ourselves",
    "call on the international community to act", "reject these baseless claims"};
constexpr const char* kQuoteTails[] = {"", " and we will keep talking", " in the interest of our peoples",
                                       " without delay", " whatever the pressure", " this year"};

constexpr const char* kFillerAdjectives[] = {"diplomatic", "economic", "regional",  "political", "strategic",
                                             "fragile",    "lengthy",  "broader",   "delicate",  "renewed",
                                             "uneasy",     "steady",   "gradual",   "tentative", "complex"};
constexpr const char* kFillerNouns[] = {"process",     "relationship", "dialogue",      "partnership",
                                        "rivalry",     "standoff",     "balance",       "rapprochement",
                                        "dispute",     "engagement",   "framework",     "negotiation"};
constexpr const char* kFillerVerbs[] = {"reshape", "strengthen", "complicate", "test",    "shift",
                                        "undermine", "support",  "accelerate", "delay",   "redefine"};
constexpr const char* kFillerObjects[] = {"trade flows",         "energy markets",   "security arrangements",
                                          "investment plans",    "supply chains",    "shipping routes",
                                          "border controls",     "currency markets", "defence budgets",
                                          "migration policy",    "technology exports", "fuel prices",
                                          "fertiliser supplies", "bond markets",     "insurance costs"};
constexpr const char* kFillerPeriods[] = {"weeks", "months", "quarters"};

// ------------------------------------------------------------------ random

// SplitMix64: small, fast and the same on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<std::size_t>(hi - lo + 1))); }
  bool Chance(double p) { return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p; }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }

 private:
  std::uint64_t state_;
};

std::uint64_t Mix(std::uint64_t a, std::uint64_t b) { return Rng(a * 0x9E3779B97F4A7C15ull ^ b).Next(); }

// ------------------------------------------------------------------ plan

struct StoryPlan {
  std::uint16_t a = 0, b = 0;  // kCountries indices; a acts, b is acted upon
  EventType type = EventType::kCall;
  Level level = Level::kState;
  std::int32_t day = 0;
  std::uint64_t seed = 0;
  std::uint32_t pair = 0;  // index into the pair list
};

// A report. Role 0: the wire original; 1: a copy of it; 2: a rewrite.
struct DocPlan {
  std::uint32_t story = 0;
  std::uint8_t role = 0;
  std::uint8_t outlet = 0;  // index into kWires for role 0, into kPapers otherwise
  std::int32_t published = 0;
  std::uint64_t seed = 0;
};

struct Plan {
  std::vector<StoryPlan> stories;
  std::vector<DocPlan> docs;  // in publication order; docs[i] is "doc<i>"
  std::size_t pairs = 0;
  std::size_t hostile_pairs = 0;
  std::size_t busiest_pair = 0;
  std::size_t same_pair_type_within_31 = 0;  // stories with a same-pair, same-type story within a month
};

std::size_t CountryIndex(const char* code) {
  for (std::size_t i = 0; i < kCountryCount; ++i) {
    if (std::string_view(kCountries[i].code) == code) return i;
  }
  std::fprintf(stderr, "cluster_throughput: internal error: no country %s\n", code);
  std::abort();
}

bool HasPeople(std::size_t country) {
  return std::any_of(std::begin(kPeople), std::end(kPeople),
                     [&](const Person& p) { return std::string_view(p.country) == kCountries[country].code; });
}

// The person of `country` at `level` in office on `day`, with two days'
// margin before and four after the hand-over (reports come up to two days
// later, and the dictionary dates some roles only to the day).
const Person* PersonOn(std::size_t country, Level level, std::int32_t day) {
  for (const Person& p : kPeople) {
    if (p.level != level || std::string_view(p.country) != kCountries[country].code) continue;
    const std::int32_t from = DaysFromYmd(p.from);
    const std::int32_t to = p.to == kOpen ? 1 << 30 : DaysFromYmd(p.to);
    if (from + 2 <= day && day + 4 <= to) return &p;
  }
  return nullptr;
}

EventType PickType(Rng& rng, bool hostile) {
  // Percent weights per type, in EventType order.
  static constexpr int kFriendly[kTypeCount] = {30, 30, 20, 10, 5, 5, 0};
  static constexpr int kHostile[kTypeCount] = {6, 6, 2, 0, 30, 20, 36};
  const int* w = hostile ? kHostile : kFriendly;
  int r = static_cast<int>(rng.Below(100));
  for (std::size_t t = 0; t < kTypeCount; ++t) {
    if (r < w[t]) return static_cast<EventType>(t);
    r -= w[t];
  }
  return EventType::kCall;
}

// Outlets per story: 1 to 10, mean about 5.
std::size_t PickOutlets(Rng& rng) {
  static constexpr int kWeights[10] = {14, 12, 12, 11, 10, 10, 9, 8, 7, 7};
  int r = static_cast<int>(rng.Below(100));
  for (std::size_t k = 0; k < 10; ++k) {
    if (r < kWeights[k]) return k + 1;
    r -= kWeights[k];
  }
  return 5;
}

constexpr std::int32_t kMinPairGap = 5;  // days between two stories of one pair

Plan MakePlan(std::size_t target_docs, std::uint64_t seed) {
  Plan plan;
  Rng rng(seed);
  // The pairs: every hostile pair, then friendly pairs drawn by country weight.
  struct Pair {
    std::uint16_t a, b;
    bool hostile;
    double weight;
  };
  std::vector<Pair> pairs;
  std::map<std::pair<std::size_t, std::size_t>, bool> seen;
  for (const auto& [x, y] : kHostilePairs) {
    const std::size_t a = CountryIndex(x), b = CountryIndex(y);
    seen[{std::min(a, b), std::max(a, b)}] = true;
    pairs.push_back({static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), true,
                     2.0 * kCountries[a].weight * kCountries[b].weight});
  }
  plan.hostile_pairs = pairs.size();
  int total_weight = 0;
  for (const CountryInfo& c : kCountries) total_weight += c.weight;
  auto pick_country = [&]() {
    int r = static_cast<int>(rng.Below(static_cast<std::size_t>(total_weight)));
    for (std::size_t i = 0; i < kCountryCount; ++i) {
      if (r < kCountries[i].weight) return i;
      r -= kCountries[i].weight;
    }
    return kCountryCount - 1;
  };
  while (pairs.size() < 400) {
    const std::size_t a = pick_country(), b = pick_country();
    if (a == b || seen.count({std::min(a, b), std::max(a, b)}) != 0) continue;
    seen[{std::min(a, b), std::max(a, b)}] = false;
    pairs.push_back({static_cast<std::uint16_t>(a), static_cast<std::uint16_t>(b), false,
                     static_cast<double>(kCountries[a].weight * kCountries[b].weight)});
  }
  plan.pairs = pairs.size();
  std::vector<double> cumulative;
  double sum = 0;
  for (const Pair& p : pairs) cumulative.push_back(sum += p.weight);

  const std::int32_t first_day = DaysFromCivil(2024, 1, 3);
  const std::int32_t last_day = DaysFromCivil(2025, 12, 29);
  std::vector<std::vector<std::int32_t>> pair_days(pairs.size());
  std::vector<std::vector<std::uint32_t>> pair_stories(pairs.size());
  std::size_t planned_docs = 0;
  while (planned_docs < target_docs) {
    // A pair by weight and a day at least kMinPairGap from its other stories.
    std::size_t p = 0;
    std::int32_t day = 0;
    for (int attempt = 0;; ++attempt) {
      const double r = static_cast<double>(rng.Next() >> 11) * 0x1.0p-53 * sum;
      p = static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
      p = std::min(p, pairs.size() - 1);
      day = first_day + static_cast<std::int32_t>(rng.Below(static_cast<std::size_t>(last_day - first_day + 1)));
      const std::vector<std::int32_t>& days = pair_days[p];
      const bool free = std::none_of(days.begin(), days.end(),
                                     [&](std::int32_t d) { return std::abs(d - day) < kMinPairGap; });
      if (free || attempt > 1000) break;
    }
    StoryPlan s;
    const bool flip = !pairs[p].hostile || rng.Chance(0.35);  // who acts
    s.a = flip && rng.Chance(0.5) ? pairs[p].b : pairs[p].a;
    s.b = s.a == pairs[p].a ? pairs[p].b : pairs[p].a;
    s.type = PickType(rng, pairs[p].hostile);
    s.day = day;
    s.seed = rng.Next();
    s.pair = static_cast<std::uint32_t>(p);
    switch (s.type) {
      case EventType::kCall:
      case EventType::kMeeting:
        s.level = rng.Chance(0.6) ? Level::kHead : Level::kMinister;
        break;
      case EventType::kAgreement:
        s.level = rng.Chance(0.4) ? Level::kHead : Level::kState;
        break;
      case EventType::kAccusation:
        s.level = rng.Chance(0.4) ? Level::kMinister : Level::kState;
        break;
      default:
        s.level = Level::kState;
    }
    const auto story = static_cast<std::uint32_t>(plan.stories.size());
    pair_days[p].push_back(day);
    pair_stories[p].push_back(story);
    plan.stories.push_back(s);

    // Its reports: the wire original first, then copies and rewrites.
    const std::size_t outlets = std::min(PickOutlets(rng), target_docs - planned_docs);
    DocPlan original;
    original.story = story;
    original.role = 0;
    original.outlet = static_cast<std::uint8_t>(rng.Below(std::size(kWires)));
    original.published = day + (rng.Chance(0.7) ? 0 : 1);
    original.seed = rng.Next();
    plan.docs.push_back(original);
    std::vector<bool> used(std::size(kPapers), false);
    for (std::size_t k = 1; k < outlets; ++k) {
      DocPlan d;
      d.story = story;
      d.role = rng.Chance(0.5) ? 1 : 2;
      std::size_t paper = rng.Below(std::size(kPapers));
      while (used[paper]) paper = (paper + 1) % std::size(kPapers);
      used[paper] = true;
      d.outlet = static_cast<std::uint8_t>(paper);
      d.published = d.role == 1 ? std::min(original.published + (rng.Chance(0.6) ? 0 : 1), day + 2)
                                : day + static_cast<std::int32_t>(rng.Below(3));
      d.seed = rng.Next();
      plan.docs.push_back(d);
    }
    planned_docs += outlets;
  }
  for (std::size_t p = 0; p < pairs.size(); ++p) {
    plan.busiest_pair = std::max(plan.busiest_pair, pair_days[p].size());
    for (const std::uint32_t s : pair_stories[p]) {
      const StoryPlan& x = plan.stories[s];
      const bool near = std::any_of(pair_stories[p].begin(), pair_stories[p].end(), [&](std::uint32_t t) {
        return t != s && plan.stories[t].type == x.type && std::abs(plan.stories[t].day - x.day) <= 31;
      });
      if (near) ++plan.same_pair_type_within_31;
    }
  }
  // Publication order; within a day, an order fixed by the seeds.
  std::stable_sort(plan.docs.begin(), plan.docs.end(), [](const DocPlan& x, const DocPlan& y) {
    if (x.published != y.published) return x.published < y.published;
    return x.seed < y.seed;
  });
  return plan;
}

// ------------------------------------------------------------------ render

// What every report of a story agrees on.
struct Facts {
  const CountryInfo* ca = nullptr;
  const CountryInfo* cb = nullptr;
  const CountryInfo* cc = nullptr;  // a third country that reacts
  const Person* pa = nullptr;       // null: named by title or as a state
  const Person* pb = nullptr;
  const char* topic = "";
  const char* topic2 = "";
  const char* topic3 = "";
  std::pair<const char*, const char*> crime;
  const char* aid = "";
  const char* sanction_adj = "";
  const char* deal_adj = "";
  const char* descr = "";
  const char* sector = "";
  const char* target = "";
  const char* ordinal = "";
  const char* relation = "";
  int num = 0, num2 = 0, num3 = 0;
  int since_year = 0;
  std::int32_t background_day = 0;  // an earlier event between the two
  std::string q1, q2;               // what A and B said
};

// Slot values for one document; templates name them as {key}.
struct Slots {
  const Facts* f = nullptr;
  std::string A, B;  // first mentions ("Russian President Vladimir Putin")
  std::string a, b;  // later mentions ("Vladimir Putin", "Russia")
  std::string when;  // " on Tuesday", " yesterday", "" ...
  std::string levelword;

  std::string Get(std::string_view key, Rng& rng) const {
    if (key == "A") return A;
    if (key == "B") return B;
    if (key == "a") return a;
    if (key == "b") return b;
    if (key == "CA") return f->ca->name;
    if (key == "CB") return f->cb->name;
    if (key == "CC") return f->cc->name;
    if (key == "adjA") return f->ca->adj;
    if (key == "adjB") return f->cb->adj;
    if (key == "capA") return f->ca->capital;
    if (key == "capB") return f->cb->capital;
    if (key == "when") return when;
    if (key == "topic") return f->topic;
    if (key == "topic2") return f->topic2;
    if (key == "topic3") return f->topic3;
    if (key == "crime") return f->crime.first;
    if (key == "crimeN") return f->crime.second;
    if (key == "aid") return f->aid;
    if (key == "sadj") return f->sanction_adj;
    if (key == "dadj") return f->deal_adj;
    if (key == "descr") return f->descr;
    if (key == "sector") return f->sector;
    if (key == "target") return f->target;
    if (key == "ordinal") return f->ordinal;
    if (key == "relation") return f->relation;
    if (key == "levelword") return levelword;
    if (key == "num") return std::to_string(f->num);
    if (key == "num2") return std::to_string(f->num2);
    if (key == "num3") return std::to_string(f->num3);
    if (key == "year") return std::to_string(f->since_year);
    if (key == "bgmonth") return MonthName(f->background_day);
    if (key == "q1") return f->q1;
    if (key == "q2") return f->q2;
    // Filler words: drawn afresh at every use.
    if (key == "fadj") return rng.Pick(kFillerAdjectives);
    if (key == "fnoun") return rng.Pick(kFillerNouns);
    if (key == "fverb") return rng.Pick(kFillerVerbs);
    if (key == "fobj") return rng.Pick(kFillerObjects);
    if (key == "fperiod") return rng.Pick(kFillerPeriods);
    if (key == "fnum") return std::to_string(rng.Between(12, 88));
    return std::string(key);
  }
};

// Fills {key} slots; the first letter of the result (after an opening
// quotation mark) is capitalised.
std::string Fill(std::string_view tmpl, const Slots& slots, Rng& rng) {
  std::string out;
  out.reserve(tmpl.size() + 64);
  for (std::size_t i = 0; i < tmpl.size();) {
    if (tmpl[i] == '{') {
      const std::size_t close = tmpl.find('}', i);
      out += slots.Get(tmpl.substr(i + 1, close - i - 1), rng);
      i = close + 1;
    } else {
      out += tmpl[i++];
    }
  }
  const std::size_t first = !out.empty() && out[0] == '"' ? std::size_t{1} : std::size_t{0};
  if (first < out.size() && out[first] >= 'a' && out[first] <= 'z') {
    out[first] = static_cast<char>(out[first] - 'a' + 'A');
  }
  return out;
}

template <std::size_t N>
std::string FillPick(const char* const (&templates)[N], const Slots& slots, Rng& rng) {
  return Fill(rng.Pick(templates), slots, rng);
}

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

Facts MakeFacts(const StoryPlan& s) {
  Rng rng(Mix(s.seed, 1));
  Facts f;
  f.ca = &kCountries[s.a];
  f.cb = &kCountries[s.b];
  std::size_t c = rng.Below(kCountryCount);
  while (c == s.a || c == s.b) c = rng.Below(kCountryCount);
  f.cc = &kCountries[c];
  if (s.level != Level::kState) {
    f.pa = PersonOn(s.a, s.level, s.day);
    f.pb = PersonOn(s.b, s.level, s.day);
  }
  f.topic = rng.Pick(kTopics);
  do f.topic2 = rng.Pick(kTopics);
  while (f.topic2 == f.topic);
  do f.topic3 = rng.Pick(kTopics);
  while (f.topic3 == f.topic || f.topic3 == f.topic2);
  f.crime = rng.Pick(kCrimes);
  f.aid = rng.Pick(kAid);
  f.sanction_adj = rng.Pick(kSanctionAdjectives);
  f.deal_adj = rng.Pick(kDealAdjectives);
  f.descr = rng.Pick(kDescriptions);
  f.sector = rng.Pick(kSectors);
  f.target = rng.Pick(kTargets);
  f.ordinal = rng.Pick(kOrdinals);
  f.relation = rng.Pick(kRelations);
  f.num = rng.Between(3, 950);
  f.num2 = rng.Between(2, 60);
  f.num3 = rng.Between(2, 12);
  f.since_year = rng.Between(2014, 2022);
  f.background_day = s.day - rng.Between(35, 160);
  const bool hostile = s.type == EventType::kAccusation || s.type == EventType::kSanctions ||
                       s.type == EventType::kAttack;
  for (std::string* q : {&f.q1, &f.q2}) {
    std::string claim = hostile ? rng.Pick(kHostileClaims) : rng.Pick(kFriendlyClaims);
    ReplaceAll(claim, "{topic2}", f.topic2);
    ReplaceAll(claim, "{CB}", f.cb->name);
    *q = rng.Pick(kQuoteSubjects);
    *q += ' ';
    *q += claim;
    *q += rng.Pick(kQuoteTails);
  }
  return f;
}

std::string Lower(std::string s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

// First and later mentions of one side. `variant` picks the wording.
void Mentions(const CountryInfo& c, const Person* p, Level level, std::size_t variant, std::string& first,
              std::string& later) {
  if (level == Level::kState) {
    first = c.name;
    later = c.name;
    return;
  }
  if (p == nullptr) {
    first = "the ";
    first += c.adj;
    first += ' ';
    first += level == Level::kHead ? c.head_title : "foreign minister";
    later = first;
    return;
  }
  switch (variant % 3) {
    case 0:  // Russian President Vladimir Putin
      first = c.adj;
      first += ' ';
      first += p->title;
      first += ' ';
      first += p->name;
      break;
    case 1:  // the Russian president Vladimir Putin
      first = "the ";
      first += c.adj;
      first += ' ';
      first += Lower(p->title);
      first += ' ';
      first += p->name;
      break;
    default:  // President Vladimir Putin
      first = p->title;
      first += ' ';
      first += p->name;
  }
  later = p->name;
}

// The date phrase of the lede for a report published `lag` days after the
// event. style: 0 weekday, 1 relative word, 2 month and day, 3 none.
std::string WhenPhrase(std::size_t style, std::int32_t day, std::int32_t lag) {
  std::string s;
  switch (style) {
    case 1:
      if (lag == 0) return " today";
      if (lag == 1) return " yesterday";
      s = " on ";
      s += Weekday(day);
      return s;
    case 2:
      s = " on ";
      s += MonthName(day);
      s += ' ';
      s += std::to_string(CivilFromDays(day).d);
      return s;
    case 3:
      return s;
    default:
      s = " on ";
      s += Weekday(day);
      return s;
  }
}

// Lede, detail, quotation and background templates by event type.
constexpr const char* kLedeCall[] = {
    "{A} held a phone call with {B}{when}, discussing {topic}.",
    "{A} spoke by phone with {B}{when} about {topic}.",
    "{A} talked with {B} by phone{when}, the {adjA} side said.",
    "{A} held a phone conversation with {B}{when} on {topic}.",
    "{A} had a video call with {B}{when} to discuss {topic}.",
};
constexpr const char* kLedeMeeting[] = {
    "{A} met {B} in {capA}{when} for talks on {topic}.",
    "{A} held talks with {B} in {capA}{when}.",
    "{A} received {B} in {capA}{when} for talks on {topic}.",
    "{A} welcomed {B} to {capA}{when} for talks on {topic}.",
    "{A} hosted {B} for talks in {capA}{when}.",
};
constexpr const char* kLedeAgreement[] = {
    "{A} and {B} signed an agreement on {topic}{when}.",
    "{A} signed a {dadj} agreement with {B} on {topic}{when}.",
    "{A} signed an agreement with {B}{when} on {topic}.",
    "{A} and {B} signed a {dadj} agreement on {topic} in {capA}{when}.",
};
constexpr const char* kLedeAid[] = {
    "{CA} sent {CB} {num} tonnes of {aid}{when}.",
    "{CA} provided {aid} to {CB}{when}.",
    "{CA} delivered {aid} to {CB}{when}.",
    "{CA} sent {aid} to {CB}{when}, officials said.",
};
constexpr const char* kLedeAccusation[] = {
    "{A} accused {CB} of {crime}{when}.",
    "{A} condemned {CB} over {crimeN}{when}.",
    "{A} denounced {CB} for {crimeN}{when}.",
    "{A}{when} accused {CB} of {crime}.",
};
constexpr const char* kLedeSanctions[] = {
    "{CA} imposed {sadj} sanctions on {CB}{when}.",
    "{CA} imposed sanctions on {num} companies from {CB}{when}.",
    "{CA} sanctioned officials from {CB}{when} over {crimeN}.",
    "{CA}{when} imposed {sadj} sanctions on {CB} over {crimeN}.",
};
constexpr const char* kLedeAttack[] = {
    "{CA} carried out airstrikes on {CB}{when}.",
    "{CA} launched a drone attack on {CB}{when}.",
    "{CA} carried out strikes on targets in {CB}{when}, killing {num2} people.",
    "{CA} attacked {target} in {CB} with missiles{when}.",
    "The {adjA} army attacked positions in {CB}{when}.",
};

constexpr const char* kDetailTalks[] = {
    "The two sides discussed {topic2} and {topic3}, according to a statement from {capA}.",
    "{b} thanked {a} for the support on {topic2}.",
    "The talks lasted about {num3} hours, officials said.",
    "Officials in {capB} described the talks as {descr}.",
    "It was the {ordinal} contact between the two {levelword} this year.",
    "{a} and {b} also exchanged views on {topic3}.",
};
constexpr const char* kDetailAgreement[] = {
    "The agreement covers {topic2} and {topic3} and runs for {num3} years.",
    "Officials said the deal was worth {num} million dollars.",
    "The deal was reached after {num3} rounds of negotiations in {capB}.",
    "{b} said the agreement would take cooperation on {topic2} to a new level.",
};
constexpr const char* kDetailAid[] = {
    "The package is worth {num} million dollars, officials said.",
    "{CB} thanked {CA} for the assistance.",
    "The first deliveries are expected within {num3} weeks.",
    "It is the {ordinal} such package this year.",
};
constexpr const char* kDetailAccusation[] = {
    "{CB} rejected the accusations as baseless.",
    "{a} said {CA} had evidence of {crimeN}.",
    "{CA} said it would raise the matter at the United Nations.",
    "Officials in {capB} called the claims absurd.",
};
constexpr const char* kDetailSanctions[] = {
    "The measures target {num} companies and individuals linked to {sector}.",
    "{CB} called the sanctions illegal and vowed to respond.",
    "The sanctions freeze assets and ban travel for those listed.",
    "Officials in {capA} said more measures could follow.",
};
constexpr const char* kDetailAttack[] = {
    "At least {num2} people were killed, officials in {capB} said.",
    "{CB} said its air defences intercepted {num} drones overnight.",
    "{CA} said the strikes targeted military sites.",
    "The attack damaged {target} in several regions.",
};
constexpr const char* kQuoteA[] = {
    "\"{q1},\" {a} said.",
    "\"{q1},\" {a} told reporters.",
    "{a} said: \"{q1}.\"",
    "\"{q1},\" said {a}.",
};
constexpr const char* kQuoteB[] = {
    "\"{q2},\" {b} said.",
    "{b} said: \"{q2}.\"",
    "\"{q2},\" {b} said in a statement.",
};
constexpr const char* kBackground[] = {
    "{CA} and {CB} last held talks in {bgmonth}.",
    "Relations between {CA} and {CB} have been {relation} since {year}.",
    "In {bgmonth}, {CA} signed an agreement with {CB} on {topic3}.",
    "The two countries have held regular consultations on {topic3} since {year}.",
};
constexpr const char* kReaction[] = {
    "{CC} welcomed the talks.",
    "{CC} called for restraint.",
    "The foreign ministry of {CC} said it was following the situation closely.",
    "Officials in {CC} declined to comment.",
};
constexpr const char* kFillers[] = {
    "Analysts said the {fadj} {fnoun} could {fverb} {fobj} in the coming {fperiod}.",
    "Observers noted that {fobj} had become a {fadj} issue in recent {fperiod}.",
    "The development comes amid a {fadj} {fnoun} over {fobj}.",
    "Officials declined to give further details on {fobj}.",
    "A spokesperson said more details on {fobj} would be released in the coming {fperiod}.",
    "Experts cautioned that the {fadj} {fnoun} could still {fverb} {fobj}.",
    "About {fnum} percent of respondents in a recent poll said {fobj} should be a priority.",
    "Critics said the move would do little to {fverb} {fobj}.",
    "The {fadj} {fnoun} is expected to {fverb} {fobj}, economists said.",
    "Questions about {fobj} and the {fadj} {fnoun} remain open.",
};

constexpr const char* kHeadCall[] = {"{ha} and {hb} discuss {topic} by phone", "{ha} holds phone call with {hb}",
                                     "{hadjA} and {hadjB} leaders talk by phone", "{ha}, {hb} speak on {topic}"};
constexpr const char* kHeadMeeting[] = {"{ha} hosts {hb} in {capA}", "{ha} and {hb} meet for talks on {topic}",
                                        "{hadjA}, {hadjB} leaders hold talks in {capA}", "{hb} visits {capA}"};
constexpr const char* kHeadAgreement[] = {"{hCA} and {hCB} sign deal on {topic}", "{hCA}, {hCB} seal {topic} pact",
                                          "New {topic} agreement for {hCA} and {hCB}"};
constexpr const char* kHeadAid[] = {"{hCA} sends {aid} to {hCB}", "{hCB} receives {aid} from {hCA}",
                                    "More {aid} for {hCB}"};
constexpr const char* kHeadAccusation[] = {"{hCA} accuses {hCB} of {crime}", "{hCA} slams {hCB} over {crimeN}",
                                           "Row over {crimeN} as {hCA} blames {hCB}"};
constexpr const char* kHeadSanctions[] = {"{hCA} hits {hCB} with {sadj} sanctions", "{hCA} sanctions {hCB} firms",
                                          "{hCB} vows response to {hCA} sanctions"};
constexpr const char* kHeadAttack[] = {"{hCA} strikes {hCB}", "{hCA} launches attack on {hCB}",
                                       "Deadly strikes hit {hCB}", "{hCB} says {hCA} attacked {target}"};

struct Body {
  std::vector<std::vector<std::string>> paragraphs;
};

// A report's body. `rng` decides the wording; the same rng state gives the
// same body (wire copies re-create the original's this way), except for the
// date phrase, which follows each report's own publication day.
Body Compose(const StoryPlan& s, const Facts& f, Rng& rng, std::int32_t published) {
  Slots slots;
  slots.f = &f;
  const std::size_t variant = rng.Below(3);
  Mentions(*f.ca, f.pa, s.level, variant, slots.A, slots.a);
  Mentions(*f.cb, f.pb, s.level, variant + rng.Below(2), slots.B, slots.b);
  slots.levelword = s.level == Level::kHead ? "leaders" : s.level == Level::kMinister ? "ministers" : "governments";
  const std::size_t style_roll = rng.Below(100);
  const std::size_t style = style_roll < 35 ? 0 : style_roll < 55 ? 1 : style_roll < 82 ? 2 : 3;
  slots.when = WhenPhrase(style, s.day, published - s.day);

  std::vector<std::string> sentences;
  switch (s.type) {
    case EventType::kCall: sentences.push_back(FillPick(kLedeCall, slots, rng)); break;
    case EventType::kMeeting: sentences.push_back(FillPick(kLedeMeeting, slots, rng)); break;
    case EventType::kAgreement: sentences.push_back(FillPick(kLedeAgreement, slots, rng)); break;
    case EventType::kAid: sentences.push_back(FillPick(kLedeAid, slots, rng)); break;
    case EventType::kAccusation: sentences.push_back(FillPick(kLedeAccusation, slots, rng)); break;
    case EventType::kSanctions: sentences.push_back(FillPick(kLedeSanctions, slots, rng)); break;
    case EventType::kAttack: sentences.push_back(FillPick(kLedeAttack, slots, rng)); break;
  }
  const std::size_t total = static_cast<std::size_t>(rng.Between(5, 12));
  // Details of the type, each at most once.
  const std::size_t details = static_cast<std::size_t>(rng.Between(1, 3));
  std::vector<std::size_t> order(6);
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
  for (std::size_t k = 0, taken = 0; k < order.size() && taken < details; ++k) {
    const char* t = nullptr;
    switch (s.type) {
      case EventType::kCall:
      case EventType::kMeeting: t = order[k] < std::size(kDetailTalks) ? kDetailTalks[order[k]] : nullptr; break;
      case EventType::kAgreement: t = order[k] < 4 ? kDetailAgreement[order[k]] : nullptr; break;
      case EventType::kAid: t = order[k] < 4 ? kDetailAid[order[k]] : nullptr; break;
      case EventType::kAccusation: t = order[k] < 4 ? kDetailAccusation[order[k]] : nullptr; break;
      case EventType::kSanctions: t = order[k] < 4 ? kDetailSanctions[order[k]] : nullptr; break;
      case EventType::kAttack: t = order[k] < 4 ? kDetailAttack[order[k]] : nullptr; break;
    }
    if (t == nullptr) continue;
    sentences.push_back(Fill(t, slots, rng));
    ++taken;
  }
  sentences.push_back(FillPick(kQuoteA, slots, rng));
  if (rng.Chance(0.6)) sentences.push_back(FillPick(kQuoteB, slots, rng));
  if (rng.Chance(0.5)) sentences.push_back(FillPick(kBackground, slots, rng));
  if (rng.Chance(0.35)) sentences.push_back(FillPick(kReaction, slots, rng));
  while (sentences.size() > total) sentences.pop_back();
  while (sentences.size() < total) {
    const std::size_t at = 2 + rng.Below(sentences.size() - 1);
    sentences.insert(sentences.begin() + static_cast<std::ptrdiff_t>(std::min(at, sentences.size())),
                     FillPick(kFillers, slots, rng));
  }
  // Paragraphs of one or two sentences; the lede alone most of the time.
  Body body;
  std::size_t i = 0;
  while (i < sentences.size()) {
    const std::size_t n = (i == 0 ? rng.Chance(0.2) : rng.Chance(0.5)) ? 2 : 1;
    std::vector<std::string> paragraph;
    for (std::size_t k = 0; k < n && i < sentences.size(); ++k) paragraph.push_back(std::move(sentences[i++]));
    body.paragraphs.push_back(std::move(paragraph));
  }
  return body;
}

std::string Headline(const StoryPlan& s, const Facts& f, Rng& rng) {
  // Headline slots beyond the body's: short names as headlines write them
  // (the family name, which comes first in Chinese and Korean names).
  auto short_name = [&](const CountryInfo& c, const Person* p) {
    if (p == nullptr) return std::string(c.name);
    const std::string_view name = p->name;
    const std::string_view code = c.code;
    if (code == "CHN" || code == "PRK" || code == "KOR" || code == "TWN") return std::string(name.substr(0, name.find(' ')));
    if (code == "MMR" || name.find(" bin ") != std::string_view::npos) return std::string(name);
    if (name.rfind("Luiz Inacio Lula", 0) == 0) return std::string("Lula");
    const std::size_t space = name.rfind(' ');
    return std::string(space == std::string_view::npos ? name : name.substr(space + 1));
  };
  auto country = [](const CountryInfo& c) {
    std::string n = c.name;
    if (n.rfind("the ", 0) == 0) n.erase(0, 4);
    return n;
  };
  const char* tmpl = "";
  switch (s.type) {
    case EventType::kCall: tmpl = rng.Pick(kHeadCall); break;
    case EventType::kMeeting: tmpl = rng.Pick(kHeadMeeting); break;
    case EventType::kAgreement: tmpl = rng.Pick(kHeadAgreement); break;
    case EventType::kAid: tmpl = rng.Pick(kHeadAid); break;
    case EventType::kAccusation: tmpl = rng.Pick(kHeadAccusation); break;
    case EventType::kSanctions: tmpl = rng.Pick(kHeadSanctions); break;
    case EventType::kAttack: tmpl = rng.Pick(kHeadAttack); break;
  }
  std::string out;
  const std::string_view t = tmpl;
  Slots slots;
  slots.f = &f;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] != '{') {
      out += t[i++];
      continue;
    }
    const std::size_t close = t.find('}', i);
    const std::string_view key = t.substr(i + 1, close - i - 1);
    i = close + 1;
    if (key == "ha") {
      out += short_name(*f.ca, f.pa);
    } else if (key == "hb") {
      out += short_name(*f.cb, f.pb);
    } else if (key == "hCA") {
      out += country(*f.ca);
    } else if (key == "hCB") {
      out += country(*f.cb);
    } else if (key == "hadjA") {
      out += f.ca->adj;
    } else if (key == "hadjB") {
      out += f.cb->adj;
    } else {
      out += slots.Get(key, rng);
    }
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string DocId(std::size_t index) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "doc%06zu", index);
  return buf;
}

// Renders docs[index] of the plan into `doc` (title line, blank line, body).
void Render(const Plan& plan, std::size_t index, Document& doc) {
  const DocPlan& d = plan.docs[index];
  const StoryPlan& s = plan.stories[d.story];
  const Facts f = MakeFacts(s);
  Body body;
  if (d.role == 2) {
    Rng rng(Mix(d.seed, 2));
    body = Compose(s, f, rng, d.published);
  } else {
    Rng rng(Mix(s.seed, 3));  // the wire original's wording
    body = Compose(s, f, rng, d.published);
    if (d.role == 1) {
      // The copy desk: cut the last paragraph, or swap a sentence for another.
      Rng edit(Mix(d.seed, 4));
      if (body.paragraphs.size() >= 4 && edit.Chance(0.5)) body.paragraphs.pop_back();
      if (edit.Chance(0.35) && body.paragraphs.size() >= 2) {
        std::vector<std::string>& p = body.paragraphs[1 + edit.Below(body.paragraphs.size() - 1)];
        Slots slots;
        slots.f = &f;
        p[edit.Below(p.size())] = FillPick(kFillers, slots, edit);
      }
    }
  }
  Rng head(Mix(d.seed, 5));
  const std::string title = Headline(s, f, head);

  doc = Document{};
  doc.id = DocId(index);
  doc.outlet = d.role == 0 ? kWires[d.outlet] : kPapers[d.outlet];
  doc.published = IsoDay(d.published);
  doc.title = title;
  doc.language = "en";
  doc.format = readout::InputFormat::kText;
  doc.source = "generated";
  doc.text = title;
  doc.title_span = readout::Span{0, static_cast<std::uint32_t>(title.size())};
  doc.text += "\n\n";
  const auto body_begin = static_cast<std::uint32_t>(doc.text.size());
  for (std::size_t p = 0; p < body.paragraphs.size(); ++p) {
    if (p > 0) doc.text += "\n\n";
    for (std::size_t k = 0; k < body.paragraphs[p].size(); ++k) {
      if (k > 0) doc.text += ' ';
      doc.text += body.paragraphs[p][k];
    }
  }
  doc.text += '\n';
  doc.content.push_back(readout::Span{body_begin, static_cast<std::uint32_t>(doc.text.size())});
}

// ------------------------------------------------------------------ quality

// What is kept of each document for scoring: its truth, where it went and
// what its digest said.
struct DocInfo {
  std::uint32_t story = 0;
  std::uint32_t cluster = 0;
  std::string dyad;  // "RUS|UKR", "" when none
  std::string code;
  std::string date;
  bool dated = false;
  std::int32_t day = 0;
};

std::string TrueDyad(const StoryPlan& s) {
  std::string a = kCountries[s.a].code, b = kCountries[s.b].code;
  if (b < a) std::swap(a, b);
  std::string key = a;
  key += '|';
  key += b;
  return key;
}

bool RootFits(const StoryPlan& s, const std::string& code) {
  if (code.size() < 2) return false;
  return std::string_view(kTypeRoots[static_cast<std::size_t>(s.type)]).find(code.substr(0, 2)) !=
         std::string_view::npos;
}

double Pairs(std::uint64_t n) { return static_cast<double>(n) * static_cast<double>(n - (n > 0 ? 1 : 0)) / 2.0; }

struct Quality {
  double precision = 0, recall = 0, f1 = 0;
  std::size_t exact = 0;  // true stories recovered exactly
  std::size_t found = 0;
  std::size_t found_multi = 0;   // found stories with 2+ documents
  std::size_t mixed = 0;         // found stories holding 2+ true stories
  std::size_t split = 0;         // true stories spread over 2+ found stories
};

void PrintDoc(const Plan& plan, const std::vector<DocInfo>& info, std::size_t i, const char* why) {
  Document doc;
  Render(plan, i, doc);
  const StoryPlan& s = plan.stories[info[i].story];
  const std::string first = doc.text.substr(doc.content[0].begin, doc.text.find('\n', doc.content[0].begin) -
                                                                      doc.content[0].begin);
  std::printf("    %s %s (%s, %s) truth: story %u %s %s %s | digest: %s %s %s | cluster %u\n"
              "      %s\n      %.160s\n",
              why, doc.id.c_str(), doc.outlet.c_str(), doc.published.c_str(), info[i].story,
              TrueDyad(s).c_str(), kTypeNames[static_cast<std::size_t>(s.type)], IsoDay(s.day).c_str(),
              info[i].dyad.empty() ? "-" : info[i].dyad.c_str(), info[i].date.empty() ? "-" : info[i].date.c_str(),
              info[i].code.empty() ? "-" : info[i].code.c_str(), info[i].cluster, doc.title.c_str(), first.c_str());
}

// The window of days of a date "YYYY-MM-DD" or "YYYY-MM"; false when neither.
bool DateWindow(const std::string& date, std::int32_t& first, std::int32_t& last) {
  int y = 0, m = 0, d = 0;
  if (date.size() == 10 && std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
    first = last = DaysFromCivil(y, m, d);
    return true;
  }
  if (date.size() == 7 && std::sscanf(date.c_str(), "%4d-%2d", &y, &m) == 2) {
    first = DaysFromCivil(y, m, 1);
    last = DaysFromCivil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
    return true;
  }
  return false;
}

Quality Score(const Plan& plan, const std::vector<DocInfo>& info, const std::vector<readout::stories::Story>& found,
              std::size_t examples) {
  Quality q;
  const std::size_t clusters = found.size();
  q.found = clusters;
  std::vector<std::uint32_t> cluster_size(clusters, 0), story_size(plan.stories.size(), 0);
  std::unordered_map<std::uint64_t, std::uint32_t> cells;
  for (const DocInfo& d : info) {
    ++cluster_size[d.cluster];
    ++story_size[d.story];
    ++cells[(static_cast<std::uint64_t>(d.cluster) << 32) | d.story];
  }
  double together = 0, found_pairs = 0, true_pairs = 0;
  for (const auto& [key, n] : cells) together += Pairs(n);
  for (const std::uint32_t n : cluster_size) {
    found_pairs += Pairs(n);
    if (n >= 2) ++q.found_multi;
  }
  for (const std::uint32_t n : story_size) true_pairs += Pairs(n);
  q.precision = found_pairs > 0 ? together / found_pairs : 1;
  q.recall = true_pairs > 0 ? together / true_pairs : 1;
  q.f1 = q.precision + q.recall > 0 ? 2 * q.precision * q.recall / (q.precision + q.recall) : 0;
  std::vector<std::uint32_t> stories_in_cluster(clusters, 0), clusters_of_story(plan.stories.size(), 0);
  // Each true story's main cluster and each cluster's main story (most documents).
  std::vector<std::uint32_t> main_cluster(plan.stories.size(), 0), main_cluster_n(plan.stories.size(), 0);
  std::vector<std::uint32_t> main_story(clusters, 0), main_story_n(clusters, 0);
  for (const auto& [key, n] : cells) {
    const auto c = static_cast<std::uint32_t>(key >> 32);
    const auto s = static_cast<std::uint32_t>(key & 0xffffffffu);
    ++stories_in_cluster[c];
    ++clusters_of_story[s];
    if (n == cluster_size[c] && n == story_size[s]) ++q.exact;
    if (n > main_cluster_n[s] || (n == main_cluster_n[s] && c < main_cluster[s])) {
      main_cluster[s] = c;
      main_cluster_n[s] = n;
    }
    if (n > main_story_n[c] || (n == main_story_n[c] && s < main_story[c])) {
      main_story[c] = s;
      main_story_n[c] = n;
    }
  }
  // The first document of each story's main cluster stands for that cluster.
  std::vector<std::size_t> representative(plan.stories.size(), info.size());
  for (std::size_t i = 0; i < info.size(); ++i) {
    const std::uint32_t s = info[i].story;
    if (representative[s] == info.size() && info[i].cluster == main_cluster[s]) representative[s] = i;
  }
  for (const std::uint32_t n : stories_in_cluster) q.mixed += n >= 2 ? 1u : 0u;
  for (const std::uint32_t n : clusters_of_story) q.split += n >= 2 ? 1u : 0u;

  // Merges: documents in a cluster whose main story is another one.
  enum { kSamePairFamilyNear, kSamePairNear, kSamePairFar, kSharedCountry, kOtherPair, kMergeKinds };
  const char* merge_names[kMergeKinds] = {
      "same pair, same type, within 31 days", "same pair, other type, within 31 days",
      "same pair, more than 31 days apart", "pairs sharing one country", "unrelated pairs"};
  std::size_t merged[kMergeKinds] = {};
  // Splits: documents outside their story's main cluster, by what their digest got wrong.
  enum { kNoDyad, kWrongDyad, kWrongDate, kStoryDate, kWrongFamily, kOther, kSplitKinds };
  const char* split_names[kSplitKinds] = {
      "no dyad in the digest", "another dyad than the true pair", "date more than 2 days off (or none)",
      "main cluster's date more than 2 days off", "root differs from the main cluster's",
      "dyad, date and root agree (score too low)"};
  std::size_t split_docs[kSplitKinds] = {};
  // At most one example of each kind, `examples` in all.
  std::vector<std::size_t> merge_examples, split_examples;
  bool merge_shown[kMergeKinds] = {}, split_shown[kSplitKinds] = {};
  for (std::size_t i = 0; i < info.size(); ++i) {
    const DocInfo& d = info[i];
    const StoryPlan& truth = plan.stories[d.story];
    if (main_story[d.cluster] != d.story) {
      const StoryPlan& host = plan.stories[main_story[d.cluster]];
      const bool same_pair = TrueDyad(truth) == TrueDyad(host);
      const bool near = std::abs(truth.day - host.day) <= 31;
      int kind = kOtherPair;
      if (same_pair) {
        kind = !near ? kSamePairFar : truth.type == host.type ? kSamePairFamilyNear : kSamePairNear;
      } else if (truth.a == host.a || truth.a == host.b || truth.b == host.a || truth.b == host.b) {
        kind = kSharedCountry;
      }
      ++merged[kind];
      if (merge_examples.size() < examples && !merge_shown[kind]) {
        merge_shown[kind] = true;
        merge_examples.push_back(i);
      }
    }
    if (main_cluster[d.story] != d.cluster) {
      // Compare with a document of the main cluster of the same story.
      int kind = kOther;
      const int off = d.dated ? std::abs(d.day - truth.day) : 1000;
      const readout::stories::Story& main = found[main_cluster[d.story]];
      std::int32_t first = 0, last = 0;
      const bool main_dated = DateWindow(main.date, first, last);
      if (d.dyad.empty()) {
        kind = kNoDyad;
      } else if (d.dyad != TrueDyad(truth)) {
        kind = kWrongDyad;
      } else if (off > 2) {
        kind = kWrongDate;
      } else if (main_dated && (d.day > last + 2 || d.day < first - 2)) {
        kind = kStoryDate;
      } else if (main.code.substr(0, std::min<std::size_t>(2, main.code.size())) !=
                 d.code.substr(0, std::min<std::size_t>(2, d.code.size()))) {
        kind = kWrongFamily;
      }
      ++split_docs[kind];
      if (split_examples.size() < examples && !split_shown[kind]) {
        split_shown[kind] = true;
        split_examples.push_back(i);
      }
    }
  }
  std::size_t merged_total = 0, split_total = 0;
  for (const std::size_t n : merged) merged_total += n;
  for (const std::size_t n : split_docs) split_total += n;
  std::printf("  wrongly merged: %zu documents in a story that is mostly another one\n", merged_total);
  for (int k = 0; k < kMergeKinds; ++k) std::printf("    %-44s %8zu\n", merge_names[k], merged[k]);
  std::printf("  wrongly split: %zu documents outside their story's main cluster\n", split_total);
  for (int k = 0; k < kSplitKinds; ++k) std::printf("    %-44s %8zu\n", split_names[k], split_docs[k]);
  if (!merge_examples.empty()) std::printf("  examples of merged documents:\n");
  for (const std::size_t i : merge_examples) {
    PrintDoc(plan, info, i, "merged");
    const std::uint32_t host = main_story[info[i].cluster];
    for (std::size_t j = 0; j < info.size(); ++j) {
      if (info[j].story == host && info[j].cluster == info[i].cluster) {
        PrintDoc(plan, info, j, "  into");
        break;
      }
    }
  }
  if (!split_examples.empty()) std::printf("  examples of split documents:\n");
  for (const std::size_t i : split_examples) {
    PrintDoc(plan, info, i, "split ");
    PrintDoc(plan, info, representative[info[i].story], "  from");
    const readout::stories::Story& main = found[main_cluster[info[i].story]];
    std::printf("      that cluster: %zu documents, date %s, dyad %s|%s, code %s\n", main.members.size(),
                main.date.c_str(), main.dyad_a.c_str(), main.dyad_b.c_str(), main.code.c_str());
  }
  return q;
}

// How well the digests name the true event: dyad, date and CAMEO root, by type.
void PrintDigestAccuracy(const Plan& plan, const std::vector<DocInfo>& info) {
  struct Row {
    std::size_t docs = 0, dyad = 0, no_dyad = 0, date_exact = 0, date_near = 0, root = 0;
    std::map<std::string, std::size_t> roots;
  };
  std::array<Row, kTypeCount> rows{};
  Row all;
  for (const DocInfo& d : info) {
    const StoryPlan& s = plan.stories[d.story];
    for (Row* r : {&rows[static_cast<std::size_t>(s.type)], &all}) {
      ++r->docs;
      r->dyad += d.dyad == TrueDyad(s) ? 1u : 0u;
      r->no_dyad += d.dyad.empty() ? 1u : 0u;
      r->date_exact += d.dated && d.day == s.day ? 1u : 0u;
      r->date_near += d.dated && std::abs(d.day - s.day) <= 2 ? 1u : 0u;
      r->root += RootFits(s, d.code) ? 1u : 0u;
      ++r->roots[d.code.size() >= 2 ? d.code.substr(0, 2) : "-"];
    }
  }
  auto pct = [](std::size_t n, std::size_t of) { return of > 0 ? 100.0 * static_cast<double>(n) / static_cast<double>(of) : 0.0; };
  std::printf("  digest vs truth        docs   dyad  no-dyad  date=   date+-2  root ok  commonest roots\n");
  for (std::size_t t = 0; t <= kTypeCount; ++t) {
    const Row& r = t < kTypeCount ? rows[t] : all;
    std::vector<std::pair<std::size_t, std::string>> top;
    for (const auto& [root, n] : r.roots) top.emplace_back(n, root);
    std::sort(top.rbegin(), top.rend());
    std::string roots;
    for (std::size_t k = 0; k < top.size() && k < 3; ++k) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%s%s %.0f%%", k > 0 ? ", " : "", top[k].second.c_str(), pct(top[k].first, r.docs));
      roots += buf;
    }
    std::printf("  %-18s %8zu %5.1f%% %6.1f%% %6.1f%% %6.1f%% %7.1f%%  %s\n",
                t < kTypeCount ? kTypeNames[t] : "all", r.docs, pct(r.dyad, r.docs), pct(r.no_dyad, r.docs),
                pct(r.date_exact, r.docs), pct(r.date_near, r.docs), pct(r.root, r.docs), roots.c_str());
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    Usage(stderr);
    return 2;
  }
  const double rss_start = PeakRssMiB();

  // Dictionaries and analysers.
  std::printf("cluster_throughput: dictionaries from %s\n", opt.config.c_str());
  Diagnostics diags;
  readout::dict::DictionarySet dicts;
  const Clock::time_point t_load = Clock::now();
  if (!readout::bench::LoadDictionarySet(opt.config, "cluster_throughput", dicts, diags)) return 1;
  readout::events::CoderOptions coder_options;
  if (!readout::bench::LoadCoderOptions(opt.gazetteer, "cluster_throughput", coder_options)) return 1;
  readout::Result<std::shared_ptr<const readout::events::Coder>> coder =
      readout::events::Coder::Create(dicts, diags, coder_options);
  readout::Result<std::shared_ptr<const readout::quotes::Extractor>> extractor =
      readout::quotes::Extractor::Create(dicts, diags);
  for (const readout::Status& s : {coder.status(), extractor.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "cluster_throughput: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  dicts = readout::dict::DictionarySet{};  // the compiled analysers keep what they need
  const double load_seconds = Seconds(Clock::now() - t_load);
  const double rss_analysers = PeakRssMiB();
  std::printf("  coder and quote extractor built in %.2f s (%zu warnings, %zu errors)%s\n", load_seconds,
              diags.warnings(), diags.errors(), opt.gazetteer.empty() ? "; no gazetteer" : "");

  // The plan: stories and their reports.
  const Clock::time_point t_plan = Clock::now();
  const double c_plan = CpuSeconds();
  const Plan plan = MakePlan(opt.docs, opt.seed);
  const double plan_cpu = CpuSeconds() - c_plan;
  double generation_seconds = Seconds(Clock::now() - t_plan);
  std::size_t countries_with_people = 0;
  for (std::size_t c = 0; c < kCountryCount; ++c) countries_with_people += HasPeople(c) ? 1u : 0u;
  std::array<std::size_t, kTypeCount> by_type{};
  for (const StoryPlan& s : plan.stories) ++by_type[static_cast<std::size_t>(s.type)];
  std::array<std::size_t, 3> by_role{};
  for (const DocPlan& d : plan.docs) ++by_role[d.role];
  std::printf("cluster_throughput: generated corpus (seed %llu)\n", static_cast<unsigned long long>(opt.seed));
  std::printf("  %zu stories, %zu documents (%zu wire originals, %zu wire copies, %zu rewrites)\n",
              plan.stories.size(), plan.docs.size(), by_role[0], by_role[1], by_role[2]);
  std::printf("  %zu countries (%zu with people in the dictionaries), %zu pairs (%zu hostile), busiest pair %zu "
              "stories;\n  %zu stories have a story of the same pair and type within 31 days\n",
              kCountryCount, countries_with_people, plan.pairs, plan.hostile_pairs, plan.busiest_pair,
              plan.same_pair_type_within_31);
  std::printf("  by type:");
  for (std::size_t t = 0; t < kTypeCount; ++t) std::printf(" %s %zu", kTypeNames[t], by_type[t]);
  std::printf("\n");

  // Analysis: one document at a time, keeping only its digest.
  const readout::text::TextPipeline pipeline;
  readout::text::TextAnalysis analysis;
  std::vector<readout::events::Event> events;
  std::vector<readout::quotes::Quote> quotes;
  std::vector<readout::stories::Digest> digests;
  digests.reserve(plan.docs.size());
  std::vector<DocInfo> info(plan.docs.size());
  Document doc;
  double analysis_seconds = 0, analysis_cpu = 0, generation_cpu = 0;
  std::size_t sentences = 0, event_count = 0, quote_count = 0;
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < plan.docs.size(); ++i) {
    const Clock::time_point t0 = Clock::now();
    const double c0 = CpuSeconds();
    Render(plan, i, doc);
    const Clock::time_point t1 = Clock::now();
    const double c1 = CpuSeconds();
    pipeline.Analyze(doc, analysis);
    events.clear();
    (*coder)->Code(doc, analysis, events);
    quotes.clear();
    (*extractor)->Extract(doc, analysis, quotes);
    digests.push_back(readout::stories::Summarize(doc, analysis, events, quotes));
    const Clock::time_point t2 = Clock::now();
    const double c2 = CpuSeconds();
    generation_seconds += Seconds(t1 - t0);
    analysis_seconds += Seconds(t2 - t1);
    generation_cpu += c1 - c0;
    analysis_cpu += c2 - c1;
    sentences += analysis.sentences.size();
    event_count += events.size();
    quote_count += quotes.size();
    bytes += doc.text.size();

    const readout::stories::Digest& g = digests.back();
    DocInfo& d = info[i];
    d.story = plan.docs[i].story;
    if (!g.dyad_a.empty()) d.dyad = g.dyad_a + "|" + g.dyad_b;
    d.code = g.code;
    d.date = g.date;
    d.dated = g.dated;
    d.day = g.day_first;
    if (i < opt.sample) {
      std::printf("---- %s %s %s truth: %s %s %s\n%s\n", doc.id.c_str(), doc.outlet.c_str(), doc.published.c_str(),
                  TrueDyad(plan.stories[d.story]).c_str(),
                  kTypeNames[static_cast<std::size_t>(plan.stories[d.story].type)],
                  IsoDay(plan.stories[d.story].day).c_str(), doc.text.c_str());
      for (const readout::events::Event& e : events) {
        std::printf("  event s%u %s %s -> %s %s (%s) %s\n", e.sentence, e.code.c_str(), e.source.code.c_str(),
                    e.target.code.c_str(), e.date.c_str(), e.date_precision.c_str(),
                    std::string(readout::events::ModalityName(e.modality)).c_str());
      }
      std::printf("  digest: dyad %s date %s (%s) code %s features %zu\n", d.dyad.c_str(), g.date.c_str(),
                  g.date_precision.c_str(), g.code.c_str(), g.features.size());
    }
  }
  const double rss_before_cluster = PeakRssMiB();
  const double current_before_cluster = CurrentRssMiB();

  // Clustering alone.
  readout::stories::Clusterer clusterer;
  const Clock::time_point t_cluster = Clock::now();
  const double c_cluster = CpuSeconds();
  // Online, as an archive grows: each document placed on arrival against
  // the corpus seen so far, then one merge pass.
  for (std::size_t i = 0; i < digests.size(); ++i) clusterer.Add(std::move(digests[i]));
  const double add_seconds = Seconds(Clock::now() - t_cluster);
  const double add_cpu = CpuSeconds() - c_cluster;
  clusterer.Refine();
  const double cluster_seconds = Seconds(Clock::now() - t_cluster);
  const double cluster_cpu = CpuSeconds() - c_cluster;
  const double rss_end = PeakRssMiB();
  const double current_end = CurrentRssMiB();

  // Every document in exactly one story.
  const std::vector<readout::stories::Story>& stories = clusterer.stories();
  for (std::size_t c = 0; c < stories.size(); ++c) {
    for (const std::string& member : stories[c].members) {
      const std::size_t index = member.size() > 3 ? std::strtoull(member.c_str() + 3, nullptr, 10) : plan.docs.size();
      if (index < plan.docs.size()) info[index].cluster = static_cast<std::uint32_t>(c);
    }
  }
  std::vector<std::uint32_t> seen(plan.docs.size(), 0);
  for (std::size_t c = 0; c < stories.size(); ++c) {
    for (const std::string& member : stories[c].members) {
      const std::size_t index = member.size() > 3 ? std::strtoull(member.c_str() + 3, nullptr, 10) : plan.docs.size();
      if (index >= plan.docs.size() || member != DocId(index) || info[index].cluster != c) {
        std::fprintf(stderr, "cluster_throughput: story %s holds '%s', which is no document or is in two stories\n",
                     stories[c].id.c_str(), member.c_str());
        return 1;
      }
      ++seen[index];
    }
  }
  if (clusterer.documents() != plan.docs.size() ||
      std::any_of(seen.begin(), seen.end(), [](std::uint32_t n) { return n != 1; })) {
    std::fprintf(stderr, "cluster_throughput: not every document is in exactly one story\n");
    return 1;
  }

  const std::size_t n = plan.docs.size();
  std::printf("cluster_throughput: %zu documents, %.1f MB, %zu sentences, %zu events, %zu quotes, one thread\n", n,
              static_cast<double>(bytes) / 1e6, sentences, event_count, quote_count);
  std::printf("                             wall      documents/s    CPU (thread)  documents/CPU s\n");
  auto row = [n](const char* what, double wall, double cpu, const char* note) {
    std::printf("  %-22s %8.3f s  %10.0f  %10.3f s  %10.0f  %s\n", what, wall, PerSecond(n, wall), cpu,
                PerSecond(n, cpu), note);
  };
  row("generation (excluded)", generation_seconds, generation_cpu + plan_cpu, "");
  row("analysis", analysis_seconds, analysis_cpu, "text + code + quotes + Summarize");
  row("clustering", cluster_seconds, cluster_cpu, "Clusterer::Add + Refine");
  row("  of which Add", add_seconds, add_cpu, "placing each document on arrival");
  row("  of which Refine", cluster_seconds - add_seconds, cluster_cpu - add_cpu, "merge and split passes");
  row("analysis + clustering", analysis_seconds + cluster_seconds, analysis_cpu + cluster_cpu, "");
  std::printf("  peak RSS: start %.1f MiB, analysers built %.1f MiB, before clustering %.1f MiB, end %.1f MiB\n",
              rss_start, rss_analysers, rss_before_cluster, rss_end);
  std::printf("  current RSS: before clustering %.1f MiB (digests held), after clustering %.1f MiB\n",
              current_before_cluster, current_end);

  std::printf("cluster_throughput: quality against the generator's truth\n");
  PrintDigestAccuracy(plan, info);
  const Quality q = Score(plan, info, stories, opt.examples);
  std::printf("  stories: %zu found (%zu with 2+ documents) for %zu generated; %zu found stories mix 2+ true "
              "ones, %zu true stories are split\n",
              q.found, q.found_multi, plan.stories.size(), q.mixed, q.split);
  std::printf("  pairwise precision %.4f  recall %.4f  F1 %.4f;  true stories recovered exactly: %zu of %zu "
              "(%.1f%%)\n",
              q.precision, q.recall, q.f1, q.exact, plan.stories.size(),
              100.0 * static_cast<double>(q.exact) / static_cast<double>(plan.stories.size()));

  std::printf("docs=%zu\n", n);
  std::printf("stories_generated=%zu\nstories_found=%zu\n", plan.stories.size(), q.found);
  std::printf("generation_seconds=%.6f\n", generation_seconds);
  std::printf("analysis_seconds=%.6f\n", analysis_seconds);
  std::printf("cluster_seconds=%.6f\n", cluster_seconds);
  std::printf("analysis_docs_per_second=%.1f\n", PerSecond(n, analysis_seconds));
  std::printf("cluster_docs_per_second=%.1f\n", PerSecond(n, cluster_seconds));
  std::printf("analysis_cpu_seconds=%.6f\ncluster_cpu_seconds=%.6f\n", analysis_cpu, cluster_cpu);
  std::printf("pairwise_precision=%.4f\npairwise_recall=%.4f\npairwise_f1=%.4f\n", q.precision, q.recall, q.f1);
  std::printf("exact_story_share=%.4f\n", static_cast<double>(q.exact) / static_cast<double>(plan.stories.size()));
  std::printf("rss_before_cluster_mib=%.1f\nrss_end_mib=%.1f\n", rss_before_cluster, rss_end);
  return 0;
}
