// A small comparison report built by hand, shared by compare_report_test.cc
// and the fixture program of the browser test (compare_report_fixture.cc),
// so both check the same page. One story, two sources (Reuters, Xinhua), one
// statement by Wang Yi whose two reports differ in a word (away / apart) and
// in the channel; a claim only Reuters has; a duration the sources disagree
// on; one timeline entry. The quote text holds "&", "<script>", a pipe and
// Chinese, to test escaping and UTF-8 in every format.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "readout/output.h"

namespace readout::output::sample {

// Segments for consecutive parts of a quote starting at byte `begin`;
// part i is changed (pointing at diffs[diff]) when diff >= 0.
inline std::vector<compare::Segment> Segments(std::uint32_t begin,
                                              const std::vector<std::pair<std::string, int>>& parts) {
  std::vector<compare::Segment> out;
  for (const auto& [text, diff] : parts) {
    compare::Segment s;
    s.span = {begin, begin + static_cast<std::uint32_t>(text.size())};
    s.text = text;
    s.changed = diff >= 0;
    s.diff = diff;
    begin = s.span.end;
    out.push_back(std::move(s));
  }
  return out;
}

inline constexpr char kEqualStart[] = "China & the United States should not drift ";
inline constexpr char kEqualEnd[] = " from each other <script>alert(1)</script> | 中美";

inline CompareReport CompareReportSample() {
  CompareReport report;
  report.generator = "readout 0.1.0";

  stories::Story story;
  story.id = "s1";
  story.date = "2024-04-26";
  story.date_precision = "day";
  story.dyad_a = "CHN";
  story.dyad_b = "USA";
  story.code = "040";
  story.location = "Beijing";
  story.members = {"d1", "d2"};
  story.events = {"d1-e1", "d2-e1"};
  report.stories.push_back(story);

  compare::Comparison c;
  c.story = "s1";
  c.sources.push_back({"d1", "Reuters", "2024-04-26", "China's Wang tells Blinken ties must not drift",
                       "https://www.reuters.com/world/china/wang-blinken-2024-04-26/", "meta"});
  c.sources.push_back({"d2", "Xinhua", "2024-04-26", "王毅同布林肯会谈", "http://english.news.cn/20240426/c.html", "url"});

  const auto start = static_cast<std::uint32_t>(std::string(kEqualStart).size());
  compare::QuotePair pair;
  pair.a = "d1-q1";
  pair.b = "d2-q2";
  pair.a_doc = "d1";
  pair.b_doc = "d2";
  pair.similarity = 0.91;
  compare::Difference wording;
  wording.kind = compare::DiffKind::kWording;
  wording.a = "away";
  wording.b = "apart";
  wording.a_span = {100 + start, 104 + start};
  wording.b_span = {200 + start, 205 + start};
  compare::Difference channel;
  channel.kind = compare::DiffKind::kChannel;
  channel.a = "Xinhua";
  channel.b = "the Chinese Foreign Ministry readout";
  channel.a_span = {60, 66};  // b's channel is not in b's text: no span
  pair.diffs = {wording, channel};
  pair.a_segments = Segments(100, {{kEqualStart, -1}, {"away", 0}, {kEqualEnd, -1}});
  pair.b_segments = Segments(200, {{kEqualStart, -1}, {"apart", 0}, {kEqualEnd, -1}});

  compare::AlignedStatement statement;
  statement.speaker = "Wang Yi (王毅)";
  statement.speaker_code = "CHNGOV";
  statement.quotes = {"d1-q1", "d2-q2"};
  statement.docs = {"d1", "d2"};
  statement.pairs.push_back(std::move(pair));
  c.aligned.push_back(std::move(statement));

  compare::UniqueClaim claim;
  claim.doc = "d1";
  claim.sentence = 4;
  claim.text = "Blinken also raised fentanyl & \"overcapacity\".";
  claim.span = {400, 400 + static_cast<std::uint32_t>(claim.text.size())};
  c.unique.push_back(claim);

  compare::QuantityComparison duration;
  duration.kind = compare::QuantityKind::kDuration;
  duration.subject = "talks";
  duration.agree = false;
  duration.values.push_back({"d1", "more than 90 minutes", {300, 320}, 90, -1, "minute"});
  duration.values.push_back({"d2", "an hour", {310, 317}, 60, 60, "minute"});
  c.quantities.push_back(std::move(duration));

  c.timeline.push_back({"2024-04-26", "day", "d1", "d1-e1", "040", "CHNGOV", "USAGOV",
                        "Wang Yi met Antony Blinken in Beijing"});
  report.comparisons.push_back(std::move(c));
  return report;
}

}  // namespace readout::output::sample
