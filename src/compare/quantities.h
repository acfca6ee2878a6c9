// Quantities: the figures a report gives (how long, how much, how many, what
// share, when) and the comparison of the same figure across sources.
//
//   FindQuantities     every duration, money amount, count, percentage and
//                      dated event in one analysed document, each with the
//                      thing it measures (its subject) and an interval.
//   CompareQuantities  the figures that two or more documents give for the
//                      same (kind, unit, subject), marked agreeing or not.
//
// Intervals (see QuantityValue in readout/compare.h): an exact figure is
// [x, x]; "more than x" is [x, -1] (-1: no upper bound; whether the bound is
// exclusive shows only in the text); "up to x" is [0, x]; "about x" is x
// widened by 5% either way; "tens of thousands" is [20000, 99999]. Units:
// durations in "minute", money as a currency code ("USD"), counts as the
// singular of the counted noun ("tonne", "people", "agreement"),
// percentages as "percent", dates as "day" with the window's first and last
// day counted from 1970-01-01.
//
// Contracts: both functions are pure. Spans are byte ranges of the document's
// Document::text; QuantityValue::doc is Document::id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "readout/compare.h"
#include "readout/document.h"
#include "readout/text.h"

namespace readout::compare {

struct Quantity {
  QuantityKind kind = QuantityKind::kCount;
  // What it measures: an event noun for durations and dates ("talks",
  // "call", "summit"), the noun an amount is for ("loan"), the counted
  // thing ("pipes", "rare-earth oxides", "people", "people killed").
  // "" when nothing in the clause says; such figures are never compared.
  std::string subject;
  QuantityValue value;
  std::uint32_t sentence = 0;  // index into TextAnalysis::sentences
  // The interval is a spread around a figure ("about", "some", "tens of
  // thousands", a date known only to the month), not a bound the source set.
  // Comparison accepts overlap for these and equality for the others.
  bool approximate = false;
};

// Every quantity in the document's sentences (title included), in text order.
// Dates are resolved against doc.published and kept only when an event noun
// near them says what happened then.
std::vector<Quantity> FindQuantities(const Document& doc, const text::TextAnalysis& text);

// Quantities of the same kind, unit and subject found in two or more
// documents, compared. per_document holds one FindQuantities result per
// document; the first value a document gives for a key represents it. The
// output is in order of first appearance (documents in order, then text
// order), values in document order.
std::vector<QuantityComparison> CompareQuantities(
    const std::vector<std::vector<Quantity>>& per_document);

}  // namespace readout::compare
