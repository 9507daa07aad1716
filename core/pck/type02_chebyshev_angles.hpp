// PCK type 2: Chebyshev polynomials for the three Euler angles phi, delta, w of the rotation
// [w]_3 [delta]_1 [phi]_3 from the base frame to the body-fixed frame; the angle rates are the
// derivatives of the polynomials (PCKR02 + PCKE02, which is SPKE02 with CHBINT, then w reduced
// modulo 2 pi). For a body whose pole has right ascension RA and declination DEC and whose prime
// meridian angle is W, phi = RA + pi/2 and delta = pi/2 - DEC: the file stores phi and delta
// themselves, not RA and DEC.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "math/euler.hpp"
#include "math/rotation.hpp"
#include "pck/segment.hpp"

namespace sc::pck {

// PCKE02's result: (phi, delta, w, dphi/dt, ddelta/dt, dw/dt), radians and radians per second,
// w = MOD(w, 2 pi). `et` should lie in the segment's coverage; see chebyshev_records.hpp for
// the record choice and the errors.
Result<math::EulerState> evaluate_type02_angles(const daf::SegmentFile& file, const Segment& segment, double et);

// PCKMAT's type 2 path: the angles reordered to (w, delta, phi, dw, ddelta, dphi) and turned into
// the state transformation by EUL2XF with axes 3, 1, 3.
Result<math::Mat6> evaluate_type02(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::pck
