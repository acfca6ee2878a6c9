#include "quotes/words.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "base/ascii.h"
#include "quotes/cues.h"

namespace readout::quotes {
namespace {

template <std::size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

constexpr std::string_view kFrame[] = {
    "urged", "urges", "called", "calls", "expressed", "expresses", "described", "describes",
    "named", "spoke", "speaks", "quoted", "quotes", "termed", "dubbed", "labelled", "labeled",
    "hailed", "praised", "voiced", "calling", "describing", "terming", "dubbing", "cited", "cites",
    "citing", "quoting"};
constexpr std::string_view kNounContent[] = {
    "announced", "announces", "announcing", "reported", "reports", "denied", "denies", "denying",
    "proposed", "proposes", "proposing", "promised", "promises", "promising", "pledged", "pledges",
    "vowed", "predicted", "predicts", "revealed", "reveals", "disclosed", "discloses", "confirmed",
    "confirms", "acknowledged", "acknowledges", "admitted", "admits", "disputed", "disputes",
    "rejected", "rejects", "demanded", "demands", "recommended", "recommends", "suggested"};
constexpr std::string_view kRelay[] = {"quoted", "quotes", "quoting", "reported", "reports", "reporting",
                                       "cited", "cites", "citing"};
constexpr std::string_view kAddressee[] = {"told", "tells", "tell", "telling", "urged", "urges",
                                           "warned", "warns", "assured", "informed"};
constexpr std::string_view kPronoun[] = {"he", "she", "him", "her"};
constexpr std::string_view kRole[] = {
    "leader", "leaders", "president", "minister", "secretary", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "official", "officials", "diplomat",
    "counterpart", "counterparts", "chancellor", "premier", "general", "chief", "chairman",
    "king", "queen", "senator", "governor", "mayor", "commander", "adviser", "advisor", "aide",
    "director", "analyst", "analysts", "expert", "experts", "man", "woman", "lawmaker",
    "head", "prime", "pope", "emir", "sheikh", "strongman"};
constexpr std::string_view kInstitution[] = {
    "kremlin", "ministry", "government", "readout", "readouts", "statement", "communique",
    "office", "council", "department", "embassy", "house", "administration", "side",
    "cabinet", "parliament", "pentagon", "army", "military", "party", "committee",
    "commission", "court", "bank", "agency", "broadcaster", "newspaper", "television", "tv",
    "radio", "daily", "media", "outlet"};
constexpr std::string_view kMedia[] = {"agency", "broadcaster", "newspaper", "television", "tv",
                                       "radio", "daily", "media", "outlet", "tabloid"};
constexpr std::string_view kChannel[] = {"readout", "readouts", "statement", "statements",
                                         "communique", "transcript", "release", "account",
                                         "accounts"};
constexpr std::string_view kHonorific[] = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                                           "prof", "prof.", "sir", "dame"};
// Plural heads that stand for a set of persons ("the two leaders").
constexpr std::string_view kGroupHead[] = {"leaders", "ministers", "men", "women", "presidents",
                                           "premiers", "chancellors", "counterparts", "heads"};
constexpr std::string_view kTimeWord[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tonight", "weekend", "morning", "evening", "afternoon", "night"};
constexpr std::string_view kTimeUnit[] = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "once", "twice", "time", "times",
    "ago", "later", "earlier"};
constexpr std::string_view kQuestionWord[] = {"whether", "if", "who", "what", "why", "how", "when", "where", "which"};
constexpr std::string_view kDocumentNoun[] = {
    "statement", "statements", "interview", "interviews", "poll", "polls", "survey", "surveys",
    "letter", "letters", "report", "tweet", "tweets", "post", "email", "emails", "memo", "op-ed",
    "column", "essay", "speech", "remarks", "filing", "lawsuit", "complaint", "ad", "video", "book",
    "study", "analysis", "documents", "transcript", "readout", "release", "testimony", "message",
    "messages", "editorial", "affidavit", "ruling", "opinion"};
constexpr std::string_view kColonLabel[] = {
    "update", "updated", "note", "editor", "editors", "related", "photo", "photos", "video", "watch",
    "read", "correction", "source", "sources", "warning", "breaking", "exclusive", "analysis",
    "opinion", "advertisement", "see", "also", "more", "tags", "share", "credit", "file", "contributing",
    "contributors", "reporting", "attendees", "participants", "members", "cast", "starring"};
constexpr std::string_view kInstitutionName[] = {"KREMLIN", "WHITE HOUSE", "PENTAGON",
                                                 "ELYSEE", "DOWNING STREET", "ZHONGNANHAI"};

}  // namespace

VerbClass ReportingVerbKind(std::string_view w) {
  // "quoted" and the verbs of naming frame a quotation; the cue lexicon's
  // verbs also take a reported clause.
  if (In(kFrame, w)) return VerbClass::kFrame;
  if (CueGroupOf(w) != CueGroup::kNone) return VerbClass::kSay;
  return VerbClass::kNone;
}
bool TakesAddressee(std::string_view w) { return In(kAddressee, w); }
bool IsRelayVerb(std::string_view w) { return In(kRelay, w); }
bool TakesNounContent(std::string_view w) { return In(kNounContent, w); }
bool IsPersonPronoun(std::string_view w) { return In(kPronoun, w); }
bool IsRoleWord(std::string_view w) { return In(kRole, w); }
bool IsCounterpartWord(std::string_view w) { return w == "counterpart" || w == "counterparts"; }
bool IsInstitutionWord(std::string_view w) { return In(kInstitution, w); }
bool IsMediaWord(std::string_view w) { return In(kMedia, w); }
bool IsChannelHead(std::string_view w) { return In(kChannel, w); }
bool IsHonorific(std::string_view w) { return In(kHonorific, w); }
bool IsGroupHead(std::string_view w) { return In(kGroupHead, w); }
bool IsTimeWord(std::string_view w) { return In(kTimeWord, w); }
bool IsTimeUnit(std::string_view w) { return In(kTimeUnit, w); }
bool IsQuestionWord(std::string_view w) { return In(kQuestionWord, w); }
bool IsDocumentNoun(std::string_view w) { return In(kDocumentNoun, w); }
bool IsColonLabel(std::string_view w) { return In(kColonLabel, w); }
bool IsDash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

bool IsInstitutionName(std::string_view name) {
  std::string upper;
  for (char c : name) upper.push_back(ToUpperAscii(c));
  for (std::string_view n : kInstitutionName) {
    if (upper == n || (upper.size() > n.size() && upper.compare(upper.size() - n.size(), n.size(), n) == 0 &&
                       upper[upper.size() - n.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

}  // namespace readout::quotes
