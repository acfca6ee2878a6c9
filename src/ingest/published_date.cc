// Publication dates a crawler did not hand over, found where newsrooms put
// them. In order of trust:
//   url       /2025/02/24/, /2025-02-24/, /20250224/, _2025-02-24 (a day),
//             /2025/02/ (a month): what the CMS stamped when it published;
//   dateline  the top lines of the text: a dateline ("KOKOMO, Ind. (June 15,
//             2014) --", "BEIJING, Feb. 24 (Xinhua) --"), a byline or stamp
//             ("Published Wednesday, Jan. 21, 2015", "Updated: July 7,
//             2012, 10: 04 PM ET", "First Published: June 13, 2013"), or a
//             line that is only a date;
//   text      the latest full date the text names: a report is written after
//             what it tells.
// A photo caption or credit ("file photo, Kazan, Oct 22, 2024") is another
// event's date and is never read. A dateline without a year takes the year
// of the URL or, failing that, the year (the latest the lede names, or one
// of the two after it) on which its day falls on the weekday the lede names
// ("April 30 (Reuters) - ... said on Monday": 2018); without such a year it
// is not used. Dates named in the text are read from the lede only: later
// paragraphs are background ("a memo dated Feb. 8, 2017").
#include "ingest/published_date.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "ingest/date.h"
#include "ingest/strings.h"

namespace readout::ingest {
namespace {

// The top of an article: datelines and stamps sit in its first lines.
constexpr std::size_t kTopLines = 8;
// Only this much of a line is read for a dateline or stamp.
constexpr std::size_t kTopLineBytes = 300;
// A line that is only a date (with a time, a weekday, a zone) is short.
constexpr std::size_t kDateOnlyLine = 80;

struct Day {
  int year = 0, month = 0, day = 0;
  bool ok() const { return year > 0; }
  std::string Iso() const { return FormatDay(year, month, day); }
  bool operator<(const Day& o) const {
    return year != o.year ? year < o.year : month != o.month ? month < o.month : day < o.day;
  }
};

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return IsAsciiDigit(c); });
}

int Number(std::string_view s) {
  int v = 0;
  for (const char c : s) v = v * 10 + (c - '0');
  return v;
}

// The URL's path, split at '/', '-', '_' and '.': a date is three pieces
// YYYY MM DD in a row, or one YYYYMMDD; YYYY MM alone gives the month.
struct UrlDate {
  Day day;
  int year = 0, month = 0;  // month precision when day is unknown
};

constexpr std::string_view kMonthPieces[] = {"01", "02", "03", "04", "05", "06",
                                             "07", "08", "09", "10", "11", "12"};

// 1-12 for a month's name or three-letter abbreviation, any case; else 0.
int MonthOfWord(std::string_view word) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",
                                                "may",     "june",     "july",      "august",
                                                "september", "october", "november", "december"};
  const std::string lower = LowerAscii(word);
  for (int m = 0; m < 12; ++m) {
    if (lower == kNames[m] || (lower.size() == 3 && kNames[m].substr(0, 3) == lower)) return m + 1;
  }
  return 0;
}

UrlDate FromUrl(std::string_view url) {
  UrlDate found;
  std::size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return found;
  std::string_view path = url.substr(start);
  path = path.substr(0, std::min(path.find('?'), path.find('#')));
  std::vector<std::string_view> pieces;
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t j = i;
    while (j < path.size() && IsAsciiDigit(path[j])) ++j;
    if (j > i) {
      // Digits glued to letters ("a2013b") are an id, not a date.
      const bool glued = (i > 0 && IsAsciiAlpha(path[i - 1])) || (j < path.size() && IsAsciiAlpha(path[j]));
      pieces.push_back(glued ? std::string_view() : path.substr(i, j - i));
      i = j;
    } else if (IsAsciiAlpha(path[i])) {
      std::size_t k = i;
      while (k < path.size() && IsAsciiAlpha(path[k])) ++k;
      // A month by name, as some papers write it (/2013/aug/02/).
      const int month = MonthOfWord(path.substr(i, k - i));
      pieces.push_back(month > 0 ? kMonthPieces[month - 1] : std::string_view());
      i = k;
    } else {
      ++i;
    }
  }
  const auto year_of = [](std::string_view p) {
    const int y = AllDigits(p) && p.size() == 4 ? Number(p) : 0;
    return y >= 1990 && y <= 2099 ? y : 0;
  };
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const std::string_view p = pieces[k];
    if (p.size() == 8 && AllDigits(p) && year_of(p.substr(0, 4)) > 0) {
      const Day d{Number(p.substr(0, 4)), Number(p.substr(4, 2)), Number(p.substr(6, 2))};
      if (!d.Iso().empty()) {
        found.day = d;
        return found;
      }
    }
    const int y = year_of(p);
    if (y == 0 || k + 1 >= pieces.size()) continue;
    const std::string_view mp = pieces[k + 1];
    if (mp.empty() || mp.size() > 2 || !AllDigits(mp)) continue;
    const int m = Number(mp);
    if (m < 1 || m > 12) continue;
    if (k + 2 < pieces.size() && !pieces[k + 2].empty() && pieces[k + 2].size() <= 2 && AllDigits(pieces[k + 2])) {
      const Day d{y, m, Number(pieces[k + 2])};
      if (!d.Iso().empty()) {
        found.day = d;
        return found;
      }
    }
    if (found.year == 0) {
      found.year = y;
      found.month = m;
    }
  }
  return found;
}

bool Contains(const std::string& lower, std::string_view what) {
  return lower.find(what) != std::string::npos;
}

// Photo captions and credits carry the date of the picture, not of the report.
bool IsCaption(std::string_view line) {
  const std::string lower = LowerAscii(line.substr(0, std::min<std::size_t>(line.size(), 400)));
  for (const std::string_view marker :
       {"file photo", "photo:", "photo by", "photo credit", "photograph", "(photo", "image:", "image credit",
        "credit:", "getty images", "ap photo", "reuters/", "/reuters", "afp/", "/afp", "picture taken",
        "pictured", "photo/", "/photo", "screenshot", "caption"}) {
    if (Contains(lower, marker)) return true;
  }
  return false;
}

// A stamp: "Published", "Posted", "Updated", "Last updated", "First
// Published", "Article posted on", "Date:" before the date.
bool IsStamp(std::string_view before_date) {
  const std::string lower = LowerAscii(before_date);
  for (const std::string_view word : {"published", "posted", "updated", "date:", "dated", "created", "issued"}) {
    if (Contains(lower, word)) return true;
  }
  return false;
}

// A dateline: a place in capitals, then the date and an agency or a dash
// ("WASHINGTON, Feb. 24 (Reuters) -", "KOKOMO, Ind. (June 15, 2014) --",
// "April 29 (UPI) --").
bool IsDateline(std::string_view line, const WrittenDate& d) {
  if (d.begin > 60) return false;
  const std::string_view after = line.substr(d.end, std::min<std::size_t>(line.size() - d.end, 40));
  const bool dash = after.find("--") != std::string_view::npos || after.find("\xE2\x80\x94") != std::string_view::npos ||
                    after.find("\xE2\x80\x93") != std::string_view::npos || after.find(" - ") != std::string_view::npos;
  const bool agency = !after.empty() && (after.find('(') != std::string_view::npos || after.front() == ')');
  if (!dash && !agency) return false;
  // What precedes the date is a place: capitalised words and commas only.
  const std::string_view before = line.substr(0, d.begin);
  for (const char c : before) {
    if (!IsAsciiAlpha(c) && c != ' ' && c != ',' && c != '.' && c != '(' && c != '\'' && c != '-') return false;
  }
  return before.empty() || IsAsciiUpper(before.front());
}

// A line that is a date and little else: "November 12, 2011",
// "11: 39am UK, Monday 09 September 2013", "9 September 2013 11: 55".
bool IsDateOnly(std::string_view line, const WrittenDate& d) {
  if (line.size() > kDateOnlyLine) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i >= d.begin && i < d.end) continue;
    if (IsAsciiAlpha(line[i])) ++letters;
  }
  return letters <= 24;
}

// The latest year (1990-2099) a line names, 0 if none.
int LatestYear(std::string_view text) {
  int latest = 0;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!IsAsciiDigit(text[i]) || (i > 0 && IsAsciiDigit(text[i - 1]))) continue;
    if (i + 4 < text.size() && IsAsciiDigit(text[i + 4])) continue;
    const std::string_view p = text.substr(i, 4);
    if (!AllDigits(p)) continue;
    const int y = Number(p);
    if (y >= 1990 && y <= 2099) latest = std::max(latest, y);
  }
  return latest;
}

template <typename Visit>
void ForEachLine(std::string_view text, std::size_t max_lines, Visit visit) {
  std::size_t start = 0, seen = 0;
  while (start < text.size() && seen < max_lines) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = TrimAscii(text.substr(start, end - start));
    start = end + 1;
    if (line.empty()) continue;
    ++seen;
    if (!visit(line)) return;
  }
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for weekdays.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// 0 = Monday .. 6 = Sunday.
int WeekdayOf(int y, int m, int d) {
  const long days = DaysFromCivil(y, m, d);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

// The weekday a line names ("on Monday"), -1 if none.
int NamedWeekday(std::string_view line) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  for (int i = 0; i < 7; ++i) {
    if (line.find(kDays[i]) != std::string_view::npos) return i;
  }
  return -1;
}

// The year of a dateline that gives none: see the file comment.
int YearOfDateline(std::string_view text, int month, int day, int url_year, int latest_year) {
  if (url_year > 0) return url_year;
  if (latest_year == 0) return 0;
  int weekday = -1;
  ForEachLine(text, kTopLines, [&](std::string_view line) {
    weekday = NamedWeekday(line.substr(0, std::min<std::size_t>(line.size(), 1000)));
    return weekday < 0;
  });
  if (weekday < 0) return 0;
  for (int y = latest_year; y <= latest_year + 2; ++y) {
    if (!FormatDay(y, month, day).empty() && WeekdayOf(y, month, day) == weekday) return y;
  }
  return 0;
}

Day FromTop(std::string_view text, int url_year) {
  // The lede's years only: a year deep in the text is background ("since
  // 1996") and would date the dateline decades back.
  int latest_year = 0;
  ForEachLine(text, kTopLines, [&](std::string_view line) {
    latest_year = std::max(latest_year, LatestYear(line));
    return true;
  });
  Day found;
  ForEachLine(text, kTopLines, [&](std::string_view line) {
    line = line.substr(0, std::min(line.size(), kTopLineBytes));
    WrittenDate d;
    if (!FindWrittenDate(line, &d) || IsCaption(line)) return true;
    if (!IsStamp(line.substr(0, d.begin)) && !IsDateline(line, d) && !IsDateOnly(line, d)) return true;
    const int year = d.year > 0 ? d.year : YearOfDateline(text, d.month, d.day, url_year, latest_year);
    if (year == 0) return true;
    const Day day{year, d.month, d.day};
    if (day.Iso().empty()) return true;
    found = day;
    return false;
  });
  return found;
}

Day LatestNamed(std::string_view text) {
  Day latest;
  ForEachLine(text, kTopLines, [&](std::string_view line) {
    std::size_t at = 0;
    WrittenDate d;
    // Most lines name no date: the caption test (a lower-cased copy) only
    // for those that do.
    if (!FindWrittenDate(line, &d) || IsCaption(line)) return true;
    while (at < line.size() && FindWrittenDate(line.substr(at), &d)) {
      const Day day{d.year, d.month, d.day};
      if (d.year > 0 && !day.Iso().empty() && latest < day) latest = day;
      at += std::max<std::size_t>(d.end, 1);
    }
    return true;
  });
  return latest;
}

}  // namespace

void DatePublication(Document& doc) {
  if (!doc.published.empty()) {
    if (doc.published_source.empty()) doc.published_source = "meta";
    return;
  }
  const UrlDate url = FromUrl(doc.url);
  if (url.day.ok()) {
    doc.published = url.day.Iso();
    doc.published_source = "url";
    return;
  }
  if (const Day top = FromTop(doc.text, url.year); top.ok()) {
    doc.published = top.Iso();
    doc.published_source = "dateline";
    return;
  }
  if (url.year > 0) {
    doc.published = FormatDay(url.year, url.month, 1).substr(0, 7);
    doc.published_source = "url";
    return;
  }
  if (const Day named = LatestNamed(doc.text); named.ok()) {
    doc.published = named.Iso();
    doc.published_source = "text";
  }
}

}  // namespace readout::ingest
