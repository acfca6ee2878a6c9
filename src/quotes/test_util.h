// Helpers for the quotes tests: an Extractor over small inline dictionaries
// (invented events, not the seed articles) and a one-call extraction.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "events/test_util.h"
#include "readout/quotes.h"
#include "readout/text.h"

namespace readout::quotes::testing {

// French and German leaders, a palace, a news agency; roles as agents.
inline events::testing::Dictionaries SmallDictionaries() {
  events::testing::Dictionaries d;
  d.verbs = "--- MEET [040] ---\nMEET\n";
  d.actors.push_back(
      "FRANCE_ [FRA]\n+FRENCH_\n"
      "GERMANY_ [DEU]\n+GERMAN_\n"
      "EMMANUEL_MACRON_\n+MACRON_\n\t[FRAGOV >20170514]\n"
      "OLAF_SCHOLZ_\n+SCHOLZ_\n\t[DEUGOV 20211208-20250506]\n"
      "ELYSEE_PALACE_ [FRAGOV]\n"
      "AFP_ [MED]\n"
      "PARIS_ [FRA]\n");
  d.agents = "PRESIDENT [~GOV]\nCHANCELLOR [~GOV]\nNEWS_AGENCY [~MED]\nFOREIGN_MINISTER [~GOV]\n"
             "MINISTER [~GOV]\nMINISTRY [~GOV]\nOFFICIAL [~GOV]\nCLIMATE [~ENV]\nREPORTER [~MED]\n";
  return d;
}

inline std::shared_ptr<const Extractor> MakeExtractor(ExtractorOptions options = {}) {
  Diagnostics diags;
  const dict::DictionarySet set = events::testing::ParseSet(SmallDictionaries(), diags);
  auto made = Extractor::Create(set, diags, options);
  EXPECT_TRUE(made.ok());
  return made.ok() ? std::move(made).value() : nullptr;
}

inline std::vector<Quote> Extract(const Extractor& x, const std::string& text,
                                  std::string published = "2022-05-17", std::string outlet = "") {
  Document doc = events::testing::MakeDocument(text, std::move(published));
  doc.outlet = std::move(outlet);
  text::TextAnalysis a;
  text::TextPipeline().Analyze(doc, a);
  std::vector<Quote> out;
  x.Extract(doc, a, out);
  return out;
}

// The quotes of a given kind, or all with kind "".
inline std::string Describe(const std::vector<Quote>& qs) {
  std::string out;
  for (const Quote& q : qs) {
    out += std::string(QuoteKindName(q.kind)) + " [" + q.text + "] speaker=" + q.speaker.text + "/" +
           q.speaker.entity + "/" + q.speaker.code + " verb=" + q.verb + " to=" + q.addressee.text +
           " via=" + q.channel.text + "/" + q.channel.code + " group=" +
           std::to_string(q.group.size()) + "\n";
  }
  return out;
}

}  // namespace readout::quotes::testing
