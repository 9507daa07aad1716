// The fixed-length Chebyshev records of PCK type 2 (pck.req, "Type 02: Chebyshev polynomials for
// Euler angles only"; the layout of SPK type 2): N records of RSIZE words, each
//    MID, RADIUS, then three blocks of NCOF coefficients (the angles phi, delta, w),
// followed by the directory INIT, INTLEN, RSIZE, N in the segment's last four words.
#pragma once

#include <span>
#include <vector>

#include "errors/result.hpp"
#include "pck/pck_file.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

struct ChebyshevRecord {
  double midpoint = 0;
  double radius = 0;
  std::size_t coefficient_count = 0;  // NCOF per component
  std::vector<double> words;          // the whole record as stored (MID, RADIUS, coefficients)

  std::span<const double> component(std::size_t i) const {
    return std::span<const double>(words).subspan(2 + i * coefficient_count, coefficient_count);
  }
};

// The record covering `et`, chosen as PCKR02 chooses it:
//    recno = INT((et - INIT) / INTLEN) + 1, at most N
// so an epoch on a boundary between records belongs to the later record and the segment's last
// instant to the last record. (Where CSPICE would compute a record before the first one, from an
// epoch before INIT, the first record is used instead of reading outside the segment.)
// Errors, naming the segment and the file:
//   SPICE(INVALIDCOUNT)   NCOF = (RSIZE - 2) / 3 is below 1 (SPKE02, which PCKE02 calls, checks
//                         it), or the directory's RSIZE/N do not fit the segment;
//   SPICE(INTLENNOTPOS)   INTLEN is not a positive number;
//   SPICE(INVALIDRADIUS)  the record's RADIUS is not positive (as SPKE02 checks).
Result<ChebyshevRecord> read_chebyshev_record(const PckFile& file, const Segment& segment, double et);

}  // namespace sc::pck
