// Attribution frames: the reporting verb of a sentence, the speaker it
// names, the addressee, and the relays the words came through.
#include "quotes/doc_extractor.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "events/actor_codes.h"
#include "quotes/cues.h"
#include "quotes/words.h"

namespace readout::quotes {

using tag::Pos;

bool DocExtractor::IsReportingVerb(std::uint32_t s, std::uint32_t w) const {
  if (Quoted(s, w)) return false;
  const tag::Word& word = P(s).words[w];
  if (word.pos != Pos::kVerb && !word.say) return false;
  return ReportingVerbKind(Lower(s, w)) != VerbClass::kNone;
}

bool DocExtractor::IsAccording(std::uint32_t s, std::uint32_t w) const {
  return !Quoted(s, w) && w + 1 < Size(s) && Lower(s, w) == "according" && Lower(s, w + 1) == "to";
}

// A verb of belief ("hoped", "believe") frames a reported clause, never
// quoted words: what is in marks was said, not thought ("analysts believe
// the prospect of a "reverse Kissinger" is unlikely").
bool DocExtractor::FramesQuotation(std::uint32_t s, std::uint32_t w) const {
  return (IsReportingVerb(s, w) && CueGroupOf(Lower(s, w)) != CueGroup::kBelieve) || IsAccording(s, w);
}

bool DocExtractor::NounChunkOpensClause(std::uint32_t s, std::uint32_t w) const {
  const std::uint32_t e = ChunkRight(s, w);
  if (e >= Size(s)) return false;
  const Pos pos = P(s).words[e].pos;
  return pos == Pos::kModal || pos == Pos::kAuxiliary ||
         (pos == Pos::kVerb && P(s).words[e].form != tag::VerbForm::kGerund &&
          P(s).words[e].form != tag::VerbForm::kParticiple);
}

std::uint32_t DocExtractor::AsSaying(std::uint32_t s, std::uint32_t e) const {
  if (e + 1 >= Size(s) || Lower(s, e) != "as") return 0;
  const std::string cue = Lower(s, e + 1);
  const bool ing = cue.size() > 4 && cue.compare(cue.size() - 3, 3, "ing") == 0;
  return ing && CueGroupOf(cue) != CueGroup::kNone ? e + 2 : 0;
}

std::int32_t DocExtractor::FindVerbLeft(std::uint32_t s, std::uint32_t from) const {
  for (std::uint32_t w = from; w-- > 0;) {
    if (Quoted(s, w)) continue;
    if (P(s).words[w].fn == tag::Fn::kSemicolon) break;
    // "quoted him as saying": the frame is the verb before "as saying".
    if (w > 0 && Lower(s, w) == "saying" && Lower(s, w - 1) == "as") continue;
    if (FramesQuotation(s, w)) return static_cast<std::int32_t>(w);
  }
  return -1;
}

std::int32_t DocExtractor::FindVerbRight(std::uint32_t s, std::uint32_t from) const {
  for (std::uint32_t w = from; w < Size(s); ++w) {
    if (Quoted(s, w)) {
      if (IsQuoteMark(s, w) && text_.tokens[Tok(s, w)].has(text::kOpenQuote)) break;
      continue;
    }
    if (P(s).words[w].fn == tag::Fn::kSemicolon) break;
    if (FramesQuotation(s, w)) return static_cast<std::int32_t>(w);
  }
  return -1;
}

// The frame of the reporting verb (or "according to") at word v.
Frame DocExtractor::FrameAt(std::uint32_t s, std::uint32_t v, int depth) const {
  Frame f;
  f.sentence = s;
  f.verb = static_cast<std::int32_t>(v);
  const std::uint32_t n = Size(s);
  if (IsAccording(s, v)) {
    f.according = true;
    f.verb_end = v + 2;
    f.verb_span = WordsSpan(s, v, v + 2);
    f.verb_text = std::string(doc_.slice(f.verb_span));
    // "state law" with "state" taken for a verb: a base form before a noun.
    const bool verb_noun = v + 3 < n && P(s).words[v + 2].pos == Pos::kVerb &&
                           P(s).words[v + 2].form == tag::VerbForm::kBase && !Quoted(s, v + 2) &&
                           (P(s).words[v + 3].pos == Pos::kNoun || P(s).words[v + 3].pos == Pos::kProperNoun);
    if (v + 2 < n && (IsNpWord(s, v + 2) || verb_noun)) {
      // "readouts from both sides", "the ministry of foreign affairs"
      const std::uint32_t e = ExtendChunk(s, ChunkRight(s, verb_noun ? v + 3 : v + 2));
      f.speaker = Subject(s, v + 2, e);
      f.speaker_begin = v + 2;
      if (f.speaker.found()) f.channel = f.speaker;
      f.verb_end = e;
    } else if (v + 2 < n && P(s).words[v + 2].pos == Pos::kPronoun && !Quoted(s, v + 2)) {
      // "according to him"
      f.speaker = Subject(s, v + 2, v + 3);
      f.speaker_begin = v + 2;
      f.verb_end = v + 3;
    }
    return f;
  }
  f.verb_end = v + 1;
  const std::string lv = Lower(s, v);
  f.verb_span = WordsSpan(s, v, v + 1);
  f.verb_text = std::string(doc_.slice(f.verb_span));
  // Relays: "X quoted Y as saying", "X reported Y as saying", "X cited Y
  // as saying": Y speaks, X is the channel ("quoted" needs no "as saying").
  // Passive: "Y was quoted by X as saying": the subject speaks.
  if (IsRelayVerb(lv) && v + 1 < n) {
    if (Lower(s, v + 1) == "by" && v + 2 < n && IsNpWord(s, v + 2) && v >= 2 &&
        P(s).words[v - 1].pos == Pos::kAuxiliary) {
      const std::uint32_t e = ChunkRight(s, v + 2);
      const std::uint32_t as_end = AsSaying(s, e);
      const std::uint32_t last = v - 2;
      if (as_end > 0 && !Quoted(s, last) && (IsNpWord(s, last) || P(s).words[last].pos == Pos::kPronoun)) {
        const std::uint32_t b = IsNpWord(s, last) ? ChunkLeft(s, last) : last;
        f.speaker = Subject(s, b, last + 1);
        f.speaker_begin = b;
        f.channel = Subject(s, v + 2, e);
        f.chain.push_back(f.channel);
        f.verb_end = as_end;
        return f;
      }
    }
    if (IsNpWord(s, v + 1) || IsPersonPronoun(Lower(s, v + 1))) {
      const std::uint32_t e = IsNpWord(s, v + 1) ? ChunkRight(s, v + 1) : v + 2;
      const std::uint32_t as_end = AsSaying(s, e);
      if (as_end > 0 || lv == "quoted" || lv == "quotes") {
        if (v > 0 && IsNpWord(s, v - 1)) {
          f.channel = Subject(s, ChunkLeft(s, v - 1), v);
          if (f.channel.found()) f.chain.push_back(f.channel);
        }
        f.speaker = Subject(s, v + 1, e);
        f.speaker_begin = v + 1;
        f.verb_end = as_end > 0 ? as_end : e;
        return f;
      }
    }
  }
  // The subject, left of the verb chain.
  std::uint32_t w = v;
  while (w > 0) {
    const Pos pos = P(s).words[w - 1].pos;
    // A capitalized "adverb" right before the verb is a name ("Kelly said").
    const bool name = pos == Pos::kAdverb && P(s).words[w - 1].capitalized && !Quoted(s, w - 1);
    if ((pos == Pos::kAdverb && !name) || pos == Pos::kAuxiliary || pos == Pos::kModal ||
        pos == Pos::kNegation) {
      --w;
      continue;
    }
    break;
  }
  // "Bob Goodlatte (R-Va.) told": a parenthesis between subject and verb.
  if (w >= 3 && !Quoted(s, w - 1) && Lower(s, w - 1) == ")") {
    std::uint32_t open = w - 1;
    while (open > 0 && w - open < 12 && Lower(s, open) != "(") --open;
    if (Lower(s, open) == "(" && open > 0 && IsNpWord(s, open - 1)) w = open;
  }
  // "India on Wednesday criticised": a time between subject and verb (the
  // tagger may have taken the day for an adverb, skipped above).
  {
    std::uint32_t t = v;  // the time word, if any
    if (w < v && IsTimeWord(Lower(s, w))) {
      t = w;
    } else if (w >= 1 && !Quoted(s, w - 1) && IsTimeWord(Lower(s, w - 1))) {
      t = w - 1;
    }
    if (t < v) {
      const std::uint32_t b = IsNpWord(s, t) ? ChunkLeft(s, t) : t;
      const std::string prep = b > 0 ? Lower(s, b - 1) : std::string();
      if (b >= 2 && (prep == "on" || prep == "last" || prep == "this" || prep == "early" ||
                     prep == "late") && IsNpWord(s, b - 2)) {
        w = b - 1;
      } else if (b >= 2 && P(s).words[b - 1].pos == Pos::kVerb &&
                 (P(s).words[b - 1].form == tag::VerbForm::kParticiple ||
                  P(s).words[b - 1].form == tag::VerbForm::kPast) &&
                 IsNpWord(s, b - 2)) {
        // "A news report published Wednesday said": the report speaks.
        w = b - 1;
      }
    }
  }
  // "Talwar, who spoke in Hindi, called", "A senior official, speaking on
  // condition of anonymity, told", "X, the foreign secretary, said": the
  // subject is before the phrase set off by commas.
  const bool finite = P(s).words[v].form != tag::VerbForm::kGerund;
  // "Trump, speaking at a rally in Wilmington, N.C., warned": the sentence
  // opens with the subject and a comma, and nothing finite stands between
  // that comma and the verb, however many commas the phrase holds.
  if (finite && w >= 4 && P(s).words[w - 1].pos == Pos::kComma && !Quoted(s, w - 1) && IsNpWord(s, 0)) {
    const std::uint32_t k = ChunkRight(s, 0);
    bool clear = k + 2 < w && P(s).words[k].pos == Pos::kComma;
    for (std::uint32_t u = k + 1; clear && u + 1 < w; ++u) {
      const Pos pos = P(s).words[u].pos;
      clear = !Quoted(s, u) && pos != Pos::kModal && pos != Pos::kAuxiliary && pos != Pos::kWh &&
              !(pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund &&
                P(s).words[u].form != tag::VerbForm::kParticiple);
    }
    // A dateline in capitals ("PARIS, Aug 31 (Reuters) - ...") is no subject.
    bool caps = true;
    for (char c : doc_.slice(WordsSpan(s, 0, k))) caps = caps && !(c >= 'a' && c <= 'z');
    if (clear && !caps) {
      Resolved subject = Subject(s, 0, k);
      if (subject.found()) {
        f.speaker = std::move(subject);
        f.speaker_begin = 0;
      }
    }
  }
  if (!f.speaker.found() && finite && w >= 4 && P(s).words[w - 1].pos == Pos::kComma && !Quoted(s, w - 1)) {
    // c1: the comma opening the phrase, 0 when none.
    std::uint32_t c1 = w - 2;
    while (c1 > 0 && w - c1 < 30 && !Quoted(s, c1) && P(s).words[c1].pos != Pos::kComma) --c1;
    if (c1 > 0 && c1 + 1 < w - 1 && !Quoted(s, c1) && P(s).words[c1].pos == Pos::kComma &&
        IsNpWord(s, c1 - 1)) {
      const std::uint32_t inner = c1 + 1;
      const std::string li = Lower(s, inner);
      const tag::Word& iw = P(s).words[inner];
      // An appositive may run on ("executive director of Interfaith Paths
      // to Peace"), so any phrase opening with a nominal word counts.
      const bool parenthetical =
          li == "who" || li == "whose" || li == "which" ||
          (iw.pos == Pos::kVerb && (iw.form == tag::VerbForm::kGerund || iw.form == tag::VerbForm::kParticiple ||
                                    iw.form == tag::VerbForm::kPast)) ||
          IsNpWord(s, inner);
      if (parenthetical) {
        const std::uint32_t b = ChunkLeft(s, c1 - 1);
        Resolved subject = Subject(s, b, c1);
        if (subject.found()) {
          f.speaker = std::move(subject);
          f.speaker_begin = b;
        }
      }
    }
  }
  if (!f.speaker.found() && w > 0 && !Quoted(s, w - 1)) {
    const std::uint32_t last = w - 1;
    const tag::Word& word = P(s).words[last];
    const std::string lw = Lower(s, last);
    if (word.pos == Pos::kPronoun || word.pos == Pos::kWh || IsPersonPronoun(lw)) {
      f.speaker = Subject(s, last, last + 1);
      f.speaker_begin = last;
      // "Bloomberg cited state broadcaster CCTV, which said": the one who
      // cited is a relay before the antecedent.
      if ((lw == "which" || lw == "who") && last >= 3) {
        const std::uint32_t ant = P(s).words[last - 1].pos == Pos::kComma ? last - 2 : last - 1;
        const std::uint32_t b0 = IsNpWord(s, ant) ? ChunkLeft(s, ant) : ant;
        if (b0 >= 2 && IsRelayVerb(Lower(s, b0 - 1)) && !Quoted(s, b0 - 1) && IsNpWord(s, b0 - 2)) {
          Resolved outer = Subject(s, ChunkLeft(s, b0 - 2), b0 - 1);
          if (outer.found()) f.chain.push_back(std::move(outer));
        }
      }
    } else if (IsNpWord(s, last)) {
      std::uint32_t b = ChunkLeft(s, last);
      f.speaker = Subject(s, b, last + 1);
      // "A source close to the talks", "people familiar with her thinking",
      // "two-thirds of the delegates": the head stands before a
      // prepositional phrase; the chunk after it alone names nobody.
      for (int step = 0; step < 2 && f.speaker.via == SpeakerVia::kPhrase && b >= 2 && !Quoted(s, b - 1) &&
                         (P(s).words[b - 1].pos == Pos::kPreposition || P(s).words[b - 1].pos == Pos::kTo) &&
                         IsNpWord(s, b - 2);
           ++step) {
        b = ChunkLeft(s, b - 2);
        f.speaker = Subject(s, b, last + 1);
      }
      f.speaker_begin = b;
    } else if ((word.pos == Pos::kConjunction ||
                (word.pos == Pos::kComma && !(finite && v + 1 < n && IsNpWord(s, v + 1)))) &&
               depth < 3) {
      // (", said Dante Scala, a professor": a finite verb after a comma with
      // a noun after it has its subject there, found below.)
      // "... voiced support but added that": the subject of the verb before;
      // ", reiterating that": the sentence's speaker. A reporting verb
      // before shares its speaker ("He said that ... and said that"); else
      // the sentence's first finite verb has the subject ("Sanders has
      // denounced supporters that level attacks, saying").
      for (std::uint32_t u = last; u-- > 0 && !f.speaker.found();) {
        if (Quoted(s, u) || P(s).words[u].pos != Pos::kVerb || !IsReportingVerb(s, u)) continue;
        const Frame before = FrameAt(s, u, depth + 1);
        if (before.speaker.found()) {
          f.speaker = before.speaker;
          f.speaker_begin = before.speaker_begin;
        }
      }
      for (std::uint32_t u = 0; u < last && !f.speaker.found(); ++u) {
        if (Quoted(s, u) || P(s).words[u].pos != Pos::kVerb ||
            P(s).words[u].form == tag::VerbForm::kGerund) {
          continue;
        }
        const Frame before = FrameAt(s, u, depth + 1);
        if (before.speaker.found() && before.speaker.via != SpeakerVia::kPhrase) {
          f.speaker = before.speaker;
          f.speaker_begin = before.speaker_begin;
        }
        break;
      }
      for (std::uint32_t u = last; u-- > 0 && !f.speaker.found();) {
        if (Quoted(s, u)) continue;
        const Pos pos = P(s).words[u].pos;
        if (pos == Pos::kVerb) {
          const Frame before = FrameAt(s, u, depth + 1);
          // A subject known to nobody counts only when its verb reports
          // ("A source said ..., adding"): not "provisional" before a
          // mis-tagged "anti-dumping".
          if (before.speaker.found() && (before.speaker.via != SpeakerVia::kPhrase || IsReportingVerb(s, u))) {
            f.speaker = before.speaker;
            f.speaker_begin = before.speaker_begin;
            break;
          }
        }
      }
    }
  }
  // "...," said Xi: the subject after the verb (never after "told": what
  // follows it is whom he told).
  // A participle has no subject after it: ", saying the agreement goes"
  // is what was said, not who said it.
  if (!f.speaker.found() && !TakesAddressee(lv) && v + 1 < n && IsNpWord(s, v + 1) && v > 0 &&
      P(s).words[v].form != tag::VerbForm::kGerund &&
      (Quoted(s, v - 1) || P(s).words[v - 1].pos == Pos::kComma)) {
    const std::uint32_t e = ChunkRight(s, v + 1);
    f.speaker = Subject(s, v + 1, e);
    f.speaker_begin = v + 1;
    f.verb_end = e;
  }
  // The addressee: "told Putin", "told his counterpart".
  if (TakesAddressee(lv) && f.verb_end < n && IsNpWord(s, f.verb_end)) {
    const std::uint32_t e = ChunkRight(s, f.verb_end);
    f.addressee = Resolve(s, f.verb_end, e, &f.speaker);
    if (!f.addressee.found()) f.addressee = Resolved{};
    f.verb_end = e;
  }
  return f;
}

// The channel of frame f in sentence s: "according to X" beside another
// speaker, "in its readout", a speaker that is itself a readout or a news
// agency, "X quoted ...".
void DocExtractor::FindChannel(std::uint32_t s, Frame& f) const {
  const std::uint32_t n = Size(s);
  // "in its readout", "In their joint statement, the leaders ...": a
  // channel anywhere in the sentence outside the quotation.
  if (!f.channel.found() && f.verb >= 0) {
    for (std::uint32_t w = 0; w + 2 < n; ++w) {
      if (Quoted(s, w) || Lower(s, w) != "in" || !IsNpWord(s, w + 1)) continue;
      const std::uint32_t head_end = ChunkRight(s, w + 1);
      if (head_end > w + 1 && IsChannelHead(Lower(s, head_end - 1))) {
        const std::uint32_t e = ExtendChunk(s, head_end);
        Resolved c = Resolve(s, w + 1, e);
        c.head = Lower(s, head_end - 1);
        c.via = SpeakerVia::kName;
        if (c.ref.code.empty()) {
          // "its readout": the speaker's own.
          c.ref.code = f.speaker.ref.code;
          c.ref.entity = f.speaker.ref.entity;
          events::SplitCountrySector(c.ref);
        }
        f.channel = c;
        break;
      }
    }
  }
  // "..., according to a readout from Japan's Foreign Ministry" beside the
  // speaker, unless a dash sets it off as a comment on something else.
  if (!f.channel.found()) {
    for (std::uint32_t w = 0; w + 2 < n; ++w) {
      if (!IsAccording(s, w) || static_cast<std::int32_t>(w) == f.verb) continue;
      if (!IsNpWord(s, w + 2)) continue;
      bool dashed = false;
      const std::uint32_t lo = std::min<std::uint32_t>(w, f.verb_end);
      const std::uint32_t hi = std::max<std::uint32_t>(w, f.verb_end);
      for (std::uint32_t u = lo; u < hi; ++u) {
        dashed = dashed || (!Quoted(s, u) && IsDash(doc_.slice(WordsSpan(s, u, u + 1))));
      }
      if (dashed) continue;
      const std::uint32_t head_end = ChunkRight(s, w + 2);
      Resolved c = Resolve(s, w + 2, ExtendChunk(s, head_end));
      if (c.found()) {
        c.head = Lower(s, head_end - 1);
        f.channel = c;
        break;
      }
    }
  }
  // "Talwar said that ..., the state broadcaster Doordarshan reported": a
  // medium or a document reporting the whole sentence.
  if (!f.channel.found() && f.verb >= 0) {
    for (std::uint32_t u = f.verb_end; u < n; ++u) {
      if (static_cast<std::int32_t>(u) == f.verb || !IsReportingVerb(s, u)) continue;
      const Frame outer = FrameAt(s, u, 3);
      if (!outer.speaker.found() || outer.speaker_begin == 0 || outer.speaker_begin <= f.verb_end) continue;
      if (P(s).words[std::min(outer.speaker_begin, static_cast<std::uint32_t>(outer.verb)) - 1].pos != Pos::kComma) continue;
      if (outer.speaker.media || IsChannelHead(outer.speaker.head)) {
        f.channel = outer.speaker;
        break;
      }
    }
  }
  if (!f.channel.found() && f.speaker.found() && f.speaker.via == SpeakerVia::kName &&
      (f.speaker.media || IsChannelHead(f.speaker.head))) {
    f.channel = f.speaker;
  }
  // "China's own readout": the readout named before.
  if (f.channel.found() && f.channel.name.empty() && IsChannelHead(f.channel.head)) {
    if (const Referent* c = coref_.Channel(f.channel.ref.country)) {
      if (c->text != f.channel.ref.text) f.channel.ref.entity = c->text;
    }
  }
}

// Quotation marks as news writes them: " and the curly pair (folded to "
// by the text stage), and two ASCII apostrophes or backquotes side by side
// (''...'' and ``...'', the newspaper and typesetting styles), which the
// tokenizer gives as two quote tokens flagged alike. Returns how many tokens the mark at t
// takes (0: no double quotation mark) and whether it opens or closes one.

}  // namespace readout::quotes
