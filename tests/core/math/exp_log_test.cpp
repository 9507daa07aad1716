// sc::math::exp, log, sinh, cosh, pow: accuracy against an extended-precision reference (x87 long
// double, 11 more bits than a double, so errors are resolved to ~1/1000 ulp), special values, and
// the identities the two-body code relies on.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <tuple>

#include "math/exp_log.hpp"

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// |got - ref| in ulps of the double nearest ref (subnormal ulps below 2^-1022).
double ulps(double got, long double ref) {
  const double r = static_cast<double>(ref);
  if (std::isinf(r)) return got == r ? 0.0 : 1e9;
  const double a = std::fabs(r);
  const double ulp = std::nextafter(a, kInf) - a;
  return static_cast<double>(std::fabs(static_cast<long double>(got) - ref) / ulp);
}

struct Sweep {
  double max_ulps = 0;
  int above_half = 0;  // errors clearly beyond correct rounding (> 0.5005 ulp)
};

template <class F, class R>
Sweep sweep(F f, R reference, double lo, double hi, int n, std::uint64_t seed) {
  std::mt19937_64 gen(seed);
  std::uniform_real_distribution<double> dist(lo, hi);
  Sweep s;
  for (int i = 0; i < n; ++i) {
    const double x = dist(gen);
    const double e = ulps(f(x), reference(static_cast<long double>(x)));
    s.max_ulps = std::max(s.max_ulps, e);
    if (e > 0.5005) ++s.above_half;
  }
  return s;
}

}  // namespace

TEST_CASE("exp is correctly rounded across its range, subnormal results included") {
  auto f = [](double x) { return sc::math::exp(x); };
  auto r = [](long double x) { return expl(x); };
  for (auto range : {std::pair{-1.0, 1.0}, {-745.0, 709.7}, {-745.1, -708.5}, {-1e-6, 1e-6}}) {
    const double lo = range.first, hi = range.second;  // not bindings: INFO captures them (clang < 16)
    const Sweep s = sweep(f, r, lo, hi, 40000, 7);
    INFO("range " << lo << " .. " << hi << ": max " << s.max_ulps << " ulp");
    CHECK(s.max_ulps <= 0.51);
    CHECK(s.above_half <= 2);  // hard cases only
  }
  CHECK(sc::math::exp(0.0) == 1.0);
  CHECK(sc::math::exp(-0.0) == 1.0);
  CHECK(sc::math::exp(1.0) == 0x1.5bf0a8b145769p+1);  // e, correctly rounded
  CHECK(sc::math::exp(710.0) == kInf);
  CHECK(sc::math::exp(709.78) < kInf);
  CHECK(sc::math::exp(-746.0) == 0.0);
  CHECK(sc::math::exp(-745.1) == 0x0.0000000000001p-1022);  // the smallest subnormal
  CHECK(sc::math::exp(-kInf) == 0.0);
  CHECK(sc::math::exp(kInf) == kInf);
  CHECK(std::isnan(sc::math::exp(std::nan(""))));
}

TEST_CASE("log is correctly rounded, near 1 and for subnormal arguments too") {
  auto f = [](double x) { return sc::math::log(x); };
  auto r = [](long double x) { return logl(x); };
  for (auto range : {std::pair{0.5, 2.0}, {0.999, 1.001}, {1e-300, 1e300}, {1e-320, 1e-310}}) {
    const double lo = range.first, hi = range.second;  // not bindings: INFO captures them (clang < 16)
    const Sweep s = sweep(f, r, lo, hi, 40000, 11);
    INFO("range " << lo << " .. " << hi << ": max " << s.max_ulps << " ulp");
    CHECK(s.max_ulps <= 0.51);
    CHECK(s.above_half <= 2);
  }
  CHECK(sc::math::log(1.0) == 0.0);
  CHECK_FALSE(std::signbit(sc::math::log(1.0)));
  CHECK(sc::math::log(2.0) == 0x1.62e42fefa39efp-1);  // ln 2, correctly rounded
  CHECK(sc::math::log(0.0) == -kInf);
  CHECK(sc::math::log(-0.0) == -kInf);
  CHECK(std::isnan(sc::math::log(-1.0)));
  CHECK(sc::math::log(kInf) == kInf);
  CHECK(sc::math::log(std::numeric_limits<double>::max()) == doctest::Approx(709.782712893384).epsilon(1e-15));
  CHECK(sc::math::log(std::numeric_limits<double>::denorm_min()) == doctest::Approx(-744.4400719213812).epsilon(1e-15));
}

TEST_CASE("sinh and cosh are correctly rounded, odd and even, and overflow where they should") {
  auto fs = [](double x) { return sc::math::sinh(x); };
  auto rs = [](long double x) { return sinhl(x); };
  auto fc = [](double x) { return sc::math::cosh(x); };
  auto rc = [](long double x) { return coshl(x); };
  for (auto range : {std::pair{-0.07, 0.07}, {-2.0, 2.0}, {-30.0, 30.0}, {-710.4, 710.4}}) {
    const double lo = range.first, hi = range.second;  // not bindings: INFO captures them (clang < 16)
    const Sweep s = sweep(fs, rs, lo, hi, 30000, 3);
    const Sweep c = sweep(fc, rc, lo, hi, 30000, 5);
    INFO("range " << lo << " .. " << hi << ": sinh max " << s.max_ulps << ", cosh max " << c.max_ulps << " ulp");
    CHECK(s.max_ulps <= 0.51);
    CHECK(c.max_ulps <= 0.51);
    CHECK(s.above_half <= 2);
    CHECK(c.above_half <= 2);
  }
  for (double x : {1e-30, 0.03, 0.0625, 0.7, 1.5, 20.0, 700.0}) {
    CHECK(sc::math::sinh(-x) == -sc::math::sinh(x));
    CHECK(sc::math::cosh(-x) == sc::math::cosh(x));
  }
  CHECK(sc::math::sinh(0.0) == 0.0);
  CHECK(std::signbit(sc::math::sinh(-0.0)));
  CHECK(sc::math::cosh(0.0) == 1.0);
  CHECK(sc::math::cosh(710.4758600739439) < kInf);
  CHECK(sc::math::cosh(710.48) == kInf);
  CHECK(sc::math::sinh(-711.0) == -kInf);
  CHECK(std::isnan(sc::math::cosh(std::nan(""))));
}

TEST_CASE("pow is correctly rounded for positive bases and follows C99's special cases") {
  // Bases and exponents as OSCLTX uses them (GM^(1/3), (a / GM^(1/3))^1.5, (DPMAX/200/2pi)^(2/3)),
  // then random pairs whose results span most of the double range.
  for (auto args : {std::tuple{1.0 / 3.0, 1e-3, 1e12}, {1.5, 1e-2, 1e10}, {2.0 / 3.0, 1e300, 1.4e305}}) {
    const double y = std::get<0>(args), lo = std::get<1>(args), hi = std::get<2>(args);  // not bindings (clang < 16)
    auto f = [y = y](double x) { return sc::math::pow(x, y); };
    auto r = [y = y](long double x) { return powl(x, static_cast<long double>(y)); };
    const Sweep s = sweep(f, r, lo, hi, 30000, 13);
    INFO("y = " << y << ", x in " << lo << " .. " << hi << ": max " << s.max_ulps << " ulp");
    CHECK(s.max_ulps <= 0.51);
    CHECK(s.above_half <= 2);
  }
  std::mt19937_64 gen(17);
  std::uniform_real_distribution<double> log_x(-700.0, 700.0);
  std::uniform_real_distribution<double> unit(-1.0, 1.0);
  double worst = 0;
  int above_half = 0;
  for (int i = 0; i < 40000; ++i) {
    const double lx = log_x(gen);
    const double x = std::exp(lx);
    const double y = unit(gen) * 700.0 / std::fabs(lx);  // |y log x| <= 700
    const double e = ulps(sc::math::pow(x, y), powl(static_cast<long double>(x), static_cast<long double>(y)));
    worst = std::max(worst, e);
    if (e > 0.5005) ++above_half;
  }
  INFO("random pairs: max " << worst << " ulp");
  CHECK(worst <= 0.51);
  CHECK(above_half <= 8);

  using sc::math::pow;
  CHECK(pow(2.0, 10.0) == 1024.0);
  CHECK(pow(8.0, 1.0 / 3.0) == 2.0);
  CHECK(pow(4.0, 1.5) == 8.0);
  CHECK(pow(2.0, -1074.0) == std::numeric_limits<double>::denorm_min());
  CHECK(pow(2.0, 1024.0) == kInf);
  CHECK(pow(10.0, -400.0) == 0.0);
  CHECK(pow(std::nan(""), 0.0) == 1.0);
  CHECK(pow(1.0, std::nan("")) == 1.0);
  CHECK(std::isnan(pow(std::nan(""), 1.0)));
  CHECK(std::isnan(pow(-8.0, 1.0 / 3.0)));
  CHECK(pow(-2.0, 3.0) == -8.0);
  CHECK(pow(-2.0, 2.0) == 4.0);
  CHECK(pow(0.0, 3.0) == 0.0);
  CHECK(std::signbit(pow(-0.0, 3.0)));
  CHECK_FALSE(std::signbit(pow(-0.0, 2.0)));
  CHECK(pow(-0.0, -3.0) == -kInf);
  CHECK(pow(0.0, -0.5) == kInf);
  CHECK(pow(kInf, 0.5) == kInf);
  CHECK(pow(kInf, -0.5) == 0.0);
  CHECK(pow(-kInf, 3.0) == -kInf);
  CHECK(pow(0.5, kInf) == 0.0);
  CHECK(pow(0.5, -kInf) == kInf);
  CHECK(pow(-1.0, kInf) == 1.0);
}
