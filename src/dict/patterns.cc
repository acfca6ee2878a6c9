#include "dict/patterns.h"

#include <algorithm>

#include <fmt/format.h>

#include "dict/text_util.h"

namespace readout::dict::internal {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;
// A line whose alternatives multiply out to more patterns than this is
// rejected rather than allowed to blow up the dictionary.
constexpr std::size_t kMaxAlternatives = 64;

// (Not strchr: it would find a NUL byte in the text at the end of the set.)
bool EndsWord(char c) { return IsBlank(c) || std::string_view("_(){}*[]").find(c) != kNpos; }
bool EndsSynsetName(char c) { return IsBlank(c) || std::string_view("(){}*[]$+%^").find(c) != kNpos; }

// How the next token is linked to the previous one.
enum class Link { kStart, kGlued, kUnderscore, kBlank, kBracket };

class Tokenizer {
 public:
  Tokenizer(std::string_view words, Pattern& pattern, PatternProblem& problem)
      : s_(words), p_(pattern), problem_(problem) {}

  bool Run() {
    std::size_t i = 0;
    while (i < s_.size()) {
      const char c = s_[i];
      if (IsBlank(c)) {
        link_ = Link::kBlank;
        ++i;
      } else if (c == '_') {
        if (link_ == Link::kGlued) link_ = Link::kUnderscore;
        ++i;
      } else if (c == '(' || c == ')' || c == '{' || c == '}') {
        if (!Bracket(c, i)) return false;
        ++i;
      } else if (c == '[' || c == ']') {
        return Fail(i, 1, "unexpected bracket before the code");
      } else if (c == '*') {
        const std::size_t n = s_.substr(i, 2) == "**" ? 2 : 1;
        Emit(TokenKind::kVerb, "*");
        ++verbs_;
        i += n;
      } else if (c == '$' || c == '+' || c == '%' || c == '^') {
        Emit(c == '$' ? TokenKind::kSource
             : c == '+' ? TokenKind::kTarget
             : c == '%' ? TokenKind::kCompound
                        : TokenKind::kSkip,
             std::string(1, c));
        ++i;
      } else if (c == '&') {
        std::size_t j = i + 1;
        while (j < s_.size() && !EndsSynsetName(s_[j])) ++j;
        std::string_view name = s_.substr(i + 1, j - i - 1);
        while (!name.empty() && name.back() == '_') name.remove_suffix(1);
        if (name.empty()) return Fail(i, 1, "'&' without a synset name");
        Emit(TokenKind::kSynset, Upper(name));
        i = j;
      } else {
        std::size_t j = i;
        while (j < s_.size() && !EndsWord(s_[j])) ++j;
        Emit(TokenKind::kWord, Upper(s_.substr(i, j - i)));
        i = j;
      }
    }
    if (in_prep_) return Fail(prep_at_, 1, "'(' is never closed");
    if (in_noun_) return Fail(noun_at_, 1, "'{' is never closed");
    if (verbs_ == 0) return Fail(0, s_.size(), "pattern has no '*' for the verb");
    if (verbs_ > 1) return Fail(0, s_.size(), fmt::format("pattern has {} '*' (one expected)", verbs_));
    return true;
  }

 private:
  void Emit(TokenKind kind, std::string text) {
    const Gap gap = link_ == Link::kGlued || link_ == Link::kUnderscore ? Gap::kAdjacent : Gap::kLoose;
    p_.tokens.push_back(PatternToken{kind, gap, std::move(text)});
    link_ = Link::kGlued;
  }

  bool Bracket(char c, std::size_t at) {
    const bool empty_group =
        !p_.tokens.empty() &&
        (p_.tokens.back().kind == TokenKind::kPrepOpen || p_.tokens.back().kind == TokenKind::kNounOpen);
    TokenKind kind = TokenKind::kPrepOpen;
    switch (c) {
      case '(':
        if (in_prep_ || in_noun_) return Fail(at, 1, "'(' inside a group");
        in_prep_ = true;
        prep_at_ = at;
        break;
      case ')':
        if (!in_prep_) return Fail(at, 1, "')' without '('");
        if (in_noun_) return Fail(at, 1, "')' before the '{' group is closed");
        if (empty_group) return Fail(at, 1, "empty '()'");
        in_prep_ = false;
        kind = TokenKind::kPrepClose;
        break;
      case '{':
        if (in_noun_) return Fail(at, 1, "'{' inside a '{' group");
        in_noun_ = true;
        noun_at_ = at;
        kind = TokenKind::kNounOpen;
        break;
      default:  // '}'
        if (!in_noun_) return Fail(at, 1, "'}' without '{'");
        if (empty_group) return Fail(at, 1, "empty '{}'");
        in_noun_ = false;
        kind = TokenKind::kNounClose;
        break;
    }
    p_.tokens.push_back(PatternToken{kind, Gap::kLoose, {}});
    link_ = Link::kBracket;
    return true;
  }

  bool Fail(std::size_t at, std::size_t n, std::string message) {
    problem_.message = std::move(message);
    problem_.at = s_.substr(at, n);
    return false;
  }

  std::string_view s_;
  Pattern& p_;
  PatternProblem& problem_;
  Link link_ = Link::kStart;
  bool in_prep_ = false, in_noun_ = false;
  std::size_t prep_at_ = 0, noun_at_ = 0;
  int verbs_ = 0;
};

// The parts of "BY/WITH", or nothing if the word is not a set of alternatives.
std::vector<std::string> Alternatives(const std::string& word) {
  std::vector<std::string> parts;
  if (word.find('/') == std::string::npos) return parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t slash = word.find('/', start);
    parts.push_back(word.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  for (const std::string& p : parts) {
    if (p.empty() || std::none_of(p.begin(), p.end(), IsLetter)) return {};
  }
  return parts;
}

// TABARI's alternatives "{ WAS | WERE }" and "DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS"
// (a brace group holding '|'; RootsClass::lengthPattern measures them): the
// texts with each group replaced by one of its choices, as written between
// the bars, so '_' on either side of the braces still joins. Empty when
// there is no such group; false (with `problem`) when one is malformed.
bool ExpandBars(std::string_view text, std::vector<std::string>& out, PatternProblem& problem) {
  out.clear();
  std::size_t open = kNpos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') open = i;
    if (text[i] != '|') continue;
    if (open == kNpos) {
      problem = {"'|' outside '{...}'", text.substr(i, 1)};
      return false;
    }
    const std::size_t close = text.find_first_of("}]", open);
    if (close == kNpos || close < i) {
      problem = {"'{' with '|' is never closed with '}'", text.substr(open, 1)};
      return false;
    }
    if (text[close] == ']') {
      problem = {"'{' with '|' closed by ']' instead of '}'", text.substr(close, 1)};
      return false;
    }
    std::vector<std::string_view> choices;
    std::size_t start = open + 1;
    for (std::size_t j = open + 1; j <= close; ++j) {
      if (j == close || text[j] == '|') {
        const std::string_view choice = Trim(text.substr(start, j - start));
        if (choice.empty()) {
          problem = {"empty choice in '{...|...}'", text.substr(open, close - open + 1)};
          return false;
        }
        choices.push_back(choice);
        start = j + 1;
      }
    }
    std::vector<std::string> rests;
    if (!ExpandBars(text.substr(close + 1), rests, problem)) return false;
    if (rests.empty()) rests.emplace_back(text.substr(close + 1));
    if (choices.size() * rests.size() > kMaxAlternatives) {
      problem = {fmt::format("more than {} alternatives", kMaxAlternatives), text};
      return false;
    }
    const std::string_view head = text.substr(0, open);
    for (std::string_view c : choices) {
      for (const std::string& r : rests) {
        std::string joined(head);
        // Blanks keep a choice from gluing to its neighbours; '_' written
        // next to the braces still joins (the tokenizer reads "_ " as '_'
        // only when no blank is on the other side, so none is added there).
        if (!joined.empty() && joined.back() != '_') joined += ' ';
        joined += c;
        if (!r.empty() && r.front() != '_') joined += ' ';
        joined += r;
        out.push_back(std::move(joined));
      }
    }
    return true;
  }
  return true;
}

}  // namespace

bool ParsePattern(std::string_view body, std::uint32_t line, std::vector<Pattern>& out,
                  PatternProblem& problem) {
  body = Trim(body);
  const std::size_t open = body.rfind('[');
  if (open == kNpos) {
    problem = {"pattern has no [CODE]", body};
    return false;
  }
  std::string_view inner, rest;
  if (!SplitBracket(body.substr(open), inner, rest)) {
    problem = {"missing ']' after the code", body.substr(open)};
    return false;
  }
  if (!Trim(rest).empty()) {
    problem = {"text after the code", TrimLeft(rest)};
    return false;
  }
  Pattern pattern;
  pattern.line = line;
  std::string why;
  if (!ParseEventCode(inner, pattern.code, why)) {
    problem = {why, body.substr(open)};
    return false;
  }
  const std::string_view words = body.substr(0, open);
  std::vector<std::string> choices;
  if (!ExpandBars(words, choices, problem)) return false;
  std::vector<Pattern> expanded;
  if (choices.empty()) {
    if (!Tokenizer(words, pattern, problem).Run()) return false;
    expanded.push_back(std::move(pattern));
  } else {
    for (const std::string& choice : choices) {
      Pattern p = pattern;
      if (!Tokenizer(choice, p, problem).Run()) {
        problem.at = words;  // `choice` is about to go: point at the whole pattern
        return false;
      }
      expanded.push_back(std::move(p));
    }
  }
  // "BY/WITH": each pattern on its own, since choices between bars may have
  // left them with different tokens.
  std::vector<Pattern> all;
  for (Pattern& first : expanded) {
    std::vector<Pattern> group{std::move(first)};
    for (std::size_t t = 0; t < group[0].tokens.size(); ++t) {
      if (group[0].tokens[t].kind != TokenKind::kWord) continue;
      const std::vector<std::string> parts = Alternatives(group[0].tokens[t].text);
      if (parts.empty()) continue;
      if ((all.size() + group.size()) * parts.size() > kMaxAlternatives) {
        problem = {fmt::format("more than {} alternatives", kMaxAlternatives), body};
        return false;
      }
      std::vector<Pattern> next;
      next.reserve(group.size() * parts.size());
      for (const Pattern& p : group) {
        for (const std::string& part : parts) {
          next.push_back(p);
          next.back().tokens[t].text = part;
        }
      }
      group = std::move(next);
    }
    for (Pattern& p : group) all.push_back(std::move(p));
  }
  expanded = std::move(all);
  for (Pattern& p : expanded) out.push_back(std::move(p));
  return true;
}

namespace {

// Resolves one synset token in place (it may become several tokens).
// Returns false, with the unknown name, if no reading defines the synset.
bool ResolveToken(const VerbDictionary& dict, std::vector<PatternToken>& tokens, std::size_t& t,
                  std::string& unknown) {
  const std::string name = tokens[t].text;
  if (dict.FindSynset(name) != nullptr) return true;
  for (std::size_t cut = name.rfind('_'); cut != std::string::npos && cut > 0;
       cut = name.rfind('_', cut - 1)) {
    if (dict.FindSynset(std::string_view(name).substr(0, cut)) == nullptr) continue;
    std::vector<PatternToken> parts;
    parts.push_back(PatternToken{TokenKind::kSynset, tokens[t].gap, name.substr(0, cut)});
    std::size_t start = cut + 1;
    while (start <= name.size()) {
      std::size_t end = name.find('_', start);
      if (end == std::string::npos) end = name.size();
      std::string piece = name.substr(start, end - start);
      start = end + 1;
      if (piece.empty()) continue;
      if (piece[0] == '&') {
        piece.erase(0, 1);
        if (dict.FindSynset(piece) == nullptr) {
          unknown = piece;
          return false;
        }
        parts.push_back(PatternToken{TokenKind::kSynset, Gap::kAdjacent, std::move(piece)});
      } else {
        parts.push_back(PatternToken{TokenKind::kWord, Gap::kAdjacent, std::move(piece)});
      }
    }
    const std::size_t n = parts.size();
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(t));
    tokens.insert(tokens.begin() + static_cast<std::ptrdiff_t>(t), parts.begin(), parts.end());
    t += n - 1;
    return true;
  }
  unknown = name;
  return false;
}

std::size_t FindInLine(const Reporter& reporter, std::uint32_t line, const std::string& name) {
  const std::string_view raw = reporter.RawLine(line);
  for (std::size_t i = raw.find('&'); i != kNpos; i = raw.find('&', i + 1)) {
    if (EqualsIgnoreCase(raw.substr(i + 1, name.size()), name)) return i;
  }
  return kNpos;
}

}  // namespace

void ResolvePatternSynsets(VerbDictionary& dict, Reporter& reporter) {
  for (Synset& synset : dict.synsets) {
    auto& members = synset.members;
    members.erase(std::remove_if(members.begin(), members.end(),
                                 [&](const SynsetMember& m) {
                                   if (m.synset.empty() || dict.FindSynset(m.synset) != nullptr) {
                                     return false;
                                   }
                                   reporter.Warn(m.phrase.line, FindInLine(reporter, m.phrase.line, m.synset),
                                                 fmt::format("synset &{} is not defined; member skipped",
                                                             m.synset));
                                   return true;
                                 }),
                  members.end());
  }
  for (VerbBlock& block : dict.blocks) {
    std::vector<Pattern> kept;
    kept.reserve(block.patterns.size());
    std::uint32_t last_warned = 0;
    for (Pattern& p : block.patterns) {
      std::string unknown;
      bool ok = true;
      for (std::size_t t = 0; ok && t < p.tokens.size(); ++t) {
        if (p.tokens[t].kind == TokenKind::kSynset) ok = ResolveToken(dict, p.tokens, t, unknown);
      }
      if (ok) {
        kept.push_back(std::move(p));
      } else if (p.line != last_warned) {  // alternatives share a line: warn once
        reporter.Warn(p.line, FindInLine(reporter, p.line, unknown),
                      fmt::format("synset &{} is not defined; pattern skipped", unknown));
        last_warned = p.line;
      }
    }
    block.patterns = std::move(kept);
  }
}

}  // namespace readout::dict::internal
