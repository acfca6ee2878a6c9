// Pieces of the TABARI text reader (tabari_reader.cc) that format detection
// and the validation suite's reader share.
#pragma once

#include <string>
#include <string_view>

namespace readout::ingest {

struct TabariHeader {
  std::string date;  // "YYYY-MM-DD"
  std::string id;    // the rest of the line, trimmed ("" when there is none)
};

// A record header "950101  DEMO-01" (YYMMDD or YYYYMMDD, then the ID), read
// as TABARI's readRecord and validateDate read it. False, with `why`, when
// the line does not start with a date TABARI accepts.
bool ParseTabariHeader(std::string_view line, TabariHeader& out, std::string& why);

// True when `bytes` opens like a TABARI text file: past blank and banner
// lines ('#' or '/' first), a header with a one-word ID, then a text line.
bool LooksLikeTabariText(std::string_view bytes);

}  // namespace readout::ingest
