#include "math/equinoctial.hpp"

#include <cmath>  // std::sqrt, std::floor: correctly rounded / exact

#include "errors/number_text.hpp"
#include "math/angles.hpp"
#include "math/rotation.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

constexpr int kNewtonSteps = 5;  // KPSOLV's MXNEWT
constexpr long long kMaxBisections = 32;

// f2c's min and max macros, whose NaN behaviour differs from std::min/std::max.
double f2c_min(double a, double b) { return a <= b ? a : b; }
double f2c_max(double a, double b) { return a >= b ? a : b; }

// KPSOLV's bisection count: MIN(32, MAX(1, NINT(1/(1 - ecc)))), for 0 <= ecc < 1. Clamped before
// converting, since 1/(1 - ecc) is not bounded by the integers near ecc = 1.
long long bisection_count(double ecc) {
  const double r = 1.0 / (1.0 - ecc);
  if (!(r < static_cast<double>(kMaxBisections))) return kMaxBisections;
  const double nearest = std::floor(r + 0.5);  // i_dnnt for r > 0
  return nearest < 1.0 ? 1 : static_cast<long long>(nearest);
}

// KPSOLV: the root X of X = evec[0] cos X + evec[1] sin X for |evec| < 1. Bisection from
// [-ecc, ecc] (the first step done by the sign of -h) brings X close enough for five Newton steps.
Result<double> solve_vector_kepler(double h, double k) {
  const double ecc2 = h * h + k * k;
  if (ecc2 >= 1.0) {
    return make_error("SPICE(EVECOUTOFRANGE)", "The magnitude of the vector EVEC = ( " + number_text(h) + ", " +
                                                   number_text(k) + " ) must be less than 1; it is " +
                                                   number_text(std::sqrt(ecc2)) + ".");
  }
  const double y0 = -h;
  const double ecc = std::sqrt(ecc2);
  double xl = 0, xu = 0;
  if (y0 > 0.0) {
    xl = -ecc;
  } else if (y0 < 0.0) {
    xu = ecc;
  } else {
    return 0.0;  // also NaN: KPSOLV returns its initial value
  }
  double xm = 0.0;
  const long long steps = bisection_count(ecc);
  for (long long i = 0; i < steps; ++i) {
    xm = f2c_max(xl, f2c_min(xu, (xl + xu) * 0.5));  // kept inside [XL, XU] whatever the rounding
    const double yxm = xm - h * math::cos(xm) - k * math::sin(xm);
    if (yxm > 0.0) {
      xu = xm;
    } else {
      xl = xm;
    }
  }
  double x = xm;
  for (int i = 0; i < kNewtonSteps; ++i) {
    const double cosx = math::cos(x);
    const double sinx = math::sin(x);
    const double yx = x - h * cosx - k * sinx;
    const double ypx = h * sinx + 1.0 - k * cosx;
    x -= yx / ypx;
  }
  return x;
}

// The rotation from the reference plane's equator to the output frame: its columns are the
// equatorial x axis (90 degrees + RAPOL along the output equator), y axis and pole.
math::Mat3 equator_to_frame(double rapol, double decpol) {
  const double sa = math::sin(rapol);
  const double ca = math::cos(rapol);
  const double sd = math::sin(decpol);
  const double cd = math::cos(decpol);
  return {{{-sa, -ca * sd, ca * cd}, {ca, -sa * sd, sa * cd}, {0.0, cd, sd}}};
}

}  // namespace

Result<double> solve_equinoctial_kepler(double ml, double h, double k) {
  const double e2 = h * h + k * k;
  if (e2 >= 0.81) {
    return make_error("SPICE(ECCOUTOFBOUNDS)",
                      "The values of H and K must satisfy H*H + K*K < 0.81 (eccentricity "
                      "below 0.9); they are " +
                          number_text(h) + " and " + number_text(k) + ", H*H + K*K = " + number_text(e2) + ".");
  }
  // With X = F - ML the equation becomes X = <EVEC, (cos X, sin X)>, EVEC = [-h k] R(ML).
  const double ex = -h * math::cos(ml) + k * math::sin(ml);
  const double ey = h * math::sin(ml) + k * math::cos(ml);
  SC_TRY_ASSIGN(auto&& x, solve_vector_kepler(ex, ey));
  return ml + x;
}

Result<math::State> equinoctial_state(double et, double epoch, const EquinoctialElements& eqel, double rapol,
                                      double decpol) {
  if (eqel[0] <= 0.0) {
    return make_error("SPICE(BADSEMIAXIS)",
                      "The semi-major axis is " + number_text(eqel[0]) + "; it must be positive.");
  }
  const double ecc = std::sqrt(eqel[1] * eqel[1] + eqel[2] * eqel[2]);
  if (ecc > 0.9) {
    return make_error("SPICE(ECCOUTOFRANGE)", "The eccentricity of the elements is " + number_text(ecc) +
                                                  " (H = " + number_text(eqel[1]) + ", K = " + number_text(eqel[2]) +
                                                  "); states are evaluated only below 0.9.");
  }
  const math::Mat3 trans = equator_to_frame(rapol, decpol);
  const double dt = et - epoch;
  const double a = eqel[0];

  // h and k rotate with the longitude of periapse, p and q with the node.
  const double dlpdt = eqel[6];
  const double dlp = dt * dlpdt;
  const double can = math::cos(dlp);
  const double san = math::sin(dlp);
  const double h = eqel[1] * can + eqel[2] * san;
  const double k = eqel[2] * can - eqel[1] * san;
  const double l = eqel[3];
  const double nodedt = eqel[8];
  const double node = dt * nodedt;
  const double cn = math::cos(node);
  const double sn = math::sin(node);
  const double p = eqel[4] * cn + eqel[5] * sn;
  const double q = eqel[5] * cn - eqel[4] * sn;
  const double mldt = eqel[7];
  const double prate = dlpdt - nodedt;  // the argument of periapse's rate

  // Broucke's beta, and the equinoctial frame's axes f and g.
  double b = std::sqrt(1.0 - h * h - k * k);
  b = 1.0 / (b + 1.0);
  const double di = 1.0 / (p * p + 1.0 + q * q);
  const Vec3 vf{(1.0 - p * p + q * q) * di, p * 2.0 * q * di, p * -2.0 * di};
  const Vec3 vg{p * 2.0 * q * di, (p * p + 1.0 - q * q) * di, q * 2.0 * di};

  const double ml = l + math::fortran_mod(mldt * dt, kTwoPi);
  SC_TRY_ASSIGN(auto&& eecan, solve_equinoctial_kepler(ml, h, k));
  const double sf = math::sin(eecan);
  const double cf = math::cos(eecan);

  // Position and velocity in the orbit plane, the velocity with the periapsis precession.
  const double x1 = a * ((1.0 - b * (h * h)) * cf + (h * k * b * sf - k));
  const double y1 = a * ((1.0 - b * (k * k)) * sf + (h * k * b * cf - h));
  const double rb = h * sf + k * cf;
  const double r = a * (1.0 - rb);
  const double ra = mldt * a * a / r;
  const double dx1 = ra * (-sf + h * b * rb);
  const double dy1 = ra * (cf - k * b * rb);
  const double nfac = 1.0 - dlpdt / mldt;
  const double dx = nfac * dx1 - prate * y1;
  const double dy = nfac * dy1 + prate * x1;

  // In the reference plane's equator, the velocity with the node's motion, then to the frame.
  const Vec3 pos = math::vlcom(x1, vf, y1, vg);
  const Vec3 node_motion{-nodedt * pos[1], nodedt * pos[0], 0.0};
  const Vec3 vel = math::vlcom3(1.0, node_motion, dx, vf, dy, vg);
  return math::make_state(math::mxv(trans, pos), math::mxv(trans, vel));
}

}  // namespace sc::math
