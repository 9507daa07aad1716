// ZZTANGNT, ZZTANSLV and ZZTANSTA (see tangent_rays.hpp), step for step: the search runs over the
// ray's angle from the axis, and its order of evaluations and bisection (GFREFN's midpoint) is
// CSPICE's, so the points found are CSPICE's.
#include "surface/tangent_rays.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "errors/number_text.hpp"
#include "math/constants.hpp"
#include "math/trig.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

// DASINE: arcsine of the argument bracketed to [-1, 1], an error when |arg| exceeds 1 by more
// than `tol`.
Result<double> dasine(double arg, double tol) {
  const double value = math::asin(std::max(-1.0, std::min(1.0, arg)));
  if (std::fabs(arg) - tol > 1.0) {
    return make_error("SPICE(INPUTOUTOFBOUNDS)", "The |argument| specified was greater than 1.D0 by more than " +
                                                     number_text(tol) + ". The value of the argument is " +
                                                     number_text(arg) + ". ");
  }
  return value;
}

double brcktd(double x, double lo, double hi) { return std::max(lo, std::min(hi, x)); }

// ZZTANINI's saved state and ZZTANSTA: is the ray at `angle` occulted by the target, and where
// does it first meet the surface?
struct RayFan {
  const Context& ctx;
  const TargetSurface& shape;
  TangentCurve curve;
  double srcrad;
  double et;
  Vec3 vertex{};  // the axis as given: the observer (limb) or the source's center (terminator)
  Vec3 uaxis{};
  Vec3 normal{};  // unit normal of the half-plane; positive rotation turns the axis toward it

  struct State {
    bool occulted = false;
    Vec3 point{};
  };

  Result<State> at(double angle) const {
    Vec3 dir{};
    Vec3 apex = vertex;
    switch (curve) {
      case TangentCurve::Limb:
        dir = math::vrotv(uaxis, normal, angle);
        break;
      case TangentCurve::Umbral:
        dir = math::vrotv(uaxis, normal, angle);
        apex = math::vadd(vertex, math::vscl(srcrad, math::vrotv(uaxis, normal, angle - (math::pi() / 2))));
        break;
      case TangentCurve::Penumbral:
        // The ray turns the other way; its tangent point on the source lies across the axis.
        dir = math::vrotv(uaxis, normal, -angle);
        apex = math::vadd(vertex, math::vscl(srcrad, math::vrotv(uaxis, normal, (1.5 * math::pi()) - angle)));
        break;
    }
    SC_TRY_ASSIGN(auto&& hit, surface_intercept(ctx, shape, apex, dir, et));
    State s;
    if (hit) {
      s.occulted = true;
      s.point = *hit;
    }
    return s;
  }
};

struct Solution {
  std::vector<double> result;  // the window of occulted angles, its endpoints in order
  std::vector<Vec3> points;    // the point of each endpoint (valid at transitions only)
  bool first_is_transition = false;
  bool last_is_transition = false;
};

// ZZWNINSD for endpoints that only grow: a new interval merges with the last one it touches.
void append_interval(std::vector<double>& window, double left, double right) {
  if (!window.empty() && left <= window.back()) {
    window.back() = std::max(window.back(), right);
    return;
  }
  window.push_back(left);
  window.push_back(right);
}

// ZZTANSLV with a constant step and GFREFN: intervals of [start, finish] where the ray is
// occulted, and the last occulted point found at each transition.
Result<Solution> solve(const RayFan& fan, double step, double start, double finish, double tol) {
  if (tol <= 0.0) {
    return make_error("SPICE(INVALIDTOLERANCE)", "Tolerance must be positive but was " + number_text(tol) + ".");
  }
  if (start > finish) {
    return make_error("SPICE(BOUNDSOUTOFORDER)",
                      "Bad input interval: START = " + number_text(start) + " > FINISH = " + number_text(finish) + ".");
  }
  if (start - tol == start || start + tol == start) {
    return make_error("SPICE(INVALIDTOLERANCE)", "TOL has value " + number_text(tol) +
                                                     ". This value is too small to distinguish START - TOL or START + "
                                                     "TOL from START, " +
                                                     number_text(start) + ".");
  }
  if (finish - tol == finish || finish + tol == finish) {
    return make_error("SPICE(INVALIDTOLERANCE)", "TOL has value " + number_text(tol) +
                                                     ". This value is too small to distinguish FINISH - TOL or FINISH "
                                                     "+ TOL from FINISH, " +
                                                     number_text(finish) + ".");
  }
  if (step <= 0.0) {
    return make_error("SPICE(INVALIDCONSTSTEP)",
                      "STEP has value " + number_text(step) + ". The search step must be positive.");
  }
  const double maxmag = std::max(std::fabs(start), std::fabs(finish));
  if (maxmag + step == maxmag) {
    return make_error("SPICE(INVALIDCONSTSTEP)", "STEP has value " + number_text(step) +
                                                     ". This value is too small to guarantee that the search will "
                                                     "advance.");
  }

  Solution out;
  std::optional<Vec3> prvpnt;  // the latest occulted point not yet recorded
  auto eval = [&](double x) -> Result<bool> {
    SC_TRY_ASSIGN(auto&& s, fan.at(x));
    if (s.occulted) prvpnt = s.point;
    return s.occulted;
  };

  double curx = start;
  SC_TRY_ASSIGN(bool cursta, eval(curx));
  bool instat = cursta;
  double begin = curx;
  out.first_is_transition = !cursta;
  // An interval open at START keeps the first slot of POINTS for it (it has no point).
  if (cursta) out.points.push_back(Vec3{});
  double svdx = curx;
  bool savsta = cursta;

  constexpr int kMaxLoop = 1000;
  while (svdx < finish) {
    curx = std::min(curx + step, finish);
    SC_TRY_ASSIGN(cursta, eval(curx));
    while (savsta == cursta && svdx < finish) {
      svdx = curx;
      savsta = cursta;
      curx = std::min(curx + step, finish);
      SC_TRY_ASSIGN(cursta, eval(curx));
    }
    if (savsta == cursta) continue;

    const bool state1 = savsta;
    double x1 = svdx;
    double x2 = curx;
    if (x1 > x2) {
      return make_error("SPICE(INVALIDSTEP)",
                        "Bad x interval result: X1 = " + number_text(x1) + " > X2 = " + number_text(x2) + ".");
    }
    svdx = curx;
    savsta = cursta;
    int nloop = 0;
    while (x2 - x1 > tol) {
      if (++nloop >= kMaxLoop) {
        return make_error("SPICE(NOCONVERGENCE)", "Loop run exceeds maximum loop count. Unable to converge to TOL "
                                                  "value " +
                                                      number_text(tol) + " within MXLOOP value " +
                                                      std::to_string(kMaxLoop) + " iterations.");
      }
      const double t = brcktd((x1 * 0.5) + (x2 * 0.5), x1, x2);  // GFREFN
      if (t == x1) {
        x2 = t;
      } else if (t == x2) {
        x1 = t;
      } else {
        SC_TRY_ASSIGN(bool s, eval(t));
        if (s == state1) {
          x1 = t;
        } else {
          x2 = t;
        }
      }
    }
    const double trnstn = brcktd((x1 + x2) * 0.5, x1, x2);
    if (instat) {
      append_interval(out.result, begin, trnstn);
    } else {
      begin = trnstn;
    }
    instat = !instat;
    if (!prvpnt) {
      return make_error("SPICE(BUG)", "PRVPNT should always be set when a transition is detected. We found a "
                                      "transition at " +
                                          number_text(trnstn) + ", but PRVSET indicates we don't have a previous "
                                                                "point saved.");
    }
    out.points.push_back(*prvpnt);
    prvpnt.reset();
  }
  if (instat) append_interval(out.result, begin, finish);
  out.last_is_transition = !instat;
  return out;
}

}  // namespace

Result<std::vector<Vec3>> tangent_points(const Context& ctx, const TargetSurface& shape, TangentCurve curve,
                                         double srcrad, double et, const Vec3& plnvec, const Vec3& axis, double schstp,
                                         double soltol) {
  // The penumbral half-plane of the target is the one opposite the source's tangent points.
  const Vec3 refvec = curve == TangentCurve::Penumbral ? math::vrotv(plnvec, axis, math::pi()) : plnvec;

  // ZZTANINI.
  if (math::vzero(axis)) return make_error("SPICE(ZEROVECTOR)", "Input axis vector is the zero vector.");
  if (math::vzero(refvec)) return make_error("SPICE(ZEROVECTOR)", "Input reference vector is the zero vector.");
  if (curve != TangentCurve::Limb && srcrad <= 0.0) {
    return make_error("SPICE(BADSOURCERADIUS)", "The source radius was " + number_text(srcrad) +
                                                    ". The radius must be positive for a terminator computation.");
  }
  const Vec3 cp = math::vcrss(axis, refvec);
  if (math::vzero(cp)) {
    return make_error("SPICE(DEGENERATECASE)", "Input reference vector and axis vector are linearly dependent.");
  }
  const RayFan fan{ctx, shape, curve, srcrad, et, axis, math::vhat(axis), math::vhat(cp)};

  // A little beyond the bounding sphere, so the first ray surely misses.
  const double maxrad = shape.maxrad * 1.001;
  if (maxrad <= 0.0) {
    return make_error("SPICE(INVALIDRADIUS)", "Target maximum radius " + number_text(maxrad) + " is non-positive.");
  }
  constexpr double kMargin = 1e-12;
  const double r = math::vnorm(axis);
  double start = 0.0;
  double finish = 0.0;
  if (curve == TangentCurve::Limb) {
    if (r > maxrad * (1.0 + kMargin)) {
      SC_TRY_ASSIGN(auto&& a, dasine(maxrad / r, kMargin));
      start = math::pi() - a;
    }
    finish = math::pi();
  } else {
    if (srcrad <= 0.0) {
      return make_error("SPICE(INVALIDRADIUS)", "Source radius " + number_text(srcrad) + " is non-positive.");
    }
    if (srcrad + maxrad > r) {
      return make_error("SPICE(OBJECTSTOOCLOSE)", "Source radius " + number_text(srcrad) + " and target maximum radius " +
                                                      number_text(maxrad) + " sum to " + number_text(srcrad + maxrad) +
                                                      "; distance between source and target centers is " +
                                                      number_text(r) + ". Source and target are too close together.");
    }
    if (curve == TangentCurve::Umbral) {
      // From the ray tangent to both spheres on the same side to the ray through the target's center.
      SC_TRY_ASSIGN(auto&& a, dasine((srcrad - maxrad) / r, kMargin));
      start = math::pi() + a;
      SC_TRY_ASSIGN(auto&& b, dasine(srcrad / r, kMargin));
      finish = math::pi() + b;
    } else {
      // The rays cross the axis between the bodies: the first one is tangent to both spheres.
      const double alpha = srcrad / (srcrad + maxrad);
      SC_TRY_ASSIGN(auto&& a, dasine(srcrad / (alpha * r), kMargin));
      start = math::pi() - a;
      SC_TRY_ASSIGN(auto&& b, dasine(srcrad / r, kMargin));
      finish = math::pi() - b;
    }
  }

  SC_TRY_ASSIGN(auto&& sol, solve(fan, schstp, start, finish, soltol));
  // The window's first and last endpoints are search bounds, not tangencies, unless the state
  // changed there: drop them (RESULT becomes a cell of transition angles).
  std::size_t first = 0;
  std::size_t n = sol.result.size();
  if (n > 0 && sol.result[0] == start && !sol.first_is_transition) {
    first = 1;
    --n;
  }
  if (n > 0 && sol.result[first + n - 1] == finish && !sol.last_is_transition) --n;
  std::vector<Vec3> points;
  points.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    // POINTS holds a slot per window endpoint; a missing slot (no transition) never survives
    // the trimming above.
    points.push_back(first + i < sol.points.size() ? sol.points[first + i] : Vec3{});
  }
  return points;
}

}  // namespace sc::surface
