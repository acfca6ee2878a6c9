// Reported speech without quotation marks: a cue and the clause it
// reports, "according to X", nominal cues and colons.
#include "quotes/doc_extractor.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "quotes/cues.h"
#include "quotes/words.h"

namespace readout::quotes {

using tag::Pos;

void DocExtractor::Indirect(std::uint32_t s, std::vector<Quote>& out) {
  const std::uint32_t n = Size(s);
  if (n == 0) return;
  // The reported clause must hold no quotation marks at all.
  auto clean = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t w = b; w < e; ++w) {
      if (Quoted(s, w)) return false;
    }
    return e > b + 1;
  };
  auto trim_end = [&](std::uint32_t b, std::uint32_t e) {
    while (e > b && (P(s).words[e - 1].pos == Pos::kPunct || P(s).words[e - 1].pos == Pos::kComma)) --e;
    return e;
  };
  for (std::uint32_t v = 0; v < n; ++v) {
    if (IsAccording(s, v)) {
      Frame f = FrameAt(s, v);
      if (!f.found()) continue;
      // "according to X, CLAUSE" or "CLAUSE, according to X."
      std::uint32_t b = 0, e = 0;
      if (v == 0 && f.verb_end < n && P(s).words[f.verb_end].pos == Pos::kComma) {
        b = f.verb_end + 1;
        e = trim_end(b, n);
      } else if (v > 0 && P(s).words[v - 1].pos == Pos::kComma) {
        b = 0;
        e = v - 1;
        // "The plan, according to two aides, is to wait": set off by commas
        // inside the clause, which runs on after it.
        if (f.verb_end + 2 < n && P(s).words[f.verb_end].pos == Pos::kComma) e = trim_end(0, n);
      } else {
        continue;
      }
      // Another speaker's finite "said" inside makes the sentence theirs;
      // a cue word in passing ("superdelegates declaring support") does not.
      bool other = false;
      for (std::uint32_t w = b; w < e; ++w) {
        if (w >= v && w < f.verb_end) continue;  // the frame itself
        other = other || (IsReportingVerb(s, w) && CueGroupOf(Lower(s, w)) == CueGroup::kSay &&
                          P(s).words[w].form != tag::VerbForm::kGerund &&
                          P(s).words[w].form != tag::VerbForm::kParticiple);
      }
      if (other || !clean(b, e)) continue;
      FindChannel(s, f);
      Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      continue;
    }
    // "X reported Y as saying that ...", "Y was quoted by X as saying ...".
    const bool relay = IsRelayVerb(Lower(s, v)) && !Quoted(s, v);
    if (!relay && (!IsReportingVerb(s, v) || ReportingVerbKind(Lower(s, v)) != VerbClass::kSay)) continue;
    Frame f = FrameAt(s, v);
    if (!f.found()) continue;
    const bool as_saying = f.verb_end >= 2 && Lower(s, f.verb_end - 2) == "as";
    if (relay && !as_saying && ReportingVerbKind(Lower(s, v)) != VerbClass::kSay) continue;
    const CueGroup clause_group = CueGroupOf(Lower(s, as_saying ? f.verb_end - 1 : v));
    std::uint32_t w = f.verb_end;
    // "said in a statement on Monday that": prepositional phrases between.
    for (int pp = 0; pp < 3 && w < n; ++pp) {
      if (P(s).words[w].pos == Pos::kAdverb) {
        ++w;
        continue;
      }
      // "said Thursday that", "said last week that"
      if (IsNpWord(s, w)) {
        const std::uint32_t e = ChunkRight(s, w);
        const std::string head = Lower(s, e - 1);
        if (IsTimeWord(head) || IsTimeUnit(head)) {
          w = e;
          continue;
        }
      }
      if (P(s).words[w].pos == Pos::kPreposition && w + 1 < n && IsNpWord(s, w + 1)) {
        w = ChunkRight(s, w + 1);
        continue;
      }
      break;
    }
    // "India will supply ..., Deshpande told reporters after the talks.":
    // the frame closes the sentence and the clause comes first.
    // The same frame set off by commas inside the clause ("The goal, he
    // said, is a cease-fire") or followed by a participle ("..., he said,
    // adding ...") reports the clause around it.
    // ", as The Times reported": "as" between the comma and the frame.
    std::uint32_t frame_first = std::min(f.speaker_begin, v);
    if (frame_first >= 4 && Lower(s, frame_first - 1) == "as" && P(s).words[frame_first - 2].pos == Pos::kComma) {
      --frame_first;
    }
    if (frame_first >= 3 && P(s).words[frame_first - 1].pos == Pos::kComma) {
      const bool ends = trim_end(w, n) == w;
      const bool comma_after = !ends && P(s).words[w].pos == Pos::kComma && w + 1 < n;
      // ", said Ann Lee, a broker who ...": the inverted speaker's apposition.
      const bool apposition = comma_after && f.speaker_begin > static_cast<std::uint32_t>(v) &&
                              (IsNpWord(s, w + 1) || P(s).words[w + 1].pos == Pos::kWh);
      const bool participle = comma_after && (apposition || (P(s).words[w + 1].pos == Pos::kVerb &&
                                                            P(s).words[w + 1].form == tag::VerbForm::kGerund));
      const bool resumes = comma_after && !participle;
      if (ends || participle || resumes) {
        const std::uint32_t before_end = trim_end(0, frame_first - 1);
        const std::uint32_t e = resumes ? trim_end(w + 1, n) : before_end;
        bool finite = false, other = false;
        for (std::uint32_t u = 0; u < e; ++u) {
          if (u >= frame_first && u <= w) continue;  // the frame itself
          const Pos pos = P(s).words[u].pos;
          finite = finite || pos == Pos::kModal || pos == Pos::kAuxiliary ||
                   (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund);
          // Another speaker's finite say-verb makes the clause theirs; a
          // cue word in passing ("polls showing") does not.
          other = other || (IsReportingVerb(s, u) && CueGroupOf(Lower(s, u)) == CueGroup::kSay &&
                            P(s).words[u].form != tag::VerbForm::kGerund &&
                            P(s).words[u].form != tag::VerbForm::kParticiple);
        }
        if (finite && !other && clean(0, e) && (!resumes || e > w + 2)) {
          FindChannel(s, f);
          Emit(QuoteKind::kIndirect, s, WordsSpan(s, 0, e), f, out);
        }
        continue;
      }
    }
    if (w >= n) continue;
    // "Rubio says, win or lose, he is staying": a comma, then the clause.
    // Not after an inverted subject: "said Ann Lee, a broker" is apposition.
    if (w == f.verb_end && w + 3 < n && P(s).words[w].pos == Pos::kComma && !Quoted(s, w + 1) &&
        f.speaker_begin < static_cast<std::uint32_t>(v) && TakesBareClause(clause_group) &&
        P(s).words[w + 1].pos != Pos::kVerb && P(s).words[w + 1].pos != Pos::kWh) {
      const std::uint32_t e = trim_end(w + 1, n);
      bool fin = false, other = false;
      for (std::uint32_t u = w + 1; u < e; ++u) {
        const Pos pos = P(s).words[u].pos;
        fin = fin || pos == Pos::kModal || pos == Pos::kAuxiliary ||
              (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund);
        other = other || IsReportingVerb(s, u) || IsAccording(s, u);
      }
      if (fin && !other && clean(w + 1, e)) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, w + 1, e), f, out);
      }
      continue;
    }
    std::uint32_t b = 0;
    if (clause_group == CueGroup::kAsk) {
      // "asked whether ...", "asked the judge whether ...", "asked the
      // judge to block the rule" (the one asked belongs to the request).
      std::uint32_t a = w;
      if (IsNpWord(s, a)) {
        a = ChunkRight(s, a);
      } else if (P(s).words[a].pos == Pos::kPronoun) {
        ++a;
      }
      if (a < n && IsQuestionWord(Lower(s, a))) {
        b = a;
      } else if (a > w && a < n && Lower(s, a) == "to") {
        // "requested anonymity to discuss a private talk, said": the
        // request ends at its comma.
        std::uint32_t stop = a;
        while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
        const std::uint32_t e = trim_end(w, stop);
        if (clean(w, e)) {
          FindChannel(s, f);
          Emit(QuoteKind::kIndirect, s, WordsSpan(s, w, e), f, out);
        }
        continue;
      } else {
        continue;
      }
    } else if (w == f.verb_end && w < n && f.speaker_begin > 0 && f.speaker_begin < static_cast<std::uint32_t>(v) &&
               (P(s).words[w].pos == Pos::kModal || P(s).words[w].pos == Pos::kAuxiliary ||
                (P(s).words[w].pos == Pos::kVerb && P(s).words[w].form != tag::VerbForm::kGerund &&
                 P(s).words[w].form != tag::VerbForm::kBase)) &&
               (IsNpWord(s, f.speaker_begin - 1) || P(s).words[f.speaker_begin - 1].pos == Pos::kWh ||
                Lower(s, f.speaker_begin - 1) == "that")) {
      // "a finish that he said defied expectations", "the rules, which
      // officials said will take effect in May": the clause's subject is
      // what the relative clause hangs on; the words are the rest of it,
      // up to its comma.
      b = w;
      std::uint32_t stop = w;
      while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
      const std::uint32_t e = trim_end(b, stop);
      bool clear = e > b + 1;
      for (std::uint32_t u = b; u < e && clear; ++u) clear = !Quoted(s, u);
      if (clear) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      }
      continue;
    } else if (Lower(s, w) == "that") {
      b = w + 1;
    } else if (w == f.verb_end && TakesNounContent(Lower(s, v)) && IsNpWord(s, w) &&
               P(s).words[w].pos != Pos::kProperNoun && !NounChunkOpensClause(s, w)) {
      // "announced his engagement", "reported no arrests", "denied the
      // charge": what was said, named by a noun phrase, up to the comma.
      std::uint32_t stop = w;
      while (stop < n && P(s).words[stop].pos != Pos::kComma && !Quoted(s, stop)) ++stop;
      const std::uint32_t e = trim_end(w, stop);
      bool clear = e > w;
      for (std::uint32_t u = w; u < e && clear; ++u) clear = !IsReportingVerb(s, u) && !IsAccording(s, u);
      if (clear) {
        FindChannel(s, f);
        Emit(QuoteKind::kIndirect, s, WordsSpan(s, w, e), f, out);
      }
      continue;
    } else if (w == f.verb_end && TakesBareClause(clause_group) &&
               (IsNpWord(s, w) || P(s).words[w].pos == Pos::kPronoun ||
                (P(s).words[w].pos == Pos::kVerb && P(s).words[w].form == tag::VerbForm::kGerund))) {
      // "Xi said China would ...": a clause with its own finite verb. A
      // subject pronoun ("said he wants") opens a clause whatever the
      // tagger made of the verb after it.
      const std::string lw = Lower(s, w);
      bool finite = lw == "he" || lw == "she" || lw == "they" || lw == "we" || lw == "i";
      for (std::uint32_t u = w + 1; u < n && P(s).words[u].pos != Pos::kComma; ++u) {
        const Pos pos = P(s).words[u].pos;
        if (pos == Pos::kModal || pos == Pos::kAuxiliary ||
            (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund)) {
          finite = true;
          break;
        }
      }
      if (!finite) continue;
      b = w;
    } else {
      continue;
    }
    // The clause ends at the sentence end, at ", according to", or at a
    // frame closing the sentence (", the state broadcaster reported").
    std::uint32_t e = n;
    for (std::uint32_t u = b; u + 1 < n; ++u) {
      if (P(s).words[u].pos == Pos::kComma && IsAccording(s, u + 1)) {
        e = u;
        break;
      }
      if (u > b && IsReportingVerb(s, u)) {
        const Frame tail = FrameAt(s, u, 3);
        const std::uint32_t first = std::min(tail.speaker_begin, u);
        if (tail.speaker.found() && first > b + 1 && P(s).words[first - 1].pos == Pos::kComma) {
          e = first - 1;
          break;
        }
      }
    }
    e = trim_end(b, e);
    if (!clean(b, e)) {
      // "said he backed the bill, which he called "a cartel"": the marks
      // belong to a relative clause with its own frame; the reported
      // clause ends before it.
      std::uint32_t q = b;
      while (q < e && !Quoted(s, q)) ++q;
      std::uint32_t cut = e;
      for (std::uint32_t u = q; u > b + 1; --u) {
        if (P(s).words[u - 1].pos == Pos::kComma && P(s).words[u].pos == Pos::kWh) {
          cut = u - 1;
          break;
        }
      }
      if (cut == e || !clean(b, cut)) continue;
      e = trim_end(b, cut);
    }
    FindChannel(s, f);
    // "The ministry said in its account that Morioka had explained that
    // ...": the inner speaker's words, through the outer one.
    bool nested = false;
    for (std::uint32_t u = b + 1; u + 1 < e; ++u) {
      if (!IsReportingVerb(s, u) || ReportingVerbKind(Lower(s, u)) != VerbClass::kSay) continue;
      const Frame inner = FrameAt(s, u, 3);
      // Only speech nests ("said that Morioka had explained that", "which
      // said that Xi told Putin the ties ..."); "said he knows the cost" is
      // the outer speaker's claim about a belief.
      bool inner_finite = false;
      for (std::uint32_t t = inner.verb_end + 1; t < e && !inner_finite; ++t) {
        const Pos pos = P(s).words[t].pos;
        inner_finite = pos == Pos::kModal || pos == Pos::kAuxiliary ||
                       (pos == Pos::kVerb && P(s).words[t].form != tag::VerbForm::kGerund);
      }
      const bool inner_clause =
          CueGroupOf(Lower(s, u)) == CueGroup::kSay && inner.verb_end < e &&
          (Lower(s, inner.verb_end) == "that" ||
           ((IsNpWord(s, inner.verb_end) || P(s).words[inner.verb_end].pos == Pos::kPronoun) && inner_finite));
      if (inner.speaker.found() && inner.speaker_begin == b && inner_clause) {
        // The relay is the outer speaker by name, not the "which" that stood for it.
        Resolved through = f.channel.found() ? f.channel : f.speaker;
        if (!f.channel.found() && f.speaker_begin >= 2 && P(s).words[f.speaker_begin].pos == Pos::kWh) {
          std::uint32_t ant = f.speaker_begin - 1;
          if (P(s).words[ant].pos == Pos::kComma) --ant;
          if (IsNpWord(s, ant)) {
            Resolved named = Subject(s, ChunkLeft(s, ant), ant + 1);
            if (named.found()) through = std::move(named);
          }
        }
        nested_channel_.emplace_back(s, u, through, f.chain);
        nested = true;
      }
      break;
    }
    if (nested) continue;
    if (!f.channel.found()) {
      for (const auto& [ns, nv, channel, chain] : nested_channel_) {
        if (ns == s && nv == v) {
          f.channel = channel;
          f.chain = chain;
        }
      }
    }
    Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
  }
}

// Attributions without a verb:
//   "In the poll, Clinton's support has risen": a document or survey named
//   after "in" opening the sentence is the source of the clause after it;
//   "Warren: Trump is a failure" (headlines, transcripts): one to four
//   capitalized words before a colon opening the sentence speak the rest.
void DocExtractor::NominalOrColon(std::uint32_t s, std::vector<Quote>& out) {
  const std::uint32_t n = Size(s);
  if (n < 5 || Quoted(s, 0)) return;
  auto trim_end = [&](std::uint32_t b, std::uint32_t e) {
    while (e > b && (P(s).words[e - 1].pos == Pos::kPunct || P(s).words[e - 1].pos == Pos::kComma)) --e;
    return e;
  };
  auto clean = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t w = b; w < e; ++w) {
      if (Quoted(s, w) || IsReportingVerb(s, w) || IsAccording(s, w)) return false;
    }
    return e > b + 2;
  };
  auto finite = [&](std::uint32_t b, std::uint32_t e) {
    for (std::uint32_t u = b; u < e; ++u) {
      const Pos pos = P(s).words[u].pos;
      if (pos == Pos::kModal || pos == Pos::kAuxiliary ||
          (pos == Pos::kVerb && P(s).words[u].form != tag::VerbForm::kGerund)) {
        return true;
      }
    }
    return false;
  };
  const bool title = text_.sentences[s].has(text::kTitleSentence);
  if (!title && Lower(s, 0) == "in" && IsNpWord(s, 1)) {
    const std::uint32_t head_end = ChunkRight(s, 1);
    const std::uint32_t e0 = ExtendChunk(s, head_end);
    if (IsDocumentNoun(Lower(s, head_end - 1)) && e0 + 2 < n && P(s).words[e0].pos == Pos::kComma) {
      const std::uint32_t b = e0 + 1, e = trim_end(b, n);
      if (clean(b, e) && finite(b, e)) {
        Frame f;
        f.sentence = s;
        f.verb = 0;
        f.verb_end = e0;
        f.verb_span = WordsSpan(s, 0, 1);
        f.verb_text = std::string(doc_.slice(f.verb_span));
        f.speaker = Subject(s, 1, e0);
        f.speaker_begin = 1;
        if (f.speaker.found()) Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
      }
    }
    return;
  }
  std::uint32_t c = 0;
  while (c < n && c < 5 && P(s).words[c].capitalized && !Quoted(s, c)) ++c;
  if (c == 0 || c > 4 || c + 3 >= n || Lower(s, c) != ":") return;
  const std::string first = Lower(s, 0);
  if (IsColonLabel(first)) return;
  Resolved who = Resolve(s, 0, c);
  // A place ("WASHINGTON:") is a dateline, not a speaker.
  if (who.ref.code.size() == 3 && who.ref.code == who.ref.country) return;
  const std::uint32_t b = c + 1, e = trim_end(b, n);
  if (e <= b + 2) return;
  // A list of names after the colon ("Nevada: Adam Khan, Ben Ortiz, ...")
  // is a roster, not words.
  std::uint32_t names = 0, commas = 0;
  for (std::uint32_t w = b; w < e; ++w) {
    if (Quoted(s, w)) return;
    commas += P(s).words[w].pos == Pos::kComma;
    names += P(s).words[w].capitalized;
  }
  if (commas >= 2 && 2 * names >= e - b) return;
  Frame f;
  f.sentence = s;
  f.verb = static_cast<std::int32_t>(c);
  f.verb_end = c + 1;
  f.verb_span = WordsSpan(s, c, c + 1);
  f.verb_text = ":";
  f.speaker = Subject(s, 0, c);
  f.speaker_begin = 0;
  if (f.speaker.found()) Emit(QuoteKind::kIndirect, s, WordsSpan(s, b, e), f, out);
}

}  // namespace readout::quotes
