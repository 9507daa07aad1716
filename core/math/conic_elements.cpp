#include "math/conic_elements.hpp"

#include <cmath>  // std::sqrt, std::fabs: exact in IEEE
#include <limits>

#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "math/exp_log.hpp"
#include "math/trig.hpp"
#include "math/two_body.hpp"

namespace sc::math {
namespace {

// EXACT: `value` when `number` is within `tol` of it, else `number`.
double exact(double number, double value, double tol) { return std::fabs(number - value) <= tol ? value : number; }

// Fortran SIGN(a, b) as f2c's d_sign computes it: |a| with the sign of b (+ for b = -0).
double fortran_sign(double a, double b) {
  const double x = a >= 0 ? a : -a;
  return b >= 0 ? x : -x;
}

// DACOSH for x >= 1 (OSCELT clamps its argument there): (1/x)/x keeps large x from overflowing.
double dacosh(double x) { return math::log(x + x * std::sqrt(1.0 - 1.0 / x / x)); }

// OSCLTX's bound on the quantities it computes: DPMAX() / 200.
constexpr double kLimit = std::numeric_limits<double>::max() / 200.0;

// a b - c d and a b + c d, each computed in a call of its own. Written inline, CONICS's basis pairs
// (x - y, x + y) are fused by GCC 12's SLP vectorizer into FMADDSUB under -march=x86-64-v3 despite
// -ffp-contract=off, and the modern addon would round differently from the baseline one and WASM.
[[gnu::noinline]] double products_difference(double a, double b, double c, double d) { return a * b - c * d; }
[[gnu::noinline]] double products_sum(double a, double b, double c, double d) { return a * b + c * d; }

Error degenerate(const char* what) { return make_error("SPICE(DEGENERATECASE)", what); }

// The mean anomaly for the true anomaly `nu` of a conic of eccentricity `ecc`, through the
// eccentric (ellipse), hyperbolic (hyperbola) or parabolic anomaly, as OSCELT computes it.
double mean_anomaly(double nu, double ecc, double rmag, double rp) {
  if (ecc < 1.0) {
    // Both the sine and the cosine of E, so that ATAN2 finds E: a sin(E) = (a/b) r sin(nu).
    const double cosea = (ecc + math::cos(nu)) / (ecc * math::cos(nu) + 1.0);
    const double sinea = rmag / rp * std::sqrt((1.0 - ecc) / (ecc + 1.0)) * math::sin(nu);
    const double ea = math::atan2(sinea, cosea);
    double m0 = fortran_sign(ea - ecc * math::sin(ea), nu);
    if (m0 < 0.0) m0 += kTwoPi;
    return m0;
  }
  if (ecc > 1.0) {
    const double coshf = (ecc + math::cos(nu)) / (ecc * math::cos(nu) + 1.0);
    const double ea = dacosh(1.0 >= coshf ? 1.0 : coshf);
    return fortran_sign(ecc * math::sinh(ea) - ea, nu);
  }
  const double ea = math::tan(nu / 2.0);
  return fortran_sign(ea + ea * (ea * ea) / 3.0, nu);
}

// TWOVEC(AXDEF, 1, PLNDEF, 3): the rotation whose first row is AXDEF's direction and whose third
// lies along PLNDEF's component orthogonal to it (rows 2 and 3 from UCRSS, in TWOVEC's order).
Result<Mat3> twovec_x_z(const Vec3& axdef, const Vec3& plndef) {
  const Vec3 row1 = vhat(axdef);
  const Vec3 row2 = ucrss(plndef, axdef);
  const Vec3 row3 = ucrss(axdef, row2);
  if (row2[0] == 0.0 && row2[1] == 0.0 && row2[2] == 0.0) {
    return make_error("SPICE(DEPENDENTVECTORS)", "The input vectors AXDEF and PLNDEF are linearly dependent.");
  }
  return Mat3{row1, row2, row3};
}

// RECRAD's right ascension: RECLAT's longitude (0 on the z axis) moved into [0, 2 pi).
double right_ascension(const Vec3& v) {
  double ra = v[0] == 0.0 && v[1] == 0.0 ? 0.0 : math::atan2(v[1], v[0]);
  if (ra < 0.0) ra += kTwoPi;
  return ra;
}

}  // namespace

Result<ConicElements> oscelt(const State& state, double et, double mu) {
  if (mu <= 0.0) {
    return make_error("SPICE(NONPOSITIVEMASS)", "MU = " + number_text(mu) + "; non-positive gravitational parameter");
  }
  // h = r x v (the angular momentum), n = k x h (towards the ascending node) and
  // e = ((v^2 - mu/r) r - <r,v> v) / mu (towards periapsis, of length the eccentricity).
  const Vec3 r = position_of(state);
  const Vec3 v = velocity_of(state);
  if (vzero(r)) return degenerate("Zero vector for input position vector.");
  if (vzero(v)) return degenerate("Zero vector for input velocity vector.");
  const double rmag = vnorm(r);
  const double vmag = vnorm(v);
  const Vec3 h = vcrss(r, v);
  if (vzero(h)) {
    return degenerate(
        "Input position and velocity are too close to parallel; the specific angular momentum vector is zero.");
  }
  Vec3 n{-h[1], h[0], 0.0};
  const Vec3 e = vscl(1.0 / mu, vlcom(vmag * vmag - mu / rmag, r, -vdot(r, v), v));

  // Size and shape: an eccentricity within 1e-10 of 1 is a parabola.
  const double ecc = exact(vnorm(e), 1.0, 1e-10);
  const double p = vdot(h, h) / mu;
  const double rp = p / (ecc + 1.0);

  // Orientation. Within 1e-10 of 0 or pi the inclination is made exact and the node vector,
  // undefined there, becomes the x axis.
  double inc = vsep(h, Vec3{0.0, 0.0, 1.0});
  if (std::fabs(inc + 0.0) < 1e-10) {
    inc = 0.0;
    n = {1.0, 0.0, 0.0};
  } else if (std::fabs(inc - kPi) < 1e-10) {
    inc = kPi;
    n = {1.0, 0.0, 0.0};
  }
  double lnode = math::atan2(n[1], n[0]);
  if (lnode < 0.0) lnode += kTwoPi;

  // The argument of periapsis (0 for a circle): its size from VSEP, its quadrant from e's
  // component along h x n (equatorial orbits) or from the sign of e's z component.
  double argp = 0.0;
  if (ecc != 0.0) {
    argp = vsep(n, e);
    if (argp != 0.0) {
      if (inc == 0.0 || inc == kPi) {
        if (vdot(e, ucrss(h, n)) < 0.0) argp = kTwoPi - argp;
      } else if (e[2] < 0.0) {
        argp = kTwoPi - argp;
      }
    }
  }

  // The true anomaly from the position in the perifocal frame (measured from n for a circle),
  // then the mean anomaly.
  const Vec3 perix = vhat(ecc == 0.0 ? n : e);
  const Vec3 periy = ucrss(h, perix);
  const double nu = math::atan2(vdot(r, periy), vdot(r, perix));
  const double m0 = mean_anomaly(nu, ecc, rmag, rp);
  return ConicElements{rp, ecc, inc, lnode, argp, m0, et, mu};
}

Result<ExtendedConicElements> oscltx(const State& state, double et, double mu) {
  ExtendedConicElements out{};
  SC_TRY_ASSIGN(const ConicElements& elts, oscelt(state, et, mu));
  for (int i = 0; i < 8; ++i) out[i] = elts[i];

  // The true anomaly: the right ascension of the position in the perifocal frame, whose axes
  // come from the eccentricity vector e = ((r v^2 - mu) r/|r| - <r,v> v) / mu and the orbital
  // pole; for a (nearly) circular orbit, the mean anomaly.
  const Vec3 pos = position_of(state);
  const double rmag = vnorm(pos);
  const Vec3 rhat = vhat(pos);
  const Vec3 vel = velocity_of(state);
  const double vmag = vnorm(vel);
  double nu = 0.0;
  if (exact(elts[1], 0.0, 1e-10) != 0.0) {
    const double c1 = 1.0 / mu * (rmag * (vmag * vmag) - mu);
    const double c2 = -(1.0 / mu) * vdot(pos, vel);
    const Vec3 eccvec = vlcom(c1, rhat, c2, vel);
    const Vec3 pole = ucrss(pos, vel);
    SC_TRY_ASSIGN(const Mat3& xmat, twovec_x_z(eccvec, pole));
    nu = right_ascension(mxv(xmat, pos));
  } else {
    nu = elts[5];
  }
  out[8] = nu;

  // The semi-major axis from the specific energy E = v^2/2 - mu/r = -mu/(2a), where it can be
  // computed without overflow (|mu/E| below DPMAX/200); none for a parabola.
  if (elts[1] == 1.0) return out;
  if (rmag <= mu / kLimit) return out;
  const double energy = vmag * vmag * 0.5 - mu / rmag;
  if (std::fabs(energy) < std::fabs(mu) / kLimit) return out;
  const double a = -mu / (energy * 2);
  out[9] = a;

  // The period of an ellipse, 2 pi sqrt(a^3/mu), where it stays below the same limit.
  if (elts[1] < 1.0) {
    const double b = math::pow(kLimit / kTwoPi, 2.0 / 3.0);
    const double mucubr = math::pow(mu, 1.0 / 3.0);
    const bool computable = mu >= 1.0 ? a / mucubr < b : a < b * mucubr;
    if (computable) out[10] = kTwoPi * math::pow(a / mucubr, 1.5);
  }
  return out;
}

Result<State> conics(const ConicElements& elts, double et) {
  const double rp = elts[0];
  const double ecc = elts[1];
  const double inc = elts[2];
  const double lnode = elts[3];
  const double argp = elts[4];
  const double m0 = elts[5];
  const double t0 = elts[6];
  const double mu = elts[7];
  if (ecc < 0.0) {
    return make_error("SPICE(BADECCENTRICITY)", "The eccentricity supplied was negative. Only positive values are "
                                                "meaningful.  The value was " + number_text(ecc));
  }
  if (rp <= 0.0) {
    return make_error("SPICE(BADPERIAPSEVALUE)",
                      "The value of periapse range supplied was non-positive.  Only positive values are allowed.  The "
                      "value supplied was " + number_text(rp) + ". ");
  }
  if (mu <= 0.0) {
    return make_error("SPICE(BADGM)",
                      "The value of GM supplied was non-positive.  Only positive values are allowed.  The value "
                      "supplied was " + number_text(mu) + ". ");
  }

  // The orbit plane's basis: P towards periapsis, Q along the velocity there.
  const double cosi = math::cos(inc);
  const double sini = math::sin(inc);
  const double cosn = math::cos(lnode);
  const double sinn = math::sin(lnode);
  const double cosw = math::cos(argp);
  const double sinw = math::sin(argp);
  const double snci = sinn * cosi;
  const double cnci = cosn * cosi;
  const Vec3 basisp{products_difference(cosn, cosw, snci, sinw), products_sum(sinn, cosw, cnci, sinw), sini * sinw};
  const Vec3 basisq{products_difference(-cosn, sinw, snci, cosw), products_sum(-sinn, sinw, cnci, cosw), sini * cosw};

  // The state at periapsis: |r x v| = rp v must be sqrt(mu rp (1 + ecc)).
  const double v = std::sqrt(mu * (ecc + 1.0) / rp);
  const State pstate = make_state(vscl(rp, basisp), vscl(v, basisq));

  // The time since periapsis at `et` from the mean motion n (modulo the period for an ellipse).
  double dt = 0.0;
  if (ecc < 1.0) {
    const double ainvrs = (1.0 - ecc) / rp;
    const double n = std::sqrt(mu * ainvrs) * ainvrs;
    const double period = kTwoPi / n;
    dt = fortran_mod(et - t0 + m0 / n, period);
  } else if (ecc > 1.0) {
    const double ainvrs = (ecc - 1.0) / rp;
    const double n = std::sqrt(mu * ainvrs) * ainvrs;
    dt = et - t0 + m0 / n;
  } else {
    const double n = std::sqrt(mu / (rp * 2.0)) / rp;
    dt = et - t0 + m0 / n;
  }
  return propagate_two_body(mu, pstate, dt);
}

}  // namespace sc::math
