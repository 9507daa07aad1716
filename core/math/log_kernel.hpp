// The kernel of log (internal): log x as a double-double before its one rounding, so pow can
// multiply it by an exponent without losing the bits a rounded log would lose.
#pragma once

#include "math/double_double.hpp"

namespace sc::math::detail {

// log x = hi + lo for finite x > 0 (subnormals included), with a relative error near 2^-68;
// hi is exactly what sc::math::log returns.
DD log_kernel(double x);

}  // namespace sc::math::detail
