// The IAU 1980 (Wahr) nutation in longitude and obliquity and their rates, as CSPICE's ZZWAHR
// computes them for the TEME frame of two-line elements (ZZENUT80) and for SPKW10, which stores
// them in every type 10 packet.
#pragma once

#include <array>

namespace sc::tle {

// ZZWAHR at `et` (TDB seconds past J2000): {dpsi, deps (rad), dpsi/dt, deps/dt (rad/s)}, from the
// 106-term series of the 1980 IAU theory of nutation (Seidelmann 1982) with the fundamental
// arguments of the Moon and Sun ZZWAHR uses, in ZZWAHR's order of operations.
std::array<double, 4> wahr_nutation(double et);

}  // namespace sc::tle
