#include "math/two_body.hpp"

#include <cmath>  // std::sqrt, std::fabs: exact in IEEE
#include <cstdio>
#include <limits>

#include "math/exp_log.hpp"
#include "math/stumpff.hpp"

namespace sc::math {
namespace {

// Fortran MIN/MAX as f2c expands them, so ties, signed zeros and NaNs fall the same way.
double f2c_min(double a, double b) { return a <= b ? a : b; }
double f2c_max(double a, double b) { return a >= b ? a : b; }
double f2c_abs(double a) { return a >= 0 ? a : -a; }

// BRCKTD: x clamped to [lo, hi] (lo < hi here).
double bracket(double x, double lo, double hi) { return f2c_max(lo, f2c_min(hi, x)); }

constexpr double kDpmax = std::numeric_limits<double>::max();

// The quantities PROP2B derives from GM and the initial state.
struct Conic {
  double f;      // 1 - eccentricity
  double br0;    // B r0
  double b2rv;   // B^2 (r . v)
  double bq;     // B q
  double qovr0;  // q / r0
  double bound;  // |X| limit keeping every term of KFUN finite
};

Result<Conic> conic_of(double gm, const Vec3& pos, const Vec3& vel) {
  if (gm <= 0.0) return make_error("SPICE(NONPOSITIVEMASS)", "Two-body propagation needs a positive GM; it was " + std::to_string(gm) + ".");
  if (vzero(pos)) return make_error("SPICE(ZEROPOSITION)", "Two-body propagation of a state whose position is the zero vector.");
  if (vzero(vel)) return make_error("SPICE(ZEROVELOCITY)", "Two-body propagation of a state whose velocity is the zero vector.");
  const double r0 = vnorm(pos);
  const double rv = vdot(pos, vel);
  const Vec3 hvec = vcrss(pos, vel);
  const double h2 = vdot(hvec, hvec);
  if (h2 == 0.0) {
    return make_error("SPICE(NONCONICMOTION)",
                      "Two-body propagation of a state whose position and velocity are parallel (rectilinear motion).");
  }
  // E q-hat = (v x h)/GM - r/|r|, e = |E q-hat|, and h^2 = GM q (1 + e).
  const Vec3 eqvec = vlcom(1.0 / gm, vcrss(vel, hvec), -1.0 / r0, pos);
  const double e = vnorm(eqvec);
  const double q = h2 / (gm * (e + 1));
  Conic c{};
  c.f = 1.0 - e;
  const double b = std::sqrt(q / gm);
  c.br0 = b * r0;
  c.b2rv = b * b * rv;
  c.bq = b * q;
  c.qovr0 = q / r0;
  const double maxc = f2c_max(f2c_max(f2c_max(f2c_max(1.0, f2c_abs(c.br0)), f2c_abs(c.b2rv)), f2c_abs(c.bq)),
                              f2c_abs(c.qovr0 / c.bq));
  if (c.f < 0.0) {
    // Hyperbolic: |X| below the smaller of the bounds for the C0 and C3 terms.
    const double logmxc = math::log(maxc);
    const double logdpm = math::log(kDpmax / 2.0);
    const double fixed = logdpm - logmxc;
    const double rootf = std::sqrt(-c.f);
    const double logf = math::log(-c.f);
    c.bound = f2c_min(fixed / rootf, (fixed + logf * 1.5) / rootf);
  } else {
    // Elliptic or parabolic: |X|^3 below 1.5 DPMAX / MAXC, through logarithms.
    const double logbnd = (math::log(1.5) + math::log(kDpmax) - math::log(maxc)) / 3.0;
    c.bound = math::exp(logbnd);
  }
  return c;
}

// PROP2B evaluates KFUN with two groupings of its last product: X (BQ C3) while widening the
// bracket for negative DT, (X BQ) C3 everywhere else. Both are kept.
double kfun_grouped(const Conic& c, const math::Stumpff& s, double x) {
  return x * (c.br0 * s.c1 + x * (c.b2rv * s.c2 + x * (c.bq * s.c3)));
}
double kfun_left(const Conic& c, const math::Stumpff& s, double x) {
  return x * (c.br0 * s.c1 + x * (c.b2rv * s.c2 + x * c.bq * s.c3));
}

Result<math::Stumpff> stumpff_at(const Conic& c, double x) { return math::stumpff(c.f * x * x); }

Error dt_out_of_range(const Conic& c, double dt) {
  // The message's limits are KFUN at -BOUND and +BOUND, as PROP2B reports them.
  const auto s = math::stumpff(c.f * c.bound * c.bound);
  double lower = 0, upper = 0;
  if (s) {
    lower = -c.bound * (c.br0 * s->c1 - c.bound * (c.b2rv * s->c2 - c.bound * c.bq * s->c3));
    upper = c.bound * (c.br0 * s->c1 + c.bound * (c.b2rv * s->c2 + c.bound * c.bq * s->c3));
  }
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "The input delta time (DT) has a value of %.17g. This is beyond the range of DT for which we can "
                "reliably propagate states. The limits for this GM and initial state are from %.17g to %.17g.",
                dt, lower, upper);
  return make_error("SPICE(DTOUTOFRANGE)", buf);
}

struct Bracket {
  double lower;
  double upper;
};

// Widens [0, X] (or [X, 0]) by doubling its far end until KFUN brackets DT.
Result<Bracket> bracket_root(const Conic& c, double dt) {
  double x = bracket(dt / c.bq, -c.bound, c.bound);
  auto s = stumpff_at(c, x);
  if (!s) return std::move(s).error();
  double kfun = kfun_grouped(c, *s, x);
  Bracket b{};
  if (dt < 0.0) {
    b = {x, 0.0};
    while (kfun > dt) {
      b.upper = b.lower;
      b.lower *= 2.0;
      const double oldx = x;
      x = bracket(b.lower, -c.bound, c.bound);
      if (x == oldx) return dt_out_of_range(c, dt);
      s = stumpff_at(c, x);
      if (!s) return std::move(s).error();
      kfun = kfun_grouped(c, *s, x);
    }
  } else {
    b = {0.0, x};
    while (kfun < dt) {
      b.lower = b.upper;
      b.upper *= 2.0;
      const double oldx = x;
      x = bracket(b.upper, -c.bound, c.bound);
      if (x == oldx) return dt_out_of_range(c, dt);
      s = stumpff_at(c, x);
      if (!s) return std::move(s).error();
      kfun = kfun_left(c, *s, x);
    }
  }
  return b;
}

double midpoint(const Bracket& b) { return f2c_min(b.upper, f2c_max(b.lower, (b.lower + b.upper) / 2.0)); }

struct Root {
  double x;
  math::Stumpff s;  // at F x^2
};

// Bisection until the midpoint equals an end of the bracket. PROP2B caps the iterations (1000,
// then 64 once both ends are away from zero) against extended-precision registers that keep the
// midpoint distinct; with IEEE doubles the cap is never reached, but it is kept.
Result<Root> bisect(const Conic& c, Bracket b, double dt) {
  double x = midpoint(b);
  auto s = stumpff_at(c, x);
  if (!s) return std::move(s).error();
  int count = 0;
  int most = 1000;
  while (x > b.lower && x < b.upper && count < most) {
    const double kfun = kfun_left(c, *s, x);
    if (kfun > dt) {
      b.upper = x;
    } else if (kfun < dt) {
      b.lower = x;
    } else {
      b.upper = x;
      b.lower = x;
    }
    if (most > 64 && b.upper != 0.0 && b.lower != 0.0) {
      most = 64;
      count = 0;
    }
    x = midpoint(b);
    s = stumpff_at(c, x);
    if (!s) return std::move(s).error();
    ++count;
  }
  return Root{x, *s};
}

}  // namespace

Result<State> propagate_two_body(double gm, const State& state, double dt) {
  const Vec3 pos = position_of(state);
  const Vec3 vel = velocity_of(state);
  SC_TRY_ASSIGN(auto&& conic, conic_of(gm, pos, vel));
  const Conic& c = conic;
  // PROP2B returns the input state itself when DT is neither negative nor positive (0 or NaN).
  if (!(dt < 0.0) && !(dt > 0.0)) return state;
  SC_TRY_ASSIGN(auto&& b, bracket_root(c, dt));
  SC_TRY_ASSIGN(auto&& root, bisect(c, b, dt));
  const double x = root.x;
  const math::Stumpff& s = root.s;
  const double x2 = x * x;
  const double x3 = x2 * x;
  const double br = c.br0 * s.c0 + x * (c.b2rv * s.c1 + x * (c.bq * s.c2));
  const double pc = 1.0 - c.qovr0 * x2 * s.c2;
  const double vc = dt - c.bq * x3 * s.c3;
  const double pcdot = -(c.qovr0 / br) * x * s.c1;
  const double vcdot = 1.0 - c.bq / br * x2 * s.c2;
  return make_state(vlcom(pc, pos, vc, vel), vlcom(pcdot, pos, vcdot, vel));
}

}  // namespace sc::math
