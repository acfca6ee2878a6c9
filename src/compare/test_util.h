// What the compare tests share: an analysed report they can point Sources
// at, and hand-made quotations in it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "readout/compare.h"
#include "readout/text.h"

namespace readout::compare::testing {

// One analysed report with hand-made quotes. Sources point into it, so the
// tests keep it behind a unique_ptr where it never moves.
struct Report {
  Document doc;
  text::TextAnalysis text;
  std::vector<events::Event> events;
  std::vector<quotes::Quote> quotes;
  Source source() const { return Source{&doc, &text, &events, &quotes}; }
};

// Adds the quotation of `words` (which must occur in the report's text) and
// returns it.
inline quotes::Quote& AddQuote(Report& r, const std::string& words, const events::ActorRef& speaker = {},
                               quotes::QuoteKind kind = quotes::QuoteKind::kDirect,
                               const std::string& channel = "") {
  const std::size_t at = r.doc.text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  quotes::Quote q;
  q.doc = r.doc.id;
  q.id = r.doc.id;
  q.id += "#q";
  q.id += std::to_string(r.quotes.size() + 1);
  q.kind = kind;
  if (at != std::string::npos) {
    q.span = Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + words.size())};
  }
  q.text = words;
  for (std::uint32_t s = 0; s < r.text.sentences.size(); ++s) {
    if (r.text.sentences[s].span.begin <= q.span.begin) q.sentence = s;
  }
  q.speaker = speaker;
  q.channel.text = channel;
  r.quotes.push_back(std::move(q));
  return r.quotes.back();
}

}  // namespace readout::compare::testing
