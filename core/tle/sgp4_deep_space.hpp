// SDP4's deep-space parts (internal to sgp4_init.cpp and sgp4_state.cpp): CSPICE's ZZDSCM (lunar
// and solar terms at epoch), ZZDSIN (secular rates and resonance set-up), ZZDSPC (secular effects
// and the resonance integrator at a time) and ZZDSPR (lunar-solar periodics at a time).
#pragma once

#include "tle/sgp4_model.hpp"

namespace sc::tle::detail {

// Mean elements as the deep-space routines update them in place.
struct MeanElements {
  double ecc;
  double incl;
  double argp;
  double node;
  double m;
};

// ZZDSCM's values that ZZDSIN reads (the rest go into DeepSpaceTerms).
struct DeepSpaceCommon {
  double sinim, cosim, emsq;
  double s1, s2, s3, s4, s5, ss1, ss2, ss3, ss4, ss5;
  double sz1, sz3, sz11, sz13, sz21, sz23, sz31, sz33;
  double z1, z3, z11, z13, z21, z23, z31, z33;
  double xn, eccm;
};

// ZZDSCM at TC = 0: `epoch` is days past 1949 DEC 31 0h UTC; the element arguments are the
// model's initial ones. Fills the lunar-solar periodic coefficients of `ds`.
DeepSpaceCommon deep_space_common(double epoch, double ecc, double argp, double incl, double node, double n,
                                  DeepSpaceTerms& ds);

// The rates ZZDSIN needs from the secular model.
struct SecularRates {
  double mdot, nodedot, xpidot;
};

// ZZDSIN at T = TC = 0: secular rates from the lunar-solar terms and, for resonant orbits, the
// resonance coefficients and the integrator's starting point. Fills the rest of `ds`.
void deep_space_init(const GeophysicalConstants& geophs, const DeepSpaceCommon& c, const Sgp4Model& m,
                     const SecularRates& rates, double eccsq, DeepSpaceTerms& ds);

// ZZDSPC: secular effects at `t` minutes past epoch applied to `mean`, and the resonance
// integration (from the initial state in `m.ds`) giving the mean motion `xn` and, for resonant
// orbits, a new mean anomaly.
void deep_space_secular(const Sgp4Model& m, double t, MeanElements& mean, double& xn);

// ZZDSPR with DOINIT false: the lunar-solar periodics at `t` minutes past epoch added to `p`.
void deep_space_periodics(const Sgp4Model& m, double t, MeanElements& p);

}  // namespace sc::tle::detail
