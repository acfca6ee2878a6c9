// The shallow parser: actor and agent mentions, groups (coordination,
// apposition, agents completed by "of" + actors, agents borrowing a
// country), and verb groups (negation, modals, "about to", passive,
// coordinated verbs).
#include "parse/parser.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/lexicon.h"
#include "readout/dict.h"
#include "readout/text.h"
#include "tag/tagger.h"

namespace readout::parse {
namespace {

using V = std::vector<std::string>;

// Tagger and parser over dictionaries written inline; parses one sentence.
class Parsing {
 public:
  Parsing(std::string_view verbs, std::string_view actors, std::string_view agents = "") {
    set_.verbs = dict::ParseVerbs(verbs, "t.verbs", diags_);
    set_.actors.push_back(dict::ParseActors(actors, "t.actors", diags_));
    set_.agents = dict::ParseAgents(agents, "t.agents", diags_);
    for (const Diagnostic& d : diags_.items()) ADD_FAILURE() << d.where.line << ": " << d.message;
    lexicon_ = dict::Compile(set_, diags_);
    tagger_ = std::make_unique<tag::Tagger>(lexicon_);
    parser_ = std::make_unique<Parser>(lexicon_);
  }

  // Parses `sentence` into p_ (kept for the accessors below).
  const Parse& Run(const std::string& sentence) {
    Document doc;
    doc.id = "t";
    doc.text = sentence;
    doc.content.push_back(Span{0, static_cast<std::uint32_t>(sentence.size())});
    doc.single_sentence = true;
    text::TextPipeline().Analyze(doc, analysis_);
    p_.Clear();
    words_.clear();
    if (analysis_.sentences.empty()) return p_;
    tagger_->Tag(analysis_, analysis_.sentences[0].first_token, analysis_.sentences[0].end_token,
                 p_.words);
    for (const tag::Word& w : p_.words) {
      words_.emplace_back(analysis_.norm_text(analysis_.tokens[w.token]));
    }
    parser_->Run(p_);
    return p_;
  }

  std::string Words(std::uint32_t begin, std::uint32_t end) const {
    std::string out;
    for (std::uint32_t i = begin; i < end && i < words_.size(); ++i) {
      if (!out.empty()) out += " ";
      out += words_[i];
    }
    return out;
  }

  // Mentions as "words:actor" / "words:agent".
  V Mentions() const {
    V out;
    for (const Mention& m : p_.mentions) {
      std::string s = Words(m.begin, m.end);
      s += m.actor ? ":actor" : ":agent";
      out.push_back(s);
    }
    return out;
  }

  // Each group with items as "Actor+agent+agent" ('*' marks a borrowed
  // actor), items joined by " | "; flags appended: "(prep of)", "(appos)",
  // "(pron)". Groups without items are left out unless `all`.
  V Groups(bool all = false) const {
    V out;
    for (const Group& g : p_.groups) {
      if (g.items.empty() && !g.pronoun && !all) continue;
      std::string s;
      for (const Conjunct& c : g.items) {
        if (!s.empty()) s += " | ";
        std::string item;
        if (c.actor != kNone) {
          const Mention& m = p_.mentions[static_cast<std::size_t>(c.actor)];
          if (c.borrowed) item += '*';
          item += Words(m.begin, m.end);
        }
        for (std::uint32_t a : c.agents) {
          item += '+';
          item += Words(p_.mentions[a].begin, p_.mentions[a].end);
        }
        s += item;
      }
      if (g.items.empty()) s = Words(g.begin, g.end);
      if (g.preposition != kNone) {
        s += " (prep ";
        s += words_[static_cast<std::size_t>(g.preposition)];
        s += ")";
      }
      if (g.apposition) s += " (appos)";
      if (g.pronoun) s += " (pron)";
      out.push_back(s);
    }
    return out;
  }

  // Verb groups as "chain words [verb words] flags": "did not [criticize] neg".
  V Verbs() const {
    V out;
    for (const VerbGroup& v : p_.verbs) {
      std::string s;
      if (v.chain_begin < v.begin) {
        s += Words(v.chain_begin, v.begin);
        s += ' ';
      }
      s += '[';
      s += Words(v.begin, v.end);
      s += ']';
      if (v.entry == kNone) s += " nodict";
      if (v.negated) s += " neg";
      if (v.passive) s += " passive";
      if (v.coordinated) s += " coord";
      if (v.say) s += " say";
      if (v.nonfinite) s += " nonfinite";
      switch (v.mood) {
        case Mood::kPlain: break;
        case Mood::kWill: s += " will"; break;
        case Mood::kWould: s += " would"; break;
        case Mood::kAboutTo: s += " about-to"; break;
        case Mood::kTo: s += " to"; break;
      }
      out.push_back(s);
    }
    return out;
  }

 private:
  Diagnostics diags_;
  dict::DictionarySet set_;
  dict::Lexicon lexicon_;
  std::unique_ptr<tag::Tagger> tagger_;
  std::unique_ptr<Parser> parser_;
  text::TextAnalysis analysis_;
  Parse p_;
  std::vector<std::string> words_;
};

constexpr const char* kVerbs =
    "--- CRITICIZE [111] ---\nCRITICIZE\n"
    "--- ATTACK [190] ---\nATTACK\n"
    "--- PROMISE [030] ---\nPROMISE\n"
    "--- ASK [---] ---\n+ASK_FOR [020]\n";

constexpr const char* kActors =
    "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [MOR]\nOSGILIATH [OSG]\nSHIRE [SHR]\n"
    "DANISH [DNK]\nHAMAS [PSEREBHMS]\nHAMAS_MILITARY_COMMAND [PSEHMSGOV]\n";

constexpr const char* kAgents =
    "AMBASSADOR [~GOV]\nMINISTER [~GOV]\nFOREIGN_MINISTER [~GOVFRM]\nMEDIA [~MED]\n"
    "GOVERNMENT [~GOV]\nCLERIC [~REL]\n";

TEST(ParserMentions, LongestActorAndAgentPhrases) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Hamas military command and the foreign minister of Arnor criticized Hamas.");
  EXPECT_EQ(t.Mentions(), (V{"Hamas military command:actor", "foreign minister:agent", "Arnor:actor",
                             "Hamas:actor"}));
}

TEST(ParserMentions, ActorAndAgentInOneNounGroup) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("An Arnor cleric criticized Gondor.");
  EXPECT_EQ(t.Mentions(), (V{"Arnor:actor", "cleric:agent", "Gondor:actor"}));
  EXPECT_EQ(t.Groups(), (V{"Arnor+cleric", "Gondor"}));
}

TEST(ParserMentions, MentionWordsAreNominalWhateverTheTagger) {
  // "Fallen" is a past tense to the tagger; inside an actor phrase it is
  // part of a name, and no verb group.
  Parsing t(kVerbs, "FALLEN_ANGELS [ANG]\nGONDOR [GON]\n");
  const Parse& p = t.Run("Gondor criticized Fallen Angels.");
  EXPECT_EQ(t.Mentions(), (V{"Gondor:actor", "Fallen Angels:actor"}));
  EXPECT_EQ(t.Verbs(), (V{"[criticized]"}));
  ASSERT_EQ(p.words.size(), 5u);
  EXPECT_EQ(p.words[2].form, tag::VerbForm::kNone);
  EXPECT_EQ(t.Groups(), (V{"Gondor", "Fallen Angels"}));
}

TEST(ParserGroups, CoordinationIsOneGroup) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor, Rohan and Gondor criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Arnor | Rohan | Gondor", "Mordor"}));
  t.Run("Arnor, Rohan, and Gondor criticized Mordor.");  // serial comma
  EXPECT_EQ(t.Groups(), (V{"Arnor | Rohan | Gondor", "Mordor"}));
  t.Run("Arnor or Gondor criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Arnor | Gondor", "Mordor"}));
}

TEST(ParserGroups, CommaAndBeforeASubjectAndVerbOpensAClause) {
  Parsing t(kVerbs, kActors, kAgents);
  // "..., and Gondor criticized": Gondor is the next clause's subject.
  const Parse& p = t.Run("Arnor criticized the envoys, and Gondor criticized Mordor.");
  ASSERT_GT(p.words.size(), 6u);
  ASSERT_NE(p.group_of[6], kNone);  // "Gondor"
  EXPECT_EQ(p.groups[static_cast<std::size_t>(p.group_of[6])].begin, 6u);
  EXPECT_EQ(p.group_of[4], kNone);  // the comma
  // A list under way keeps its serial comma.
  t.Run("Arnor, Rohan, and Gondor criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Arnor | Rohan | Gondor", "Mordor"}));
}

TEST(ParserGroups, AppositionIsNotCoordination) {
  Parsing t(kVerbs, kActors, kAgents);
  const Parse& p = t.Run("Mordor, the Shire's foe, attacked Rohan.");
  EXPECT_EQ(t.Groups(), (V{"Mordor", "Shire (appos)", "Rohan"}));
  ASSERT_EQ(p.groups.size(), 3u);
  EXPECT_FALSE(p.groups[0].apposition);
}

TEST(ParserGroups, AgentOfActorsGivesOneItemPerActor) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("The ambassadors of Arnor, Osgiliath and Gondor criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Arnor+ambassadors | Osgiliath+ambassadors | Gondor+ambassadors", "Mordor"}));
  t.Run("The minister from Rohan criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Rohan+minister", "Mordor"}));
  t.Run("The cleric in Gondor criticized Mordor.");
  EXPECT_EQ(t.Groups(), (V{"Gondor+cleric", "Mordor"}));
}

TEST(ParserGroups, AgentsBorrowTheCountryOfTheirList) {
  Parsing t(kVerbs, kActors, kAgents);
  const Parse& p = t.Run("Danish media and government criticized Gondor.");
  EXPECT_EQ(t.Groups(), (V{"Danish+media | *Danish+government", "Gondor"}));
  ASSERT_FALSE(p.groups.empty());
  ASSERT_EQ(p.groups[0].items.size(), 2u);
  EXPECT_FALSE(p.groups[0].items[0].borrowed);
  EXPECT_TRUE(p.groups[0].items[1].borrowed);
}

TEST(ParserGroups, PrepositionAndPronounGroups) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor said it would attack Rohan with Gondor.");
  EXPECT_EQ(t.Groups(), (V{"Arnor", "it (pron)", "Rohan", "Gondor (prep with)"}));
}

TEST(ParserGroups, GroupOfMapsWordsToTheirGroup) {
  Parsing t(kVerbs, kActors, kAgents);
  const Parse& p = t.Run("Arnor and Gondor criticized Mordor.");
  ASSERT_EQ(p.group_of.size(), p.words.size());
  EXPECT_EQ(p.group_of[0], 0);
  EXPECT_EQ(p.group_of[1], 0);  // "and" inside the coordination
  EXPECT_EQ(p.group_of[2], 0);
  EXPECT_EQ(p.group_of[3], kNone);  // the verb
  EXPECT_EQ(p.group_of[4], 1);
}

TEST(ParserVerbs, PlainNegatedModalAndPassive) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor criticized Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"[criticized]"}));
  t.Run("Arnor did not criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"did not [criticize] neg"}));
  t.Run("Arnor never criticized Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"never [criticized] neg"}));
  t.Run("Arnor would not criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"would not [criticize] neg would"}));
  t.Run("Arnor could criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"could [criticize] would"}));
  t.Run("Gondor was attacked by Mordor.");
  EXPECT_EQ(t.Verbs(), (V{"was [attacked] passive"}));
  t.Run("Gondor has attacked Mordor.");
  EXPECT_EQ(t.Verbs(), (V{"has [attacked]"}));
}

TEST(ParserVerbs, WillAndShallAreWillMood) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor will criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"will [criticize] will"}));
  t.Run("Arnor shall not criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"shall not [criticize] neg will"}));
  t.Run("Arnor won't criticize Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"wo n't [criticize] neg will"}));
}

TEST(ParserVerbs, AboutTo) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor is about to attack Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"is about to [attack] about-to"}));
}

TEST(ParserVerbs, InfinitiveTo) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor wants to attack Gondor.");
  EXPECT_EQ(t.Verbs(), (V{"to [attack] to"}));
}

TEST(ParserVerbs, CoordinatedVerbs) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Arnor criticized Gondor and promised Rohan aid.");
  EXPECT_EQ(t.Verbs(), (V{"[criticized]", "[promised] coord"}));
  t.Run("Arnor criticized Gondor, and promised Rohan aid.");
  EXPECT_EQ(t.Verbs(), (V{"[criticized]", "[promised] coord"}));
}

TEST(ParserVerbs, MultiWordVerbsAndVerbsOfSaying) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Rohan said Arnor asked for help.");
  EXPECT_EQ(t.Verbs(), (V{"[said] nodict say", "[asked for]"}));
}

TEST(ParserVerbs, ParticiplesStandingAloneAreNonfinite) {
  Parsing t(kVerbs, kActors, kAgents);
  t.Run("Attacking Gondor, Mordor criticized Rohan.");
  EXPECT_EQ(t.Verbs(), (V{"[Attacking] nonfinite", "[criticized]"}));
}

TEST(ParserClauses, SubordinatorsAndRelativesAreClauseMarks) {
  Parsing t(kVerbs, kActors, kAgents);
  const Parse& p = t.Run("Arnor said that Rohan, which Gondor criticized, attacked.");
  std::vector<std::uint32_t> marks;
  for (std::uint32_t i = 0; i < p.words.size(); ++i) {
    if (IsClauseMark(p, i)) marks.push_back(i);
  }
  EXPECT_EQ(marks, (std::vector<std::uint32_t>{2, 5}));
}

}  // namespace
}  // namespace readout::parse
