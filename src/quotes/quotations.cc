// Quotation marks paired over the document and each quotation tied to its
// frame; scare quotes dropped; continuations of the last speaker.
#include "quotes/doc_extractor.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "events/actor_codes.h"
#include "quotes/words.h"

namespace readout::quotes {

using tag::Pos;

std::uint32_t DocExtractor::MarkAt(std::uint32_t t, std::uint32_t end, bool* opens, bool* closes) const {
  const text::Token& tok = text_.tokens[t];
  if (tok.kind == text::TokenKind::kQuote && text_.norm_text(tok) == "\"") {
    // A mark the tokenizer could not tell is either.
    *opens = tok.has(text::kOpenQuote) || !tok.has(text::kCloseQuote);
    *closes = tok.has(text::kCloseQuote) || !tok.has(text::kOpenQuote);
    // An opening mark typed where a closing one belongs ("...here,“ said
    // Lee"): attached to the words before it, a space after it.
    if (*opens && !*closes && !tok.has(text::kSpaceBefore) && t > 0 &&
        (t + 1 >= text_.tokens.size() || text_.tokens[t + 1].has(text::kSpaceBefore))) {
      *closes = true;
    }
    return 1;
  }
  if (t + 1 >= end || tok.kind != text::TokenKind::kQuote) return 0;
  const std::string_view here = doc_.slice({tok.begin, tok.end});
  const text::Token& next = text_.tokens[t + 1];
  if ((here != "'" && here != "`") || next.kind != text::TokenKind::kQuote || next.begin != tok.end ||
      doc_.slice({next.begin, next.end}) != here) {
    return 0;
  }
  *opens = tok.has(text::kOpenQuote);
  *closes = !*opens;
  return 2;
}

void DocExtractor::PairMarks() {
  in_quote_.assign(text_.tokens.size(), false);
  std::int64_t open = -1;
  std::uint32_t open_width = 1;  // tokens of the opening mark
  std::uint32_t open_paragraph = 0;
  // close: the closing mark's first token (or where an unclosed quotation
  // stops); width: its tokens.
  auto finish = [&](std::uint32_t close, std::uint32_t width, bool closed) {
    QuoteMarks q;
    q.open = static_cast<std::uint32_t>(open);
    q.close = closed ? close + width - 1 : close;
    q.closed = closed;
    q.first = q.open + open_width;
    q.end = close;
    for (std::uint32_t t = q.open; t < q.close + (closed ? 1u : 0u) && t < in_quote_.size(); ++t) {
      in_quote_[t] = true;
    }
    if (q.end > q.first) marks_.push_back(q);
    open = -1;
  };
  for (const text::Sentence& sentence : text_.sentences) {
    if (open >= 0 && sentence.paragraph != open_paragraph) finish(sentence.first_token, 0, false);
    for (std::uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      bool opens = false, closes = false;
      const std::uint32_t width = MarkAt(t, sentence.end_token, &opens, &closes);
      if (width == 0) continue;
      if (open < 0) {
        if (opens) {
          open = t;
          open_width = width;
          open_paragraph = sentence.paragraph;
        }
      } else if (closes || width != open_width) {
        finish(t, width, true);
      } else {
        open = t;  // two opening marks: the first was stray
        open_width = width;
      }
      t += width - 1;
    }
  }
  if (open >= 0) finish(static_cast<std::uint32_t>(text_.tokens.size()), 0, false);
}

void DocExtractor::Emit(QuoteKind kind, std::uint32_t sentence, Span span, const Frame& f,
                        std::vector<Quote>& out) {
  Quote q;
  q.doc = doc_.id;
  q.sentence = sentence;
  q.kind = kind;
  q.span = span;
  q.text = std::string(doc_.slice(span));
  q.speaker = f.speaker.ref;
  q.via = f.speaker.via;
  q.group = f.speaker.group;
  // A country does not speak, its government does: "India called the
  // measure ..." is INDGOV.
  if (q.speaker.code.size() == 3 && q.speaker.country == q.speaker.code && !f.speaker.media) {
    q.speaker.code += "GOV";
    events::SplitCountrySector(q.speaker);
  }
  q.verb = f.verb_text;
  q.verb_span = f.verb_span;
  q.addressee = f.addressee.ref;
  q.channel = f.channel.ref;
  if (!f.channel.found()) q.channel = events::ActorRef{};
  for (const Resolved& r : f.chain) q.channels.push_back(r.ref);
  if (f.channel.found() && std::none_of(f.chain.begin(), f.chain.end(), [&](const Resolved& r) {
        return r.ref.span == f.channel.ref.span;
      })) {
    q.channels.push_back(f.channel.ref);
  }
  if (!f.addressee.found()) q.addressee = events::ActorRef{};
  out.push_back(std::move(q));
}

void DocExtractor::QuoteFrom(const QuoteMarks& q, std::vector<Quote>& out) {
  // The quoted words, without a trailing comma (the attribution's).
  std::uint32_t end = q.end;
  while (end > q.first && text_.norm_text(text_.tokens[end - 1]) == ",") --end;
  if (end <= q.first) return;
  const std::uint32_t so = sentence_of_[q.open];
  const std::uint32_t sc = sentence_of_[end - 1];
  if (P(so).words.empty() || P(sc).words.empty()) return;
  const std::uint32_t ow = q.open - text_.sentences[so].first_token;
  const bool at_start = ow == 0;
  std::uint32_t cw_after = Size(sc);  // first word after the closing mark in sc
  if (q.closed && sentence_of_[q.close] == sc) cw_after = q.close - text_.sentences[sc].first_token + 1;

  // Words, verbs.
  std::size_t words = 0;
  bool has_verb = false;
  for (std::uint32_t t = q.first; t < end; ++t) {
    const text::TokenKind k = text_.tokens[t].kind;
    if (k == text::TokenKind::kWord || k == text::TokenKind::kNumber) ++words;
    const std::uint32_t s = sentence_of_[t];
    if (P(s).words.empty()) continue;
    const tag::Word& w = P(s).words[t - text_.sentences[s].first_token];
    if (w.pos == Pos::kVerb || w.pos == Pos::kAuxiliary || w.pos == Pos::kModal) has_verb = true;
  }
  const bool shortq = words <= 4 && !has_verb;
  // A "so-called" label is nobody's words.
  if (ow > 0) {
    const std::string b1 = Lower(so, ow - 1);
    if (b1 == "so-called" ||
        (b1 == "called" && ((ow >= 2 && Lower(so, ow - 2) == "so") ||
                            (ow >= 3 && IsDash(Lower(so, ow - 2)) && Lower(so, ow - 3) == "so")))) {
      return;
    }
  }
  // A label used as a modifier: a "no limits" partnership.
  if (shortq && ow > 0 && cw_after < Size(sc)) {
    const Pos before = P(so).words[ow - 1].pos;
    const Pos after = P(sc).words[cw_after].pos;
    if ((before == Pos::kDeterminer || before == Pos::kPossessive) &&
        (after == Pos::kNoun || after == Pos::kProperNoun)) {
      return;
    }
  }

  Frame f;
  auto try_left = [&] {
    const std::int32_t v = FindVerbLeft(so, ow);
    if (v >= 0) f = FrameAt(so, static_cast<std::uint32_t>(v));
    // Quoted words inside a reported clause are the outer speaker's: "he
    // did say he found Trump "very charming"", "Trump said executives were
    // calling "every 15 minutes"". While the frame found opens the clause
    // of a reporting verb before it, that verb's frame is the one.
    for (int hop = 0; hop < 3 && f.found(); ++hop) {
      const std::uint32_t first = std::min(f.speaker_begin, static_cast<std::uint32_t>(f.verb));
      if (first == 0) break;
      const std::int32_t u = FindVerbLeft(so, first);
      if (u < 0 || IsAccording(so, static_cast<std::uint32_t>(u))) break;
      Frame outer = FrameAt(so, static_cast<std::uint32_t>(u));
      if (!outer.found() || outer.speaker_begin >= first) break;
      std::uint32_t k = outer.verb_end;
      if (k < first && Lower(so, k) == "that") ++k;
      if (k != first) break;
      f = std::move(outer);
    }
    if (f.found()) FindChannel(so, f);
  };
  auto try_right = [&] {
    const std::int32_t v = FindVerbRight(sc, cw_after);
    if (v >= 0) f = FrameAt(sc, static_cast<std::uint32_t>(v));
    if (f.found()) FindChannel(sc, f);
  };
  bool left_only_attribution = false;
  if (at_start) {
    try_right();
    if (!f.found()) try_left();
  } else {
    try_left();
    if (f.found()) {
      // Between the frame and the mark only the frame's own words.
      const std::uint32_t from = std::max<std::uint32_t>(f.verb_end, static_cast<std::uint32_t>(f.verb) + 1);
      left_only_attribution = true;
      for (std::uint32_t w = from; w < ow; ++w) {
        const std::string lw = Lower(so, w);
        // "saying that "..."": the words are woven into the reporter's
        // sentence, a partial quotation.
        if (lw != ":" && lw != "," && lw != "as" && lw != "saying") {
          left_only_attribution = false;
        }
      }
    } else {
      try_right();
    }
  }
  // A quotation that opens its paragraph (a block quotation) after a
  // paragraph ending "X quoted Y as saying:" or "Y said:".
  bool colon_frame = false;
  if (!f.found() && ow == 0 && so > 0 && text_.sentences[so].paragraph != text_.sentences[so - 1].paragraph &&
      text_.paragraphs[text_.sentences[so].paragraph].first_sentence == so && Size(so - 1) > 1 &&
      Lower(so - 1, Size(so - 1) - 1) == ":") {
    const std::uint32_t ps = so - 1;
    const std::int32_t v = FindVerbLeft(ps, Size(ps) - 1);
    if (v >= 0) {
      Frame pf = FrameAt(ps, static_cast<std::uint32_t>(v));
      bool only_frame = pf.found();
      for (std::uint32_t w = pf.verb_end; only_frame && w + 1 < Size(ps); ++w) {
        const std::string lw = Lower(ps, w);
        only_frame = lw == "as" || lw == "saying" || lw == ",";
      }
      if (only_frame) {
        FindChannel(ps, pf);
        f = pf;
        colon_frame = true;
      }
    }
  }
  // A quotation ending in "?" or "!" ends its sentence, and the frame
  // opens the next one: ""Why now?" Biden said." Only a frame right at the
  // start of the next sentence of the same paragraph counts.
  bool next_frame = false;
  if (!f.found() && at_start && q.closed && sc + 1 < text_.sentences.size() && cw_after >= Size(sc) &&
      text_.sentences[sc + 1].paragraph == text_.sentences[sc].paragraph && Size(sc + 1) > 1 &&
      !Quoted(sc + 1, 0)) {
    const std::uint32_t ns = sc + 1;
    const std::int32_t v = FindVerbRight(ns, 0);
    if (v >= 0 && v < 12) {
      Frame nf = FrameAt(ns, static_cast<std::uint32_t>(v));
      if (nf.found() && std::min<std::uint32_t>(nf.speaker_begin, static_cast<std::uint32_t>(v)) == 0) {
        FindChannel(ns, nf);
        f = nf;
        next_frame = true;
      }
    }
  }
  SpeakerVia via_override = SpeakerVia::kNone;
  if (!f.found()) {
    // A quoted sentence right after a quotation continues it.
    if (at_start && last_quote_sentence_ != UINT32_MAX && so <= last_quote_sentence_ + 1 &&
        last_frame_.found() && !shortq) {
      f = last_frame_;
      via_override = SpeakerVia::kContinuation;
    } else {
      return;  // unattributed: scare quotes, titles, terms
    }
  }
  // Direct: nothing of the reporter's own inside the sentence but the frame.
  bool direct = false;
  if (via_override == SpeakerVia::kContinuation || colon_frame || next_frame) {
    direct = true;
  } else if (at_start && f.sentence == sc && f.verb >= static_cast<std::int32_t>(cw_after)) {
    // "...," Xi said. / "...," said Xi: only the frame after the mark.
    direct = true;
    for (std::uint32_t w = cw_after; w < static_cast<std::uint32_t>(f.verb); ++w) {
      const Pos pos = P(sc).words[w].pos;
      if (pos != Pos::kComma && pos != Pos::kPunct && pos != Pos::kPronoun && !IsNpWord(sc, w)) {
        direct = false;
      }
    }
  } else if (left_only_attribution) {
    // Xi said: "..." [, according to X].
    direct = true;
    for (std::uint32_t w = cw_after; w < Size(sc); ++w) {
      const Pos pos = P(sc).words[w].pos;
      if (pos == Pos::kComma || pos == Pos::kPunct) continue;
      direct = IsAccording(sc, w);
      break;
    }
  }
  Frame emitted = f;
  if (via_override != SpeakerVia::kNone) emitted.speaker.via = via_override;
  const Span span{text_.tokens[q.first].begin, text_.tokens[end - 1].end};
  Emit(direct ? QuoteKind::kDirect : QuoteKind::kPartial, so, span, emitted, out);
  if (f.channel.found()) {
    Referent c;
    c.text = f.channel.ref.text;
    c.country = f.channel.ref.country;
    c.code = f.channel.ref.code;
    coref_.AddChannel(std::move(c));
  }
  last_frame_ = f;
  last_quote_sentence_ = sc;
}

// Reported speech without marks in sentence s.

}  // namespace readout::quotes
