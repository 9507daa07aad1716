// SURFNM (see ellipsoid.hpp).
#include "math/ellipsoid.hpp"

#include <string>

#include "errors/number_text.hpp"

namespace sc::math {

Result<Vec3> surfnm(double a, double b, double c, const Vec3& point) {
  if (a <= 0.0 || b <= 0.0 || c <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "The semi-axes must be positive; they were " + number_text(a) + ", " +
                                                  number_text(b) + " and " + number_text(c) + ".");
  }
  // The gradient (x/a^2, y/b^2, z/c^2), scaled by the square of the smallest semi-axis first so
  // that it neither overflows nor underflows (Fortran MIN as f2c expands it).
  const double ab = a <= b ? a : b;
  const double m = ab <= c ? ab : c;
  const double a1 = m / a;
  const double b1 = m / b;
  const double c1 = m / c;
  return vhat({point[0] * (a1 * a1), point[1] * (b1 * b1), point[2] * (c1 * c1)});
}

}  // namespace sc::math
