#include "dict/lexicon.h"

#include <algorithm>
#include <string>

namespace readout::dict {
namespace {

std::vector<WordId> InternPhrase(Vocabulary& vocab, const Phrase& phrase) {
  std::vector<WordId> ids;
  ids.reserve(phrase.words.size());
  for (const std::string& w : phrase.words) ids.push_back(vocab.Intern(w));
  return ids;
}

// Synset members, nested synsets expanded (a cycle stops at the repeat).
void AddSynsetMembers(const VerbDictionary& verbs, const Synset& synset, Vocabulary& vocab,
                      PhraseTrie& trie, std::vector<const Synset*>& path) {
  if (std::find(path.begin(), path.end(), &synset) != path.end()) return;
  path.push_back(&synset);
  for (const SynsetMember& m : synset.members) {
    if (!m.synset.empty()) {
      if (const Synset* nested = verbs.FindSynset(m.synset)) {
        AddSynsetMembers(verbs, *nested, vocab, trie, path);
      }
    } else if (!m.phrase.words.empty()) {
      trie.Add(InternPhrase(vocab, m.phrase), 0);
    }
  }
  path.pop_back();
}

std::uint32_t SynsetIndex(const VerbDictionary& verbs, std::string_view name) {
  for (std::size_t i = 0; i < verbs.synsets.size(); ++i) {
    if (verbs.synsets[i].name == name) return static_cast<std::uint32_t>(i);
  }
  return UINT32_MAX;
}

bool IsBracket(TokenKind k) {
  return k == TokenKind::kNounOpen || k == TokenKind::kNounClose || k == TokenKind::kPrepOpen ||
         k == TokenKind::kPrepClose;
}

CompiledPattern CompilePattern(const Pattern& p, const VerbDictionary& verbs, Vocabulary& vocab) {
  CompiledPattern out;
  out.code = p.code;
  out.line = p.line;
  std::vector<CompiledToken> seq;
  std::size_t verb_at = 0;
  bool seen_verb = false;
  Gap after_verb_gap = Gap::kLoose;
  for (const PatternToken& t : p.tokens) {
    if (IsBracket(t.kind) || t.kind == TokenKind::kSkip) continue;
    if (t.kind == TokenKind::kVerb) {
      out.verb_gap_before = t.gap;
      verb_at = seq.size();
      seen_verb = true;
      continue;
    }
    CompiledToken c;
    c.kind = t.kind;
    c.gap = t.gap;
    if (t.kind == TokenKind::kWord) {
      c.word = vocab.Intern(t.text);
      ++out.specificity;
    } else if (t.kind == TokenKind::kSynset) {
      c.synset = SynsetIndex(verbs, t.text);
      ++out.specificity;
    } else if (t.kind == TokenKind::kSource || t.kind == TokenKind::kTarget ||
               t.kind == TokenKind::kCompound) {
      ++out.specificity;  // a pattern that places an actor says more
    }
    if (seen_verb && seq.size() == verb_at) after_verb_gap = t.gap;
    seq.push_back(c);
  }
  out.verb_gap_after = after_verb_gap;
  for (const CompiledToken& c : seq) {
    if (c.kind == TokenKind::kWord) out.required.push_back(c.word);
  }
  std::sort(out.required.begin(), out.required.end());
  out.required.erase(std::unique(out.required.begin(), out.required.end()), out.required.end());
  // Before the verb: reversed, and each token's gap becomes the link to the
  // token nearer the verb (the gap written after it).
  for (std::size_t i = verb_at; i-- > 0;) {
    CompiledToken c = seq[i];
    c.gap = (i + 1 < verb_at) ? seq[i + 1].gap : out.verb_gap_before;
    out.before.push_back(c);
  }
  for (std::size_t i = verb_at; i < seq.size(); ++i) {
    CompiledToken c = seq[i];
    c.gap = (i == verb_at) ? after_verb_gap : seq[i].gap;
    out.after.push_back(c);
  }
  return out;
}

}  // namespace

Lexicon Compile(const DictionarySet& set, Diagnostics& diags) {
  (void)diags;  // the readers already reported everything malformed
  Lexicon lex;
  const VerbDictionary& verbs = set.verbs;

  // Actors: first file, first entry wins for a repeated phrase.
  for (std::size_t f = 0; f < set.actors.size(); ++f) {
    const auto& actors = set.actors[f].actors;
    for (std::size_t a = 0; a < actors.size(); ++a) {
      for (const Phrase& phrase : actors[a].phrases) {
        std::vector<WordId> ids = InternPhrase(lex.vocab, phrase);
        std::size_t len = 0;
        PhraseTrie::NodeId node = lex.actors.LongestAt(ids, len);
        if (node != PhraseTrie::kNone && len == ids.size()) continue;  // already known
        lex.actors.Add(ids, static_cast<std::uint32_t>(lex.actor_entries.size()));
        lex.actor_entries.push_back({static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(a)});
      }
    }
  }
  for (std::size_t a = 0; a < set.agents.agents.size(); ++a) {
    for (const Phrase& phrase : set.agents.agents[a].phrases) {
      std::vector<WordId> ids = InternPhrase(lex.vocab, phrase);
      std::size_t len = 0;
      PhraseTrie::NodeId node = lex.agents.LongestAt(ids, len);
      if (node != PhraseTrie::kNone && len == ids.size()) continue;
      lex.agents.Add(ids, static_cast<std::uint32_t>(a));
    }
  }
  for (std::size_t d = 0; d < set.discards.discards.size(); ++d) {
    lex.discards.Add(InternPhrase(lex.vocab, set.discards.discards[d].phrase),
                     static_cast<std::uint32_t>(d));
  }
  for (std::size_t n = 0; n < set.nouns.nouns.size(); ++n) {
    for (const Phrase& phrase : set.nouns.nouns[n].phrases) {
      lex.nouns.Add(InternPhrase(lex.vocab, phrase), static_cast<std::uint32_t>(n));
    }
  }
  for (std::size_t i = 0; i < set.issues.issues.size(); ++i) {
    for (const Phrase& phrase : set.issues.issues[i].phrases) {
      lex.issues.Add(InternPhrase(lex.vocab, phrase), static_cast<std::uint32_t>(i));
    }
  }

  if (set.tabari_stems) {
    auto stem = [&](const Phrase& phrase) {
      if (phrase.stem && !phrase.words.empty() && phrase.words.back().size() >= 3) {
        lex.stems.emplace_back(phrase.words.back(), lex.vocab.Intern(phrase.words.back()));
      }
    };
    for (const ActorDictionary& d : set.actors) {
      for (const Actor& a : d.actors) {
        for (const Phrase& p : a.phrases) stem(p);
      }
    }
    for (const Agent& a : set.agents.agents) {
      for (const Phrase& p : a.phrases) stem(p);
    }
    for (const Synset& s : verbs.synsets) {
      for (const SynsetMember& m : s.members) stem(m.phrase);
    }
    std::sort(lex.stems.begin(), lex.stems.end());
    lex.stems.erase(std::unique(lex.stems.begin(), lex.stems.end()), lex.stems.end());
  }

  lex.synsets.resize(verbs.synsets.size());
  for (std::size_t s = 0; s < verbs.synsets.size(); ++s) {
    std::vector<const Synset*> path;
    AddSynsetMembers(verbs, verbs.synsets[s], lex.vocab, lex.synsets[s], path);
  }

  lex.patterns.resize(verbs.blocks.size());
  for (std::size_t b = 0; b < verbs.blocks.size(); ++b) {
    const VerbBlock& block = verbs.blocks[b];
    for (std::size_t v = 0; v < block.verbs.size(); ++v) {
      for (const VerbForm& form : block.verbs[v].forms) {
        if (form.phrase.words.empty() || form.phrase.words.size() > 255) continue;
        std::vector<WordId> ids = InternPhrase(lex.vocab, form.phrase);
        lex.verbs.Add(ids, static_cast<std::uint32_t>(lex.verb_entries.size()));
        lex.verb_entries.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(v),
                                    form.head, static_cast<std::uint8_t>(ids.size())});
      }
    }
    auto& compiled = lex.patterns[b];
    for (const Pattern& p : block.patterns) {
      // TABARI's complex code [+++] sets a sentence aside; PETRARCH reads it
      // and leaves it unimplemented, so in a PETRARCH set such a pattern is
      // as if absent and the verb's other patterns decide.
      if (!set.tabari_stems && p.code.is_complex()) continue;
      compiled.push_back(CompilePattern(p, verbs, lex.vocab));
    }
    std::stable_sort(compiled.begin(), compiled.end(),
                     [](const CompiledPattern& x, const CompiledPattern& y) {
                       return x.specificity > y.specificity;
                     });
  }
  // How many patterns use each word: the rarest of a pattern's words keys it.
  std::vector<std::uint32_t> uses(lex.vocab.size(), 0);
  for (const auto& block : lex.patterns) {
    for (const CompiledPattern& p : block) {
      for (WordId w : p.required) ++uses[w];
    }
  }
  lex.pattern_index.resize(lex.patterns.size());
  for (std::size_t b = 0; b < lex.patterns.size(); ++b) {
    PatternIndex& index = lex.pattern_index[b];
    for (std::size_t i = 0; i < lex.patterns[b].size(); ++i) {
      const auto& required = lex.patterns[b][i].required;
      if (required.empty()) {
        index.unkeyed.push_back(static_cast<std::uint32_t>(i));
        continue;
      }
      WordId key = required[0];
      for (WordId w : required) {
        if (uses[w] < uses[key]) key = w;
      }
      index.keyed.emplace_back(key, static_cast<std::uint32_t>(i));
    }
    std::sort(index.keyed.begin(), index.keyed.end());
  }
  return lex;
}

WordId Lexicon::StemOf(std::string_view upper) const {
  for (std::size_t n = upper.size(); n >= 3; --n) {
    const std::string_view prefix = upper.substr(0, n);
    const auto it = std::lower_bound(stems.begin(), stems.end(), prefix,
                                     [](const std::pair<std::string, WordId>& s, std::string_view p) {
                                       return std::string_view(s.first) < p;
                                     });
    if (it != stems.end() && it->first == prefix) return it->second;
  }
  return kUnknownWord;
}

}  // namespace readout::dict
