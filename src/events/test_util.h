// Helpers for the coder tests: a Coder over tiny dictionaries written inline,
// a Document over a string, and events reduced to "SOURCE TARGET CODE".
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "readout/dict.h"
#include "readout/events.h"
#include "readout/text.h"

namespace readout::events::testing {

// Dictionary texts in PETRARCH format; actor files in load order.
// Every field has an initializer so that designated initializers may leave
// any of them out.
struct Dictionaries {
  std::string verbs = {};
  std::vector<std::string> actors = {};
  std::string agents = {};
  std::string discards = {};
  std::string nouns = {};
  bool tabari = false;  // read TABARI's way (DictionarySet::tabari_stems)
};

// Parses each text as "t.verbs", "t0.actors", ... (names show up in
// Event::rule). Problems go to `diags`.
inline dict::DictionarySet ParseSet(const Dictionaries& d, Diagnostics& diags) {
  dict::DictionarySet set;
  set.tabari_stems = d.tabari;
  set.verbs = dict::ParseVerbs(d.verbs, "t.verbs", diags);
  for (std::size_t i = 0; i < d.actors.size(); ++i) {
    std::string name = "t";
    name += std::to_string(i);
    name += ".actors";
    set.actors.push_back(dict::ParseActors(d.actors[i], name, diags));
  }
  set.agents = dict::ParseAgents(d.agents, "t.agents", diags);
  set.discards = dict::ParseDiscards(d.discards, "t.discards", diags);
  if (!d.nouns.empty()) set.nouns = dict::ParseNouns(d.nouns, "t.nouns", diags);
  return set;
}

// A document whose content is all of `text`.
inline Document MakeDocument(std::string text, std::string published = "2020-05-17",
                             std::string id = "doc") {
  Document doc;
  doc.id = std::move(id);
  doc.published = std::move(published);
  doc.text = std::move(text);
  doc.content.push_back(Span{0, static_cast<std::uint32_t>(doc.text.size())});
  return doc;
}

// "ARN GON 112"; the target part is "-" when the event has none.
inline std::string Triple(const Event& e) {
  std::string out = e.source.code;
  out += ' ';
  out += e.target.code.empty() ? std::string("-") : e.target.code;
  out += ' ';
  out += e.code;
  return out;
}

// Every event's triple, sorted (the order of events is not the point).
inline std::vector<std::string> Triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(Triple(e));
  std::sort(out.begin(), out.end());
  return out;
}

// The first event with this triple, or nullptr (with a test failure).
inline const Event* Find(const std::vector<Event>& events, const std::string& triple) {
  for (const Event& e : events) {
    if (Triple(e) == triple) return &e;
  }
  ADD_FAILURE() << "no event " << triple;
  return nullptr;
}

// A Coder over dictionaries written inline. Reading the dictionaries must
// give no diagnostics, so a typo in a test dictionary fails loudly.
class TestCoder {
 public:
  explicit TestCoder(const Dictionaries& d, CoderOptions options = {}) {
    const dict::DictionarySet set = ParseSet(d, diags_);
    for (const Diagnostic& x : diags_.items()) {
      ADD_FAILURE() << x.where.file << ":" << x.where.line << ": " << x.message;
    }
    auto coder = Coder::Create(set, diags_, options);
    if (!coder.ok()) {
      ADD_FAILURE() << coder.status().ToString();
      return;
    }
    coder_ = std::move(coder).value();
  }

  std::vector<Event> Code(const Document& doc, CoderStats* stats = nullptr) const {
    std::vector<Event> out;
    if (coder_ == nullptr) return out;
    text::TextAnalysis analysis;
    text::TextPipeline().Analyze(doc, analysis);
    coder_->Code(doc, analysis, out, stats);
    return out;
  }

  std::vector<Event> Code(const std::string& text, const std::string& published = "2020-05-17") const {
    return Code(MakeDocument(text, published));
  }

  std::vector<std::string> Triples(const std::string& text,
                                   const std::string& published = "2020-05-17") const {
    return testing::Triples(Code(text, published));
  }

  const Diagnostics& diags() const { return diags_; }

 private:
  Diagnostics diags_;
  std::shared_ptr<const Coder> coder_;
};

}  // namespace readout::events::testing
