// The quotes stage: quotation marks paired over the whole document, then
// each quotation tied to an attribution frame, plus reported speech without
// marks.
//
// How it works, per document:
//   1. Every sentence comes tagged and parsed (parse::DocumentParse, the
//      one parse the coder reads too), with its actor and agent mentions.
//   2. Referents: every noun chunk that names someone (an actor mention, a
//      capitalized name, a personal role) is resolved and recorded, in text
//      order, for the coreference of pronouns and descriptions (coref.h).
//      Chunks inside quotation marks are the speaker's words, not the
//      reporter's, and are left out.
//   3. Quotation marks are paired across sentences within a paragraph
//      (an opening mark, then the next closing one; an unclosed quotation
//      ends with its paragraph).
//   4. Each quotation looks for a reporting verb ("said", "told", "noted",
//      "according to" ...) outside quotation marks: before the opening mark
//      in the sentence where it opens, or after the closing mark in the
//      sentence where it closes; a quotation that opens its sentence tries
//      the right first ("...," Xi said), any other the left first (Xi said
//      ties would "..."). The verb's subject is the speaker ("said Xi":
//      inverted; "... but added": the subject of the verb before; a
//      participle ", reiterating": the sentence's speaker). "X quoted Y as
//      saying" gives speaker Y and channel X. A quoted sentence with no
//      attribution right after a quotation continues that speaker.
//   5. Scare quotes are dropped: a short unattributed label, or a short
//      quotation used as a modifier between a determiner and a noun
//      (a "no limits" partnership).
//   6. Reported speech: a say-type verb followed by "that" (or directly by
//      a clause), and "according to X", give indirect quotes whose text is
//      the reported clause; a clause holding quotation marks is left to 4.
//      A clause before a frame that closes the sentence ("..., X told
//      reporters.") is reported speech too; a frame of a medium closing the
//      sentence ("..., the broadcaster Y reported") is the channel of the
//      speech inside it; "X said that Y had explained that ..." gives Y's
//      words through X.
//
// Speakers as news reports name them (step 2 completes each sentence's
// chunks, CompleteSentence): apposition ("India's foreign secretary, Rohan
// Deshpande"), "of Japan" after a name, a title's country before a list of
// portfolios, honorifics ("Mr Talwar" is the surname), a country for an
// unqualified title (an earlier mention, the dateline, the other side of
// the exchange), "a senior Japanese official" as an anonymous person that
// "the official" refers back to, "the two leaders" as the last pair that
// met (Quote::group), the reporting outlet never an actor. A country as
// speaker is its government; so is a capital's readout.
#include "readout/quotes.h"

#include <algorithm>
#include <string>

#include "parse/document_parse.h"
#include "parse/grammar.h"
#include "quotes/doc_extractor.h"

namespace readout::quotes {

std::string_view QuoteKindName(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kIndirect: return "indirect";
  }
  return "direct";
}

std::string_view SpeakerViaName(SpeakerVia v) {
  switch (v) {
    case SpeakerVia::kNone: return "none";
    case SpeakerVia::kName: return "name";
    case SpeakerVia::kPronoun: return "pronoun";
    case SpeakerVia::kDescription: return "description";
    case SpeakerVia::kSurname: return "surname";
    case SpeakerVia::kContinuation: return "continuation";
    case SpeakerVia::kPhrase: return "phrase";
  }
  return "none";
}

void DocExtractor::Run(std::vector<Quote>& out) {
  const std::uint32_t ns = static_cast<std::uint32_t>(text_.sentences.size());
  sentence_of_.assign(text_.tokens.size(), 0);
  for (std::uint32_t s = 0; s < ns; ++s) {
    const text::Sentence& sentence = text_.sentences[s];
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) sentence_of_[t] = s;
  }
  PairMarks();
  FindDateline();
  BuildReferents();
  std::vector<Quote> found;
  std::size_t next_mark = 0;
  for (std::uint32_t s = 0; s < ns; ++s) {
    while (next_mark < marks_.size() && sentence_of_[marks_[next_mark].open] == s) {
      QuoteFrom(marks_[next_mark], found);
      ++next_mark;
    }
    if (impl_.options.indirect && !text_.sentences[s].has(text::kTitleSentence)) Indirect(s, found);
    if (impl_.options.indirect) NominalOrColon(s, found);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  std::size_t n = 0;
  for (Quote& q : found) {
    q.id = doc_.id + "#q" + std::to_string(n++);
    out.push_back(std::move(q));
  }
}

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Result<std::shared_ptr<const Extractor>> Extractor::Create(std::shared_ptr<const parse::Grammar> grammar,
                                                           ExtractorOptions options) {
  return std::shared_ptr<const Extractor>(
      new Extractor(std::make_unique<Impl>(std::move(grammar), options)));
}

Result<std::shared_ptr<const Extractor>> Extractor::Create(const dict::DictionarySet& dicts,
                                                           Diagnostics& diags,
                                                           ExtractorOptions options) {
  return Create(std::make_shared<const parse::Grammar>(dicts, diags), options);
}

void Extractor::Extract(const Document& doc, const text::TextAnalysis& text,
                        const parse::DocumentParse& parse, std::vector<Quote>& out) const {
  DocExtractor(*impl_, doc, text, parse).Run(out);
}

void Extractor::Extract(const Document& doc, const text::TextAnalysis& text,
                        std::vector<Quote>& out) const {
  parse::DocumentParse parse;
  parse::ParseDocument(*impl_->grammar, text, impl_->options.max_sentence_tokens, parse);
  Extract(doc, text, parse, out);
}

}  // namespace readout::quotes
