// TIMDEF's defaults beyond the golden sequences (core/time/timdef.cpp, str2et.cpp, timout.cpp) and
// more tparse/tpictr cases. Expected values follow CSPICE N0067's code paths: where a number is
// not a literal it is computed here through calls the golden files already pin down (str2et of an
// equivalent labelled string, timout with an explicit marker), so only the defaults are under test.
#include <doctest/doctest.h>

#include <string>

#include "context.hpp"
#include "io/host_file_reader.hpp"
#include "time/time_api.hpp"

namespace {

using sc::time::TimeDefaults;

sc::Context lsk_context() {
  sc::Context ctx(sc::io::map_host_file);
  const auto loaded = ctx.kernels().furnsh(std::string(SC_FIXTURES_DIR) + "/kernels/lsk/naif0012.tls");
  REQUIRE_MESSAGE(loaded.ok(), loaded.error().long_msg);
  return ctx;
}

TimeDefaults with(std::string_view item, std::string_view value) {
  TimeDefaults d;
  const auto set = sc::time::timdef_set(d, item, value);
  REQUIRE_MESSAGE(set.ok(), set.error().long_msg);
  return d;
}

double et_of(const sc::Context& ctx, const TimeDefaults& d, std::string_view text) {
  auto et = sc::time::str2et(ctx.pool(), d, text);
  REQUIRE_MESSAGE(et.ok(), text << ": " << et.error().long_msg);
  return *et;
}

std::string out_of(const sc::Context& ctx, const TimeDefaults& d, double et, std::string_view picture) {
  auto s = sc::time::timout(ctx.pool(), d, et, picture);
  REQUIRE_MESSAGE(s.ok(), picture << ": " << s.error().long_msg);
  return *s;
}

template <class T>
std::string message_of(const sc::Result<T>& r) {
  return r.ok() ? std::string("(no error)") : r.error().short_code + " " + r.error().long_msg;
}

}  // namespace

TEST_CASE("timdef: values are read left-justified, case-insensitively, zones stored as offsets") {
  TimeDefaults d;
  CHECK(*sc::time::timdef_get(d, "calendar") == "GREGORIAN");
  CHECK(*sc::time::timdef_get(d, "  System") == "UTC");
  CHECK(*sc::time::timdef_get(d, "ZONE") == "");

  REQUIRE(sc::time::timdef_set(d, "zone", " pst").ok());
  CHECK(*sc::time::timdef_get(d, "ZONE") == "UTC-8");
  CHECK(*sc::time::timdef_get(d, "SYSTEM") == "");
  // ZZUTCPM reads the hours; minutes out of range end the offset there, and TIMDEF keeps the text.
  REQUIRE(sc::time::timdef_set(d, "ZONE", "utc+5:99").ok());
  CHECK(*sc::time::timdef_get(d, "ZONE") == "UTC+5:99");
  REQUIRE(sc::time::timdef_set(d, "SYSTEM", "tt").ok());
  CHECK(*sc::time::timdef_get(d, "SYSTEM") == "TT");
  CHECK(*sc::time::timdef_get(d, "ZONE") == "");
}

TEST_CASE("timdef: CSPICE's errors and messages, leaving the defaults as they were") {
  TimeDefaults d;
  const TimeDefaults before = d;
  auto item = sc::time::timdef_set(d, "bogus", "X");
  CHECK(message_of(item) ==
        "SPICE(BADTIMEITEM) The specified item 'bogus' is not a recognized time default item.  The items that you "
        "may \"SET\" via the routine TIMDEF are 'CALENDAR', 'SYSTEM', or 'ZONE'");
  CHECK(message_of(sc::time::timdef_get(d, " Bogus ")) ==
        "SPICE(BADTIMEITEM) The specified item 'Bogus' is not a recognized time default item.  The items that you "
        "may \"SET\" via the routine TIMDEF are 'CALENDAR', 'SYSTEM', or 'ZONE'");
  CHECK(message_of(sc::time::timdef_set(d, "SYSTEM", "gps")) ==
        "SPICE(BADDEFAULTVALUE) The default value assigned to the time system must be one of 'UTC', 'TDT', 'TT', or "
        "'TDB'. The value supplied was 'gps'.");
  CHECK(message_of(sc::time::timdef_set(d, "ZONE", "UTC+13")) ==
        "SPICE(BADDEFAULTVALUE) The input value for a time zone \"UTC+13\" was not recognized as known time zone and "
        "could not be parsed according to the pattern UTC(+/-)HR[:MN]. Known time zones are: 'EST', 'EDT', 'CST', "
        "'CDT', 'MST', 'MDT', 'PST', and 'PDT'.");
  CHECK(message_of(sc::time::timdef_set(d, "CALENDAR", "mayan")) ==
        "SPICE(BADDEFAULTVALUE) The input value for 'mayan' is not a recognized calendar type.  The recognized "
        "calendars are 'GREGORIAN', 'JULIAN', and 'MIXED'.");
  CHECK(message_of(sc::time::timdef_set(d, "", "UTC")) == "SPICE(EMPTYSTRING) String \"item\" has length zero.");
  CHECK(message_of(sc::time::timdef_set(d, "SYSTEM", "")) == "SPICE(EMPTYSTRING) String \"value\" has length zero.");
  CHECK(message_of(sc::time::timdef_get(d, "")) == "SPICE(EMPTYSTRING) String \"item\" has length zero.");
  CHECK(d == before);
}

TEST_CASE("str2et: unlabelled strings in the default system, zone and calendar; labels win") {
  const sc::Context ctx = lsk_context();
  const TimeDefaults utc;
  // System.
  CHECK(et_of(ctx, with("SYSTEM", "TDB"), "2000 JAN 01 12:00:00") == 0.0);
  CHECK(et_of(ctx, with("SYSTEM", "TDB"), "JD 2451545") == 0.0);
  CHECK(et_of(ctx, with("SYSTEM", "TDT"), "JD 2451545") == et_of(ctx, utc, "JD 2451545 TDT"));
  CHECK(et_of(ctx, with("SYSTEM", "TDB"), "2000 JAN 01 12:00:00 UTC") == et_of(ctx, utc, "2000 JAN 01 12:00:00"));
  // STR2ET only knows TDB and TDT by name: a default of TT reads strings as UTC (TIMOUT does honour it).
  CHECK(et_of(ctx, with("SYSTEM", "TT"), "2000 JAN 01 12:00:00") == et_of(ctx, utc, "2000 JAN 01 12:00:00"));
  // Zone, and a label that overrides it.
  CHECK(et_of(ctx, with("ZONE", "PST"), "2000 JAN 01 12:00:00") == et_of(ctx, utc, "2000 JAN 01 12:00:00 PST"));
  CHECK(et_of(ctx, with("ZONE", "UTC+5:30"), "2000 JAN 01 12:00:00 EDT") ==
        et_of(ctx, utc, "2000 JAN 01 12:00:00 UTC-4"));
  CHECK(et_of(ctx, with("ZONE", "UTC+5:30"), "2000 JAN 01 12:00:00 TDB") == 0.0);
  // Julian dates are not zoned.
  CHECK(et_of(ctx, with("ZONE", "UTC+5:30"), "JD 2451545") == et_of(ctx, utc, "JD 2451545"));
  // Calendar: the Julian 1 Jan 2000 is the Gregorian 14 Jan 2000; day-of-year strings too.
  CHECK(et_of(ctx, with("CALENDAR", "JULIAN"), "2000-01-01T12:00:00") == et_of(ctx, utc, "2000-01-14T12:00:00"));
  CHECK(et_of(ctx, with("CALENDAR", "JULIAN"), "2000-001T12:00:00") == et_of(ctx, utc, "2000-014T12:00:00"));
  CHECK(et_of(ctx, with("CALENDAR", "JULIAN"), "2000 JAN 01 12:00:00 TDB") == et_of(ctx, utc, "2000 JAN 14 12:00:00 TDB"));
  // Mixed: Julian up to 5 Oct 1582 (= Gregorian 15 Oct), Gregorian from 6 Oct on (6..14 Oct are
  // read as Gregorian dates).
  CHECK(et_of(ctx, with("CALENDAR", "MIXED"), "1582-10-05") == et_of(ctx, utc, "1582-10-15"));
  CHECK(et_of(ctx, with("CALENDAR", "MIXED"), "1582-10-06") == et_of(ctx, utc, "1582-10-06"));
  CHECK(et_of(ctx, with("CALENDAR", "MIXED"), "1582-278 // 00:00") == et_of(ctx, utc, "1582-10-15"));
  CHECK(et_of(ctx, with("CALENDAR", "MIXED"), "1582-279 // 00:00") == et_of(ctx, utc, "1582-10-06"));
}

TEST_CASE("str2et: Julian leap days pass the range checks only on the Julian calendar") {
  const sc::Context ctx = lsk_context();
  auto gregorian = sc::time::str2et(ctx.pool(), TimeDefaults{}, "1500 FEB 29");
  CHECK(gregorian.error().short_code == "SPICE(BADTIMESTRING)");
  CHECK(et_of(ctx, with("CALENDAR", "JULIAN"), "1500 FEB 29") == et_of(ctx, TimeDefaults{}, "1500 MAR 10"));
  CHECK(et_of(ctx, with("CALENDAR", "MIXED"), "1500 FEB 29") == et_of(ctx, TimeDefaults{}, "1500 MAR 10"));
  auto mixed_late = sc::time::str2et(ctx.pool(), with("CALENDAR", "MIXED"), "1700 FEB 29");
  CHECK(mixed_late.error().short_code == "SPICE(BADTIMESTRING)");
}

TEST_CASE("str2et: leap seconds under a zone or the Julian calendar, and STR2ET's explanation") {
  const sc::Context ctx = lsk_context();
  const TimeDefaults utc;
  // The leap second at the end of 1990, written in Julian dates and in a default zone.
  CHECK(et_of(ctx, with("CALENDAR", "JULIAN"), "1990-12-18T23:59:60.5") == et_of(ctx, utc, "1990-12-31T23:59:60.5"));
  CHECK(et_of(ctx, with("ZONE", "PST"), "1990-12-31T15:59:60.5") == et_of(ctx, utc, "1990-12-31T23:59:60.5"));

  auto zoned = sc::time::str2et(ctx.pool(), utc, "1995 Dec 31 23:59:60 PST");
  CHECK(message_of(zoned) ==
        "SPICE(BADTIMESTRING) The seconds component of '1995 Dec 31 23:59:60 PST' is out of range. In the specified "
        "time zone  (UTC-8) leapseconds can occur during the year 1995 only in the second that immediately follows "
        "the time 15:59:59 on  June 30 and December 31.");
  auto julian = sc::time::str2et(ctx.pool(), with("CALENDAR", "JULIAN"), "1990-12-31T23:59:60");
  CHECK(message_of(julian) ==
        "SPICE(BADTIMESTRING) The seconds component of '1990-12-31T23:59:60' is out of range. Leapseconds can occur "
        "during the year 1990 of the Julian calendar only in the second that immediately follows the time 23:59:59  "
        "on June 17 and December 18.'");
  auto both = sc::time::str2et(ctx.pool(), with("CALENDAR", "JULIAN"), "1990 DEC 31 23:59:60 UTC+5:30");
  CHECK(message_of(both) ==
        "SPICE(BADTIMESTRING) The seconds component of '1990 DEC 31 23:59:60 UTC+5:30' is out of range. On the "
        "Julian Calendar in the specified time zone  (UTC+5:30) leapseconds can occur during the year 1990 only in "
        "the second that immediately follows the time 05:29:59 on  June 18 and December 19.");
}

TEST_CASE("timout: the default system, zone and calendar apply unless the picture names its own") {
  const sc::Context ctx = lsk_context();
  const TimeDefaults utc;
  const double et = 0.0;
  const std::string picture = "YYYY-MM-DD HR:MN:SC.###";
  CHECK(out_of(ctx, with("SYSTEM", "TDB"), et, picture) == "2000-01-01 12:00:00.000");
  CHECK(out_of(ctx, with("SYSTEM", "TDB"), et, picture) == out_of(ctx, utc, et, picture + " ::TDB"));
  CHECK(out_of(ctx, with("SYSTEM", "TDT"), et, picture) == out_of(ctx, utc, et, picture + " ::TDT"));
  CHECK(out_of(ctx, with("SYSTEM", "TT"), et, picture) == out_of(ctx, utc, et, picture + " ::TDT"));
  CHECK(out_of(ctx, with("ZONE", "UTC+5:30"), et, picture) == out_of(ctx, utc, et, picture + " ::UTC+5:30"));
  CHECK(out_of(ctx, with("ZONE", "EST"), et, picture) == out_of(ctx, utc, et, picture + " ::UTC-5"));
  CHECK(out_of(ctx, with("CALENDAR", "JULIAN"), et, picture) == out_of(ctx, utc, et, picture + " ::JCAL"));
  CHECK(out_of(ctx, with("CALENDAR", "JULIAN"), et, picture) == "1999-12-19 11:58:55.816");
  CHECK(out_of(ctx, with("CALENDAR", "MIXED"), -1.3e10, picture) == out_of(ctx, utc, -1.3e10, picture + " ::MCAL"));
  // Markers win over the defaults.
  CHECK(out_of(ctx, with("SYSTEM", "TDB"), et, picture + " ::UTC") == out_of(ctx, utc, et, picture));
  CHECK(out_of(ctx, with("ZONE", "PST"), et, picture + " ::TDB") == "2000-01-01 12:00:00.000");
  CHECK(out_of(ctx, with("CALENDAR", "JULIAN"), et, picture + " ::GCAL") == out_of(ctx, utc, et, picture));
}

TEST_CASE("et2utc: ET2UTC does not read TIMDEF") {
  const sc::Context ctx = lsk_context();
  for (const TimeDefaults& d : {with("SYSTEM", "TDB"), with("ZONE", "PST"), with("CALENDAR", "JULIAN")}) {
    CHECK(*sc::time::et2utc(ctx.pool(), d, 0.0, "C", 3) == *sc::time::et2utc(ctx.pool(), 0.0, "C", 3));
  }
  // ET2UTC's message for B.C. years in ISO formats, with its double blank.
  const double et = et_of(ctx, TimeDefaults{}, "100 B.C. JAN 1");
  CHECK(message_of(sc::time::et2utc(ctx.pool(), TimeDefaults{}, et, "ISOC", 0)) ==
        "SPICE(YEAROUTOFRANGE) The year of the ET epoch supplied is 100 B.C.  Years in this era are not supported in "
        "ISO format.");
}

TEST_CASE("tparse: formal seconds, no range checks, and TPARSE's refusals") {
  const TimeDefaults d;
  CHECK(*sc::time::tparse(d, "1993 FEB 35") == *sc::time::tparse(d, "1993 MAR 7"));
  CHECK(*sc::time::tparse(d, "1993 MAR 7") == -215265600.0);
  CHECK(*sc::time::tparse(d, "1986-01-18T12:19:52.18") == -440293207.82);
  CHECK(*sc::time::tparse(d, "17JUN1982 18:28:28") == -553541492.0);
  // Two-digit years, eras, day of year, Julian dates.
  CHECK(*sc::time::tparse(d, "'67-271/ 12:28:30.291") == 2137710510.291);
  CHECK(*sc::time::tparse(d, "2000-001 // 12:00") == 0.0);
  CHECK(*sc::time::tparse(d, "JD 2451546") == 86400.0);
  // The day of month is rounded to a whole day, as TPARSE takes NINT of it.
  CHECK(*sc::time::tparse(d, "2000 JAN 1.6") == *sc::time::tparse(d, "2000 JAN 2"));
  // TPARSE ignores TIMDEF.
  CHECK(*sc::time::tparse(with("CALENDAR", "JULIAN"), "2000 JAN 1 12:00") == 0.0);
  // Modifiers are kept in 8 characters.
  CHECK(message_of(sc::time::tparse(d, "2000 JAN 1 12:00 UTC+10:30")) ==
        "SPICE(UNPARSEDTIME) TPARSE does not support the specification of a time zone in a time string.  The time "
        "zone 'UTC+10:3' was specified.");
  CHECK(message_of(sc::time::tparse(d, "2000 JAN 1 12:00 TDT")) ==
        "SPICE(UNPARSEDTIME) TPARSE does not support the specification of a time system in a string.  The time "
        "system TDT was specified.");
  CHECK(message_of(sc::time::tparse(d, "")) == "SPICE(EMPTYSTRING) String \"string\" has length zero.");
}

TEST_CASE("tparse and tpictr: the parser's diagnostics, character for character") {
  const TimeDefaults d;
  CHECK(message_of(sc::time::tparse(d, "2000 JAN 1 12:00 1995")) ==
        "SPICE(UNPARSEDTIME) Two substrings indicating a calendar year were identified in the input time string "
        "<1995> and <2000>: \" <2000> JAN 1 12:00 <1995>\"");
  CHECK(message_of(sc::time::tparse(d, "1995 JAN,,1")) ==
        "SPICE(UNPARSEDTIME) There are two successive delimiters <,,> in the input string.  This is an ambiguous "
        "input. '1995 JAN<,,>1'");
  CHECK(message_of(sc::time::tparse(d, "2000-01-01T12:00:00:00")) ==
        "SPICE(UNPARSEDTIME) The input string uses the ISO  \"T\" date/time delimiter but does not match any of the "
        "accepted ISO formats.");
  CHECK(message_of(sc::time::tparse(d, "3.5 1995 JAN 1")) ==
        "SPICE(UNPARSEDTIME) The meaning of the decimal number <3.5> could not be determined: <3.5> 1995 JAN 1");
  CHECK(message_of(sc::time::tpictr(d, "1995 JAN 1 3.5 4  ")) ==
        "SPICE(UNPARSEDTIME) The meaning of the integer <4> could not be determined: ' 1995 JAN 1 3.5 <4>'");
  CHECK(message_of(sc::time::tparse(d, "JAN 1995//")) ==
        "SPICE(UNPARSEDTIME) Both a month \"JAN\" and day of year delimiter \"//\" appear in the input string: "
        "'<JAN> 1995<//>'");
  CHECK(message_of(sc::time::tpictr(d, "1995 JAN 1 A.D. B.C.")) ==
        "SPICE(UNPARSEDTIME) The substring \"B.C.\" is a duplicate modifier of the input string: '1995 JAN 1 A.D. "
        "<B.C.>'");
  CHECK(message_of(sc::time::tpictr(d, "")) == "SPICE(EMPTYSTRING) String \"sample\" has length zero.");
}

TEST_CASE("tpictr: picture words follow the sample's case and length") {
  const TimeDefaults d;
  CHECK(*sc::time::tpictr(d, "2020 MAY 1") == "YYYY MONTH DD");  // MAY is the whole name
  CHECK(*sc::time::tpictr(d, "2020 May 1") == "YYYY Month DD");
  CHECK(*sc::time::tpictr(d, "JAN 1 1995 12.5") == "MON DD YYYY HR.# ::RND");
  CHECK(*sc::time::tpictr(d, "2020 march 1") == "YYYY month DD");
  CHECK(*sc::time::tpictr(d, "2020 Sept 1") == "YYYY Mon DD");
  CHECK(*sc::time::tpictr(d, "TUESDAY 2020 MAR 3") == "WEEKDAY YYYY MON DD");
  CHECK(*sc::time::tpictr(d, "tue 2020 mar 3") == "wkd YYYY mon DD");
  CHECK(*sc::time::tpictr(d, "1 b.c. jan 1") == "YYYY era mon DD");
  CHECK(*sc::time::tpictr(d, "'93 JAN 1 12:00:00.5 A.M.") == "'YR MON DD AP:MN:SC.# AMPM ::RND");
  CHECK(*sc::time::tpictr(d, "1993-001T12:00:00.25") == "YYYY-DOYTHR:MN:SC.## ::RND");
  CHECK(*sc::time::tpictr(d, "2451545.5 JD TDB") == "JULIAND.# JD TDB ::RND ::TDB");
  CHECK(*sc::time::tpictr(d, "1995 JAN 1 12:00 UTC+10:30") == "YYYY MON DD HR:MN UTC+10:30 ::UTC+10:3");
  // A sample without a date still has a picture (ZZUNPCK keeps it), so tpictr succeeds.
  CHECK(*sc::time::tpictr(d, "JD TDB") == "JD TDB ::TDB");
}
