// The record layout SPK type 20 and binary PCK type 20 share (spk.req "Type 20", pck.req "Type
// 20"): N records of RSIZE = 3 (NCOF + 1) words, per component NCOF Chebyshev coefficients of the
// RATE and then the component's value at the record midpoint, followed by the trailer
//    SCALE (DSCALE km or ASCALE radians), TSCALE (s), INITJD, INITFR, INTLEN (days), RSIZE, N.
// The value is the stored constant plus the integral of the rate series (CHBIGR). One reader for
// both formats, so the record arithmetic (SPKR20/PCKR20, in their order) is written once.
#pragma once

#include <array>
#include <string_view>

#include "daf/array_description.hpp"
#include "daf/daf_file.hpp"
#include "errors/result.hpp"

namespace sc::daf {

// The array at DAF addresses [begin, end] (inclusive); `description` names it in messages, and
// `constant` says what the stored constants are ("a position component", "an angle").
// `max_record_words` > 0 refuses records larger than a reader's buffer (PCKMAT's 130 words, less
// the 3 words PCKR20 puts before the record) with SPICE(PCKRECTOOLARGE).
struct IntegratedChebyshevArray {
  long long begin = 0;
  long long end = 0;
  ArrayDescription description;
  std::string_view constant;
  long long max_record_words = 0;
};

struct IntegratedComponents {
  std::array<double, 3> values{};  // SCALE * constant + integral: km or radians
  std::array<double, 3> rates{};   // the rate series times SCALE / TSCALE: per second
};

// The three components at `et`, from the record SPKR20/PCKR20 choose: INT((et - INIT) / INTLEN),
// clamped to the records (an epoch outside uses the nearest one; these types have no coverage
// check of their own). Errors, naming the array:
//   SPICE(INVALIDCOUNT)    shorter than its trailer, RSIZE not 3 (NCOF + 1) with NCOF >= 1, or N
//                          records that do not fit;
//   SPICE(PCKRECTOOLARGE)  RSIZE above max_record_words;
//   SPICE(INVALIDRADIUS)   INTLEN does not give a positive record radius.
Result<IntegratedComponents> evaluate_integrated_chebyshev(const DafFile& daf,
                                                           const IntegratedChebyshevArray& array, double et);

}  // namespace sc::daf
