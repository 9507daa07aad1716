// What the EK query tests share: the fixture catalog, a session with the leapseconds kernel for
// time literals, and prepare_query run on it.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "context.hpp"
#include "ek/query/ek_query.hpp"
#include "ek_catalog.hpp"
#include "io/host_file_reader.hpp"

namespace sc_test {

// One Context with naif0012.tls for the whole test binary (the tests only read it).
inline const sc::Context& ek_lsk_context() {
  static const sc::Context ctx = [] {
    sc::Context c(sc::io::map_host_file);
    const auto loaded = c.kernels().furnsh(std::string(SC_FIXTURES_DIR) + "/kernels/lsk/naif0012.tls");
    REQUIRE_MESSAGE(loaded.ok(), loaded.error().long_msg);
    return c;
  }();
  return ctx;
}

inline const sc::time::TimeDefaults& ek_time_defaults() {
  static const sc::time::TimeDefaults d;
  return d;
}

inline sc::Result<sc::ek::QueryResult> ek_prepare(std::string_view query) {
  return sc::ek::prepare_query(query, ek_fixture_tables(),
                               sc::ek::str2et_conversion(ek_lsk_context().pool(), ek_time_defaults()));
}

// The query, which must be accepted.
inline sc::ek::ResolvedQuery ek_accepted(std::string_view query) {
  auto r = ek_prepare(query);
  REQUIRE_MESSAGE(r.ok(), query << ": " << r.error().short_code << " " << r.error().long_msg);
  REQUIRE_MESSAGE(r->query.has_value(), query << ": " << r->errmsg);
  return *r->query;
}

// ekfind's message for a query it refuses (not a signalled error).
inline std::string ek_refused(std::string_view query) {
  auto r = ek_prepare(query);
  REQUIRE_MESSAGE(r.ok(), query << ": " << r.error().short_code << " " << r.error().long_msg);
  REQUIRE_MESSAGE(!r->query.has_value(), query << " was accepted");
  return r->errmsg;
}

// The error CSPICE signals for a query.
inline sc::Error ek_signalled(std::string_view query) {
  auto r = ek_prepare(query);
  REQUIRE_MESSAGE(!r.ok(), query << " did not signal: " << (r->query ? std::string("accepted") : r->errmsg));
  return r.error();
}

}  // namespace sc_test
