#include <array>
#include <utility>

#include "output/json_writer.h"
#include "readout/output.h"
#include "readout/utf8.h"

namespace readout::output {
namespace {

// TSV and text cells: valid UTF-8, with tabs and line breaks as spaces.
void AppendCell(std::string_view s, std::string& out) {
  std::string repaired;
  if (CheckUtf8(s).invalid != 0) {
    repaired = RepairUtf8(s);
    s = repaired;
  }
  for (char c : s) out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
}

// The columns every TSV record starts with: doc, sentence, start, end.
void AppendTsvPrefix(const Document& doc, std::size_t sentence, Span span, std::string& out) {
  out += doc.id + '\t' + std::to_string(sentence) + '\t' + std::to_string(span.begin) + '\t' +
         std::to_string(span.end) + '\t';
}

constexpr std::array<std::pair<text::TokenFlags, std::string_view>, 4> kTokenFlagNames = {{
    {text::kAbbreviation, "abbreviation"},
    {text::kHyphenated, "hyphenated"},
    {text::kOpenQuote, "open_quote"},
    {text::kCloseQuote, "close_quote"},
}};

}  // namespace

bool ParseRecordFormat(std::string_view name, RecordFormat* format) {
  if (name == "jsonl" || name == "json") *format = RecordFormat::kJsonl;
  else if (name == "tsv") *format = RecordFormat::kTsv;
  else if (name == "text") *format = RecordFormat::kText;
  else return false;
  return true;
}

void AppendSentenceRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                           std::string& out) {
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const text::Sentence& s = a.sentences[i];
    const std::string visible = text::VisibleText(doc, s.span);
    if (format == RecordFormat::kText) {
      AppendCell(visible, out);
      out += '\n';
      continue;
    }
    if (format == RecordFormat::kTsv) {
      AppendTsvPrefix(doc, i, s.span, out);
      AppendCell(visible, out);
      out += '\n';
      continue;
    }
    JsonObject o(out);
    o.Str("doc", doc.id).Int("sentence", static_cast<std::int64_t>(i)).Int("paragraph", s.paragraph);
    o.Int("start", s.span.begin).Int("end", s.span.end).Str("text", visible);
    if (s.has(text::kTitleSentence)) o.Bool("title", true);
    if (s.has(text::kQuoteOpenAtStart)) o.Bool("quote_open_at_start", true);
    if (s.has(text::kQuoteOpenAtEnd)) o.Bool("quote_open_at_end", true);
    if (s.has(text::kForcedBreak)) o.Bool("forced_break", true);
    o.Str("language", doc.language);
    o.Close();
    out += '\n';
  }
}

void AppendTokenRecords(const Document& doc, const text::TextAnalysis& a, RecordFormat format,
                        std::string& out) {
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const text::Sentence& s = a.sentences[i];
    if (format != RecordFormat::kJsonl) {
      for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
        const text::Token& tok = a.tokens[t];
        if (format == RecordFormat::kText) {
          if (t != s.first_token) out += ' ';
          AppendCell(a.norm_text(tok), out);
          continue;
        }
        AppendTsvPrefix(doc, i, Span{tok.begin, tok.end}, out);
        out += text::TokenKindName(tok.kind);
        out += '\t';
        AppendCell(a.norm_text(tok), out);
        out += '\n';
      }
      if (format == RecordFormat::kText) out += '\n';
      continue;
    }
    JsonObject o(out);
    o.Str("doc", doc.id).Int("sentence", static_cast<std::int64_t>(i));
    std::string& arr = o.Raw("tokens");
    arr += '[';
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      const text::Token& tok = a.tokens[t];
      if (t != s.first_token) arr += ',';
      JsonObject j(arr);
      j.Str("text", doc.slice(Span{tok.begin, tok.end})).Str("norm", a.norm_text(tok));
      j.Int("start", tok.begin).Int("end", tok.end).Str("kind", text::TokenKindName(tok.kind));
      if ((tok.flags & (text::kAbbreviation | text::kHyphenated | text::kOpenQuote | text::kCloseQuote)) != 0) {
        std::string& flags = j.Raw("flags");
        flags += '[';
        bool first = true;
        for (const auto& [flag, name] : kTokenFlagNames) {
          if (!tok.has(flag)) continue;
          if (!first) flags += ',';
          first = false;
          AppendJsonString(name, flags);
        }
        flags += ']';
      }
      j.Close();
    }
    arr += ']';
    o.Close();
    out += '\n';
  }
}

}  // namespace readout::output
