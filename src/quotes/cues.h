// The reporting cues of English: verbs that attribute words or thoughts to
// someone, grouped by what they say about the attribution, every inflection
// of each made from its base form (say, says, said, saying).
//
// Groups, with a few of their members:
//   kSay       say, tell, add, note, explain, write, tweet, report, announce
//   kAssert    argue, insist, maintain, contend, stress, claim, allege, predict
//   kAdmit     acknowledge, concede, admit, confess, confirm, agree
//   kDeny      deny, dispute, reject, counter, retort, dismiss, question
//   kWarn      warn, caution, threaten, complain, lament, fear, worry
//   kPromise   promise, pledge, vow, swear, guarantee, assure, propose
//   kAsk       ask, wonder, inquire, demand, urge, plead
//   kSuggest   suggest, hint, imply, indicate, signal, recommend
//   kBelieve   believe, think, feel, expect, hope, know, suspect, doubt
// The lexicon is built once and shared, immutable, by every thread.
#pragma once

#include <cstdint>
#include <string_view>

namespace readout::quotes {

enum class CueGroup : std::uint8_t {
  kNone,
  kSay,
  kAssert,
  kAdmit,
  kDeny,
  kWarn,
  kPromise,
  kAsk,
  kSuggest,
  kBelieve,
};
std::string_view CueGroupName(CueGroup g);  // "say", "assert", ...

// The group of a lower-case word form, kNone when it is no reporting cue.
CueGroup CueGroupOf(std::string_view lower);

// Whether a cue of this group may take a clause without "that" ("said the
// talks went well", "believes the talks went well"). Groups whose verbs
// first take an object ("asked Congress to act", "urged") do not.
bool TakesBareClause(CueGroup g);

// How many word forms the lexicon holds (for tests and `--stats`).
std::size_t CueFormCount();

}  // namespace readout::quotes
