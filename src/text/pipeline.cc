// TextPipeline: a Document's title and content, normalized into one buffer
// (title first, then the content spans with excluded markup replaced by a
// separator), cut into paragraphs, tokenized and split into sentences.
#include <algorithm>

#include "text/segment.h"
#include "text/tokenizer.h"

namespace readout::text {

std::string_view TokenKindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kQuote: return "quote";
    case TokenKind::kSymbol: return "symbol";
    case TokenKind::kUrl: return "url";
    case TokenKind::kClitic: return "clitic";
  }
  return "word";
}

void TextAnalysis::Clear() {
  norm.Clear();
  tokens.clear();
  sentences.clear();
  paragraphs.clear();
}

namespace {

// Normalizes doc.text[span] into norm, replacing every masked range inside
// it by one space.
void AppendVisible(const Document& doc, Span span, NormalizedText& norm) {
  std::uint32_t pos = span.begin;
  for (const Span& m : doc.masked) {
    if (m.end <= pos || m.begin >= span.end) continue;
    if (m.begin > pos) NormalizeAppend(doc.text, Span{pos, m.begin}, norm);
    const std::uint32_t stop = std::min(m.end, span.end);
    norm.Replace(" ", std::max(m.begin, pos), stop);
    pos = stop;
  }
  if (pos < span.end) NormalizeAppend(doc.text, Span{pos, span.end}, norm);
}

}  // namespace

void TextPipeline::Analyze(const Document& doc, TextAnalysis& out) const {
  out.Clear();
  const auto size = [&] { return static_cast<std::uint32_t>(out.norm.text().size()); };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> paragraphs;

  if (!doc.title_span.empty()) {
    AppendVisible(doc, doc.title_span, out.norm);
    paragraphs.emplace_back(0, size());
    out.norm.Replace("\n\n", doc.title_span.end, doc.title_span.end);
  }
  const std::uint32_t content_begin = size();
  const Span* previous = nullptr;
  for (const Span& c : doc.content) {
    if (c.empty()) continue;
    if (previous != nullptr) {
      // What lies between two content spans was markup: it separates what
      // surrounds it as a line break if it spanned one, else as a space.
      const std::string_view gap = doc.slice(Span{previous->end, c.begin});
      out.norm.Replace(gap.find('\n') != std::string_view::npos ? "\n" : " ", previous->end, c.begin);
    }
    AppendVisible(doc, c, out.norm);
    previous = &c;
  }
  const std::size_t title_paragraphs = paragraphs.size();
  if (doc.single_sentence) {
    if (size() > content_begin) paragraphs.emplace_back(content_begin, size());
  } else {
    FindParagraphs(out.norm.text(), content_begin, size(), paragraphs);
  }

  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const auto first = static_cast<std::uint32_t>(out.tokens.size());
    Tokenize(out.norm, doc.text, paragraphs[p].first, paragraphs[p].second, options_, out.tokens);
    const auto end = static_cast<std::uint32_t>(out.tokens.size());
    if (end == first) continue;
    const auto index = static_cast<std::uint32_t>(out.paragraphs.size());
    const auto first_sentence = static_cast<std::uint32_t>(out.sentences.size());
    SplitSentences(out, first, end, index, !doc.single_sentence, options_, out.sentences);
    if (p < title_paragraphs) {
      for (std::size_t s = first_sentence; s < out.sentences.size(); ++s) out.sentences[s].flags |= kTitleSentence;
    }
    out.paragraphs.push_back(Paragraph{Span{out.tokens[first].begin, out.tokens[end - 1].end}, first_sentence,
                                       static_cast<std::uint32_t>(out.sentences.size())});
  }
}

std::string VisibleText(const Document& doc, Span span) {
  // The parts of span inside the title or a content span, less masked
  // ranges. Content and masked ranges are in document order, so only those
  // that can overlap span are visited (found by binary search): a sentence
  // costs the same however many blocks the page has.
  const auto first_ending_after = [](const std::vector<Span>& spans, std::uint32_t pos) {
    return std::lower_bound(spans.begin(), spans.end(), pos, [](const Span& s, std::uint32_t p) { return s.end <= p; });
  };
  std::string out;
  const auto take = [&](const Span& v) {
    std::uint32_t pos = std::max(v.begin, span.begin);
    const std::uint32_t stop = std::min(v.end, span.end);
    if (pos >= stop) return;
    if (!out.empty()) out += ' ';
    for (auto m = first_ending_after(doc.masked, pos); m != doc.masked.end() && m->begin < stop; ++m) {
      if (m->begin > pos) out.append(doc.text, pos, m->begin - pos);
      pos = std::max(pos, std::min(m->end, stop));
    }
    if (pos < stop) out.append(doc.text, pos, stop - pos);
  };
  if (!doc.title_span.empty()) take(doc.title_span);
  for (auto c = first_ending_after(doc.content, span.begin); c != doc.content.end() && c->begin < span.end; ++c) {
    take(*c);
  }
  return out;
}

}  // namespace readout::text
