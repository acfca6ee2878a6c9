// The issue list reader (Phoenix.IssueCoding.txt).
//
// What the file holds: 52 sections "<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
// ... </ISSUE>" (TYPE is ALL or COUNTEVENT), each a list of
//   phrase [CODE]     the sentence carries issue CODE when phrase occurs
//   ~phrase           ignore: no issue coding for this sentence
//   ~~phrase          ignore: no issue coding for this story
// Phrases are lower-case, matched case-insensitively as whole words. Within
// a word, n: and v: expand the word that follows (n:crime -> CRIME, CRIMES;
// v:bomb -> BOMB, BOMBS, BOMBED, BOMBING) and '+' joins two words both with a
// blank and with a hyphen (pre+k -> PRE K, PRE-K); expansions multiply out.
// The first expansion (every word as written, '+' as a blank) is the written
// phrase; the others are flagged generated. PETRARCH uses its own cruder
// inflections here (PURGED, but also CARRYED); we use inflect.h.
#include <fmt/format.h>

#include "dict/inflect.h"
#include "dict/source_lines.h"
#include "dict/text_util.h"
#include "readout/dict.h"

namespace readout::dict {
namespace {

using internal::EqualsIgnoreCase;
using internal::IsBlank;
using internal::LineReader;
using internal::PhraseGaps;
using internal::Reporter;
using internal::SourceLine;
using internal::StartsWith;
using internal::Trim;
using internal::TrimLeft;
using internal::Upper;

constexpr std::size_t kNpos = std::string_view::npos;
constexpr std::size_t kMaxForms = 256;

// The value of NAME="value" in a tag, or "" if absent.
std::string Attribute(std::string_view tag, std::string_view name) {
  for (std::size_t i = tag.find('='); i != kNpos; i = tag.find('=', i + 1)) {
    std::size_t k = i;
    while (k > 0 && IsBlank(tag[k - 1])) --k;
    if (k < name.size() || !EqualsIgnoreCase(tag.substr(k - name.size(), name.size()), name)) continue;
    const std::size_t q = tag.find('"', i);
    const std::size_t e = q == kNpos ? kNpos : tag.find('"', q + 1);
    if (e == kNpos) return {};
    return std::string(tag.substr(q + 1, e - q - 1));
  }
  return {};
}

// "n:crime" -> CRIME CRIMES, "v:purge" -> PURGE PURGES PURGED PURGING.
std::vector<std::string> WordForms(std::string_view part) {
  if (part.size() > 2 && part[1] == ':' && (part[0] == 'n' || part[0] == 'N')) {
    std::string w = Upper(part.substr(2));
    std::string p = internal::PluralOf(w);
    return {std::move(w), std::move(p)};
  }
  if (part.size() > 2 && part[1] == ':' && (part[0] == 'v' || part[0] == 'V')) {
    std::string w = Upper(part.substr(2));
    internal::VerbInflections f = internal::InflectVerb(w);
    return {std::move(w), std::move(f.s), std::move(f.ed), std::move(f.ing)};
  }
  return {Upper(part)};
}

// Every spelling of a blank-free token such as "pre+n:school".
bool TokenForms(std::string_view token, std::vector<std::string>& out) {
  out.clear();
  std::size_t start = 0;
  while (start <= token.size()) {
    std::size_t plus = token.find('+', start);
    if (plus == kNpos) plus = token.size();
    const std::string_view part = token.substr(start, plus - start);
    start = plus + 1;
    if (part.empty()) continue;
    const std::vector<std::string> forms = WordForms(part);
    if (out.empty()) {
      out = forms;
      continue;
    }
    std::vector<std::string> next;
    for (const std::string& left : out) {
      for (const char* sep : {" ", "-"}) {
        for (const std::string& right : forms) next.push_back(left + sep + right);
      }
    }
    if (next.size() > kMaxForms) return false;
    out = std::move(next);
  }
  return !out.empty();
}

class IssueReader {
 public:
  IssueReader(std::string_view text, std::string_view file, Diagnostics& diags)
      : text_(text), reporter_(text, file, diags) {
    list_.file.assign(file);
  }

  IssueList Read() {
    LineReader lines(text_, reporter_);
    SourceLine line;
    while (lines.Next(line)) {
      line_ = &line;
      const std::string_view t = Trim(line.text);
      if (StartsWith(t, "</")) {
        if (!in_section_) Warn(t, "closing tag without an open <ISSUE>");
        in_section_ = false;
        category_.clear();
        type_.clear();
      } else if (t[0] == '<') {
        Section(t);
      } else {
        Entry(t);
      }
    }
    return std::move(list_);
  }

 private:
  void Warn(std::string_view at, std::string message) {
    reporter_.Warn(line_->number, line_->ColumnOf(at), std::move(message));
  }

  void Section(std::string_view t) {
    if (!StartsWith(Upper(t.substr(0, 6)), "<ISSUE")) return Warn(t, "unknown tag; line skipped");
    if (t.back() != '>') Warn(t, "tag not closed with '>'");
    if (in_section_) Warn(t, "<ISSUE> inside an <ISSUE> that was not closed");
    category_ = Attribute(t, "CATEGORY");
    type_ = Attribute(t, "TYPE");
    if (category_.empty()) Warn(t, "<ISSUE> without CATEGORY=\"...\"");
    in_section_ = true;
  }

  void Entry(std::string_view t) {
    Issue issue;
    issue.line = line_->number;
    issue.category = category_;
    issue.type = type_;
    std::string_view phrase = t;
    if (StartsWith(t, "~")) {
      issue.kind = StartsWith(t, "~~") ? Issue::Kind::kIgnoreStory : Issue::Kind::kIgnoreSentence;
      phrase = t.substr(issue.kind == Issue::Kind::kIgnoreStory ? 2 : 1);
      if (phrase.find('[') != kNpos) {
        Warn(phrase.substr(phrase.find('[')), "ignore phrases take no code; code ignored");
        phrase = phrase.substr(0, phrase.find('['));
      }
    } else {
      const std::size_t open = t.find('[');
      if (open == kNpos) return Warn(t, "issue phrase without [CODE] (or '~' to ignore); line skipped");
      std::string_view inner, rest;
      if (!internal::SplitBracket(t.substr(open), inner, rest)) {
        return Warn(t.substr(open), "missing ']'; line skipped");
      }
      if (!Trim(rest).empty()) Warn(TrimLeft(rest), "text after the code ignored");
      if (Trim(inner).empty()) return Warn(t.substr(open), "empty code; line skipped");
      issue.code.assign(Trim(inner));
      phrase = t.substr(0, open);
    }
    std::vector<std::string> forms;
    std::vector<std::string> token_forms;
    std::size_t i = 0;
    while (i < phrase.size()) {
      if (IsBlank(phrase[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < phrase.size() && !IsBlank(phrase[j])) ++j;
      const std::string_view token = phrase.substr(i, j - i);
      i = j;
      if (!TokenForms(token, token_forms)) {
        return Warn(token, fmt::format("cannot expand '{}'; line skipped", token));
      }
      if (forms.empty()) {
        forms = token_forms;
        continue;
      }
      if (forms.size() * token_forms.size() > kMaxForms) {
        return Warn(t, fmt::format("more than {} expansions; line skipped", kMaxForms));
      }
      std::vector<std::string> next;
      for (const std::string& left : forms) {
        for (const std::string& right : token_forms) next.push_back(left + " " + right);
      }
      forms = std::move(next);
    }
    for (const std::string& form : forms) {
      Phrase p;
      if (!internal::ParsePhrase(form, PhraseGaps::kAllAdjacent, line_->number, p)) continue;
      p.stem = false;
      p.generated = !issue.phrases.empty();
      issue.phrases.push_back(std::move(p));
    }
    if (issue.phrases.empty()) return Warn(t, "issue without a phrase; line skipped");
    list_.issues.push_back(std::move(issue));
  }

  std::string_view text_;
  Reporter reporter_;
  IssueList list_;
  const SourceLine* line_ = nullptr;
  bool in_section_ = false;
  std::string category_, type_;
};

}  // namespace

IssueList ParseIssues(std::string_view text, std::string_view file_name, Diagnostics& diags) {
  return IssueReader(text, file_name, diags).Read();
}

std::size_t IssueList::phrase_count() const {
  std::size_t n = 0;
  for (const Issue& i : issues) n += i.phrases.size();
  return n;
}

}  // namespace readout::dict
