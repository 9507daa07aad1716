// Two-line elements: GETELM (parse a NORAD two-line element set into SPICE's units) and EVSGP4
// (evaluate one with SGP4/SDP4), as CSPICE N0067 does them; SPK type 10 (spk/types, writers/spk)
// evaluates its element sets through the same propagate().
#pragma once

#include <array>
#include <span>
#include <string>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"
#include "pool/pool.hpp"
#include "time/leapseconds.hpp"

namespace sc::tle {

// GETELM's answer: the epoch (TDB seconds past J2000) and the ten elements (see Elements in
// sgp4_model.hpp), elems[9] being the epoch again.
struct EpochAndElements {
  double epoch;
  std::array<double, 10> elems;
};

// GETELM: parses `lines` (exactly two: the TLE's line 1 and line 2). `frstyr` maps the two-digit
// year to the year from frstyr to frstyr + 99 with the same last two digits. Errors: SPICE(BADTLE)
// for a set it cannot read (lines of different satellites, a line whose last non-blank
// character is not in column 68 or 69, a field that is not a number, an exponent beyond one
// digit, angles outside [0, 360) (inclination [0, 180]), a mean motion outside [0, 20] rev/day);
// the LSK's errors when the epoch cannot be converted (SPICE(NOLEAPSECONDS) ...).
Result<EpochAndElements> getelm(const pool::Pool& pool, int frstyr, std::span<const std::string> lines);

// The state in TEME at `et` (TDB seconds past J2000) from GEOPHS and ELEMS: CSPICE's XXSGP4I at
// the elements' epoch (converted to a Julian date UTC with the LSK, as TTRANS does) in AFSPC
// mode, then XXSGP4E at (et - epoch) / 60 minutes. Errors: the LSK's, and sgp4_init's and
// sgp4_state's (SPICE(SUBORBITAL), SPICE(BADMEANMOTION) ...).
Result<math::State> propagate(const time::TimeKernel& kernel, std::span<const double> geophs,
                              std::span<const double> elems, double et);

// EVSGP4: propagate() with the LSK from the pool. geophs: 8 values, elems: 10.
Result<math::State> evsgp4(const pool::Pool& pool, double et, std::span<const double> geophs,
                           std::span<const double> elems);

}  // namespace sc::tle
