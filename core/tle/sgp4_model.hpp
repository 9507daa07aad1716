// SGP4/SDP4, the NORAD propagator of two-line elements, as CSPICE N0067 runs it: Vallado, Crawford,
// Hujsak and Kelso, "Revisiting Spacetrack Report #3" (AIAA 2006-6753), in CSPICE's translation
// (ZZSGP4's entry points XXSGP4I and XXSGP4E with ZZINIL, ZZDSCM, ZZDSIN, ZZDSPC and ZZDSPR). Every
// formula keeps CSPICE's operation order, with sc::math trig and pow, so node and WASM agree bit
// for bit and the results carry CSPICE's bits wherever those functions round as glibc's do.
//
// CSPICE keeps the initialised model in SAVEd variables and re-initialises it at every EVSGP4 and
// SPKE10 call; here the model is a value: sgp4_init builds it, sgp4_state evaluates it without
// changing it (the deep-space resonance integrator starts from the initial state each time, which
// is what a fresh XXSGP4I gives CSPICE too).
#pragma once

#include <span>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::tle {

// GEOPHS, in EVSGP4's order. SGP4 reads J2, J3, J4, KE and ER; like CSPICE, it ignores QO, SO and
// AE (its atmosphere bounds are the fixed 78 and 120 km of Spacetrack Report #3, and distances
// are in Earth radii).
struct GeophysicalConstants {
  double j2;  // J2, J3, J4: Earth's zonal harmonics (dimensionless)
  double j3;
  double j4;
  double ke;  // sqrt(GM), Earth radii^1.5 per minute
  double qo;  // upper and lower bounds of the drag model, km (unused)
  double so;
  double er;  // Earth's equatorial radius, km
  double ae;  // distance units per Earth radius (unused)
};
GeophysicalConstants geophysical_constants(std::span<const double> geophs);  // geophs: 8 values

// ELEMS, in GETELM's order and units.
struct Elements {
  double ndt20;  // first derivative of the mean motion / 2, rad/min^2 (not used by SGP4)
  double ndd60;  // second derivative / 6, rad/min^3 (not used by SGP4)
  double bstar;  // drag term, 1 / Earth radii
  double incl;   // inclination, rad
  double node0;  // right ascension of the ascending node, rad
  double ecc;    // eccentricity
  double omega;  // argument of perigee, rad
  double m0;     // mean anomaly, rad
  double n0;     // mean motion, rad/min
  double epoch;  // TDB seconds past J2000
};
Elements elements(std::span<const double> elems);  // elems: 10 values

// How Greenwich sidereal time at epoch is computed (zzsgp4.inc): AFSPC is Spacetrack Report #3's
// formula, which EVSGP4 and SPKE10 use; IMPROVED is Vallado's IAU-82 form.
enum class Sgp4Mode { afspc = 1, improved = 2 };

// The deep-space (SDP4) terms: lunar-solar periodics (ZZDSCM) and secular rates and resonance
// coefficients (ZZDSIN), as the propagation reads them.
struct DeepSpaceTerms {
  double e3, ee2, peo, pgho, pho, pinco, plo, se2, se3, sgh2, sgh3, sgh4, sh2, sh3, si2, si3, sl2, sl3, sl4;
  double xgh2, xgh3, xgh4, xh2, xh3, xi2, xi3, xl2, xl3, xl4, zmol, zmos;
  int irez;  // 0 none, 1 one-day (synchronous), 2 half-day resonance
  double d2201, d2211, d3210, d3222, d4410, d4422, d5220, d5232, d5421, d5433;
  double dedt, didt, dmdt, dnodt, domdt, del1, del2, del3, xfact, xlamo;
  // The resonance integrator's starting point (ATIME, XLI, XNI after initialisation).
  double atime, xli, xni;
};

// Everything XXSGP4I leaves for XXSGP4E.
struct Sgp4Model {
  Sgp4Mode mode;
  double j2, j3oj2, xke, er;
  double bstar, inclo, nodeo, ecco, argpo, mo, no;  // no: the un-Kozai'd mean motion (ZZINIL)
  double gsto;                                      // Greenwich sidereal angle at epoch, rad
  double con41, x1mth2, x7thm1;
  double cc1, cc4, cc5, d2, d3, d4, delmo, eta, omgcof, sinmao, xmcof, xnodcf, t2cof, t3cof, t4cof, t5cof;
  double mdot, argpdot, nodedot, xlcof, aycof;
  bool simple;  // DOSIMP: perigee below 220 km (or deep space): drop the higher drag terms
  bool deep;    // DODEEP: period of 225 minutes or more
  DeepSpaceTerms ds;
};

// XXSGP4I: the model of `elems` at its epoch, `jd_utc_minus_1950` being the epoch as a Julian
// date UTC minus 2433281.5 (days past 1949 DEC 31 00:00 UTC: what CSPICE's TTRANS gives for the
// elements' TDB epoch). SPICE(SUBORBITAL) when the perigee is below Earth's surface.
Result<Sgp4Model> sgp4_init(const GeophysicalConstants& geophs, const Elements& elems, double jd_utc_minus_1950,
                            Sgp4Mode mode);

// XXSGP4E: the state (km, km/s) in TEME at `minutes` past the elements' epoch. Errors, in XXSGP4E's
// order: SPICE(BADMEANMOTION), SPICE(BADMECCENTRICITY), SPICE(BADMSEMIMAJOR),
// SPICE(BADPECCENTRICITY), SPICE(BADSEMILATUS), SPICE(ORBITDECAY).
Result<math::State> sgp4_state(const Sgp4Model& model, double minutes);

}  // namespace sc::tle
