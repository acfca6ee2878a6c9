// `readout eval events` reports: one JSON object for machines, a table for
// people, with the failures grouped by cause.
#pragma once

#include <string>
#include <vector>

#include "readout/eval.h"

namespace readout::eval {

// One JSON object (and a newline):
//   {"sentences","unscored","accuracy","macro_f1","accuracy_none_as_neutral",
//    "macro_f1_none_as_neutral","any_event_accuracy","no_event","no_event_share",
//    "event_found":{"checked","agreed","share"},
//    "by_class":{"neutral"|...:{"gold","predicted","correct","precision","recall","f1",
//                               "f1_none_as_neutral"}},
//    "confusion":{gold class:{predicted class or "none": count}},
//    "source_overlap"|"source_exact"|"target_overlap"|"target_exact"|
//    "source_code"|"target_code"|"code_exact"|"code_root":{"checked","agreed","share"},
//    "failures_by_cause":{"parse"|"no_pattern"|...: count},
//    "failures":[{"cause","doc","text","gold","predicted","gold_source","gold_target",
//                 "code","source","target","verb","rule"}]}
// Failure strings that are empty are null.
void AppendEventEvaluationJson(const EventScores& scores, const std::vector<EventFailure>& failures,
                               std::string& out);

// The same as a table; with `failures`, each failed sentence on a line of
// its own under its cause.
void AppendEventEvaluationText(const EventScores& scores, const std::vector<EventFailure>& failures,
                               bool list_failures, std::string& out);

}  // namespace readout::eval
