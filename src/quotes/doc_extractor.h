// The quotes stage's working parts, private to src/quotes: the compiled
// state an Extractor shares (Extractor::Impl) and DocExtractor, the work on
// one document. Its members are defined by job:
//   referents.cc        noun chunks, what they resolve to, the document's
//                       referents for coreference (steps 1-2 of extractor.cc)
//   frames.cc           reporting verbs and who they name: attribution
//                       frames, relays and channels (step 4)
//   quotations.cc       quotation marks paired, quotations tied to frames,
//                       scare quotes dropped (steps 3-5)
//   reported_speech.cc  reported speech without marks (step 6)
//   extractor.cc        the order of the steps and the public Extractor
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "dict/lexicon.h"
#include "parse/document_parse.h"
#include "parse/grammar.h"
#include "quotes/coref.h"
#include "readout/quotes.h"
#include "readout/resolve.h"
#include "tag/tagger.h"

namespace readout::quotes {

struct Extractor::Impl {
  Impl(std::shared_ptr<const parse::Grammar> g, ExtractorOptions opts)
      : grammar(std::move(g)), options(opts) {}
  std::shared_ptr<const parse::Grammar> grammar;
  const dict::DictionarySet& dicts = grammar->dicts;
  const dict::Lexicon& lexicon = grammar->lexicon;
  ExtractorOptions options;
};


// A quotation: its marks and words as token indices.
struct QuoteMarks {
  std::uint32_t open = 0;         // the opening mark (its first token)
  std::uint32_t close = 0;        // the closing mark (its last token), or one past the last word
  bool closed = false;
  std::uint32_t first = 0;        // first and one-past-last quoted token
  std::uint32_t end = 0;
};

// A noun chunk resolved to what it stands for.
struct Resolved {
  events::ActorRef ref;
  SpeakerVia via = SpeakerVia::kNone;
  bool person = false;
  bool institution = false;
  bool media = false;
  std::string name;
  std::string head;  // the chunk's last word, lower case
  bool role = false;       // a personal role word ("minister", "official")
  bool anonymous = false;  // "a senior Japanese official": nobody named
  // "the two leaders": the two parties of the last exchange, each resolved.
  std::vector<events::ActorRef> group;
  bool found() const { return via != SpeakerVia::kNone; }
};

// An attribution: the reporting verb of a sentence and who it names.
struct Frame {
  std::uint32_t sentence = 0;
  std::int32_t verb = -1;  // word index; -1: none
  std::uint32_t verb_end = 0;
  std::string verb_text;
  Span verb_span;
  Resolved speaker;
  Resolved addressee;
  Resolved channel;
  // Every relay the words came through, outermost first ("Bloomberg cited
  // CCTV, which said": Bloomberg, CCTV); `channel` is one of them.
  std::vector<Resolved> chain;
  std::uint32_t speaker_begin = 0;  // first word of the speaker's chunk
  bool according = false;  // "according to X" is the whole frame
  bool found() const { return verb >= 0 && speaker.found(); }
};

class DocExtractor {
 public:
  DocExtractor(const Extractor::Impl& impl, const Document& doc, const text::TextAnalysis& text,
               const parse::DocumentParse& parse)
      : impl_(impl), doc_(doc), text_(text), parse_(parse), date_(resolve::CodeDate(doc.published)) {}

  void Run(std::vector<Quote>& out);

 private:
  // ---- words
  // A sentence longer than the extractor reads is seen as empty, whatever
  // the other stages parsed of it.
  const parse::Parse& P(std::uint32_t s) const {
    const text::Sentence& sentence = text_.sentences[s];
    if (sentence.end_token - sentence.first_token > impl_.options.max_sentence_tokens) return unread_;
    return parse_.sentences[s];
  }
  std::uint32_t Tok(std::uint32_t s, std::uint32_t w) const { return P(s).words[w].token; }
  std::uint32_t Size(std::uint32_t s) const { return static_cast<std::uint32_t>(P(s).words.size()); }
  std::string Lower(std::uint32_t s, std::uint32_t w) const {
    return LowerAscii(text_.norm_text(text_.tokens[Tok(s, w)]));
  }
  bool Quoted(std::uint32_t s, std::uint32_t w) const { return in_quote_[Tok(s, w)]; }
  bool IsQuoteMark(std::uint32_t s, std::uint32_t w) const {
    return text_.tokens[Tok(s, w)].kind == text::TokenKind::kQuote;
  }
  bool IsNpWord(std::uint32_t s, std::uint32_t w) const;
  Span WordsSpan(std::uint32_t s, std::uint32_t b, std::uint32_t e) const {
    return {text_.tokens[Tok(s, b)].begin, text_.tokens[Tok(s, e - 1)].end};
  }

  // ---- chunks and resolution
  std::uint32_t ChunkLeft(std::uint32_t s, std::uint32_t last) const;   // first word
  std::uint32_t ChunkRight(std::uint32_t s, std::uint32_t first) const;  // one past
  std::uint32_t ExtendChunk(std::uint32_t s, std::uint32_t e) const;
  Resolved Resolve(std::uint32_t s, std::uint32_t b, std::uint32_t e, const Resolved* of = nullptr) const;
  // The subject of a reporting verb: resolved when it can be, otherwise the
  // words alone (SpeakerVia::kPhrase); "who" stands for the chunk before it.
  Resolved Subject(std::uint32_t s, std::uint32_t b, std::uint32_t e) const;
  struct Chunk {
    std::uint32_t b = 0, e = 0;
    Resolved r;
    bool appositive = false;  // the second half of "X, Y": not another party
  };
  void BuildReferents();
  void CompleteSentence(std::uint32_t s, std::vector<Chunk>& chunks) const;
  std::string TitleCountry(std::uint32_t s, std::uint32_t b) const;
  bool IsOutlet(std::string_view name) const;
  void FindDateline();

  // ---- frames
  bool IsReportingVerb(std::uint32_t s, std::uint32_t w) const;
  bool IsAccording(std::uint32_t s, std::uint32_t w) const;
  bool FramesQuotation(std::uint32_t s, std::uint32_t w) const;
  // Whether the noun chunk at w is the subject of a clause (a finite verb
  // or a modal right after it): "announced the talks would resume".
  bool NounChunkOpensClause(std::uint32_t s, std::uint32_t w) const;
  // One past "as saying" (any cue's -ing form) starting at word e, or 0.
  std::uint32_t AsSaying(std::uint32_t s, std::uint32_t e) const;
  Frame FrameAt(std::uint32_t s, std::uint32_t w, int depth = 0) const;
  std::int32_t FindVerbLeft(std::uint32_t s, std::uint32_t from) const;
  std::int32_t FindVerbRight(std::uint32_t s, std::uint32_t from) const;
  void FindChannel(std::uint32_t s, Frame& f) const;

  // ---- quotations
  void PairMarks();
  std::uint32_t MarkAt(std::uint32_t t, std::uint32_t end, bool* opens, bool* closes) const;
  void QuoteFrom(const QuoteMarks& q, std::vector<Quote>& out);
  void Indirect(std::uint32_t s, std::vector<Quote>& out);
  void NominalOrColon(std::uint32_t s, std::vector<Quote>& out);
  void Emit(QuoteKind kind, std::uint32_t sentence, Span span, const Frame& f, std::vector<Quote>& out);

  const Extractor::Impl& impl_;
  const Document& doc_;
  const text::TextAnalysis& text_;
  const parse::DocumentParse& parse_;
  const parse::Parse unread_;
  std::int32_t date_;
  std::vector<std::uint32_t> sentence_of_;  // by token
  std::vector<bool> in_quote_;              // by token: marks and words
  std::vector<QuoteMarks> marks_;
  Coref coref_;
  // Chunks resolved while building the referents, by sentence: (first word, answer).
  std::vector<std::vector<std::pair<std::uint32_t, Resolved>>> resolved_;
  std::string dateline_country_;           // "NEW DELHI, March 9 -": IND
  std::vector<std::string> doc_countries_;  // in order of first mention
  // Reporting verbs inside another's reported clause, with the outer channel.
  // (sentence, verb, channel, the relays before it)
  std::vector<std::tuple<std::uint32_t, std::uint32_t, Resolved, std::vector<Resolved>>> nested_channel_;
  // The last emitted quotation's frame, for continuations.
  Frame last_frame_;
  std::uint32_t last_quote_sentence_ = UINT32_MAX;
};

}  // namespace readout::quotes
