// TEME, the frame of SGP4's states ("true equator, mean equinox" of date), to J2000, as CSPICE's
// ZZTEME builds it for SPK type 10 (SPKE10): the z axis is the true pole of date (IAU 1980
// nutation on IAU 1976 precession), the x axis lies toward the mean equinox of date, both carried
// to J2000 with their rates.
#pragma once

#include "math/rotation.hpp"

namespace sc::tle {

// ZZEPRC76: the IAU 1976 precession state transformation from J2000 to the mean equator and
// equinox of date, EUL2XF of (-z, theta, -zeta) about axes 3, 2, 3 and their rates.
math::Mat6 precession_1976(double et);

// ZZMOBLIQ: the IAU 1980 mean obliquity of the ecliptic (rad) and its rate (rad/s).
struct Obliquity {
  double mob;
  double dmob;
};
Obliquity mean_obliquity_1980(double et);

// ZZENUT80: the IAU 1980 nutation state transformation from the mean to the true equator and
// equinox of date, EUL2XF of (-mob - deps, -dpsi, mob) about axes 1, 3, 1 and their rates.
math::Mat6 nutation_1980(double et);

// ZZTEME's TM2J at `et` (TDB seconds past J2000): the state transformation from TEME of date to
// J2000 (its inverse, ZZTEME's J2TM, is math::invstm of it).
math::Mat6 teme_to_j2000(double et);

}  // namespace sc::tle
