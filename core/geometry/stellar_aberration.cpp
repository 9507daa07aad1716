// Stellar aberration as CSPICE computes it (see stellar_aberration.hpp for the formulas).
#include "geometry/stellar_aberration.hpp"

#include <cmath>
#include <string>

#include "errors/number_text.hpp"
#include "geometry/speed_of_light.hpp"
#include "math/trig.hpp"

namespace sc::geometry {

using math::dvhat;
using math::make_state;
using math::position_of;
using math::qderiv;
using math::State;
using math::vadd;
using math::vcrss;
using math::vdot;
using math::Vec3;
using math::velocity_of;
using math::vhat;
using math::vlcom;
using math::vlcom3;
using math::vminus;
using math::vnorm;
using math::vperp;
using math::vrotv;
using math::vscl;
using math::vzero;

namespace {

// Below this value of sin(phi) the analytic derivative loses precision (v_p_hat is ill-defined
// as v_p -> 0), so ZZSTELAB differentiates numerically instead.
constexpr double kAnalyticLimit = 1e-6;
// Half-width, in seconds, of ZZSTELAB's central difference.
constexpr double kDifferenceStep = 1.0;

// sin(phi) and cos(phi) of the aberration angle for a perpendicular velocity v_p; the cosine is
// clamped at 0 so that a (non-physical) |v_p| > c cannot produce a NaN.
struct SinCos {
  double s;
  double c;
};
SinCos aberration_angle(const Vec3& vp) {
  const double s = vnorm(vp) / kClight;
  const double one_minus = 1.0 - s * s;
  return {s, std::sqrt(0.0 >= one_minus ? 0.0 : one_minus)};
}

Vec3 unit_or_zero(const Vec3& v) { return vzero(v) ? Vec3{0.0, 0.0, 0.0} : vhat(v); }

// The offset |r| (sin(phi) v_p_hat + (cos(phi) - 1) r_hat).
Vec3 offset(double ptgmag, const SinCos& phi, const Vec3& vphat, const Vec3& rhat) {
  return vlcom(ptgmag * phi.s, vphat, ptgmag * (phi.c - 1.0), rhat);
}

// The numeric branch: the offset at t -+ 1 s from linear extrapolations, then QDERIV.
Vec3 numeric_offset_rate(const Vec3& vobs, const Vec3& acc, const State& starg) {
  std::array<Vec3, 2> samples{};
  for (int i = 0; i < 2; ++i) {
    const double step = (i == 0 ? -1.0 : 1.0) * kDifferenceStep;
    const Vec3 evobs = vlcom(1.0, vobs, step, acc);
    const Vec3 eptarg = vlcom(1.0, position_of(starg), step, velocity_of(starg));
    const Vec3 rhat = vhat(eptarg);
    const Vec3 vp = vperp(evobs, rhat);
    const Vec3 vphat = unit_or_zero(vp);
    const SinCos phi = aberration_angle(vp);
    samples[static_cast<std::size_t>(i)] = offset(vnorm(eptarg), phi, vphat, rhat);
  }
  return qderiv(samples[0], samples[1], kDifferenceStep);
}

}  // namespace

Result<Vec3> stelab(const Vec3& pobj, const Vec3& vobs) {
  const Vec3 u = vhat(pobj);
  const double onebyc = 1.0 / kClight;
  const Vec3 vbyc = vscl(onebyc, vobs);
  if (vdot(vbyc, vbyc) >= 1.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "The observer velocity (" + number_text(vobs[0]) + ", " +
                                                    number_text(vobs[1]) + ", " + number_text(vobs[2]) +
                                                    ") km/s is not below the speed of light.");
  }
  // The rotation axis u x v/c has length sin(phi); zero means motion along the line of sight.
  const Vec3 h = vcrss(u, vbyc);
  const double sinphi = vnorm(h);
  if (sinphi == 0.0) return pobj;
  return vrotv(pobj, h, math::asin(sinphi));
}

Result<Vec3> stlabx(const Vec3& pobj, const Vec3& vobs) { return stelab(pobj, vminus(vobs)); }

Result<StellarCorrection> stellar_correction(bool transmission, const Vec3& accobs, const Vec3& vobs,
                                             const State& starg) {
  // Transmission: the same computation with the observer's motion reversed.
  const Vec3 v = transmission ? vminus(vobs) : vobs;
  const Vec3 acc = transmission ? vminus(accobs) : accobs;

  const Vec3 ptarg = position_of(starg);
  const Vec3 vtarg = velocity_of(starg);
  const State srhat = dvhat(starg);
  const Vec3 rhat = position_of(srhat);
  const Vec3 drhat = velocity_of(srhat);
  const Vec3 vp = vperp(v, rhat);
  const double dptmag = vdot(vtarg, rhat);  // d|r|/dt

  const SinCos phi = aberration_angle(vp);
  if (phi.c == 0.0) {
    return make_error("SPICE(DIVIDEBYZERO)",
                      "The cosine of the stellar aberration angle is zero: the observer velocity (" +
                          number_text(vobs[0]) + ", " + number_text(vobs[1]) + ", " + number_text(vobs[2]) +
                          ") km/s is not physically possible.");
  }
  const Vec3 vphat = unit_or_zero(vp);
  const double ptgmag = vnorm(ptarg);
  StellarCorrection out;
  out.dpos = offset(ptgmag, phi, vphat, rhat);

  if (phi.s < kAnalyticLimit) {
    out.dvel = numeric_offset_rate(v, acc, starg);
    return out;
  }

  const Vec3 dvp = vlcom3(1.0, acc, -vdot(v, drhat) - vdot(acc, rhat), rhat, -vdot(v, rhat), drhat);
  const Vec3 dvphat = velocity_of(dvhat(make_state(vp, dvp)));
  const double dphi = 1.0 / (phi.c * kClight) * vdot(dvp, vphat);
  const Vec3 term1 = vlcom(phi.s, dvphat, phi.c * dphi, vphat);
  const Vec3 term2 = vlcom(phi.c - 1.0, drhat, -phi.s * dphi, rhat);
  const Vec3 term3 = vadd(term1, term2);
  out.dvel = vlcom3(ptgmag, term3, dptmag * phi.s, vphat, dptmag * (phi.c - 1.0), rhat);
  return out;
}

}  // namespace sc::geometry
