// Numbers in error messages (core/errors/number_text): exact values, and non-finite values spelled
// one way whatever their sign bit, so node and wasm messages agree (issue 16, item 4).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "errors/number_text.hpp"

TEST_CASE("number_text and epoch_text write exact values and non-finite values one way") {
  CHECK(sc::number_text(0.1) == "0.10000000000000001");
  CHECK(sc::epoch_text(-43200.5) == "ET -43200.500000 (TDB seconds past J2000)");
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(sc::number_text(nan) == "NaN");
  CHECK(sc::number_text(std::copysign(nan, -1.0)) == "NaN");  // "-nan" from printf
  CHECK(sc::number_text(-std::numeric_limits<double>::infinity()) == "-Infinity");
  CHECK(sc::epoch_text(std::copysign(nan, -1.0)) == "ET NaN (TDB seconds past J2000)");
  CHECK(sc::epoch_text(std::numeric_limits<double>::infinity()) == "ET Infinity (TDB seconds past J2000)");
}
