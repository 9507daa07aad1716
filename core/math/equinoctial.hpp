// States from equinoctial elements, as SPICELIB's EQNCPV evaluates them (N0067), with its Kepler
// solver KEPLEQ/KPSOLV. The elements (spk.req "Type 17") are, at the epoch of the elements:
//    a; h = e sin(argp + node); k = e cos(argp + node); mean longitude L = M + argp + node;
//    p = tan(i/2) sin(node); q = tan(i/2) cos(node);
//    the rates of the longitude of periapse, of the mean longitude and of the node (rad/s),
// relative to the equator of a plane whose pole has right ascension RAPOL and declination DECPOL
// in the output frame. h, k and p, q rotate with their rates; the eccentric longitude F solves
// L = F + h cos F - k sin F; position and velocity follow in the equinoctial frame, the velocity
// corrected for the precession rates, and are rotated to the output frame. Every expression keeps
// EQNCPV's operation order and the elementary functions are sc::math's, so both backends give the
// same bits.
#pragma once

#include <array>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

using EquinoctialElements = std::array<double, 9>;  // a, h, k, L, p, q, dlp/dt, dL/dt, dnode/dt

// KEPLEQ: F with ml = F + h cos F - k sin F. SPICE(ECCOUTOFBOUNDS) when h^2 + k^2 >= 0.81;
// SPICE(EVECOUTOFRANGE) from KPSOLV (not reachable after that check, kept as KPSOLV has it).
Result<double> solve_equinoctial_kepler(double ml, double h, double k);

// EQNCPV: the state at `et` of elements given at `epoch`. SPICE(BADSEMIAXIS) for a <= 0,
// SPICE(ECCOUTOFRANGE) for sqrt(h^2 + k^2) > 0.9, and KEPLEQ's errors.
Result<math::State> equinoctial_state(double et, double epoch, const EquinoctialElements& eqel, double rapol,
                                      double decpol);

}  // namespace sc::math
