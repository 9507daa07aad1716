// sc::math::pow (core/math/pow.cpp): C's special cases, exact powers, and accuracy against x87
// long double powl (11 more bits than a double) for the exponents SGP4 uses (2/3, -2/3, 1.5, 3.5)
// and random ones.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

#include "math/exp_log.hpp"

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ulps(double got, long double ref) {
  const double r = static_cast<double>(ref);
  const double a = std::fabs(r);
  const double ulp = std::nextafter(a, kInf) - a;
  return static_cast<double>(std::fabs(static_cast<long double>(got) - ref) / ulp);
}

}  // namespace

TEST_CASE("pow: C99's special cases") {
  using sc::math::pow;
  CHECK(pow(kNaN, 0.0) == 1.0);
  CHECK(pow(1.0, kNaN) == 1.0);
  CHECK(std::isnan(pow(kNaN, 2.0)));
  CHECK(std::isnan(pow(2.0, kNaN)));
  CHECK(std::isnan(pow(-2.0, 0.5)));
  CHECK(pow(-2.0, 3.0) == -8.0);
  CHECK(pow(-2.0, 2.0) == 4.0);
  CHECK(pow(0.0, 3.0) == 0.0);
  CHECK(std::signbit(pow(-0.0, 3.0)));
  CHECK_FALSE(std::signbit(pow(-0.0, 2.0)));
  CHECK(pow(0.0, -1.0) == kInf);
  CHECK(pow(-0.0, -1.0) == -kInf);
  CHECK(pow(0.0, -0.5) == kInf);
  CHECK(pow(-1.0, kInf) == 1.0);
  CHECK(pow(0.5, kInf) == 0.0);
  CHECK(pow(2.0, kInf) == kInf);
  CHECK(pow(0.5, -kInf) == kInf);
  CHECK(pow(2.0, -kInf) == 0.0);
  CHECK(pow(kInf, -2.0) == 0.0);
  CHECK(pow(kInf, 0.5) == kInf);
  CHECK(pow(-kInf, 3.0) == -kInf);
  CHECK(pow(-kInf, -3.0) == 0.0);
  CHECK(std::signbit(pow(-kInf, -3.0)));
  CHECK(pow(10.0, 400.0) == kInf);
  CHECK(pow(10.0, -400.0) == 0.0);
}

TEST_CASE("pow: exact results come out exact") {
  using sc::math::pow;
  CHECK(pow(2.0, 10.0) == 1024.0);
  CHECK(pow(4.0, 0.5) == 2.0);
  CHECK(pow(4.0, 1.5) == 8.0);
  CHECK(pow(10.0, 3.0) == 1000.0);
  CHECK(pow(0.25, -1.0) == 4.0);
  CHECK(pow(2.0, -1074.0) == std::numeric_limits<double>::denorm_min());
  CHECK(pow(3.0, 1.0) == 3.0);
}

TEST_CASE("pow: correctly rounded but for rare hard cases, SGP4's exponents and others") {
  std::mt19937_64 gen(15);
  std::uniform_real_distribution<double> base(0.01, 50.0);
  std::uniform_real_distribution<double> exponent(-30.0, 30.0);
  const double sgp4[] = {2.0 / 3.0, -2.0 / 3.0, 1.5, 3.5, 1.0 / 3.0};
  double worst = 0;
  int above_half = 0;
  for (int i = 0; i < 100000; ++i) {
    const double x = base(gen);
    const double y = i % 2 == 0 ? sgp4[i / 2 % 5] : exponent(gen);
    const double e = ulps(sc::math::pow(x, y), powl(static_cast<long double>(x), static_cast<long double>(y)));
    worst = std::max(worst, e);
    if (e > 0.5005) ++above_half;
  }
  MESSAGE("pow: worst " << worst << " ulp, " << above_half << " of 100000 beyond 0.5005 ulp");
  CHECK(worst < 0.51);
  CHECK(above_half <= 2);
}
