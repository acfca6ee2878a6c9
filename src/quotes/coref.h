// A small within-document coreference for the quotes stage: who "he", "the
// Chinese leader", "Wang" and "his counterpart" stand for.
//
// The extractor records every actor it meets as a Referent, in text order:
// named actors from the parse, speakers, addressees. A reference is then
// resolved against the referents that come before it (sentence, word):
//   Pronoun      he/she/him/her: the last person-like referent that was the
//                subject of a clause, else the last person-like one at all.
//   Description  "the Chinese leader": the last person-like referent of that
//                country ("" country: of any).
//   Surname      "Wang": the last referent whose name has that word (the
//                first or last word of "Wang Yi").
//   Counterpart  "his counterpart" said of X: the other party of the last
//                two-party exchange X took part in ("Xi told Putin").
//   Channel      "China's own readout": the last channel of that country.
//   Group        "the two leaders": the two parties of the last two-party
//                exchange ("Talwar hosted Hanabusa", "Talwar and Hanabusa").
//   Institution  "the ministry": the last institution with a country whose
//                words hold that head ("Japan's Ministry of Economy").
//   Named        "Prime Minister Sameer Talwar" after "India's Talwar": an
//                earlier mention of the same surname that carries a country.
// An indefinite description ("a senior Japanese official") is a new,
// anonymous person; a later definite one with the same head ("the
// official") refers back to it when nobody named comes between.
// Person-like: the dictionary entry is a person (it has dated roles) or the
// words carry a personal role ("leader", "minister"), or the name is two or
// more capitalized words the dictionary does not know; an institution
// ("the Kremlin", "the ministry") is never person-like.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace readout::quotes {

struct Referent {
  std::string text;     // the words as written
  std::string name;     // the proper name in them ("Xi Jinping"), or ""
  std::string entity;   // dictionary entity or name: what a reader calls it
  std::string code;     // actor code, "" when none
  std::string country;  // three letters, or ""
  bool person = false;
  bool subject = false;  // the subject of a clause (or a speaker)
  bool anonymous = false;    // an indefinite description: "a senior official"
  bool institution = false;  // "the ministry", "Japan's Foreign Ministry"
  std::string head;          // the last word, lower case
  std::uint32_t sentence = 0;
  std::uint32_t word = 0;  // position in the sentence
};

class Coref {
 public:
  void Clear();
  // Referents must be added in text order (sentence, word).
  void Add(Referent r);
  // Records a two-party exchange between referents a and b (indices from
  // Add's order: use last_index()).
  void AddPair(std::size_t a, std::size_t b);
  void AddChannel(Referent r);
  std::size_t size() const { return refs_.size(); }
  std::size_t last_index() const { return refs_.size() - 1; }
  const Referent& at(std::size_t i) const { return refs_[i]; }
  Referent& at(std::size_t i) { return refs_[i]; }

  // Each returns nullptr when nothing fits. (sentence, word) is the position
  // of the reference: only referents before it count.
  const Referent* Pronoun(std::uint32_t sentence, std::uint32_t word) const;
  // `head` ("official"): an anonymous referent with that head counts too.
  const Referent* Description(std::string_view country, std::string_view head,
                              std::uint32_t sentence, std::uint32_t word) const;
  const Referent* Institution(std::string_view head, std::uint32_t sentence,
                              std::uint32_t word) const;
  // The last word of a name: the most recent referent (anywhere before) whose
  // name has it and that carries a country.
  const Referent* Named(std::string_view surname, std::uint32_t sentence, std::uint32_t word) const;
  // The two parties of the last exchange before (sentence, word); false when none.
  bool Group(std::uint32_t sentence, std::uint32_t word, const Referent** a,
             const Referent** b) const;
  const Referent* Surname(std::string_view word_text, std::uint32_t sentence,
                          std::uint32_t word) const;
  const Referent* Counterpart(const Referent& of, std::uint32_t sentence, std::uint32_t word) const;
  const Referent* Channel(std::string_view country) const;

 private:
  bool Before(const Referent& r, std::uint32_t sentence, std::uint32_t word) const {
    return r.sentence < sentence || (r.sentence == sentence && r.word < word);
  }
  static bool Same(const Referent& a, const Referent& b);

  std::vector<Referent> refs_;
  std::vector<std::pair<std::size_t, std::size_t>> pairs_;
  std::vector<Referent> channels_;
};

// Whether two names share a word, case-insensitively ("Xi" and "Xi Jinping").
bool NameHasWord(std::string_view name, std::string_view word);

}  // namespace readout::quotes
