#include "math/stumpff.hpp"

#include <array>
#include <cmath>  // std::sqrt: exact in IEEE
#include <cstdio>
#include <limits>

#include "math/exp_log.hpp"
#include "math/trig.hpp"

namespace sc::math {
namespace {

// STMP03's PAIRS(i) = 1 / (i (i + 1)), i = 1 .. 20, computed the way STMP03 computes them.
constexpr std::array<double, 20> make_pairs() {
  std::array<double, 20> p{};
  for (int i = 1; i <= 20; ++i) p[static_cast<std::size_t>(i - 1)] = 1.0 / (static_cast<double>(i) * static_cast<double>(i + 1));
  return p;
}
constexpr std::array<double, 20> kPairs = make_pairs();

double pair(int i) { return kPairs[static_cast<std::size_t>(i - 1)]; }  // PAIRS(i), 1-based

// STMP03's LBOUND = -(ln 2 + ln DPMAX)^2, with sc::math::log in place of the Fortran DLOG.
double lower_bound() {
  const double y = log(2.0) + log(std::numeric_limits<double>::max());
  return -y * y;
}

}  // namespace

Result<Stumpff> stumpff(double x) {
  static const double kLowerBound = lower_bound();  // immutable after initialisation
  if (x <= kLowerBound) {  // as STMP03: a NaN passes and gives NaNs
    char buf[128];
    std::snprintf(buf, sizeof buf, "The input value of X must be greater than %.17g. The input value was %.17g.",
                  kLowerBound, x);
    return make_error("SPICE(VALUEOUTOFRANGE)", buf);
  }
  Stumpff s{};
  if (x < -1.0) {
    const double z = std::sqrt(-x);
    s.c0 = cosh(z);
    s.c1 = sinh(z) / z;
    s.c2 = (1 - s.c0) / x;
    s.c3 = (1 - s.c1) / x;
    return s;
  }
  if (x > 1.0) {
    const double z = std::sqrt(x);
    s.c0 = cos(z);
    s.c1 = sin(z) / z;
    s.c2 = (1 - s.c0) / x;
    s.c3 = (1 - s.c1) / x;
    return s;
  }
  // |x| <= 1: C3 = (1/(2*3)) (1 - x/(4*5) (1 - x/(6*7) (...))), C2 likewise from 1/(1*2), with
  // STMP03's loop bounds (20 down to 4, 19 down to 3) and its product order (x * PAIRS(i)) * C.
  s.c3 = 1.0;
  for (int i = 20; i >= 4; i -= 2) s.c3 = 1.0 - x * pair(i) * s.c3;
  s.c3 = pair(2) * s.c3;
  s.c2 = 1.0;
  for (int i = 19; i >= 3; i -= 2) s.c2 = 1.0 - x * pair(i) * s.c2;
  s.c2 = pair(1) * s.c2;
  s.c1 = 1.0 - x * s.c3;
  s.c0 = 1.0 - x * s.c2;
  return s;
}

}  // namespace sc::math
