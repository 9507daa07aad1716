// ZZEPRC76, ZZMOBLIQ, ZZENUT80 and ZZTEME with ZZTWOVXF (see teme_frame.hpp), in CSPICE's
// operation order.
#include "tle/teme_frame.hpp"

#include "math/angles.hpp"
#include "math/euler.hpp"
#include "math/frame_rates.hpp"
#include "math/vector_ops.hpp"
#include "tle/wahr_nutation.hpp"

namespace sc::tle {
namespace {

using math::Mat6;
using math::State;

constexpr double kJulianYear = 31557600.0;  // JYEAR(), seconds

// MXVG for a 6x6 matrix: each row's products summed left to right from 0.
State mxvg6(const Mat6& m, const State& v) {
  State out{};
  for (int i = 0; i < 6; ++i) {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += m[i][k] * v[k];
    out[i] = sum;
  }
  return out;
}

State column(const Mat6& m, int j) { return {m[0][j], m[1][j], m[2][j], m[3][j], m[4][j], m[5][j]}; }

// ZZTWOVXF with axdef defining axis 3 and plndef axis 1 (TEME's z and x): the state
// transformation whose columns are the new axes' unit vectors and their rates in the base frame,
//    | U   0 |
//    | dU  U |
// so it takes states from the new frame to the base frame. (TEME's axes are never dependent, so
// ZZTWOVXF's SPICE(DEPENDENTVECTORS) cannot arise here.)
Mat6 two_vector_state_frame(const State& zaxis, const State& xdir) {
  const State z = math::dvhat(zaxis);
  const State y = math::ducrss(zaxis, xdir);  // INDEXP (1) follows INDEXA (3): column 2 first
  const State x = math::ducrss(y, zaxis);
  const State columns[3] = {x, y, z};
  Mat6 m{};
  for (int j = 0; j < 3; ++j) {
    for (int i = 0; i < 6; ++i) m[i][j] = columns[j][i];
    for (int i = 0; i < 3; ++i) m[i + 3][j + 3] = columns[j][i];
  }
  return m;
}

}  // namespace

Mat6 precession_1976(double et) {
  const double cent = kJulianYear * 100.0;
  const double t = et / cent;
  const double scale = math::kRadiansPerDegree / 3600.0;
  const double zeta = t * (t * (t * 0.017998 + 0.30188) + 2306.2181) * scale;
  const double z = t * (t * (t * 0.018203 + 1.09468) + 2306.2181) * scale;
  const double theta = t * (t * (t * -0.041833 - 0.42665) + 2004.3109) * scale;
  const double ts = 1.0 / cent;
  const double dzeta = ts * (t * (t * 3 * 0.017998 + 0.60375999999999996) + 2306.2181) * scale;
  const double dz = ts * (t * (t * 3 * 0.018203 + 2.1893600000000002) + 2306.2181) * scale;
  const double dtheta = ts * (t * (t * 3 * -0.041833 - 0.85329999999999995) + 2004.3109) * scale;
  return math::eul2xf({-z, theta, -zeta, -dz, dtheta, -dzeta}, 3, 2, 3);
}

Obliquity mean_obliquity_1980(double et) {
  const double rad = math::kRadiansPerDegree;
  const double persec = 1.0 / (kJulianYear * 100.0);
  const double t = et / kJulianYear / 100.0;
  const double mob = rad / 3600.0 * (t * (t * (t * 0.001813 - 5.9e-4) - 46.815) + 84381.448);
  const double dmob = rad / 3600.0 * (t * (t * 3 * 0.001813 - 0.0011800000000000001) - 46.815) * persec;
  return {mob, dmob};
}

Mat6 nutation_1980(double et) {
  const std::array<double, 4> dvnut = wahr_nutation(et);
  const Obliquity o = mean_obliquity_1980(et);
  return math::eul2xf({-o.mob - dvnut[1], -dvnut[0], o.mob, -o.dmob - dvnut[3], -dvnut[2], o.dmob}, 1, 3, 1);
}

Mat6 teme_to_j2000(double et) {
  // The mean equinox of date (x of the mean frame) and the true pole of date (z of the true
  // frame), both as J2000 states.
  const Mat6 m1inv = math::invstm(precession_1976(et));
  const State xj2000 = column(m1inv, 0);
  const Mat6 m2inv = math::invstm(nutation_1980(et));
  const State zj2000 = mxvg6(m1inv, column(m2inv, 2));
  return two_vector_state_frame(zj2000, xj2000);
}

}  // namespace sc::tle
