// TWOVEC (see two_vector_frame.hpp).
#include "math/two_vector_frame.hpp"

#include <algorithm>
#include <string>

namespace sc::math {

Result<Mat3> twovec(const Vec3& axdef, int indexa, const Vec3& plndef, int indexp) {
  if (std::max(indexa, indexp) > 3 || std::min(indexa, indexp) < 1) {
    return make_error("SPICE(BADINDEX)", "The axis indices must be 1, 2 or 3; INDEXA is " + std::to_string(indexa) +
                                             " and INDEXP is " + std::to_string(indexp) + ".");
  }
  if (indexa == indexp) {
    return make_error("SPICE(UNDEFINEDFRAME)", "INDEXA and INDEXP are both " + std::to_string(indexa) +
                                                   "; they must name different axes.");
  }
  // TWOVEC fills the new axes as the columns of a matrix and transposes it; here they are rows.
  const int i1 = indexa - 1;
  const int i2 = indexa % 3;        // the axis after indexa, cyclically (0-based)
  const int i3 = (indexa + 1) % 3;  // the one after that
  Mat3 m{};
  m[i1] = vhat(axdef);
  if (indexp - 1 == i2) {
    m[i3] = ucrss(axdef, plndef);
    m[i2] = ucrss(m[i3], axdef);
  } else {
    m[i2] = ucrss(plndef, axdef);
    m[i3] = ucrss(axdef, m[i2]);
  }
  if (m[i2][0] == 0.0 && m[i2][1] == 0.0 && m[i2][2] == 0.0) {
    return make_error("SPICE(DEPENDENTVECTORS)", "AXDEF and PLNDEF are linearly dependent (parallel, or one of them is zero).");
  }
  return m;
}

}  // namespace sc::math
