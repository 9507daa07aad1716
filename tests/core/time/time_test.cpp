// Tests of the time conversions (core/time/): all 719 CSPICE N0067 answers of the golden file
// time.json, and focused cases whose expected values were produced by CSPICE N0067 itself: the
// str2et input language and its errors, et2utc rounding and carries, timout pictures, deltet,
// unitim, the errors without (or with part of) a leapseconds kernel, and non-finite inputs.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "golden_fixture.hpp"
#include "pool/pool.hpp"
#include "pool/text_kernel_parser.hpp"
#include "time/decimal_format.hpp"
#include "time/time_api.hpp"
#include "time/time_parser.hpp"

namespace {

using sc::pool::Pool;

using sc_test::fixtures_dir;
using sc_test::read_file;

Pool lsk_pool() {
  Pool pool;
  auto parsed = sc::pool::parse_text_kernel(read_file(fixtures_dir() / "kernels/lsk/naif0012.tls"), "naif0012.tls");
  REQUIRE(parsed.ok());
  REQUIRE(pool.apply(*parsed, "naif0012.tls").ok());
  return pool;
}

void put_numbers(Pool& pool, std::string_view name, std::vector<double> values) {
  sc::pool::Variable v;
  v.numbers = std::move(values);
  REQUIRE(pool.put(name, v).ok());
}

// The uniform-scale constants of naif0012.tls, for pools built piece by piece.
void put_constants(Pool& pool) {
  put_numbers(pool, "DELTET/DELTA_T_A", {32.184});
  put_numbers(pool, "DELTET/K", {1.657e-3});
  put_numbers(pool, "DELTET/EB", {1.671e-2});
  put_numbers(pool, "DELTET/M", {6.239996, 1.99096871e-7});
}

template <class T>
std::string code_of(const sc::Result<T>& r) {
  return r.ok() ? std::string("(no error)") : r.error().short_code;
}

}  // namespace

TEST_CASE("time.json: every CSPICE N0067 answer") {
  const sc_test::Golden golden = sc_test::read_golden("time.json");
  const double tolerance = golden.abs_tol;
  const Pool pool = lsk_pool();
  const int passed = sc_test::for_each_case(golden, {}, [&](const sc_test::Json& c) {
    const std::string& call = c["call"].string();
    const auto& a = c["args"].array();
    if (call == "str2et" || call == "deltet" || call == "unitim") {
      const sc::Result<double> got = call == "str2et"   ? sc::time::str2et(pool, a[0].string())
                                     : call == "deltet" ? sc::time::deltet(pool, a[0].number(), a[1].string())
                                                        : sc::time::unitim(pool, a[0].number(), a[1].string(), a[2].string());
      if (c.has("error")) {
        CHECK(code_of(got) == c["error"].string());
      } else {
        REQUIRE(got.ok());
        CHECK(std::fabs(*got - c["expect"].number()) <= tolerance);
      }
    } else {
      const sc::Result<std::string> got =
          call == "et2utc" ? sc::time::et2utc(pool, a[0].number(), a[1].string(), static_cast<int>(a[2].number()))
                           : sc::time::timout(pool, a[0].number(), a[1].string());
      if (c.has("error")) {
        CHECK(code_of(got) == c["error"].string());
      } else {
        REQUIRE(got.ok());
        CHECK(*got == c["expect"].string());
      }
    }
  });
  CHECK(passed == 719);
}

TEST_CASE("str2et: the input forms CSPICE accepts, with CSPICE's values") {
  struct Case {
    const char* text;
    double et;
  };
  // ISO forms (with and without the Z suffix), day of year, month names in any case and length,
  // weekdays, slashes, bare numbers, abbreviated years, eras, A.M./P.M., systems, zones, Julian
  // dates, leap seconds, blanks and tabs.
  const Case cases[] = {
      {"2015-03-02T12:00:00", 478569667.1853986},
      {"2015-03-02T12:00:00.123456", 478569667.3088546},
      {"2015-03-02T12:00:00Z", 478569667.1853986},
      {"2015-03-02T12:00Z", 478569667.1853986},
      {"2015-03-02T12", 478569667.1853986},
      {"2015-03-02T12:30.5", 478571497.1853989},
      {"2015-061T12:00:00", 478569667.1853986},
      {"2015-061T12:00:00.25", 478569667.4353986},
      {"15-03-02T12:00:00", 478569667.1853986},
      {"2015 MAR 02 12:00:00", 478569667.1853986},
      {"2015 mar 2 12:00", 478569667.1853986},
      {"2015 March 2", 478526467.1853908},
      {"2015 SEPT 2", 494424068.18261325},
      {"MAR 2, 2015 12:00", 478569667.1853986},
      {"March 2, 2015", 478526467.1853908},
      {"2 MAR 2015 12:00:00", 478569667.1853986},
      {"2015-MAR-02 12:00", 478569667.1853986},
      {"2015/03/02 12:00:00", 478569667.1853986},
      {"3/2/2015", 478526467.1853908},
      {"3/2/15 12:00", 478569667.1853986},
      {"2015 3 2 12 0 0", 478569667.1853986},
      {"Mon Mar 02 12:00:00 2015", 478569667.1853986},
      {"Monday, March 2, 2015", 478526467.1853908},
      {"1995-018 // 18:28:12", -156274246.81556875},
      {"1995-018::18:28:12", -156274246.81556875},
      {"1995 018 // 18:28", -156274258.81556875},
      {"'90 JAN 1", -315575942.8160699},
      {"90 JAN 1", -315575942.8160699},
      {"JAN 1 '05", 157809664.1839331},
      {"A.D. 2015 MAR 2", 478526467.1853908},
      {"44 B.C. MAR 15 12:00", -64464508758.81441},
      {"1 B.C. JAN 1", -63113947158.81514},
      {"13 A.D. JAN 1", -62703633558.815125},
      {"2015 MAR 02 12:00 A.M.", 478526467.1853908},
      {"2015 MAR 02 12:00 P.M.", 478569667.1853986},
      {"2015 MAR 02 1:30 PM", 478575067.18539953},
      {"2016 DEC 31 11:59:60 P.M.", 536500868.1839298},
      {"2015 MAR 02 12:00:00 UTC", 478569667.1853986},
      {"2015 MAR 02 12:00:00 TDB", 478569600.0},
      {"2015 MAR 02 12:00:00 TDT", 478569600.0013985},
      {"2015-03-02 12:00:00.123 (TDB)", 478569600.123},
      {"2015 MAR 02 12:00:00 PST", 478598467.18540365},
      {"2015 MAR 02 12:00:00 EDT", 478584067.18540114},
      {"2015 MAR 02 12:00:00 UTC+5:30", 478549867.185395},
      {"2015 MAR 02 12:00:00 UTC-3:30", 478582267.1854008},
      {"2016 DEC 31 18:59:60.5 EST", 536500868.6839298},
      {"JD 2457084.0", 478569667.1853986},
      {"JD 2457084.5 TDB", 478612800.0},
      {"JD 2457084.0 TDT", 478569600.0013985},
      {"jd2451545", 64.18392728473108},
      {"2400000.5 JD", -4453444758.817181},
      {"JD -1.5", -211813617558.81442},
      {"1972-06-30T23:59:60", -867931157.8159056},
      {"1972-06-30T23:59:60.5", -867931157.3159056},
      {"2016-12-31T23:59:60", 536500868.1839298},
      {"2016-12-31T23:59:59.999999", 536500868.1839288},
      {"2015-06-30 23:59:60.25", 488980867.434127},
      {"1900-01-01", -3155716758.8160305},
      {"1800-06-15 06:30:15", -6297110943.815545},
      {"2100-12-31T23:59:59", 3187252868.1838775},
      {"2024-02-29T00:00:00", 762436869.1853695},
      {"1 JAN 1990", -315575942.8160699},
      {"1990 JAN 1 0:0:0", -315575942.8160699},
      {"1990-1-1", -315575942.8160699},
      {"2000\tJAN\t1\t12:00", 64.18392728473108},
      {"  2000 JAN 1  ", -43135.816087188054},
  };
  const Pool pool = lsk_pool();
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto got = sc::time::str2et(pool, c.text);
    REQUIRE(got.ok());
    CHECK(std::fabs(*got - c.et) <= 1e-9 * std::max(1.0, std::fabs(c.et) * 1e-6));
  }
}

TEST_CASE("str2et: the strings CSPICE rejects, with its short codes") {
  struct Case {
    const char* text;
    const char* code;
  };
  const Case cases[] = {
      {"2015-03-02T12:00:00.5 TDB", "SPICE(UNPARSEDTIME)"},
      {"2015-03-02T12:00:00 UTC+5", "SPICE(UNPARSEDTIME)"},
      {"MJD 57083.5", "SPICE(UNPARSEDTIME)"},
      {"1990-001", "SPICE(UNPARSEDTIME)"},
      {"12:00:00 2015-03-02", "SPICE(UNPARSEDTIME)"},
      {"garbage", "SPICE(UNPARSEDTIME)"},
      {"2015 March 2nd", "SPICE(UNPARSEDTIME)"},
      {"20150302T120000", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 01 23:59:60", "SPICE(BADTIMESTRING)"},
      {"2015-03-02T24:00:00", "SPICE(BADTIMESTRING)"},
      {"2015-02-29", "SPICE(BADTIMESTRING)"},
      {"2015-13-01", "SPICE(BADTIMESTRING)"},
      {"2015-03-32", "SPICE(BADTIMESTRING)"},
      {"2015-03-02T12:61:00", "SPICE(BADTIMESTRING)"},
      {"2023-02-29T00:00:00", "SPICE(BADTIMESTRING)"},
      {"2015 MAR 02 12:00:60", "SPICE(BADTIMESTRING)"},
      {"1999 JUN 30 23:59:61", "SPICE(BADTIMESTRING)"},
      {"2015 MAR 02 12:00 TDB PST", "SPICE(TIMECONFLICT)"},
      {"2015 MAR 02 12:00 UTC+13", "SPICE(TIMEZONEERROR)"},
      {"2015 MAR 02 12:00:60 TDB", "SPICE(BADTIMESTRING)"},
      {"'44 B.C. JAN 1", "SPICE(BADTIMESTRING)"},
      {"2015 MAR 02 13:00 P.M.", "SPICE(BADTIMESTRING)"},
      {"2015 MAR 02 0:30 AM", "SPICE(BADTIMESTRING)"},
      {"2015,,MAR 2", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 2,", "SPICE(UNPARSEDTIME)"},
      {"-2015 MAR 2", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 2 TDB TDB", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 2 UTC+", "SPICE(UNPARSEDTIME)"},
      {"MAR // 2 2015", "SPICE(UNPARSEDTIME)"},
      {"JD 2451545 12:00", "SPICE(UNPARSEDTIME)"},
      {"JD 1 2", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR", "SPICE(UNPARSEDTIME)"},
      {"12:00", "SPICE(UNPARSEDTIME)"},
      {"1 2 3 4 5", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 02 12.5:30", "SPICE(UNPARSEDTIME)"},
      {"2015 MAR 02.5 12:00", "SPICE(UNPARSEDTIME)"},
      {" ", "SPICE(UNPARSEDTIME)"},
      {"2015\x01MAR 2", "SPICE(UNPARSEDTIME)"},
      {"2016 DEC 31 23:59:60 PST", "SPICE(BADTIMESTRING)"},
      {"1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33",
       "SPICE(UNPARSEDTIME)"},
  };
  const Pool pool = lsk_pool();
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(code_of(sc::time::str2et(pool, c.text)) == c.code);
  }
  CHECK(code_of(sc::time::str2et(pool, "")) == "SPICE(EMPTYSTRING)");
  // The long message names the string.
  const auto bad_day = sc::time::str2et(pool, "2015 FEB 30");
  REQUIRE_FALSE(bad_day.ok());
  CHECK(bad_day.error().long_msg.find("2015 FEB 30") != std::string::npos);
}

TEST_CASE("str2et: the parser reports what it read") {
  auto p = sc::time::parse::parse_time_string("Tue Mar 2 1999 12:00 P.M. PST");
  REQUIRE(p.ok());
  CHECK(p->kind == sc::time::parse::ParsedKind::Ymd);
  CHECK(p->weekday == "TUE");
  CHECK(p->zone == "UTC-8");
  CHECK(p->ampm == "P.M.");
  CHECK(p->tvec[0] == 1999);
  CHECK(p->tvec[1] == 3);
  CHECK(p->tvec[2] == 2);
  CHECK(p->tvec[3] == 12);

  p = sc::time::parse::parse_time_string("'98-123 // 01:02:03.5 TDT");
  REQUIRE(p.ok());
  CHECK(p->year_abbreviated);
  CHECK(p->tvec[0] == 98);  // expanded to 1998 by str2et
  p = sc::time::parse::parse_time_string("1998-123 // 01:02:03.5 TDT");
  REQUIRE(p.ok());
  CHECK(p->kind == sc::time::parse::ParsedKind::Yd);
  CHECK(p->system == "TDT");
  CHECK(p->tvec[1] == 123);
  CHECK(p->tvec[4] == 3.5);

  p = sc::time::parse::parse_time_string("44 B.C. MAR 15");
  REQUIRE(p.ok());
  CHECK(p->era == "B.C.");
  CHECK_FALSE(p->year_abbreviated);

  // More than 64 tokens is CSPICE's limit.
  std::string many;
  for (int i = 0; i < 40; ++i) many += "1 ";
  CHECK(code_of(sc::time::parse::parse_time_string(many)) == "SPICE(UNPARSEDTIME)");
}

TEST_CASE("et2utc: formats, precision 0..14 and CSPICE's rounding and carries") {
  struct Case {
    double et;
    const char* format;
    int precision;
    const char* expect;
  };
  // Rounding 23:59:59.9996 carries into the next year, or into a leap second 23:59:60; rounding
  // 23:59:60.9996 carries out of the leap second; years before 1000 carry an era; precision is
  // clamped to 0..14 and precision 14 shows 13 digits (CSPICE's DPSTRF keeps 14 significant
  // digits, one of them the leading 1 it adds to the fraction).
  const Case cases[] = {
      {504878468.18350834, "C", 0, "2016 JAN 01 00:00:00"},
      {504878468.18350834, "C", 3, "2016 JAN 01 00:00:00.000"},
      {504878468.18350834, "C", 4, "2015 DEC 31 23:59:59.9996"},
      {504878468.18350834, "C", 6, "2015 DEC 31 23:59:59.999600"},
      {504878468.18350834, "D", 0, "2016-001 // 00:00:00"},
      {504878468.18350834, "D", 3, "2016-001 // 00:00:00.000"},
      {504878468.18350834, "ISOC", 0, "2016-01-01T00:00:00"},
      {504878468.18350834, "ISOC", 3, "2016-01-01T00:00:00.000"},
      {504878468.18350834, "ISOC", 6, "2015-12-31T23:59:59.999600"},
      {504878468.18350834, "ISOD", 0, "2016-001T00:00:00"},
      {504878468.18350834, "ISOD", 3, "2016-001T00:00:00.000"},
      {504878468.18350834, "J", 0, "JD 2457389."},
      {504878468.18350834, "J", 3, "JD 2457388.500"},
      {504878468.18350834, "J", 4, "JD 2457388.5000"},
      {504878468.18350834, "J", 6, "JD 2457388.500000"},
      {536500868.1835298, "C", 0, "2016 DEC 31 23:59:60"},
      {536500868.1835298, "C", 3, "2016 DEC 31 23:59:60.000"},
      {536500868.1835298, "C", 4, "2016 DEC 31 23:59:59.9996"},
      {536500868.1835298, "C", 6, "2016 DEC 31 23:59:59.999600"},
      {536500868.1835298, "D", 0, "2016-366 // 23:59:60"},
      {536500868.1835298, "D", 3, "2016-366 // 23:59:60.000"},
      {536500868.1835298, "ISOC", 0, "2016-12-31T23:59:60"},
      {536500868.1835298, "ISOC", 3, "2016-12-31T23:59:60.000"},
      {536500868.1835298, "ISOC", 6, "2016-12-31T23:59:59.999600"},
      {536500868.1835298, "ISOD", 0, "2016-366T23:59:60"},
      {536500868.1835298, "ISOD", 3, "2016-366T23:59:60.000"},
      {536500868.1835298, "J", 0, "JD 2457755."},
      {536500868.1835298, "J", 3, "JD 2457754.500"},
      {536500868.1835298, "J", 4, "JD 2457754.5000"},
      {536500868.1835298, "J", 6, "JD 2457754.500000"},
      {536500869.1835298, "C", 0, "2017 JAN 01 00:00:00"},
      {536500869.1835298, "C", 3, "2017 JAN 01 00:00:00.000"},
      {536500869.1835298, "C", 4, "2016 DEC 31 23:59:60.9996"},
      {536500869.1835298, "C", 6, "2016 DEC 31 23:59:60.999600"},
      {536500869.1835298, "D", 0, "2017-001 // 00:00:00"},
      {536500869.1835298, "D", 3, "2017-001 // 00:00:00.000"},
      {536500869.1835298, "ISOC", 0, "2017-01-01T00:00:00"},
      {536500869.1835298, "ISOC", 3, "2017-01-01T00:00:00.000"},
      {536500869.1835298, "ISOC", 6, "2016-12-31T23:59:60.999600"},
      {536500869.1835298, "ISOD", 0, "2017-001T00:00:00"},
      {536500869.1835298, "ISOD", 3, "2017-001T00:00:00.000"},
      {536500869.1835298, "J", 0, "JD 2457755."},
      {536500869.1835298, "J", 3, "JD 2457754.500"},
      {536500869.1835298, "J", 4, "JD 2457754.5000"},
      {536500869.1835298, "J", 6, "JD 2457754.500000"},
      {478573267.18538916, "C", 0, "2015 MAR 02 13:00:00"},
      {478573267.18538916, "C", 3, "2015 MAR 02 13:00:00.000"},
      {478573267.18538916, "C", 4, "2015 MAR 02 13:00:00.0000"},
      {478573267.18538916, "C", 6, "2015 MAR 02 12:59:59.999990"},
      {478573267.18538916, "D", 0, "2015-061 // 13:00:00"},
      {478573267.18538916, "D", 3, "2015-061 // 13:00:00.000"},
      {478573267.18538916, "ISOC", 0, "2015-03-02T13:00:00"},
      {478573267.18538916, "ISOC", 3, "2015-03-02T13:00:00.000"},
      {478573267.18538916, "ISOC", 6, "2015-03-02T12:59:59.999990"},
      {478573267.18538916, "ISOD", 0, "2015-061T13:00:00"},
      {478573267.18538916, "ISOD", 3, "2015-061T13:00:00.000"},
      {478573267.18538916, "J", 0, "JD 2457084."},
      {478573267.18538916, "J", 3, "JD 2457084.042"},
      {478573267.18538916, "J", 4, "JD 2457084.0417"},
      {478573267.18538916, "J", 6, "JD 2457084.041667"},
      {536500868.6839298, "C", 0, "2017 JAN 01 00:00:00"},
      {536500868.6839298, "C", 3, "2016 DEC 31 23:59:60.500"},
      {536500868.6839298, "C", 4, "2016 DEC 31 23:59:60.5000"},
      {536500868.6839298, "C", 6, "2016 DEC 31 23:59:60.500000"},
      {536500868.6839298, "D", 0, "2017-001 // 00:00:00"},
      {536500868.6839298, "D", 3, "2016-366 // 23:59:60.500"},
      {536500868.6839298, "ISOC", 0, "2017-01-01T00:00:00"},
      {536500868.6839298, "ISOC", 3, "2016-12-31T23:59:60.500"},
      {536500868.6839298, "ISOC", 6, "2016-12-31T23:59:60.500000"},
      {536500868.6839298, "ISOD", 0, "2017-001T00:00:00"},
      {536500868.6839298, "ISOD", 3, "2016-366T23:59:60.500"},
      {536500868.6839298, "J", 0, "JD 2457755."},
      {536500868.6839298, "J", 3, "JD 2457754.500"},
      {536500868.6839298, "J", 4, "JD 2457754.5000"},
      {536500868.6839298, "J", 6, "JD 2457754.500000"},
      {-64464508758.81441, "C", 0, "44 B.C. MAR 15 12:00:00"},
      {-64464508758.81441, "C", 3, "44 B.C. MAR 15 12:00:00.000"},
      {-64464508758.81441, "C", 4, "44 B.C. MAR 15 12:00:00.0000"},
      {-64464508758.81441, "C", 6, "44 B.C. MAR 15 12:00:00.000000"},
      {-64464508758.81441, "D", 0, "44 B.C. 074 // 12:00:00"},
      {-64464508758.81441, "D", 3, "44 B.C. 074 // 12:00:00.000"},
      {-64464508758.81441, "J", 0, "JD 1705428."},
      {-64464508758.81441, "J", 3, "JD 1705428.000"},
      {-64464508758.81441, "J", 4, "JD 1705428.0000"},
      {-64464508758.81441, "J", 6, "JD 1705428.000000"},
      {-31572568330.31646, "C", 0, "999 A.D. JUL 04 06:07:09"},
      {-31572568330.31646, "C", 3, "999 A.D. JUL 04 06:07:08.500"},
      {-31572568330.31646, "C", 4, "999 A.D. JUL 04 06:07:08.5000"},
      {-31572568330.31646, "C", 6, "999 A.D. JUL 04 06:07:08.500000"},
      {-31572568330.31646, "D", 0, "999 A.D. 185 // 06:07:09"},
      {-31572568330.31646, "D", 3, "999 A.D. 185 // 06:07:08.500"},
      {-31572568330.31646, "ISOC", 0, "999-07-04T06:07:09"},
      {-31572568330.31646, "ISOC", 3, "999-07-04T06:07:08.500"},
      {-31572568330.31646, "ISOC", 6, "999-07-04T06:07:08.500000"},
      {-31572568330.31646, "ISOD", 0, "999-185T06:07:09"},
      {-31572568330.31646, "ISOD", 3, "999-185T06:07:08.500"},
      {-31572568330.31646, "J", 0, "JD 2086122."},
      {-31572568330.31646, "J", 3, "JD 2086121.755"},
      {-31572568330.31646, "J", 4, "JD 2086121.7550"},
      {-31572568330.31646, "J", 6, "JD 2086121.754960"},
      {-63082324758.815125, "C", 0, "1 A.D. JAN 01 00:00:00"},
      {-63082324758.815125, "C", 3, "1 A.D. JAN 01 00:00:00.000"},
      {-63082324758.815125, "C", 4, "1 A.D. JAN 01 00:00:00.0000"},
      {-63082324758.815125, "C", 6, "1 A.D. JAN 01 00:00:00.000000"},
      {-63082324758.815125, "D", 0, "1 A.D. 001 // 00:00:00"},
      {-63082324758.815125, "D", 3, "1 A.D. 001 // 00:00:00.000"},
      {-63082324758.815125, "ISOC", 0, "1-01-01T00:00:00"},
      {-63082324758.815125, "ISOC", 3, "1-01-01T00:00:00.000"},
      {-63082324758.815125, "ISOC", 6, "1-01-01T00:00:00.000000"},
      {-63082324758.815125, "ISOD", 0, "1-001T00:00:00"},
      {-63082324758.815125, "ISOD", 3, "1-001T00:00:00.000"},
      {-63082324758.815125, "J", 0, "JD 1721426."},
      {-63082324758.815125, "J", 3, "JD 1721425.500"},
      {-63082324758.815125, "J", 4, "JD 1721425.5000"},
      {-63082324758.815125, "J", 6, "JD 1721425.500000"},
      {0.0, "C", -1, "2000 JAN 01 11:58:56"},
      {0.0, "J", -1, "JD 2451545."},
      {0.0, "C", 0, "2000 JAN 01 11:58:56"},
      {0.0, "J", 0, "JD 2451545."},
      {0.0, "C", 1, "2000 JAN 01 11:58:55.8"},
      {0.0, "J", 1, "JD 2451545.0"},
      {0.0, "C", 2, "2000 JAN 01 11:58:55.82"},
      {0.0, "J", 2, "JD 2451545.00"},
      {0.0, "C", 3, "2000 JAN 01 11:58:55.816"},
      {0.0, "J", 3, "JD 2451544.999"},
      {0.0, "C", 4, "2000 JAN 01 11:58:55.8161"},
      {0.0, "J", 4, "JD 2451544.9993"},
      {0.0, "C", 5, "2000 JAN 01 11:58:55.81607"},
      {0.0, "J", 5, "JD 2451544.99926"},
      {0.0, "C", 6, "2000 JAN 01 11:58:55.816073"},
      {0.0, "J", 6, "JD 2451544.999257"},
      {0.0, "C", 7, "2000 JAN 01 11:58:55.8160727"},
      {0.0, "J", 7, "JD 2451544.9992571"},
      {0.0, "C", 11, "2000 JAN 01 11:58:55.81607273678"},
      {0.0, "C", 12, "2000 JAN 01 11:58:55.816072736776"},
      {0.0, "C", 13, "2000 JAN 01 11:58:55.8160727367762"},
      {0.0, "J", 13, "JD 2451544.9992571"},
      {0.0, "C", 14, "2000 JAN 01 11:58:55.8160727367762"},
      {0.0, "J", 14, "JD 2451544.9992571"},
      {0.0, "C", 15, "2000 JAN 01 11:58:55.8160727367762"},
      {0.0, "J", 15, "JD 2451544.9992571"},
      {0.0, "isod", 2, "2000-001T11:58:55.82"},
      {0.0, "ISOCX", 2, "2000-01-01T11:58:55.82"},
  };
  const Pool pool = lsk_pool();
  for (const Case& c : cases) {
    CAPTURE(c.et);
    CAPTURE(c.format);
    CAPTURE(c.precision);
    const auto got = sc::time::et2utc(pool, c.et, c.format, c.precision);
    REQUIRE(got.ok());
    CHECK(*got == c.expect);
  }
  const Case errors[] = {
      {-64464508758.81441, "ISOC", 0, "SPICE(YEAROUTOFRANGE)"},
      {-64464508758.81441, "ISOC", 3, "SPICE(YEAROUTOFRANGE)"},
      {-64464508758.81441, "ISOC", 6, "SPICE(YEAROUTOFRANGE)"},
      {-64464508758.81441, "ISOD", 0, "SPICE(YEAROUTOFRANGE)"},
      {-64464508758.81441, "ISOD", 3, "SPICE(YEAROUTOFRANGE)"},
      {0.0, "X", 2, "SPICE(INVALIDTIMEFORMAT)"},
  };
  for (const Case& c : errors) {
    CAPTURE(c.et);
    CAPTURE(c.format);
    CHECK(code_of(sc::time::et2utc(pool, c.et, c.format, c.precision)) == c.expect);
  }
  CHECK(code_of(sc::time::et2utc(pool, 0.0, "", 3)) == "SPICE(EMPTYSTRING)");
}

TEST_CASE("timout: picture markers, systems, zones, calendars, eras and rounding") {
  struct Case {
    double et;
    const char* picture;
    const char* expect;
  };
  const Case cases[] = {
      {0.0, "YYYY-MM-DD HR:MN:SC.### ::TDT", "2000-01-01 12:00:00.000"},
      {0.0, "YYYY-MM-DD HR:MN:SC.### ::TT", "2000-01-01 12:00:00.000"},
      {0.0, "JULIAND.##### ::UTC", "2451544.99925"},
      {0.0, "JULIAND.##### ::UTC ::RND", "2451544.99926"},
      {0.0, "SP1950.###### ::UTC", " 1577879935.816100"},
      {0.0, "SP2000.############## ::TDB", "          0.00000000000000"},
      {0.0, "YYYY MONTH Month month MON Mon mon", "2000 JANUARY January january JAN Jan jan"},
      {0.0, "WEEKDAY Weekday weekday WKD Wkd wkd", "SATURDAY Saturday saturday SAT Sat sat"},
      {0.0, "AMPM ampm AP HR", "A.M. a.m. 11 11"},
      {0.0, "YYYY-MM-DD HR:MN:SC ::UTC-8:15", "2000-01-01 03:43:55"},
      {0.0, "YYYY-MM-DD HR:MN:SC ::UTC+13", "2000-01-01 11:58:55 13"},
      {0.0, "HR:MN ::UTC+5:30abc", "17:28 abc"},
      {0.0, "YYYY-DOY.#### ::UTC", "2000-001.4992"},
      {0.0, "MN.###### ::TDB", "00.000000"},
      {0.0, "HR.### ::UTC+5:30", "17.482"},
      {0.0, "YYYY-MM-DD ::JCAL", "1999-12-19"},
      {0.0, "YYYY-MM-DD ::TDB ::UTC", "2000-01-01"},
      {0.0, "# .# YYYY.# ##", "# .# 2000.0 ##"},
      {0.0, "   YYYY   ", "2000"},
      {0.0, "YYYY::UTC", "2000"},
      {0.0, "Wkd ::UTC-12", "Fri"},
      {-64464508758.81441, "YYYY ERA MON DD", "  44 B.C. MAR 15"},
      {-64464508758.81441, "YYYY ?ERA? MON DD ::JCAL", "  44  B.C.  MAR 17"},
      {-64464508758.81441, "YYYY MON DD", " -43 MAR 15"},
      {-64464508758.81441, "YR era ?era?", "44 b.c.  b.c."},
      {-31572568330.31646, "YYYY?ERA?MON DD", " 999 A.D. JUL 04"},
      {536500868.184, "YYYY-MM-DD HR:MN:SC.### ::UTC+5:30", "2017-01-01 05:29:60.000"},
      {536500868.184, "Wkd HR:MN:SC ::UTC-3", "Sat 20:59:60"},
      {536500868.6839298, "YYYY-MM-DD HR:MN:SC ::RND", "2017-01-01 00:00:00"},
      {536500868.6839298, "YYYY-MM-DD HR:MN ::RND", "2017-01-01 00:00"},
      {536500868.6839298, "YYYY-MM-DD HR:MN:SC.### ::RND", "2016-12-31 23:59:60.500"},
      {504878468.18350834, "YYYY-MM-DD HR:MN:SC.### ::RND", "2016-01-01 00:00:00.000"},
      {504878468.18350834, "YYYY-MM-DD HR:MN:SC.### ::TRNC", "2015-12-31 23:59:59.999"},
      {504878468.18350834, "YYYY-MM-DD ::RND", "2016-01-01"},
      {170000000000000.0, "YYYY-MM-DD", "****-07-19"},
      {-63500000000.0, "YYYY-MM-DD ::MCAL", " -13-10-09"},
      {-63500000000.0, "YYYY-MM-DD ::GCAL", " -13-10-07"},
      {478569667.185, "HR:MN:SC.############## ::TDB", "12:01:07.18500000238420"},
  };
  const Pool pool = lsk_pool();
  for (const Case& c : cases) {
    CAPTURE(c.et);
    CAPTURE(c.picture);
    const auto got = sc::time::timout(pool, c.et, c.picture);
    REQUIRE(got.ok());
    CHECK(*got == c.expect);
  }
  CHECK(code_of(sc::time::timout(pool, 0.0, "")) == "SPICE(EMPTYSTRING)");
}

TEST_CASE("deltet: ET - UTC across leap seconds, ET and UTC epochs") {
  const Pool pool = lsk_pool();
  // Before the first leap second TAI - UTC is taken as 9 s (the first entry's 10 s less one).
  CHECK(*sc::time::deltet(pool, -946684800.0, "ET") == doctest::Approx(41.183950121342775).epsilon(1e-15));
  // At the 2017 leap second, the UTC epoch 23:59:60 already counts it; the ET epoch of the same
  // label does not yet, because the ET leap epoch is one second later.
  CHECK(*sc::time::deltet(pool, 536500868.184, "UTC") == doctest::Approx(69.18392980069791).epsilon(1e-15));
  CHECK(*sc::time::deltet(pool, 536500868.184, "ET") == doctest::Approx(68.18392977757532).epsilon(1e-15));
  CHECK(*sc::time::deltet(pool, 0.0, "et") == doctest::Approx(64.18392726322381).epsilon(1e-15));  // any case
  CHECK(code_of(sc::time::deltet(pool, 0.0, "TDB")) == "SPICE(INVALIDEPOCH)");
  CHECK(code_of(sc::time::deltet(pool, 0.0, "")) == "SPICE(EMPTYSTRING)");
  CHECK(std::isnan(*sc::time::deltet(pool, std::nan(""), "ET")));
  CHECK(*sc::time::deltet(pool, 1e300, "ET") == doctest::Approx(69.18470573412174).epsilon(1e-12));
}

TEST_CASE("unitim: every pair of scales, aliases and bad names") {
  const Pool pool = lsk_pool();
  CHECK(*sc::time::unitim(pool, 0.0, "TAI", "TDB") == doctest::Approx(32.18392727400827).epsilon(1e-15));
  CHECK(*sc::time::unitim(pool, 0.0, "TDB", "TAI") == doctest::Approx(-32.18392726322383).epsilon(1e-15));
  CHECK(*sc::time::unitim(pool, 0.0, "TDB", "TDT") == doctest::Approx(7.273677616693264e-05).epsilon(1e-12));
  CHECK(*sc::time::unitim(pool, 0.0, "TDB", "JDTDT") == doctest::Approx(2451545.000000001).epsilon(1e-15));
  CHECK(*sc::time::unitim(pool, 0.0, "GPS", "TAI") == 19.0);
  CHECK(*sc::time::unitim(pool, 0.0, "TT", "TDT") == 0.0);
  CHECK(*sc::time::unitim(pool, 5.0, "et", "tdb") == 5.0);
  // Between aliases CSPICE still converts (JED -> seconds -> JDTDB), which can move the last bit.
  CHECK(*sc::time::unitim(pool, 2457084.000777604, "JED", "JDTDB") ==
        doctest::Approx(2457084.000777604).epsilon(1e-15));
  CHECK(code_of(sc::time::unitim(pool, 0.0, "UTC", "TDB")) == "SPICE(BADTIMETYPE)");
  CHECK(code_of(sc::time::unitim(pool, 0.0, "JDTDBXYZ", "TDB")) == "SPICE(BADTIMETYPE)");
  CHECK(code_of(sc::time::unitim(pool, 0.0, "TAI", "")) == "SPICE(EMPTYSTRING)");
  CHECK(std::isnan(*sc::time::unitim(pool, std::nan(""), "TAI", "TDB")));
  CHECK(*sc::time::unitim(pool, 1e308, "TDB", "TAI") == 1e308);
}

TEST_CASE("without a leapseconds kernel every conversion fails with CSPICE's short code") {
  const Pool empty;
  CHECK(code_of(sc::time::str2et(empty, "2015-03-02T12:00:00")) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::str2et(empty, "2015-03-02 12:00:00 TDB")) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::str2et(empty, "JD 2451545 TDB")) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::str2et(empty, "garbage")) == "SPICE(UNPARSEDTIME)");      // parsing comes first
  CHECK(code_of(sc::time::str2et(empty, "2015-02-30")) == "SPICE(BADTIMESTRING)");  // and checking
  CHECK(code_of(sc::time::et2utc(empty, 0.0, "C", 3)) == "SPICE(MISSINGTIMEINFO)");
  CHECK(code_of(sc::time::et2utc(empty, 0.0, "J", 3)) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::et2utc(empty, 0.0, "X", 3)) == "SPICE(INVALIDTIMEFORMAT)");
  CHECK(code_of(sc::time::timout(empty, 0.0, "YYYY")) == "SPICE(MISSINGTIMEINFO)");
  CHECK(code_of(sc::time::timout(empty, 0.0, "literal")) == "SPICE(MISSINGTIMEINFO)");
  CHECK(code_of(sc::time::deltet(empty, 0.0, "ET")) == "SPICE(KERNELVARNOTFOUND)");
  CHECK(code_of(sc::time::deltet(empty, 0.0, "XX")) == "SPICE(KERNELVARNOTFOUND)");
  CHECK(code_of(sc::time::unitim(empty, 0.0, "TAI", "TAI")) == "SPICE(MISSINGTIMEINFO)");
  CHECK(code_of(sc::time::unitim(empty, 0.0, "XX", "TAI")) == "SPICE(MISSINGTIMEINFO)");
}

TEST_CASE("part of a leapseconds kernel: each routine needs only its own variables") {
  Pool constants_only;
  put_constants(constants_only);
  CHECK(code_of(sc::time::str2et(constants_only, "2015-03-02 12:00 TDB")) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::et2utc(constants_only, 0.0, "C", 3)) == "SPICE(NOLEAPSECONDS)");
  CHECK(code_of(sc::time::deltet(constants_only, 0.0, "ET")) == "SPICE(KERNELVARNOTFOUND)");
  CHECK(*sc::time::unitim(constants_only, 0.0, "TAI", "TDB") == doctest::Approx(32.18392727400827).epsilon(1e-15));
  // TDB seconds need no calendar: timout writes them without the leap seconds.
  CHECK(*sc::time::timout(constants_only, 0.0, "SP2000.### ::TDB") == "          0.000");

  Pool one_leap_second = constants_only;
  put_numbers(one_leap_second, "DELTET/DELTA_AT", {10.0, -883656000.0});
  CHECK(*sc::time::et2utc(one_leap_second, 0.0, "C", 3) == "2000 JAN 01 11:59:17.816");
  CHECK(*sc::time::deltet(one_leap_second, 0.0, "ET") == doctest::Approx(42.18392726322381).epsilon(1e-15));

  Pool disordered = constants_only;
  put_numbers(disordered, "DELTET/DELTA_AT", {11.0, -867931200.0, 10.0, -883656000.0});
  CHECK(code_of(sc::time::str2et(disordered, "2015-03-02")) == "SPICE(BADLEAPSECONDS)");
  CHECK(*sc::time::deltet(disordered, 0.0, "UTC") == doctest::Approx(42.18392727729749).epsilon(1e-15));
}

TEST_CASE("non-finite and far epochs give errors or NaN, never hang") {
  const Pool pool = lsk_pool();
  const double inf = std::numeric_limits<double>::infinity();
  for (double et : {std::nan(""), inf, -inf, 1.9e14, -1e300}) {
    CAPTURE(et);
    CHECK(code_of(sc::time::et2utc(pool, et, "C", 3)) == "SPICE(VALUEOUTOFRANGE)");
    CHECK(code_of(sc::time::timout(pool, et, "YYYY-MM-DD")) == "SPICE(VALUEOUTOFRANGE)");
  }
  // Within about 5.7 million years CSPICE's day counts still hold, and so do ours.
  CHECK(*sc::time::et2utc(pool, 1.7e14, "ISOC", 0) == "5389085-07-19T02:12:11");
  // Day and Julian-date counts beyond CSPICE's 32-bit range are refused rather than garbled.
  CHECK(code_of(sc::time::str2et(pool, "JD 99999999999")) == "SPICE(BADTIMESTRING)");
  CHECK(code_of(sc::time::str2et(pool, "JAN 1 1000000000")) == "SPICE(BADTIMESTRING)");
}

TEST_CASE("decimal text like SPICELIB's DPSTRF and DPFMT") {
  CHECK(sc::time::dpstrf(2451544.9992571, 7) == " 2451545.");
  CHECK(sc::time::dpstrf(2451544.9992571, 10) == " 2451544.999");
  CHECK(sc::time::dpstrf(9999999.6, 7) == " 10000000.");
  CHECK(sc::time::dpstrf(-0.00123456, 3) == "-0.00123");
  CHECK(sc::time::dpstrf(0.0, 3) == " 0.000");
  CHECK(sc::time::dpstr(-600.0, 3) == "-6.00E+02");
  CHECK(sc::time::dpfmt(3.14159265, "0x.xxx") == "03.142");
  CHECK(sc::time::dpfmt(3.14159265, "xx.xxx") == " 3.142");
  CHECK(sc::time::dpfmt(3.14159265, "+xxx.yyyy") == "+  3.1416");
  CHECK(sc::time::dpfmt(3.14159265, "-.yyyy") == "******");
  CHECK(sc::time::dpfmt(-8.0 / 9.0, "xxx.xxx") == " -0.889");
  CHECK(sc::time::dpfmt(-8.0 / 9.0, "000.000") == "-00.889");
  CHECK(sc::time::dpfmt(2.0 / 3.0, "00") == "01");
  CHECK(sc::time::dpfmt(12345.0, "YYYY") == "****");
  CHECK(sc::time::dpfmt(123456789.0, "XXXXXXX") == "1.2E+08");
}
