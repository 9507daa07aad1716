// CSPICE's number reader NPARSD (core/pool/cspice_decimal): the values CSPICE N0067 stores, digit
// limits, rounding, exponents, and the forms it accepts and rejects.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "pool/cspice_decimal.hpp"

namespace {

using sc::pool::parse_cspice_number;

// NPARSD's value for a string that must parse.
double nparsd(const char* text) {
  const auto number = parse_cspice_number(text);
  REQUIRE_MESSAGE(static_cast<bool>(number), text << ": " << number.problem);
  return number.value;
}

// The bits of a double, so that 0.0 and -0.0 differ and a failure message shows the bits.
std::uint64_t bits(double x) {
  std::uint64_t b = 0;
  std::memcpy(&b, &x, sizeof b);
  return b;
}

}  // namespace

TEST_SUITE("CSPICE's number reader (NPARSD)") {
  TEST_CASE("the values CSPICE N0067 stores, bit for bit (tests/fixtures/golden/pool.json)") {
    // Each is 1 or 2 ulp from the correctly rounded double (the one strtod gives).
    CHECK(bits(nparsd("1.3271244004127942E+11")) == bits(132712440041.27939));
    CHECK(bits(nparsd("3.9860043550702266D+05")) == bits(398600.4355070226));
    CHECK(bits(nparsd("4.0350323562548019E+05")) == bits(403503.23562548007));
    CHECK(bits(nparsd("6.2628888644409933E+01")) == bits(62.628888644409926));
    CHECK(bits(nparsd("-1.4D-12")) == bits(-1.3999999999999999e-12));
    CHECK(nparsd("1.3271244004127942E+11") != std::strtod("1.3271244004127942E+11", nullptr));
    CHECK(nparsd("-1.4D-12") != -1.4e-12);
    // ... and golden values where CSPICE's reader lands on the nearest double.
    CHECK(bits(nparsd("6378.1366")) == bits(6378.1366));
    CHECK(bits(nparsd("6356.7519")) == bits(6356.7519));
    CHECK(bits(nparsd("3396.19")) == bits(3396.19));
    CHECK(bits(nparsd("3376.2")) == bits(3376.2));
    CHECK(bits(nparsd("0.001657")) == bits(0.001657));
    CHECK(bits(nparsd("32.184")) == bits(32.184));
    CHECK(bits(nparsd("1.671D-2")) == bits(0.01671));
    CHECK(bits(nparsd("6.239996D0")) == bits(6.239996));
    CHECK(bits(nparsd("1.99096871D-7")) == bits(1.99096871e-07));
    CHECK(bits(nparsd("360.9856235")) == bits(360.9856235));
    CHECK(bits(nparsd("13.17635815")) == bits(13.17635815));
    CHECK(bits(nparsd("38.3213")) == bits(38.3213));
    CHECK(bits(nparsd("268.056595")) == bits(268.056595));
    CHECK(bits(nparsd("-0.006499")) == bits(-0.006499));
    CHECK(bits(nparsd("-883656000")) == bits(-883656000.0));
  }

  TEST_CASE("integer digits past the sixteenth are dropped, the first rounding up only above 5") {
    // 1234567890123456 is kept; the 17th digit decides the last one.
    CHECK(nparsd("12345678901234567") == 12345678901234570.0);  // strtod: ...568
    CHECK(nparsd("12345678901234566") == 12345678901234570.0);  // strtod: ...566
    CHECK(nparsd("12345678901234565") == 12345678901234560.0);  // 5 does not round up; strtod: ...564
    CHECK(nparsd("123456789012345678901234") == 1.2345678901234570e23);
  }

  TEST_CASE("with a nonzero integer part, fraction digits past the fifteenth are dropped") {
    CHECK(nparsd("1.2345678901234567") == 1.234567890123456);  // strtod: 1.2345678901234567
    CHECK(nparsd("1.2345678901234567999") == nparsd("1.234567890123456"));
  }

  TEST_CASE("with a zero integer part, the fraction is an integer of up to 16 digits, then rounded at 5") {
    CHECK(nparsd("0.12345678901234565") == 0.1234567890123457);    // strtod: 0.12345678901234565
    CHECK(nparsd("0.12345678901234564") == 0.12345678901234561);   // strtod: 0.12345678901234564
    // Leading zeros only move the point: 1 / 1e10 / 1e10 / 10, which is not the double nearest 1e-21.
    CHECK(nparsd(".000000000000000000001") == 1.0000000000000001e-21);
  }

  TEST_CASE("exponents are applied by repeated multiplication or division by 1e10") {
    CHECK(nparsd("1E308") == 9.999999999999998e307);
    CHECK(nparsd("1.7976931348623157E308") == 1.797693134862314e308);
    CHECK(nparsd("2.2250738585072014E-308") == 2.2250738585072004e-308);
    CHECK(nparsd("1E23") == 1e23);
    CHECK(nparsd("5E-324") == std::numeric_limits<double>::denorm_min());
    CHECK(nparsd("1E-400") == 0.0);
    CHECK(nparsd("1D-99999999") == 0.0);  // the exponent stops growing once the value must underflow
  }

  TEST_CASE("forms NPARSD accepts") {
    CHECK(nparsd("E5") == 1e5);   // no mantissa: 1
    CHECK(nparsd("-e") == -1.0);
    CHECK(nparsd("2d") == 2.0);   // no exponent digits: exponent 0
    CHECK(nparsd("2.5E+") == 2.5);
    CHECK(nparsd("5.") == 5.0);
    CHECK(nparsd(".5") == 0.5);
    CHECK(nparsd("5.E1") == 50.0);
    CHECK(nparsd("-pI") == -3.141592653589793);
    CHECK(nparsd("+Pi") == 3.141592653589793);
    CHECK(nparsd("-3. 1415 9276") == -3.14159276);  // blanks and commas are ignored
    CHECK(nparsd("1,000,000") == 1e6);
    CHECK(nparsd("+12.2 e-1") == 1.22);
    CHECK(nparsd("007") == 7.0);
    CHECK(bits(nparsd("-0")) == bits(-0.0));
    CHECK(bits(nparsd("-0.0E5")) == bits(-0.0));
  }

  TEST_CASE("forms NPARSD rejects, and where it stops") {
    struct Bad {
      const char* text;
      std::size_t position;
    };
    for (const Bad bad : {Bad{"", 1}, Bad{"   ", 1}, Bad{"+", 2}, Bad{".", 2}, Bad{"+.", 3}, Bad{"1.2.3", 4},
                          Bad{"1-", 2}, Bad{"--1", 2}, Bad{"1E5E", 4}, Bad{"1E+-3", 4}, Bad{"1E5.", 4},
                          Bad{"2PI", 2}, Bad{"P", 1}, Bad{"PI5", 3}, Bad{"PIE", 3}, Bad{"I", 1}, Bad{"0x10", 2},
                          Bad{"inf", 1}, Bad{"nan", 1}, Bad{"1\t2", 2}, Bad{"12\xC3\xA9", 3},
                          Bad{"1E309", 6}, Bad{"1E400", 6}, Bad{"1E3090", 6}, Bad{"1E3080", 7}}) {
      CAPTURE(bad.text);
      const auto number = parse_cspice_number(bad.text);
      CHECK_FALSE(static_cast<bool>(number));
      CHECK(number.position == bad.position);
    }
  }
}
