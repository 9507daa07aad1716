// gfevnt's own checks (GFEVNT, gfevnt_c), in their order, before any quantity needs kernels.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "gf/event_finder.hpp"

namespace {

std::string code(const sc::Result<sc::gf::FlatWindow>& r) { return r ? "ok" : r.error().short_code; }

}  // namespace

TEST_CASE("gfevnt checks in gfevnt_c's and GFEVNT's order") {
  sc::Context ctx;
  const std::vector<std::string> names = {"TARGET", "OBSERVER", "ABCORR"};
  const std::vector<std::string> values = {"MOON", "EARTH", "NONE"};
  const std::vector<double> cnfine = {0.0, 86400.0};
  const sc::gf::SearchHooks hooks;
  const auto run = [&](std::string_view gquant, int qnpars, std::string_view op, int nintvls = 10) {
    return sc::gf::gfevnt(ctx, gquant, qnpars, names, values, {}, op, 0.0, 1e-6, 0.0, hooks, nintvls, cnfine);
  };
  CHECK(code(run("", 11, "")) == "SPICE(INVALIDCOUNT)");
  CHECK(code(run("DISTANCE", 4, "<")) == "SPICE(INVALIDCOUNT)");  // more than the names given
  CHECK(code(run("", 3, "<", 0)) == "SPICE(EMPTYSTRING)");
  CHECK(code(run("DISTANCE", 3, "", 0)) == "SPICE(EMPTYSTRING)");
  CHECK(code(run("SPEED", 3, "<", 0)) == "SPICE(VALUEOUTOFRANGE)");
  CHECK(code(run("SPEED", 3, "BOGUS")) == "SPICE(NOTRECOGNIZED)");
  CHECK(code(run("DISTANCE", 2, "BOGUS")) == "SPICE(MISSINGVALUE)");
  CHECK(code(run("ANGULAR SEPARATION", 3, "<")) == "SPICE(MISSINGVALUE)");
  const auto op = run(" distance", 3, "BOGUS");
  CHECK(code(op) == "SPICE(NOTRECOGNIZED)");
  CHECK(op.error().long_msg.find("comparison operator, BOGUS") != std::string::npos);
}
