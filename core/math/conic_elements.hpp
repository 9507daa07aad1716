// Osculating conic elements and states, as SPICELIB computes them (N0067): OSCELT (state to the
// eight classical elements), OSCLTX (the same plus the true anomaly, semi-major axis and period)
// and CONICS (elements to the state at any epoch, through PROP2B: two_body.hpp). Every expression
// keeps SPICELIB's operation order, including its helpers (EXACT, DACOSH, UCRSS, TWOVEC, RECRAD,
// f2c's d_sign and d_mod), and the elementary functions are sc::math's, so both backends give the
// same bits and those bits are CSPICE's but for the last-bit differences of libm.
#pragma once

#include <array>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

// RP (perifocal distance, km), ECC, INC, LNODE (longitude of the ascending node), ARGP (argument
// of periapsis), M0 (mean anomaly at epoch; radians), T0 (epoch, TDB s past J2000), MU (km^3/s^2).
using ConicElements = std::array<double, 8>;

// OSCLTX's output, SPICE_OSCLTX_NELTS = 20 numbers: the eight of OSCELT, then NU (true anomaly at
// epoch, radians in [0, 2 pi)), A (semi-major axis, km) and TAU (period, s); A and TAU are 0 where
// they are undefined or not safely computable (parabolas; TAU also for hyperbolas); the last nine
// are reserved by CSPICE and always 0.
inline constexpr int kOscltxElementCount = 20;
using ExtendedConicElements = std::array<double, kOscltxElementCount>;

// OSCELT: the osculating elements of `state` (inertial, km and km/s) about a body of GM `mu` at
// `et`. Errors: SPICE(NONPOSITIVEMASS) for mu <= 0; SPICE(DEGENERATECASE) for a zero position,
// a zero velocity or a zero angular momentum (rectilinear motion).
Result<ConicElements> oscelt(const State& state, double et, double mu);

// OSCLTX: OSCELT's elements extended as described above, with OSCELT's errors and TWOVEC's
// SPICE(DEPENDENTVECTORS) (not reachable for a state OSCELT accepts).
Result<ExtendedConicElements> oscltx(const State& state, double et, double mu);

// CONICS: the state at `et` of the conic `elts` (as OSCELT returns them). Errors:
// SPICE(BADECCENTRICITY) for ECC < 0, SPICE(BADPERIAPSEVALUE) for RP <= 0, SPICE(BADGM) for
// MU <= 0, then PROP2B's (SPICE(DTOUTOFRANGE), ...).
Result<State> conics(const ConicElements& elts, double et);

}  // namespace sc::math
