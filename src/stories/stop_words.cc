// Words that say nothing about which event a report is about. Function
// words, the reporting vocabulary every article shares, and the calendar:
// weekdays and months are read as dates, not as content (the clusterer has
// its own date test), and a feature "friday" would join every Friday's news.
#include <algorithm>
#include <array>
#include <string_view>

#include "stories/features.h"

namespace readout::stories {
namespace {

// Sorted; checked by a test.
constexpr std::array<std::string_view, 245> kStopWords{
    "a", "about", "above", "according", "across", "after", "afternoon", "again", "against", "ago",
    "all", "almost", "along", "already", "also", "although", "always", "am", "among", "an", "and",
    "another", "any", "apr", "april", "are", "around", "as", "at", "aug", "august", "back", "be",
    "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "cannot", "could", "day", "days", "dec", "december", "did", "do", "does", "doing", "done",
    "down", "during", "each", "early", "eight", "either", "even", "evening", "ever", "every",
    "feb", "february", "few", "first", "five", "for", "four", "fri", "friday", "from", "further",
    "get", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
    "jan", "january", "jul", "july", "jun", "june", "just", "last", "late", "later", "least",
    "less", "like", "made", "make", "many", "mar", "march", "may", "me", "might", "mon", "monday",
    "month", "months", "more", "morning", "most", "mr", "mrs", "ms", "much", "must", "my", "myself",
    "near", "never", "new", "next", "night", "nine", "no", "nor", "not", "nov", "november", "now",
    "oct", "october", "of", "off", "often", "on", "once", "one", "only", "or", "other", "our",
    "ours", "out", "over", "own", "per", "said", "same", "sat", "saturday", "say", "saying",
    "says", "sep", "sept", "september", "seven", "she", "should", "since", "six", "so", "some",
    "still", "such", "sun", "sunday", "than", "that", "the", "their", "theirs", "them", "then",
    "there", "these", "they", "third", "this", "those", "three", "through", "thu", "thursday",
    "time", "to", "today", "told", "tomorrow", "too", "tue", "tuesday", "two", "under", "until",
    "up", "upon", "us", "very", "was", "we", "wed", "wednesday", "week", "weeks", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "year", "years", "yesterday", "yet", "you", "your", "yours"};

}  // namespace

bool IsStopWord(std::string_view lower) {
  return std::binary_search(kStopWords.begin(), kStopWords.end(), lower);
}

}  // namespace readout::stories
