// dict: the PETRARCH / TABARI dictionaries as users have them, read into
// plain in-memory structures that a later step compiles into tries over
// interned tokens.
//
//   Verbs     synsets (&NAME, +members), verb blocks ("--- DESCRIPTION [CODE]
//             ---") with their verbs and forms, patterns ("- words * words
//             [CODE]"), transformations ("~ a (a b ATTACK) SAY = a b 015").
//   Actors    "PHRASE [CODE]", "+SYNONYM" lines, dated codes on tab-indented
//             lines ("[CODE <date]", "[CODE >date]", "[CODE date-date]").
//   Agents    "PHRASE {PLURAL} [~CODE]" or "[CODE~]", "!MARKER! = A, B" sets.
//   Discards  phrases; a leading '+' discards the whole story.
//   Issues    <ISSUE CATEGORY=...> sections of "phrase [CODE]" with the n:, v:
//             and '+' expansions, and "~" / "~~" ignore phrases.
//   Nouns     readout's own event nouns: "NOUN [CODE] TARGET-WORD ...", the
//             nouns that name an event ("talks", "airstrike", "visit").
//   Config    PETR_config.ini, [Dictionaries] section: the file names.
//
// Conventions shared by every reader:
//  * Words are upper-cased (ASCII letters; other bytes are kept as they are).
//  * A Phrase is a vector of words with a Gap between each pair: kAdjacent
//    where the file wrote '_' (the words must be consecutive), kLoose where it
//    wrote a space (other words may intervene). Only verb patterns, actors and
//    agents make that distinction; synset members, verb forms, discards and
//    issue phrases are consecutive throughout.
//  * Generated forms (plurals, verb inflections, substitutions) are stored
//    beside the written ones, flagged `generated`, so the compile step only
//    has to walk flat lists.
//  * Every entry, phrase and date restriction keeps the 1-based line number
//    it came from; the dictionary keeps its file name.
//  * Reading never throws, prints or stops at a bad line: the line (or the
//    part of it that is wrong) becomes a Diagnostic with file:line:column, a
//    message and the line as excerpt, and reading goes on. kWarning: a line
//    or part of one was skipped, or read by a repair the message states.
//    kError: the file itself is damaged (an unterminated "<!--" comment
//    swallows the rest of it). kNote: legal but suspicious (an actor with no
//    code). Only a file that cannot be read at all, or a config without a
//    [Dictionaries] section, is a Status.
//
// Contracts: results own all their data (nothing points into the input
// text); they are plain values, movable, and safe to read from many threads.
// The format decisions are documented beside the code that makes them, in
// src/dict/: comments (source_lines.h), plural and verb-form rules
// (inflect.h), pattern syntax (patterns.h), verb blocks (verbs.cc), dates,
// two-digit years and which dated code wins (actors.cc, text_util.h),
// agents (agents.cc), issues (issues.cc), the config (config.cc); each with
// the quirks of the real PETRARCH2 files it answers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readout/diagnostics.h"
#include "readout/status.h"

namespace readout::dict {

// ------------------------------------------------------------------ phrases

enum class Gap : std::uint8_t {
  kAdjacent,  // '_': the next word follows immediately
  kLoose,     // ' ': other words may come between
};

struct Phrase {
  std::vector<std::string> words;  // upper-cased, never empty in a result
  std::vector<Gap> gaps;           // gaps[i] links words[i] and words[i + 1]
  std::uint32_t line = 0;
  // The phrase did not end in '_'. TABARI and the discard list then treat the
  // last word as a stem (a prefix); PETRARCH2 matches whole words only.
  bool stem = false;
  // Produced by a rule (plural, verb form, substitution), not written out.
  bool generated = false;

  // The words joined by '_' or ' ' as the gaps say: "AIR_FORCE", "HAMAS WING".
  std::string ToString() const;
};

// -------------------------------------------------------------------- verbs

// A CAMEO event code as written in [...]: "050", "---" (the null code: no
// event), or a TABARI paired code "042:043" whose second half codes the event
// in the other direction (target to source); "[:173]" has only that half.
//
// TABARI adds (TABARI.h, CodeStoreClass::storeEventString): the special
// codes "###" (discard: the sentence is not coded) and "+++" (complex: the
// sentence is set aside uncoded), and a precedence mark after a code, "111!"
// (dominant: when a sentence has one, only dominant events are kept) or
// "023?" (subordinate: dropped when the sentence has any other event).
struct EventCode {
  enum class Precedence : std::uint8_t { kNormal, kDominant, kSubordinate };

  std::string forward;  // "" when the code starts with ':'
  std::string reverse;  // second half of a paired code
  bool paired = false;  // written with ':'
  Precedence precedence = Precedence::kNormal;  // of the code (either half's mark)

  bool is_null() const { return !paired && forward == "---"; }
  bool is_discard() const { return !paired && forward == "###"; }
  bool is_complex() const { return !paired && forward == "+++"; }
  // A code that stops the sentence being coded at all.
  bool stops_sentence() const { return is_discard() || is_complex(); }
  std::string ToString() const;  // as written, without the brackets
};

struct SynsetMember {
  Phrase phrase;       // consecutive words; empty when `synset` is set
  std::string synset;  // "+&OTHER": a nested synset (TABARI), by name
};

// "&CURRENCY" followed by "+DOLLAR" lines. Plurals of the members are
// generated unless the label or the member ends in '_'.
struct Synset {
  std::string name;  // without '&' and trailing '_': "CURRENCY"
  bool no_plurals = false;
  std::vector<SynsetMember> members;  // each written member, then its plural
  std::uint32_t line = 0;
};

// One form of a verb: "SAY", "SAID", or a multi-word "ASK_FOR" whose verb
// word (marked '+' in the file) is words[head].
struct VerbForm {
  Phrase phrase;
  std::uint8_t head = 0;
  bool marked = false;  // the verb word was marked '+' (else, TABARI's way, it is the first)
};

struct Verb {
  std::vector<VerbForm> forms;  // forms[0] is the form as written
  EventCode code;               // its own [CODE], else the block's
  bool own_code = false;
  std::uint32_t line = 0;
};

enum class TokenKind : std::uint8_t {
  kWord,       // text: the word
  kSynset,     // text: synset name (VerbDictionary::FindSynset)
  kVerb,       // '*' (or the older '**'): where the block's verb stands
  kSource,     // '$'
  kTarget,     // '+'
  kCompound,   // '%': a compound actor, both source and target
  kSkip,       // '^': skip a noun phrase
  kNounOpen,   // '{': a noun phrase whose last word is its head
  kNounClose,  // '}'
  kPrepOpen,   // '(': a prepositional phrase, preposition first
  kPrepClose,  // ')'
};

struct PatternToken {
  TokenKind kind = TokenKind::kWord;
  // Link to the previous non-bracket token: kAdjacent when the file joined
  // them with '_' or wrote them glued ("*_LAWS", "FIGHTER_&AIRCRAFT").
  Gap gap = Gap::kLoose;
  std::string text;
};

// "- CONFIRMED * OF BOMBINGS [010]". Exactly one kVerb token. A word written
// with alternatives ("BY/WITH") is expanded into one pattern per choice.
struct Pattern {
  std::vector<PatternToken> tokens;
  EventCode code;
  std::uint32_t line = 0;
};

// A verb block ("synonym block"): the verbs share the patterns.
struct VerbBlock {
  std::string description;  // "ACCELERATE"; the first verb for old-style blocks
  EventCode code;           // "---" when the header has none
  std::vector<Verb> verbs;
  std::vector<Pattern> patterns;
  std::uint32_t line = 0;
};

// PETRARCH2 verb transformations, kept as tokens for the events stage:
// "~ a (a b ATTACK) SAY = a b 015" -> lhs {a ( a b ATTACK ) SAY}, rhs {a b 015}.
struct Transformation {
  std::vector<std::string> lhs;
  std::vector<std::string> rhs;
  std::uint32_t line = 0;
};

struct VerbDictionary {
  std::string file;
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<Transformation> transformations;

  const Synset* FindSynset(std::string_view name) const;  // nullptr if none
  std::size_t verb_count() const;     // verb lines
  std::size_t form_count() const;     // all forms, generated ones included
  std::size_t pattern_count() const;
};

// ------------------------------------------------------------------- actors

// Dates are YYYYMMDD integers throughout (20130119).
struct DatedCode {
  enum class Kind : std::uint8_t {
    kBefore,  // [CODE <date]: on or before `to`
    kAfter,   // [CODE >date]: on or after `from`
    kRange,   // [CODE from-to]: both ends included
  };
  Kind kind = Kind::kRange;
  std::string code;
  std::int32_t from = 0;
  std::int32_t to = 0;
  std::uint32_t line = 0;

  bool Covers(std::int32_t date) const;
};

struct Actor {
  std::vector<Phrase> phrases;      // [0] is the primary phrase, then synonyms
  std::string default_code;         // [CODE] without a date; "" if none
  std::vector<DatedCode> dated;     // in file order
  std::uint32_t line = 0;

  // The code in force on `date`: the first dated code (in file order) that
  // covers it, else the default, else "" (no code).
  std::string_view CodeOn(std::int32_t date) const;
};

struct ActorDictionary {
  std::string file;
  std::vector<Actor> actors;
  // TABARI's <NOUN> and <ADJECTIVE> word lists, which its own parser uses to
  // tell nouns from verbs. Kept for inspection; readout's tagger decides
  // parts of speech itself.
  std::vector<Phrase> nouns;
  std::vector<Phrase> adjectives;
  std::size_t phrase_count() const;
};

// ------------------------------------------------------------------- agents

enum class AgentPlacement : std::uint8_t {
  kAfterActor,   // [~GOV]: USA + GOV -> USAGOV (the usual case)
  kBeforeActor,  // [NGO~]: NGO + USA -> NGOUSA (organizations)
};

struct Agent {
  std::vector<Phrase> phrases;  // as written (or substituted), then plurals
  std::string code;             // without the '~'
  AgentPlacement placement = AgentPlacement::kAfterActor;
  std::uint32_t line = 0;
};

struct AgentDictionary {
  std::string file;
  std::vector<Agent> agents;
  std::size_t phrase_count() const;
};

// ----------------------------------------------------------------- discards

struct Discard {
  Phrase phrase;              // consecutive words; `stem` as in the file
  bool whole_story = false;   // '+' prefix: discard the story, not the sentence
  std::string code;           // "" unless the line had one ("[###]")
};

struct DiscardList {
  std::string file;
  std::vector<Discard> discards;
};

// ------------------------------------------------------------------- issues

// Phoenix.IssueCoding.txt: inside <ISSUE CATEGORY="..." TYPE="..."> sections,
// "phrase [CODE]" lines mark a sentence with the issue CODE when the phrase
// occurs; "~phrase" cancels issue coding for the sentence, "~~phrase" for the
// story. Phrases are plain consecutive words after expansion: "n:crime" gives
// CRIME and CRIMES, "v:purge" PURGE PURGES PURGED PURGING, "al+zarqawi" gives
// "AL ZARQAWI" and "AL-ZARQAWI".
struct Issue {
  enum class Kind : std::uint8_t { kCode, kIgnoreSentence, kIgnoreStory };
  Kind kind = Kind::kCode;
  std::string category;  // of the enclosing <ISSUE>, "" outside one
  std::string type;      // "ALL", "COUNTEVENT", ...
  std::string code;      // "" for the ignore kinds
  std::vector<Phrase> phrases;  // every expansion
  std::uint32_t line = 0;
};

struct IssueList {
  std::string file;
  std::vector<Issue> issues;
  std::size_t phrase_count() const;
};

// -------------------------------------------------------------- event nouns

// readout.nouns.txt (a readout extension; PETRARCH codes verbs only): one
// entry per line, "VISIT [042:043] TO", "AIR_STRIKE [195] ON AGAINST". The
// phrase's last word is its head; its regular plural is generated unless the
// phrase ends in '_'. The words after the code introduce the target ("a
// visit to Japan"). A paired code makes a joint act that two parties can be
// named for together ("talks between A and B", "the A-B summit").
struct EventNoun {
  std::vector<Phrase> phrases;  // as written, then the generated plural
  EventCode code;
  std::vector<std::string> target_words;  // upper-cased, never empty in a result
  std::uint32_t line = 0;
};

struct NounDictionary {
  std::string file;
  std::vector<EventNoun> nouns;
  std::size_t phrase_count() const;
};

// ------------------------------------------------------------------ readers

// Parse `text` as if read from `file_name` (used in messages only). Problems
// go to `diags`; the result holds everything that could be read.
VerbDictionary ParseVerbs(std::string_view text, std::string_view file_name, Diagnostics& diags);
ActorDictionary ParseActors(std::string_view text, std::string_view file_name, Diagnostics& diags);
AgentDictionary ParseAgents(std::string_view text, std::string_view file_name, Diagnostics& diags);
DiscardList ParseDiscards(std::string_view text, std::string_view file_name, Diagnostics& diags);
IssueList ParseIssues(std::string_view text, std::string_view file_name, Diagnostics& diags);
NounDictionary ParseNouns(std::string_view text, std::string_view file_name, Diagnostics& diags);

// Read a whole file and parse it; a file that cannot be read (missing, a
// directory, over 256 MiB) is a Status naming it.
Result<VerbDictionary> LoadVerbs(const std::string& path, Diagnostics& diags);
Result<ActorDictionary> LoadActors(const std::string& path, Diagnostics& diags);
Result<AgentDictionary> LoadAgents(const std::string& path, Diagnostics& diags);
Result<DiscardList> LoadDiscards(const std::string& path, Diagnostics& diags);
Result<IssueList> LoadIssues(const std::string& path, Diagnostics& diags);
Result<NounDictionary> LoadNouns(const std::string& path, Diagnostics& diags);

// -------------------------------------------------------------------- config

// The [Dictionaries] section of a PETR_config.ini. Names are resolved against
// the directory of the config file (absolute names are kept); a key that is
// absent or commented out leaves its field empty.
struct DictionaryConfig {
  std::string verb_file;                 // verbfile_name
  std::vector<std::string> actor_files;  // actorfile_list, comma separated
  std::string agent_file;                // agentfile_name
  std::string discard_file;              // discardfile_name
  std::string issue_file;                // issuefile_name (optional)
  std::string noun_file;                 // nounfile_name (optional; readout's)
};

// A config without a [Dictionaries] section is an error Status; malformed
// lines are diagnostics.
Result<DictionaryConfig> ParseConfig(std::string_view text, std::string_view file_name,
                                     Diagnostics& diags);
Result<DictionaryConfig> LoadConfig(const std::string& path, Diagnostics& diags);

// Everything a config names, loaded.
struct DictionarySet {
  VerbDictionary verbs;
  std::vector<ActorDictionary> actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;  // empty when the config names none
  NounDictionary nouns;  // empty when the config names none
  // TABARI's reading of phrases (set for a TABARI project): the last word of
  // an actor, agent or synset-member phrase not closed by '_' is a stem that
  // matches any word starting with it ("ERIADOR" matches ERIADORI), as
  // TABARI's literal matching does. PETRARCH matches whole words only.
  bool tabari_stems = false;
};

// Loads each file the config names (skipping empty names); the first file
// that cannot be read ends the load with its Status.
Result<DictionarySet> LoadDictionaries(const DictionaryConfig& config, Diagnostics& diags);

// ----------------------------------------------------------- TABARI project

// A TABARI .options file: the commands that change coding, read as
// TABARI's ReadFilesClass::doOptionCommand reads them ("SET: ...",
// "COMPLEX: ...", "DEFAULT: ..."; "//" or "#" lines are comments, a line
// starting '~' ends the file). Output-only commands (LABEL, OUTPUT, FORWARD,
// SET: ... USAGE, ...) are accepted and have no effect on coding.
struct TabariOptions {
  // COMPLEX: TABARI sets a sentence aside uncoded when it has at least this
  // many verbs (VERBS[n]), actors (ACTORS[n]) or conjunctions outside actor
  // lists (CONJ[n]), or, with ACTPRIOR / NOACTPRIOR, no actor before its
  // first verb (ParserClass::checkComplexity). 0 / false: no such test.
  std::uint32_t complex_verbs = 0;
  std::uint32_t complex_actors = 0;
  std::uint32_t complex_conjunctions = 0;
  bool complex_no_actor_before_verb = false;
  // Commands read that change TABARI's coding but that readout does not
  // apply, as written (each also reported as a note): DEFAULT actors, the
  // other COMPLEX tests, CODE BY CLAUSE, MINIMUM WORDS, COMMA, ...
  std::vector<std::string> not_applied;
};

// A TABARI .project file: "<actorsfile> NAME", "<verbsfile>", "<agentsfile>",
// "<optionsfile>", "<textfile>" (TABARI's ProcessorClass::readProject).
// Names are relative to the project's folder. Output and session lines
// (<eventfile>, <problemfile>, <session ...>) are not readout's business.
struct TabariProject {
  DictionaryConfig dictionaries;        // verbs, actors, agents (TABARI has no discard file)
  std::string options_file;             // "" when none is named
  std::vector<std::string> text_files;  // <textfile>, in order
};

TabariOptions ParseTabariOptions(std::string_view text, std::string_view file_name, Diagnostics& diags);
Result<TabariOptions> LoadTabariOptions(const std::string& path, Diagnostics& diags);
// Applies one command ("SET: YYYY = TRUE", as the validation suite's
// "{ OPTION: ... }" records give them) to `options`; false if unrecognized.
bool ApplyTabariOption(std::string_view command, TabariOptions& options, std::string* why = nullptr);

// A project naming no .verbs or no .actors file is an error Status.
Result<TabariProject> ParseTabariProject(std::string_view text, std::string_view file_name, Diagnostics& diags);
Result<TabariProject> LoadTabariProject(const std::string& path, Diagnostics& diags);

// ---------------------------------------------------------------------- lint

enum class DictionaryKind : std::uint8_t {
  kAuto, kVerbs, kActors, kAgents, kDiscards, kIssues, kNouns, kConfig,
  kTabariProject, kTabariOptions,
};

std::string_view KindName(DictionaryKind kind);  // "verbs", "actors", ...

// Guesses the kind from the file name (".ini", ".project", ".options",
// "verbs"/"CAMEO", "actors", "agents", "discards", "issue", "nouns"), then
// from the content. Never kAuto.
DictionaryKind DetectKind(std::string_view file_name, std::string_view text);

// Reads and checks one dictionary file (kind kAuto: detected) and returns
// every problem found, an unreadable file included (as a kError). A config
// file or a TABARI .project is checked along with every file it names.
Diagnostics LintDictionary(const std::string& path, DictionaryKind kind = DictionaryKind::kAuto);
Diagnostics LintDictionaryText(std::string_view text, std::string_view file_name,
                               DictionaryKind kind = DictionaryKind::kAuto);

}  // namespace readout::dict
