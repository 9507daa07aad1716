// The formal calendar dates of text kernels (@-dates, core/pool/calendar_date): the forms CSPICE
// accepts and their values in seconds past J2000.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "pool/calendar_date.hpp"

TEST_SUITE("formal calendar dates") {
  using sc::pool::parse_formal_calendar_date;

  double date(const char* text) {
    auto r = parse_formal_calendar_date(text);
    REQUIRE_MESSAGE(r.ok(), text << ": " << (r.ok() ? std::string() : r.error().long_msg));
    return *r;
  }

  TEST_CASE("calendar forms agree") {
    const double j1994 = date("1994-JAN-1");
    CHECK(j1994 == -189345600.0);
    for (const char* s : {"1-JAN-1994", "JAN-1-1994", "1994-January-01", "1jan1994", "1994-01-01", "1994-001",
                          "94-JAN-1", "1994-001T00:00:00", "1994-01-01T00:00:00.000Z", "1994-001//", "1994-JAN-1/00:00",
                          "1994-JAN-1-00:00:00", "1994-001::00:00", "1994-1T"}) {
      CAPTURE(s);
      CHECK(date(s) == j1994);
    }
  }

  TEST_CASE("times of day and fractions") {
    CHECK(date("2000-01-01T12:00:00") == 0.0);
    CHECK(date("2000-01-01T12") == 0.0);
    CHECK(date("2000-01-01T12:30") == 1800.0);
    CHECK(date("2000-01-01T12:00:01.5") == 1.5);
    CHECK(date("2000-01-01T12:00:60.5") == 60.5);  // a leap second simply counts on
    CHECK(date("2000-JAN-01/11:59:59.25") == -0.75);
    CHECK(date("2000-JAN-01/12.5") == 1800.0);
    // CSPICE reads date fields with NPARSD too: 16 digits kept, the 17th (7) rounds up.
    CHECK(date("2000-01-01T12:00:00.12345678901234567") == 0.1234567890123457);  // strtod: 0.12345678901234566
  }

  TEST_CASE("two-digit years, leap years, day overflow and far dates") {
    CHECK(date("69-JAN-1") == date("1969-JAN-1"));
    CHECK(date("68-JAN-1") == date("2068-JAN-1"));
    CHECK(date("2000-FEB-29") == date("2000-060"));
    CHECK(date("1900-MAR-1") == date("1900-060"));  // 1900 is not a leap year
    CHECK(date("2001-FEB-30") == date("2001-MAR-2"));
    CHECK(date("2400-DEC-31") == date("2400-366"));
    CHECK(date("0001-JAN-1") == (-730119.5) * 86400.0);
    CHECK(date("JD0.0") == -2451545.0 * 86400.0);
    CHECK(date("9999-DEC-31") > 0.0);
  }
}
