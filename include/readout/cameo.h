// cameo: the CAMEO event codebook as data, and its mapping to PLOVER.
//
//   Lookup      a code ("0231", "190", "10") -> its row: name, root code,
//               quad class, Goldstein score, PLOVER event type.
//   RootOf      the two-digit root of any code ("1721" -> "17").
//   Valid       whether a string is a code the codebook defines.
//
// Facts only: the codebook of CAMEO 1.1b3 (Gerner, Schrodt, Yilmaz, Abu-Jabr
// 2009) with the Goldstein (1992) scale values as CAMEO assigns them, and the
// PLOVER (2021) event types each CAMEO code folds into.
//
// Contracts: the table is static, sorted, immutable and safe to read from
// any thread; lookups never allocate.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace readout::cameo {

// The quad class used by Phoenix and GDELT: 1 verbal cooperation (roots
// 01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
// 4 material conflict (14-20).
enum class QuadClass : std::uint8_t {
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

struct CodeInfo {
  std::string_view code;      // "0231"
  std::string_view name;      // "Appeal for economic aid"
  std::string_view root;      // "02"
  QuadClass quad;
  double goldstein;           // -10 .. +10
  std::string_view plover;    // "AGREE", "ASSAULT", ...
};

// nullptr when `code` is not in the codebook. Accepts the codes as written
// in dictionaries, including three-digit codes padded from roots ("010").
// The match is exact: codes PETRARCH dictionaries use that the codebook does
// not define ("---", "1213", "080!", "", " 010") are not found. A binary
// search over the static table; never allocates.
const CodeInfo* Lookup(std::string_view code);

// The root ("17") of a code of 2 to 4 digits whose first two are a CAMEO
// root 01..20, whether or not the code itself is in the codebook ("1213" ->
// "12"); "" otherwise ("---", "", "7", "99", "12345"). The view refers to the
// static table, not to `code`.
std::string_view RootOf(std::string_view code);

bool Valid(std::string_view code);

// Every row, in code order (for tests and `readout dict` listings).
std::span<const CodeInfo> AllCodes();

}  // namespace readout::cameo
