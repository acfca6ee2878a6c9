// The compiled state a Coder shares between its calls: the run's grammar
// (dictionaries, lexicon, tagger, parser), shared with the other stages, and
// the conventions the verb dictionary declares. Private to src/events.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "parse/grammar.h"
#include "parse/parser.h"
#include "readout/events.h"
#include "tag/tagger.h"

namespace readout::events {

struct Coder::Impl {
  Impl(std::shared_ptr<const parse::Grammar> g, CoderOptions opts)
      : grammar(std::move(g)), options(std::move(opts)) {}

  std::shared_ptr<const parse::Grammar> grammar;
  const dict::DictionarySet& dicts = grammar->dicts;
  // The verb file's name without directories, for Event::rule.
  std::string verbs_name = dicts.verbs.file.substr(dicts.verbs.file.find_last_of('/') + 1);
  std::string nouns_name = dicts.nouns.file.substr(dicts.nouns.file.find_last_of('/') + 1);
  const dict::Lexicon& lexicon = grammar->lexicon;
  const tag::Tagger& tagger = grammar->tagger;
  const parse::Parser& parser = grammar->parser;
  CoderOptions options;
  // Conventions the verb dictionary declares as synsets (empty when it
  // declares none, as PETRARCH's do):
  //   &GOVERNMENT_ROOTS_  CAMEO roots a state performs through its
  //                       government: a bare country as their source is
  //                       coded COUNTRY+GOV ("Japan pledged loans");
  //   &STATE_ACTS         nouns for what a government decides or does:
  //                       "Japan's decision" is JPNGOV.
  std::vector<std::string> government_roots = SynsetWords("GOVERNMENT_ROOTS");
  std::vector<std::string> state_acts = SynsetWords("STATE_ACTS");
  //   &INTENT_ROOTS_      roots whose promised acts ("will supply") are
  //                       coded as intents (root 03); see AsIntent.
  std::vector<std::string> intent_roots = SynsetWords("INTENT_ROOTS");
  // Nouns for a joint undertaking: "the agreements", "a dialogue between
  // Japan and India" name the parties that made them.
  std::vector<std::string> joint_nouns = JointNouns();

  std::vector<std::string> SynsetWords(std::string_view name) const {
    std::vector<std::string> out;
    if (const dict::Synset* set = dicts.verbs.FindSynset(name)) {
      for (const dict::SynsetMember& m : set->members) {
        if (m.phrase.words.size() == 1) out.push_back(m.phrase.words[0]);
      }
    }
    return out;
  }
  std::vector<std::string> JointNouns() const {
    std::vector<std::string> out = SynsetWords("AGREEMENT");
    for (std::string& w : SynsetWords("TALKS")) out.push_back(std::move(w));
    return out;
  }
  static bool Has(const std::vector<std::string>& set, std::string_view upper_word) {
    for (const std::string& w : set) {
      if (EqualsIgnoreCaseAscii(w, upper_word)) return true;
    }
    return false;
  }
};

}  // namespace readout::events
