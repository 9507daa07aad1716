// CSPICE's constant functions (core/math/constants.hpp): their documented values, and the exact
// doubles CSPICE returns, bit for bit (pi_c is acos(-1.), dpr_c 180./acos(-1.), ...).
#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <cstdint>

#include "math/constants.hpp"

namespace {

std::uint64_t bits(double x) { return std::bit_cast<std::uint64_t>(x); }

}  // namespace

TEST_CASE("constants: the pi family is CSPICE's acos(-1.) expressions, bit for bit") {
  using namespace sc::math;
  // The double nearest pi, as acos(-1.) gives it in C.
  CHECK(bits(pi()) == 0x400921FB54442D18ULL);
  CHECK(pi() == std::acos(-1.0));
  CHECK(pi() == 3.141592653589793);
  CHECK(bits(halfpi()) == 0x3FF921FB54442D18ULL);
  CHECK(halfpi() == 0.5 * 3.141592653589793);
  CHECK(bits(twopi()) == 0x401921FB54442D18ULL);
  CHECK(twopi() == 2.0 * 3.141592653589793);
  // 180/pi and pi/180, each rounded once from the double pi.
  CHECK(dpr() == 180.0 / 3.141592653589793);
  CHECK(bits(dpr()) == 0x404CA5DC1A63C1F8ULL);
  CHECK(dpr() == 57.29577951308232);
  CHECK(rpd() == 3.141592653589793 / 180.0);
  CHECK(bits(rpd()) == 0x3F91DF46A2529D39ULL);
  CHECK(rpd() == 0.017453292519943295);
}

TEST_CASE("constants: the literal ones, as their CSPICE documentation states") {
  using namespace sc::math;
  CHECK(spd() == 86400.0);
  CHECK(clight() == 299792.458);
  CHECK(j1900() == 2415020.0);
  CHECK(j1950() == 2433282.5);
  CHECK(j2000() == 2451545.0);
  CHECK(j2100() == 2488070.0);
  CHECK(jyear() == 31557600.0);
  CHECK(jyear() == 365.25 * spd());
  CHECK(tyear() == 31556925.9747);
  CHECK(b1900() == 2415020.31352);
  CHECK(b1950() == 2433282.42345905);
  // B1950 is B1900 plus 50 Besselian years of 365.242198781 days (Lieske), to the digits given.
  CHECK(std::fabs(b1900() + 50.0 * 365.242198781 - b1950()) < 1e-8);
  // J2100 - J2000 and J2000 - J1900 are Julian centuries.
  CHECK(j2100() - j2000() == 36525.0);
  CHECK(j2000() - j1900() == 36525.0);
}
