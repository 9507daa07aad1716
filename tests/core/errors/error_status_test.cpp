// CSPICE's error subsystem in RETURN mode as the tspice contract has it (core/errors/error_status).
#include <doctest/doctest.h>

#include <string>

#include "errors/error_status.hpp"

TEST_CASE("sigerr fails with setmsg's message and the chkin names, then the messages are reset") {
  sc::errors::ErrorStatus status;
  REQUIRE(status.chkin("OUTER").ok());
  REQUIRE(status.chkin("INNER").ok());
  REQUIRE(status.setmsg("A long message with # in it.").ok());
  CHECK(*status.getmsg("LONG") == "A long message with # in it.");
  CHECK(status.getmsg("SHORT")->empty());
  auto e = status.sigerr("SPICE(SETMSGTEST)");
  REQUIRE_FALSE(e.ok());
  CHECK(e.error().short_code == "SPICE(SETMSGTEST)");
  CHECK(e.error().long_msg == "A long message with # in it.");
  CHECK(e.error().trace_text() == "OUTER --> INNER");
  CHECK_FALSE(status.failed());
  CHECK(status.getmsg(" long ")->empty());
  CHECK(status.getmsg("EXPLAIN")->empty());
  CHECK(status.getmsg("BOGUS").error().short_code == "SPICE(INVALIDMSGTYPE)");
}

TEST_CASE("chkout pops whatever is on top; reset clears the message; empty strings are refused") {
  sc::errors::ErrorStatus status;
  REQUIRE(status.chkin("A").ok());
  CHECK(status.chkout("NOT_A").ok());  // a mismatch is reported by CSPICE, not signalled
  auto e = status.sigerr("SPICE(X)");
  CHECK(e.error().trace.empty());
  REQUIRE(status.setmsg("m").ok());
  status.reset();
  CHECK(status.getmsg("LONG")->empty());
  CHECK(status.chkin("").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(status.chkout("").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(status.setmsg("").error().short_code == "SPICE(EMPTYSTRING)");
  CHECK(status.sigerr("").error().short_code == "SPICE(EMPTYSTRING)");
}
