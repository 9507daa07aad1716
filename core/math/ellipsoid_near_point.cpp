// NEARPT (see ellipsoid.hpp), following SPICELIB's NEARPT step for step.
//
// The axes are sorted (ORDERD/REORDD) so the smallest comes first, and the problem is scaled so that
// it is 1. The nearest point x of the ellipsoid to a point p satisfies x_i = p_i / (1 + lambda/a_i^2)
// for the Lagrange multiplier lambda at which x lies on the surface; lambda is bracketed and found
// by bisection (a point inside gets special brackets, and a point at the center an axis end). Then
// NEARPT checks the answer: the point minus its altitude along the normal should give the input
// point back. The component of that error orthogonal to the normal is added to the solution and
// the problem solved again, up to six solutions in all, keeping the one with the smallest error.
#include "math/ellipsoid.hpp"

#include <array>
#include <cfloat>
#include <cmath>
#include <string>

#include "errors/number_text.hpp"

namespace sc::math {
namespace {

// Fortran's MAX, MIN and ABS as f2c expands them; kept so comparisons with signed zeros and the
// ends of the bisection behave as NEARPT's do.
double fmax2(double a, double b) { return a >= b ? a : b; }
double fmin2(double a, double b) { return a <= b ? a : b; }
double fabs_f2c(double x) { return x >= 0.0 ? x : -x; }

// BRCKTD: `number` clamped to the interval between the two ends.
double bracket(double number, double end1, double end2) {
  return end1 < end2 ? fmax2(end1, fmin2(end2, number)) : fmax2(end2, fmin2(end1, number));
}

// APPROX with NEARPT's tolerance.
constexpr double kApproxTolerance = 1e-16;
bool approx(double x, double y) { return fabs_f2c(x - y) <= kApproxTolerance; }

constexpr int kMaxIterations = 2048;  // NEARPT's bisection limit ("should never occur")
constexpr int kMaxSolutions = 6;      // the first solution and up to five refinements

double vdist(const Vec3& a, const Vec3& b) { return vnorm(vsub(a, b)); }

// ORDERD for three values: the 0-based indices that sort `v` ascending, by the same shell sort
// (gap 1 for three elements), so ties keep ORDERD's order.
std::array<int, 3> order_ascending(const Vec3& v) {
  std::array<int, 3> order{0, 1, 2};
  for (int gap = 3 / 2; gap > 0; gap /= 2) {
    for (int i = gap; i < 3; ++i) {
      for (int j = i - gap; j >= 0; j -= gap) {
        const int jg = j + gap;
        if (v[static_cast<std::size_t>(order[static_cast<std::size_t>(j)])] <=
            v[static_cast<std::size_t>(order[static_cast<std::size_t>(jg)])]) {
          break;
        }
        std::swap(order[static_cast<std::size_t>(j)], order[static_cast<std::size_t>(jg)]);
      }
    }
  }
  return order;
}

Vec3 reordered(const Vec3& v, const std::array<int, 3>& order) {
  return {v[static_cast<std::size_t>(order[0])], v[static_cast<std::size_t>(order[1])],
          v[static_cast<std::size_t>(order[2])]};
}

Error bug(const std::string& what) { return make_error("SPICE(BUG)", what); }

// The sum of the squared scaled coordinates of the candidate point for `lambda`, minus 1 (zero on
// the surface). Inside the ellipsoid, a component whose term would blow up is capped ("trimmed").
Result<double> surface_function(const Vec3& point, const Vec3& axis, double lambda, bool inside) {
  std::array<double, 3> term{};
  for (std::size_t i = 0; i < 3; ++i) {
    if (point[i] == 0.0) {
      term[i] = 0.0;
      continue;
    }
    const double denom = axis[i] + lambda / axis[i];
    const bool trim = fabs_f2c(point[i]) * 0.5 > denom;
    double factor = 0.0;
    if (inside && trim) {
      factor = 2.0;
    } else {
      if (denom == 0.0) {
        return bug("AXIS(" + std::to_string(i + 1) + ") + LAMBDA/AXIS(" + std::to_string(i + 1) + ") is zero.");
      }
      factor = point[i] / denom;
    }
    term[i] = factor * factor;
  }
  return term[0] + term[1] + term[2] - 1.0;
}

}  // namespace

Result<NearPoint> nearpt(const Vec3& positn, double a, double b, double c) {
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "The semi-axes must be positive; they were " + number_text(a) + ", " +
                                                  number_text(b) + " and " + number_text(c) + ".");
  }
  const std::array<int, 3> order = order_ascending({a, b, c});
  Vec3 axis = reordered({a, b, c}, order);
  Vec3 point = reordered(positn, order);

  // Scale so that the smallest semi-axis is 1.
  const double scale = 1.0 / axis[0];
  for (double& x : axis) x = scale * x;
  for (double& x : point) x = scale * x;
  const Vec3 orignl = point;
  const double pnorm = vnorm(point);

  const double toobig = std::sqrt(DBL_MAX / 100.0);
  for (std::size_t i = 1; i < 3; ++i) {
    if (axis[i] > toobig) {
      return make_error("SPICE(BADAXISLENGTH)", "The ratio of semi-axis " + std::to_string(order[i] + 1) +
                                                    " to semi-axis " + std::to_string(order[0] + 1) + " is " +
                                                    number_text(axis[i]) + "; this may cause numeric overflow.");
    }
  }
  for (std::size_t i = 0; i < 3; ++i) {
    const double prodct = std::sqrt(axis[i]) * std::sqrt(fabs_f2c(point[i]));
    if (prodct > toobig) {
      return make_error("SPICE(INPUTSTOOLARGE)", "The product of the scaled semi-axis " +
                                                     std::to_string(order[i] + 1) +
                                                     " and the corresponding scaled component of the point is > " +
                                                     number_text(toobig * toobig) + "; this may cause numeric overflow.");
    }
  }

  const Vec3 axisqr{axis[0] * axis[0], axis[1] * axis[1], axis[2] * axis[2]};

  int snglpt = 4;  // 1-based index of the first non-zero component of a point inside; 4 = none
  int solutn = 1;
  bool solvng = true;
  double sign = 1.0;
  Vec3 bestpt{};
  double bestht = 0.0;
  double olderr = 0.0;

  while (solvng) {
    Vec3 copy = point;
    // Components too small to change the axis's length are set to zero.
    for (std::size_t i = 0; i < 3; ++i) {
      if (point[i] * 0.5 + axis[i] == axis[i] || point[i] * 0.5 - axis[i] == -axis[i]) point[i] = 0.0;
    }

    bool inside = false;
    const double d1 = point[0] / axis[0];
    const double d2 = point[1] / axis[1];
    const double d3 = point[2] / axis[2];
    double q = d1 * d1 + d2 * d2 + d3 * d3 - 1.0;
    if (solutn == 1) sign = q >= 0.0 ? 1.0 : -1.0;

    double lower = 0.0;
    double upper = 0.0;
    double lambda = 0.0;
    if (q == 0.0) {
      inside = false;
    } else if (q > 0.0) {
      // Outside: lambda lies in [lower, upper].
      std::array<double, 3> tlambd{};
      for (std::size_t i = 0; i < 3; ++i) tlambd[i] = (fabs_f2c(point[i]) * 0.5 - axis[i]) * axis[i];
      lower = fmax2(fmax2(fmax2(0.0, tlambd[0]), tlambd[1]), tlambd[2]);
      upper = fmax2(fmax2(fabs_f2c(axis[0] * point[0]), fabs_f2c(axis[1] * point[1])), fabs_f2c(axis[2] * point[2])) *
              2.0;
      lambda = upper;
      inside = false;
    } else {
      inside = true;
      snglpt = 4;
      for (int i = 3; i >= 1; --i) {
        if (point[static_cast<std::size_t>(i - 1)] != 0.0) snglpt = i;
      }
      if (snglpt <= 3) {
        std::array<double, 3> tlambd{};
        for (std::size_t i = 0; i < 3; ++i) {
          tlambd[i] = point[i] == 0.0 ? -axisqr[2] : axis[i] * (fabs_f2c(point[i]) * 0.5 - axis[i]);
        }
        lambda = fmax2(fmax2(tlambd[0], tlambd[1]), tlambd[2]);
        lower = lambda;
        upper = fmax2(lower, 0.0);
      } else {
        // The center: the nearest points are the ends of the shortest axis.
        point[0] = copy[0] < 0.0 ? -axis[0] : axis[0];
        copy[0] = point[0];
        copy[1] = 0.0;
        copy[2] = 0.0;
        upper = 0.0;
        lower = 0.0;
        lambda = 0.0;
        q = 0.0;
        inside = false;
      }
    }

    SC_TRY_ASSIGN(const double at_lambda, surface_function(point, axis, lambda, inside));
    double qlower = 0.0;
    double qupper = 0.0;
    if (!inside) {
      qlower = q;
      qupper = at_lambda;
    } else {
      qupper = q;
      qlower = at_lambda;
    }
    qlower = fmax2(0.0, qlower);
    qupper = fmin2(0.0, qupper);
    lambda = upper;
    q = qupper;

    // Bisection on lambda.
    int itr = 0;
    while (upper - lower > 0.0) {
      if (++itr > kMaxIterations) {
        return bug("Iteration limit " + std::to_string(kMaxIterations) + " exceeded in NEARPT for the point (" +
                   number_text(positn[0]) + ", " + number_text(positn[1]) + ", " + number_text(positn[2]) + ").");
      }
      lower = fmin2(lower, upper);
      qlower = fmax2(0.0, qlower);
      qupper = fmin2(0.0, qupper);
      if (q == 0.0) {
        lower = lambda;
        upper = lambda;
      } else {
        if (q < 0.0) {
          upper = lambda;
          qupper = q;
        } else {
          lower = lambda;
          qlower = q;
        }
        lambda = lower * 0.5 + upper * 0.5;
        lambda = bracket(lambda, lower, upper);
      }
      if (approx(lambda, lower) || approx(lambda, upper)) {
        if (fabs_f2c(qlower) < fabs_f2c(qupper)) {
          upper = lower;
        } else {
          lower = upper;
        }
      }
      if (upper - lower > 0.0) {
        SC_TRY_ASSIGN(const double value, surface_function(point, axis, lambda, inside));
        q = value;
      }
    }

    lambda = lower;
    Vec3 spoint{};
    for (std::size_t i = 0; i < 3; ++i) {
      if (point[i] == 0.0) {
        spoint[i] = 0.0;
        continue;
      }
      const double denom = lambda / axisqr[i] + 1.0;
      if (denom <= 0.0) {
        return bug("Denominator in expression for SPOINT(" + std::to_string(i + 1) + ") is " + number_text(denom) +
                   ".");
      }
      spoint[i] = copy[i] / denom;
    }

    // A point inside on a principal plane may have a second candidate off that plane.
    if (inside && (snglpt == 2 || snglpt == 3)) {
      bool extra = false;
      Vec3 epoint{};
      if (axis[0] != axis[static_cast<std::size_t>(snglpt - 1)] &&
          fabs_f2c(point[1]) <= axis[1] - axisqr[0] / axis[1] && fabs_f2c(point[2]) <= axis[2] - axisqr[0] / axis[2]) {
        if (axis[0] == axis[1]) {
          const double denom3 = 1.0 - axisqr[0] / axisqr[2];
          if (denom3 > 0.0) {
            epoint[1] = 0.0;
            epoint[2] = point[2] / denom3;
            const double e1 = epoint[1] / axis[1];
            const double e2 = epoint[2] / axis[2];
            const double temp = 1.0 - e1 * e1 - e2 * e2;
            if (temp > 0.0) {
              epoint[0] = axis[0] * std::sqrt(fmax2(0.0, temp));
              extra = true;
            }
          }
        } else {
          const double denom2 = 1.0 - axisqr[0] / axisqr[1];
          const double denom3 = 1.0 - axisqr[0] / axisqr[2];
          if (denom2 > 0.0 && denom3 > 0.0) {
            epoint[1] = point[1] / denom2;
            epoint[2] = point[2] / denom3;
            const double e1 = epoint[1] / axis[1];
            const double e2 = epoint[2] / axis[2];
            const double temp = 1.0 - e1 * e1 - e2 * e2;
            if (temp > 0.0) {
              epoint[0] = axis[0] * std::sqrt(temp);
              extra = true;
            }
          }
        }
      }
      if (extra && vdist(epoint, point) < vdist(spoint, point)) spoint = epoint;
    }

    if (solutn == 1) {
      point = spoint;
      bestpt = spoint;
      bestht = vdist(bestpt, orignl);
    } else {
      // How far the solution misses the input point along and across the normal.
      const double height = sign * vdist(spoint, orignl);
      SC_TRY_ASSIGN(const Vec3 normal, surfnm(axis[0], axis[1], axis[2], spoint));
      Vec3 err{};
      for (std::size_t i = 0; i < 3; ++i) err[i] = orignl[i] - (spoint[i] + height * normal[i]);

      bool improved = true;
      if (solutn > 2) {
        const double newerr = vzero(err) ? 0.0 : vnorm(err);
        if (vzero(err)) solvng = false;
        improved = newerr < olderr;
        if (improved) olderr = newerr;
      } else {
        olderr = vnorm(err);
      }
      if (!improved) {
        solvng = false;
      } else {
        bestht = height;
        bestpt = spoint;
        if (solutn <= kMaxSolutions) {
          // Move the next start across the normal by the error's orthogonal part (scaled for a point
          // outside), and stop when that no longer moves it.
          Vec3 errp = vperp(err, normal);
          if (vzero(errp)) solvng = false;
          if (sign >= 0.0) {
            if (pnorm == 0.0) return bug("Norm of scaled point is 0.");
            if (solvng) {
              const double s = vnorm(spoint) / pnorm;
              for (double& x : errp) x = s * x;
            }
          }
          point = vadd(spoint, errp);
          if (spoint[0] == point[0] && spoint[1] == point[1] && spoint[2] == point[2]) solvng = false;
        }
      }
    }
    ++solutn;
    solvng = solvng && solutn <= kMaxSolutions;
  }

  // Undo the scaling and the sorting of the axes.
  const double unscale = 1.0 / scale;
  for (double& x : bestpt) x = unscale * x;
  NearPoint out;
  for (std::size_t i = 0; i < 3; ++i) out.npoint[static_cast<std::size_t>(order[i])] = bestpt[i];
  out.alt = bestht / scale;
  return out;
}

}  // namespace sc::math
