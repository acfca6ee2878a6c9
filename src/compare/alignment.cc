#include "compare/alignment.h"

#include <algorithm>
#include <set>

#include "compare/content_words.h"
#include "compare/statement_groups.h"
#include "compare/word_diff.h"

namespace readout::compare {
namespace {

std::vector<DiffToken> QuoteTokens(const Source& source, const quotes::Quote& q) {
  std::vector<DiffToken> tokens;
  const text::TextAnalysis& text = *source.text;
  const auto first = std::lower_bound(
      text.tokens.begin(), text.tokens.end(), q.span.begin,
      [](const text::Token& t, std::uint32_t offset) { return t.begin < offset; });
  for (auto t = first; t != text.tokens.end() && t->end <= q.span.end; ++t) {
    if (t->kind == text::TokenKind::kQuote) continue;
    DiffToken token;
    token.key = LowerAscii(text.norm_text(*t));
    token.span = {t->begin, t->end};
    token.punct = t->kind == text::TokenKind::kPunct || t->kind == text::TokenKind::kSymbol;
    tokens.push_back(std::move(token));
  }
  return tokens;
}

// "The leaders particularly emphasized that ...": the readout gives the
// words to both sides, whoever the quote's speaker is.
bool OpensWithBothSides(const Source& source, const quotes::Quote& q) {
  const std::vector<std::string> words = [&] {
    std::vector<std::string> out;
    const text::TextAnalysis& text = *source.text;
    for (const text::Token& t : text.tokens) {
      if (t.begin < q.span.begin) continue;
      if (t.end > q.span.end || out.size() == 4) break;
      if (t.kind == text::TokenKind::kWord) out.push_back(LowerAscii(text.norm_text(t)));
    }
    return out;
  }();
  std::size_t i = 0;
  if (i < words.size() && (words[i] == "the" || words[i] == "both")) ++i;
  if (i < words.size() && words[i] == "two") ++i;
  static const std::set<std::string> kPluralParties = {"leaders", "sides", "presidents",
                                                       "governments", "ministers", "countries"};
  return i > 0 && i < words.size() && kPluralParties.count(words[i]) > 0;
}

// "the two leaders said in a joint statement": a plural speaker whose
// members the quotes stage did not resolve.
bool IsPluralSpeaker(const std::string& text) {
  const std::string lower = LowerAscii(text);
  for (const char* opening : {"the two ", "both ", "the leaders", "the sides"}) {
    if (lower.rfind(opening, 0) == 0) return true;
  }
  return false;
}

// The last word of a name: "Mr Talwar" and "Sameer Talwar" are one person
// when only one of them was resolved to an entity.
std::string_view Surname(std::string_view name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

bool SameAttribution(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i] && Surname(a[i]) != Surname(b[i])) return false;
  }
  return true;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) {
    if (!out.empty()) out += " and ";
    out += n;
  }
  return out;
}

void AddDiff(QuotePair& pair, DiffKind kind, std::string a, std::string b) {
  Difference d;
  d.kind = kind;
  d.a = std::move(a);
  d.b = std::move(b);
  pair.diffs.push_back(std::move(d));
}

// Cuts a quote into segments at the hunks; each segment runs from the end of
// the previous one, so the segments concatenate to the quote's text.
void AddSegment(const Document& doc, const std::vector<DiffToken>& tokens, std::uint32_t begin,
                std::uint32_t end, Span quote, bool changed, std::int32_t diff,
                std::vector<Segment>& out) {
  if (begin == end) return;
  Segment s;
  s.span.begin = out.empty() ? quote.begin : out.back().span.end;
  s.span.end = tokens[end - 1].span.end;
  if (end == tokens.size()) s.span.end = std::max(s.span.end, quote.end);
  s.text = std::string(doc.slice(s.span));
  s.changed = changed;
  s.diff = diff;
  out.push_back(std::move(s));
}

std::string TokenText(const Document& doc, const std::vector<DiffToken>& tokens, std::uint32_t begin,
                      std::uint32_t end, Span* span) {
  if (begin == end) return "";
  *span = {tokens[begin].span.begin, tokens[end - 1].span.end};
  return std::string(doc.slice(*span));
}

}  // namespace

std::string DisplayName(const events::ActorRef& actor) {
  if (!actor.entity.empty()) return actor.entity;
  if (!actor.text.empty()) return actor.text;
  return actor.code;
}

double StatementSimilarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::set<std::string> sa(a.begin(), a.end()), sb(b.begin(), b.end());
  std::size_t shared = 0;
  for (const std::string& w : sa) shared += sb.count(w);
  return SetSimilarity(shared, sa.size(), sb.size());
}

std::vector<std::string> AttributedTo(const Source& source, const quotes::Quote& quote) {
  std::vector<std::string> names;
  if (!quote.group.empty()) {
    for (const events::ActorRef& member : quote.group) names.push_back(DisplayName(member));
  } else if (IsPluralSpeaker(quote.speaker.text) || OpensWithBothSides(source, quote)) {
    names.push_back("both sides");
  } else {
    names.push_back(DisplayName(quote.speaker));
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string ChannelKey(const quotes::Quote& quote) {
  static const std::set<std::string> kGeneric = {
      "readout", "statement", "account", "report", "transcript", "communique", "release",
      "press", "official", "own", "english", "translation", "version", "summary", "according"};
  std::string key;
  std::string word;
  std::string kind;  // the last generic noun: "readout", "statement"
  const std::string text = LowerAscii(quote.channel.text);
  auto flush = [&] {
    if (kGeneric.count(word) > 0) {
      kind = word;
    } else if (!word.empty() && !IsFunctionWord(word)) {
      if (!key.empty()) key += ' ';
      key += word;
    }
    word.clear();
  };
  for (const char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  // "China's" leaves "china" + "s": "s" is a function word and goes.
  // "the readout": what it refers to, when the quotes stage resolved it,
  // else the kind of document, which still tells a readout from a speech.
  if (key.empty() && !quote.channel.entity.empty() && quote.channel.entity != quote.channel.text) {
    quotes::Quote resolved;
    resolved.channel.text = quote.channel.entity;
    return ChannelKey(resolved);
  }
  return key.empty() ? kind : key;
}

QuotePair CompareQuotes(const Source& a_source, const quotes::Quote& a, const Source& b_source,
                        const quotes::Quote& b, double similarity) {
  QuotePair pair;
  pair.a = a.id;
  pair.b = b.id;
  pair.a_doc = a.doc;
  pair.b_doc = b.doc;
  pair.similarity = similarity;

  const std::vector<DiffToken> at = QuoteTokens(a_source, a);
  const std::vector<DiffToken> bt = QuoteTokens(b_source, b);
  // Punctuation alone ("." after one outlet's quote, "," inside the marks
  // in another) is house style, not a difference a reader needs.
  auto punctuation_only = [](const std::vector<DiffToken>& tokens, std::uint32_t begin, std::uint32_t end) {
    return std::all_of(tokens.begin() + begin, tokens.begin() + end, [](const DiffToken& t) { return t.punct; });
  };
  for (const DiffHunk& h : DiffWords(at, bt)) {
    std::int32_t diff = -1;
    const bool changed =
        !h.equal && !(punctuation_only(at, h.a_begin, h.a_end) && punctuation_only(bt, h.b_begin, h.b_end));
    if (changed) {
      diff = static_cast<std::int32_t>(pair.diffs.size());
      Difference d;
      d.kind = h.kind;
      d.a = TokenText(*a_source.doc, at, h.a_begin, h.a_end, &d.a_span);
      d.b = TokenText(*b_source.doc, bt, h.b_begin, h.b_end, &d.b_span);
      pair.diffs.push_back(std::move(d));
    }
    AddSegment(*a_source.doc, at, h.a_begin, h.a_end, a.span, changed, diff, pair.a_segments);
    AddSegment(*b_source.doc, bt, h.b_begin, h.b_end, b.span, changed, diff, pair.b_segments);
  }

  const std::vector<std::string> a_who = AttributedTo(a_source, a), b_who = AttributedTo(b_source, b);
  if (!SameAttribution(a_who, b_who)) AddDiff(pair, DiffKind::kAttribution, Join(a_who), Join(b_who));
  // A channel one source names and the other does not is a difference; two
  // named channels differ when what tells them apart differs ("its readout"
  // says too little to differ from "the Kremlin statement").
  const std::string a_channel = ChannelKey(a), b_channel = ChannelKey(b);
  const bool a_has = !a.channel.text.empty(), b_has = !b.channel.text.empty();
  if (a_has != b_has || (!a_channel.empty() && !b_channel.empty() && a_channel != b_channel)) {
    AddDiff(pair, DiffKind::kChannel, a.channel.text, b.channel.text);
  }
  const bool a_indirect = a.kind == quotes::QuoteKind::kIndirect;
  const bool b_indirect = b.kind == quotes::QuoteKind::kIndirect;
  if (a_indirect != b_indirect) {
    AddDiff(pair, DiffKind::kQuoteKind, std::string(quotes::QuoteKindName(a.kind)),
            std::string(quotes::QuoteKindName(b.kind)));
  }
  return pair;
}

}  // namespace readout::compare
