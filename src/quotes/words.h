// The closed word lists of the quotes stage: reporting verbs, personal
// roles, institutions, channels. Words are given lower case.
#pragma once

#include <string_view>

namespace readout::quotes {

enum class VerbClass : unsigned char {
  kNone,
  kSay,    // takes a reported clause: every verb of the cue lexicon (cues.h)
  kFrame,  // frames a quotation only: described (as), called, named, spoke (of) ...
};

VerbClass ReportingVerbKind(std::string_view lower);
// told/tells/urged/warned/assured/informed: the next noun chunk is the addressee.
bool TakesAddressee(std::string_view lower);
// Cues whose object noun phrase is what was said: announced (a plan),
// reported (no arrests), denied (the charge), proposed, promised ...
bool TakesNounContent(std::string_view lower);
// quoted, reported, cited (and their forms): "X quoted Y as saying".
bool IsRelayVerb(std::string_view lower);
bool IsPersonPronoun(std::string_view lower);   // he, she, him, her
bool IsRoleWord(std::string_view lower);        // leader, president, minister, envoy ...
bool IsCounterpartWord(std::string_view lower); // counterpart
bool IsInstitutionWord(std::string_view lower); // ministry, government, readout, kremlin ...
bool IsMediaWord(std::string_view lower);       // agency, broadcaster, newspaper ...
bool IsChannelHead(std::string_view lower);     // readout, statement, communique ...
bool IsHonorific(std::string_view lower);       // mr, mr., ms, dr ...
bool IsGroupHead(std::string_view lower);       // leaders, ministers, men: "the two leaders"
bool IsTimeWord(std::string_view lower);        // monday ... sunday, today, yesterday
bool IsTimeUnit(std::string_view lower);        // week(s), month(s), year(s), once ...
bool IsDash(std::string_view text);
// whether, if, who, what, why, how, when, where, which: "asked whether".
bool IsQuestionWord(std::string_view lower);
// statement, interview, poll, survey, letter, tweet ...: "In the poll, ...".
bool IsDocumentNoun(std::string_view lower);
// update, note, photo ...: a colon after them introduces no one's words.
bool IsColonLabel(std::string_view lower);             // - -- and the en and em dashes
// A name that stands for an institution: "Kremlin", "White House", "Pentagon".
bool IsInstitutionName(std::string_view name);

}  // namespace readout::quotes
