// INVORT (see orthogonal_inverse.hpp).
#include "math/orthogonal_inverse.hpp"

#include <cfloat>
#include <string>

#include "errors/number_text.hpp"
#include "math/vector_ops.hpp"

namespace sc::math {

Result<Mat3> invert_orthogonal(const Mat3& m) {
  Mat3 scaled{};  // column c of the scaled matrix is scaled[.][c]
  for (int c = 0; c < 3; ++c) {
    const Vec3 column{m[0][c], m[1][c], m[2][c]};
    const double length = vnorm(column);
    if (length == 0.0) {
      return make_error("SPICE(ZEROLENGTHCOLUMN)",
                        "Column " + std::to_string(c + 1) + " of the input matrix has a norm of zero.");
    }
    if (length < 1.0 && length * DBL_MAX < 1.0) {
      return make_error("SPICE(COLUMNTOOSMALL)", "The length of column " + std::to_string(c + 1) + " is " +
                                                     number_text(length) + "; it cannot be inverted.");
    }
    const Vec3 unit = vhat(column);
    const double scale = 1.0 / length;
    for (int r = 0; r < 3; ++r) scaled[r][c] = scale * unit[r];
  }
  return transpose(scaled);
}

}  // namespace sc::math
