// CSPICE's constant functions (dpr_c, rpd_c, spd_c, pi_c, halfpi_c, twopi_c, clight_c, j1900_c,
// j1950_c, j2000_c, j2100_c, jyear_c, tyear_c, b1900_c, b1950_c). Each returns exactly CSPICE's
// double: the pi-based ones are the same expressions of acos(-1) in the same order (evaluated with
// the project's acos, which gives the double nearest pi as the C library does), the others are
// CSPICE's literals.
#pragma once

namespace sc::math {

// The literal ones as constants too, for code that needs them at compile time (one definition of
// J2000's Julian date for the whole core).
inline constexpr double kSecondsPerDay = 86400.0;
inline constexpr double kJ2000JulianDate = 2451545.0;
inline constexpr double kSecondsPerJulianYear = 31557600.0;

double pi();      // acos(-1)
double halfpi();  // 0.5 * acos(-1)
double twopi();   // 2 * acos(-1)
double dpr();     // degrees per radian, 180 / acos(-1)
double rpd();     // radians per degree, acos(-1) / 180
double spd();     // seconds per day, 86400
double clight();  // speed of light in vacuum, 299792.458 km/s
double j1900();   // Julian date of 1899 DEC 31 12:00:00, 2415020.0
double j1950();   // Julian date of 1950 JAN 01 00:00:00, 2433282.5
double j2000();   // Julian date of 2000 JAN 01 12:00:00, 2451545.0
double j2100();   // Julian date of 2100 JAN 01 12:00:00, 2488070.0
double jyear();   // seconds per Julian year, 31557600
double tyear();   // seconds per tropical year (Explanatory Supplement, 1992), 31556925.9747
double b1900();   // Julian date of Besselian date 1900.0 (Lieske 1979), 2415020.31352
double b1950();   // Julian date of Besselian date 1950.0 (Lieske 1979), 2433282.42345905

}  // namespace sc::math
