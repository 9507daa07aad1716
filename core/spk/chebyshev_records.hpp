// The fixed-length Chebyshev records shared by SPK types 2 and 3 (spk.req, "Type 2: Chebyshev
// (position only)", "Type 3: Chebyshev (position and velocity)"): N records of RSIZE words, each
//    MID, RADIUS, then `components` blocks of NCOF coefficients,
// followed by the directory INIT, INTLEN, RSIZE, N in the segment's last four words.
#pragma once

#include <span>
#include <vector>

#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/spk_file.hpp"

namespace sc::spk {

struct ChebyshevRecord {
  double midpoint = 0;
  double radius = 0;
  std::size_t coefficient_count = 0;  // NCOF per component
  std::vector<double> words;          // the whole record as stored (MID, RADIUS, coefficients)

  std::span<const double> component(std::size_t i) const {
    return std::span<const double>(words).subspan(2 + i * coefficient_count, coefficient_count);
  }
};

// The record covering `et`, chosen as SPKR02/SPKR03 choose it:
//    recno = INT((et - INIT) / INTLEN) + 1, at most N
// so an epoch exactly on a boundary between records belongs to the later record, and the segment's
// last instant to the last record. (Where CSPICE would compute a record before the first one, from
// an epoch before INIT, the first record is used instead of reading outside the segment.)
// Errors, naming the segment and the file:
//   SPICE(INVALIDCOUNT)   NCOF = (RSIZE - 2) / components is below 1 (as SPKE02/SPKE03 check), or
//                         the directory's RSIZE/N do not fit the segment;
//   SPICE(INTLENNOTPOS)   INTLEN is not a positive number;
//   SPICE(INVALIDRADIUS)  the record's RADIUS is not positive (as SPKE02/SPKE03 check).
Result<ChebyshevRecord> read_chebyshev_record(const SpkFile& file, const Segment& segment, double et,
                                              std::size_t components);

}  // namespace sc::spk
