// DET, ISROT (see is_rotation.hpp).
#include "math/is_rotation.hpp"

#include "math/vector_ops.hpp"

namespace sc::math {
namespace {

// BRCKTD(x, lo, hi) == x, the way ISROT tests a bound: false for NaN.
bool within(double x, double lo, double hi) { return x >= lo && x <= hi; }

}  // namespace

double det(const Mat3& m) {
  return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
         m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
}

bool isrot(const Mat3& m, double ntol, double dtol) {
  Mat3 unit{};  // by columns, then read as a matrix
  double norms[3] = {};
  for (int j = 0; j < 3; ++j) {
    const Vec3 column{m[0][j], m[1][j], m[2][j]};
    norms[j] = vnorm(column);
    const Vec3 u = vhat(column);  // UNORM's unit vector: VHAT of the column
    for (int i = 0; i < 3; ++i) unit[i][j] = u[i];
  }
  const double d = det(unit);
  const bool norms_ok = within(norms[0], 1.0 - ntol, ntol + 1.0) && within(norms[1], 1.0 - ntol, ntol + 1.0) &&
                        within(norms[2], 1.0 - ntol, ntol + 1.0);
  return norms_ok && within(d, 1.0 - dtol, dtol + 1.0);
}

}  // namespace sc::math
