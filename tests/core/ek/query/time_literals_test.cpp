// ZZEKTRES and ZZEKTCNV (core/ek/query/time_literals): TIME literals to ET. Messages not in
// ek.json were taken from CSPICE N0067 (tspice 0.0.8's ekfind_c).
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "context.hpp"
#include "ek/query/ek_query.hpp"
#include "ek_query_test_support.hpp"
#include "time/time_api.hpp"

namespace {

using sc::ek::DataType;
using sc::ek::Value;
using sc_test::ek_accepted;
using sc_test::ek_refused;

double str2et(std::string_view text) {
  auto et = sc::time::str2et(sc_test::ek_lsk_context().pool(), text);
  REQUIRE_MESSAGE(et.ok(), et.error().long_msg);
  return *et;
}

const Value& value_of(const sc::ek::ResolvedQuery& q, std::size_t conjunction, std::size_t constraint) {
  return std::get<Value>(q.where.at(conjunction).at(constraint).rhs);
}

// A session whose clock "MGS" (-94) reads "1/123" as 1000 s, refuses "9/9" with SCPARS's message
// and has no kernel for anything else.
sc::ek::TimeConversion with_clock() {
  auto c = sc::ek::str2et_conversion(sc_test::ek_lsk_context().pool(), sc_test::ek_time_defaults());
  c.clock_id = [](std::string_view name) -> std::optional<int> {
    if (name == "MGS") return -94;
    return std::nullopt;
  };
  c.clock_to_et = [](int id, std::string_view s) -> sc::Result<sc::ek::TimeConversion::ClockReading> {
    CHECK(id == -94);
    if (s == " 1/123") return sc::ek::TimeConversion::ClockReading{1000.0, ""};
    if (s == " 9/9") return sc::ek::TimeConversion::ClockReading{std::nullopt, "Partition number 9 is not valid."};
    return sc::make_error("SPICE(KERNELVARNOTFOUND)", "Kernel variable SCLK_DATA_TYPE_94 was not found in the kernel pool.");
  };
  return c;
}

sc::Result<sc::ek::QueryResult> with_clock(std::string_view query) {
  return sc::ek::prepare_query(query, sc_test::ek_fixture_tables(), with_clock());
}

}  // namespace

TEST_CASE("ek times: TIME literals become TDB seconds past J2000 as STR2ET reads them") {
  const auto q = ek_accepted(
      "SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME BETWEEN '2015-06-30T23:59:60' AND '2015 jul   01  00:00:00.5 tdb'");
  const Value& v = value_of(q, 0, 0);
  CHECK(v.kind == Value::Kind::Number);
  CHECK(v.type == DataType::time);
  CHECK(v.number == str2et("2015-06-30T23:59:60"));
  CHECK(value_of(q, 0, 1).number == str2et("2015 JUL 01 00:00:00.5 TDB"));
  // A string compared with a CHARACTER column stays a string, blanks and case included.
  const auto s = ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TYPE = ' Slew '");
  CHECK(value_of(s, 0, 0).kind == Value::Kind::String);
  CHECK(value_of(s, 0, 0).text == " Slew ");
  CHECK(value_of(s, 0, 0).type == DataType::character);
}

TEST_CASE("ek times: CSPICE keeps 32 characters of a time string") {
  const auto q = ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME = '2015-01-01T00:00:00.000000000000 garbage'");
  CHECK(value_of(q, 0, 0).number == str2et("2015-01-01T00:00:00.000000000000"));
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME = '2015-01-01T00:00:00.0000000000 garbage'") ==
        "The input string contains an unrecognizable substring beginning at the character marked by <G>: "
        "\"2015-01-01T00:00:00.0000000000 <G>\"");
}

TEST_CASE("ek times: TPARTV's messages") {
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'not a time'") ==
        "The input string contains an unrecognizable substring beginning at the character marked by <N>: \"<N>OT A TIME\"");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > '2016-100' AND SEVERITY >= 4") ==
        "The meaning of the integer <100> could not be determined: ' 2016-<100>'");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME = ' '") == "The input time string is blank.");
  // A number has no string: it reads as a blank time string.
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 4.5E8") == "The input time string is blank.");
  // Time strings are converted before types are checked.
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE SEVERITY = 'a' AND EVENT_TIME > 'garbage'") ==
        "The input string contains an unrecognizable substring beginning at the character marked by <G>: \"<G>ARBAGE\"");
  // NULL tests need no conversion.
  CHECK(ek_accepted("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME IS NULL").where[0][0].op == sc::ek::Op::isnull);
}

TEST_CASE("ek times: spacecraft clock strings") {
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > '  xyz   SCLK 1/123'") ==
        "Time conversion failed; SCLK type <xy> was not recognized.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'SCLK 1/123'") ==
        "Time conversion failed; SCLK name was not supplied.");
  CHECK(ek_refused("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME = 'a SCLK b SCLK c'") ==
        "Time conversion failed; SCLK type <a SCLK b> was not recognized.");
  auto ok = with_clock("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'mgs  sclk 1/123'");
  REQUIRE(ok.ok());
  REQUIRE(ok->query.has_value());
  CHECK(std::get<Value>(ok->query->where[0][0].rhs).number == 1000.0);
  auto bad = with_clock("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'MGS SCLK 9/9'");
  REQUIRE(bad.ok());
  CHECK(bad->errmsg == "The string <MGS SCLK 9/9> didn't parse as a spacecraft clock string.   Partition number 9 is not valid.");
  auto signalled = with_clock("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > 'MGS SCLK 1/7'");
  REQUIRE_FALSE(signalled.ok());
  CHECK(signalled.error().short_code == "SPICE(KERNELVARNOTFOUND)");
}

TEST_CASE("ek times: STR2ET's own failures are signalled") {
  const sc::Context empty;
  const sc::time::TimeDefaults defaults;
  auto r = sc::ek::prepare_query("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > '2015 JAN 1'", sc_test::ek_fixture_tables(),
                                 sc::ek::str2et_conversion(empty.pool(), defaults));
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(NOLEAPSECONDS)");
  r = sc_test::ek_prepare("SELECT EVENT_ID FROM EVENT_LOG WHERE EVENT_TIME > '2015 JAN 32'");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().short_code == "SPICE(BADTIMESTRING)");
}

TEST_CASE("ek times: each converted value takes one of the encoded query's 100 numbers") {
  std::string q = "SELECT EVENT_ID FROM EVENT_LOG WHERE (EVENT_TIME BETWEEN '2015-01-01' AND '2016-01-01') AND (";
  for (int i = 0; i < 24; ++i) q += (i ? " OR SEVERITY = " : "SEVERITY = ") + std::to_string(i);
  q += ")";
  const sc::Error e = sc_test::ek_signalled(q);
  CHECK(e.short_code == "SPICE(BUFFERTOOSMALL)");
  CHECK(e.long_msg == "Out of room in numeric portion of encoded query; only 100 elements were available.");
  // 19 numbers and 4 * 19 times fit.
  std::string fits = "SELECT EVENT_ID FROM EVENT_LOG WHERE (EVENT_TIME BETWEEN '2015-01-01' AND '2016-01-01') AND (";
  for (int i = 0; i < 19; ++i) fits += (i ? " OR SEVERITY = " : "SEVERITY = ") + std::to_string(i);
  CHECK(ek_accepted(fits + ")").where.size() == 38);
}
