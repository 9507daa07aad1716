// ZZWAHR (see wahr_nutation.hpp).
#include "tle/wahr_nutation.hpp"

#include "math/angles.hpp"
#include "math/trig.hpp"

namespace sc::tle {
namespace {

// One term of the series: the multiples of the fundamental arguments (l, l', F, D, Omega) in its
// argument, then the coefficients of sin(arg) in longitude and of cos(arg) in obliquity, each
// with its rate per Julian millennium, in units of 0.0001 arcseconds.
struct NutationTerm {
  int multiple[5];
  int dpsi;
  int dpsi_rate;
  int deps;
  int deps_rate;
};

// clang-format off
constexpr NutationTerm kTerms[106] = {
    {{ 0,  0,  0,  0,  1}, -171996, -1742,  92025,   89},
    {{ 0,  0,  0,  0,  2},    2062,     2,   -895,    5},
    {{-2,  0,  2,  0,  1},      46,     0,    -24,    0},
    {{ 2,  0, -2,  0,  0},      11,     0,      0,    0},
    {{-2,  0,  2,  0,  2},      -3,     0,      1,    0},
    {{ 1, -1,  0, -1,  0},      -3,     0,      0,    0},
    {{ 0, -2,  2, -2,  1},      -2,     0,      1,    0},
    {{ 2,  0, -2,  0,  1},       1,     0,      0,    0},
    {{ 0,  0,  2, -2,  2},  -13187,   -16,   5736,  -31},
    {{ 0,  1,  0,  0,  0},    1426,   -34,     54,   -1},
    {{ 0,  1,  2, -2,  2},    -517,    12,    224,   -6},
    {{ 0, -1,  2, -2,  2},     217,    -5,    -95,    3},
    {{ 0,  0,  2, -2,  1},     129,     1,    -70,    0},
    {{ 2,  0,  0, -2,  0},      48,     0,      1,    0},
    {{ 0,  0,  2, -2,  0},     -22,     0,      0,    0},
    {{ 0,  2,  0,  0,  0},      17,    -1,      0,    0},
    {{ 0,  1,  0,  0,  1},     -15,     0,      9,    0},
    {{ 0,  2,  2, -2,  2},     -16,     1,      7,    0},
    {{ 0, -1,  0,  0,  1},     -12,     0,      6,    0},
    {{-2,  0,  0,  2,  1},      -6,     0,      3,    0},
    {{ 0, -1,  2, -2,  1},      -5,     0,      3,    0},
    {{ 2,  0,  0, -2,  1},       4,     0,     -2,    0},
    {{ 0,  1,  2, -2,  1},       4,     0,     -2,    0},
    {{ 1,  0,  0, -1,  0},      -4,     0,      0,    0},
    {{ 2,  1,  0, -2,  0},       1,     0,      0,    0},
    {{ 0,  0, -2,  2,  1},       1,     0,      0,    0},
    {{ 0,  1, -2,  2,  0},      -1,     0,      0,    0},
    {{ 0,  1,  0,  0,  2},       1,     0,      0,    0},
    {{-1,  0,  0,  1,  1},       1,     0,      0,    0},
    {{ 0,  1,  2, -2,  0},      -1,     0,      0,    0},
    {{ 0,  0,  2,  0,  2},   -2274,    -2,    977,   -5},
    {{ 1,  0,  0,  0,  0},     712,     1,     -7,    0},
    {{ 0,  0,  2,  0,  1},    -386,    -4,    200,    0},
    {{ 1,  0,  2,  0,  2},    -301,     0,    129,   -1},
    {{ 1,  0,  0, -2,  0},    -158,     0,     -1,    0},
    {{-1,  0,  2,  0,  2},     123,     0,    -53,    0},
    {{ 0,  0,  0,  2,  0},      63,     0,     -2,    0},
    {{ 1,  0,  0,  0,  1},      63,     1,    -33,    0},
    {{-1,  0,  0,  0,  1},     -58,    -1,     32,    0},
    {{-1,  0,  2,  2,  2},     -59,     0,     26,    0},
    {{ 1,  0,  2,  0,  1},     -51,     0,     27,    0},
    {{ 0,  0,  2,  2,  2},     -38,     0,     16,    0},
    {{ 2,  0,  0,  0,  0},      29,     0,     -1,    0},
    {{ 1,  0,  2, -2,  2},      29,     0,    -12,    0},
    {{ 2,  0,  2,  0,  2},     -31,     0,     13,    0},
    {{ 0,  0,  2,  0,  0},      26,     0,     -1,    0},
    {{-1,  0,  2,  0,  1},      21,     0,    -10,    0},
    {{-1,  0,  0,  2,  1},      16,     0,     -8,    0},
    {{ 1,  0,  0, -2,  1},     -13,     0,      7,    0},
    {{-1,  0,  2,  2,  1},     -10,     0,      5,    0},
    {{ 1,  1,  0, -2,  0},      -7,     0,      0,    0},
    {{ 0,  1,  2,  0,  2},       7,     0,     -3,    0},
    {{ 0, -1,  2,  0,  2},      -7,     0,      3,    0},
    {{ 1,  0,  2,  2,  2},      -8,     0,      3,    0},
    {{ 1,  0,  0,  2,  0},       6,     0,      0,    0},
    {{ 2,  0,  2, -2,  2},       6,     0,     -3,    0},
    {{ 0,  0,  0,  2,  1},      -6,     0,      3,    0},
    {{ 0,  0,  2,  2,  1},      -7,     0,      3,    0},
    {{ 1,  0,  2, -2,  1},       6,     0,     -3,    0},
    {{ 0,  0,  0, -2,  1},      -5,     0,      3,    0},
    {{ 1, -1,  0,  0,  0},       5,     0,      0,    0},
    {{ 2,  0,  2,  0,  1},      -5,     0,      3,    0},
    {{ 0,  1,  0, -2,  0},      -4,     0,      0,    0},
    {{ 1,  0, -2,  0,  0},       4,     0,      0,    0},
    {{ 0,  0,  0,  1,  0},      -4,     0,      0,    0},
    {{ 1,  1,  0,  0,  0},      -3,     0,      0,    0},
    {{ 1,  0,  2,  0,  0},       3,     0,      0,    0},
    {{ 1, -1,  2,  0,  2},      -3,     0,      1,    0},
    {{-1, -1,  2,  2,  2},      -3,     0,      1,    0},
    {{-2,  0,  0,  0,  1},      -2,     0,      1,    0},
    {{ 3,  0,  2,  0,  2},      -3,     0,      1,    0},
    {{ 0, -1,  2,  2,  2},      -3,     0,      1,    0},
    {{ 1,  1,  2,  0,  2},       2,     0,     -1,    0},
    {{-1,  0,  2, -2,  1},      -2,     0,      1,    0},
    {{ 2,  0,  0,  0,  1},       2,     0,     -1,    0},
    {{ 1,  0,  0,  0,  2},      -2,     0,      1,    0},
    {{ 3,  0,  0,  0,  0},       2,     0,      0,    0},
    {{ 0,  0,  2,  1,  2},       2,     0,     -1,    0},
    {{-1,  0,  0,  0,  2},       1,     0,     -1,    0},
    {{ 1,  0,  0, -4,  0},      -1,     0,      0,    0},
    {{-2,  0,  2,  2,  2},       1,     0,     -1,    0},
    {{-1,  0,  2,  4,  2},      -2,     0,      1,    0},
    {{ 2,  0,  0, -4,  0},      -1,     0,      0,    0},
    {{ 1,  1,  2, -2,  2},       1,     0,     -1,    0},
    {{ 1,  0,  2,  2,  1},      -1,     0,      1,    0},
    {{-2,  0,  2,  4,  2},      -1,     0,      1,    0},
    {{-1,  0,  4,  0,  2},       1,     0,      0,    0},
    {{ 1, -1,  0, -2,  0},       1,     0,      0,    0},
    {{ 2,  0,  2, -2,  1},       1,     0,     -1,    0},
    {{ 2,  0,  2,  2,  2},      -1,     0,      0,    0},
    {{ 1,  0,  0,  2,  1},      -1,     0,      0,    0},
    {{ 0,  0,  4, -2,  2},       1,     0,      0,    0},
    {{ 3,  0,  2, -2,  2},       1,     0,      0,    0},
    {{ 1,  0,  2, -2,  0},      -1,     0,      0,    0},
    {{ 0,  1,  2,  0,  1},       1,     0,      0,    0},
    {{-1, -1,  0,  2,  1},       1,     0,      0,    0},
    {{ 0,  0, -2,  0,  1},      -1,     0,      0,    0},
    {{ 0,  0,  2, -1,  2},      -1,     0,      0,    0},
    {{ 0,  1,  0,  2,  0},      -1,     0,      0,    0},
    {{ 1,  0, -2, -2,  0},      -1,     0,      0,    0},
    {{ 0, -1,  2,  0,  1},      -1,     0,      0,    0},
    {{ 1,  1,  0, -2,  1},      -1,     0,      0,    0},
    {{ 1,  0, -2,  2,  0},      -1,     0,      0,    0},
    {{ 2,  0,  0,  2,  0},       1,     0,      0,    0},
    {{ 0,  0,  2,  4,  2},      -1,     0,      0,    0},
    {{ 0,  1,  0,  1,  0},       1,     0,      0,    0},
};
// clang-format on

// The fundamental arguments as ZZWAHR holds them: value at J2000 (degrees), rate (degrees/day),
// and the quadratic and cubic terms (degrees per (10^4 days)^2 and ^3).
struct Argument {
  double c0, c1, c2, c3;
};
constexpr Argument kMoonAnomaly{134.96298138888886, 13.064992947243136, 6.5192872572139397e-4, 3.6484365631332527e-7};
constexpr Argument kSunAnomaly{357.52772333333331, 0.98560028309377146, -1.201414483363923e-5, -6.8408185558748495e-8};
constexpr Argument kMoonLatitude{93.271910277777778, 13.229350240603848, -2.760338267929901e-4, 6.2707503428852773e-8};
constexpr Argument kElongation{297.85036305555559, 12.190749116495549, -1.4348262053484912e-4, 1.0831296046801845e-7};
constexpr Argument kNode{125.04452222222223, -0.052953764841432813, 1.5522608272925558e-4, 4.5605457039165659e-8};
constexpr Argument kArguments[5] = {kMoonAnomaly, kSunAnomaly, kMoonLatitude, kElongation, kNode};

}  // namespace

std::array<double, 4> wahr_nutation(double et) {
  const double radian = 180.0 / math::kPi;
  const double rasec = radian * 3600.0;
  const double factr = rasec * 1e4;  // 0.0001 arcseconds per radian
  const double oneday = 86400.0;

  const double dj = et / oneday;  // days past J2000
  const double dd = dj / 1e4;
  const double dddj = dd / 1e4;
  const double dd2 = dd * dd;
  const double t = dj / 365250.0;  // Julian millennia

  double angle[5];
  double angrt[5];
  for (int j = 0; j < 5; ++j) {
    const Argument& a = kArguments[j];
    angle[j] = a.c0 + dj * a.c1 + (a.c2 + dd * a.c3) * dd2;
    angrt[j] = a.c1 + dddj * (a.c2 * 2.0 + dd * 3.0 * a.c3);
    angle[j] = math::fortran_mod(angle[j], 360.0) / radian;
    angrt[j] = math::fortran_mod(angrt[j], 360.0) / radian;
  }

  std::array<double, 4> dvnut{0.0, 0.0, 0.0, 0.0};
  for (const NutationTerm& term : kTerms) {
    double arg = 0.0;
    double argrt = 0.0;
    for (int j = 0; j < 5; ++j) {
      if (term.multiple[j] == 0) continue;
      arg += term.multiple[j] * angle[j];
      argrt += term.multiple[j] * angrt[j];
      arg = math::fortran_mod(arg, math::kTwoPi);
    }
    double cl = term.dpsi;
    if (term.dpsi_rate != 0) cl += term.dpsi_rate * t;
    double ce = term.deps;
    if (term.deps_rate != 0) ce += term.deps_rate * t;
    const double cosang = math::cos(arg);
    const double sinang = math::sin(arg);
    dvnut[0] += cl * sinang / factr;
    dvnut[1] += ce * cosang / factr;
    dvnut[2] += cl * cosang * argrt / factr;
    dvnut[3] -= ce * sinang * argrt / factr;
  }
  dvnut[2] /= oneday;
  dvnut[3] /= oneday;
  return dvnut;
}

}  // namespace sc::tle
