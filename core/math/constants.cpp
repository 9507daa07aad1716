#include "math/constants.hpp"

#include "math/trig.hpp"

namespace sc::math {

// pi_c, halfpi_c, twopi_c, dpr_c and rpd_c compute from acos(-1.) in these forms and orders; the
// results differ from other spellings (pi / 180 is not 1 / (180 / pi)), so they are kept as is.
double pi() { return acos(-1.0); }
double halfpi() { return 0.5 * acos(-1.0); }
double twopi() { return 2.0 * acos(-1.0); }
double dpr() { return 180.0 / acos(-1.0); }
double rpd() { return acos(-1.0) / 180.0; }

// The literal ones.
double spd() { return kSecondsPerDay; }
double clight() { return 299792.458; }
double j1900() { return 2415020.0; }
double j1950() { return 2433282.5; }
double j2000() { return kJ2000JulianDate; }
double j2100() { return 2488070.0; }
double jyear() { return kSecondsPerJulianYear; }
double tyear() { return 31556925.9747; }
double b1900() { return 2415020.31352; }
double b1950() { return 2433282.42345905; }

}  // namespace sc::math
