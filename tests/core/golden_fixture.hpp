// CSPICE golden files for the unit tests: reading one (with its tolerance), loading its kernels
// into a Context by host path in the file's order, and the file's closeness test.
#pragma once

#include <cmath>
#include <string>

#include "context.hpp"
#include <doctest/doctest.h>
#include "io/host_file_reader.hpp"
#include "spk_test_json.hpp"

namespace sc_test {

inline const std::string kFixturesDir = SC_FIXTURES_DIR;

struct Golden {
  Json doc;
  double abs_tol = 0;
  double rel_tol = 0;
};

inline Golden read_golden(const std::string& name) {
  Golden g{read_json_file(kFixturesDir + "/golden/" + name), 0, 0};
  g.abs_tol = g.doc["tolerance"]["abs"].number();
  g.rel_tol = g.doc["tolerance"]["rel"].number();
  return g;
}

// A context holding the golden file's kernels, loaded by host path in the file's order.
inline sc::Context load_context(const Golden& g) {
  sc::Context ctx(sc::io::map_host_file);
  for (const auto& k : g.doc["kernels"].array()) {
    auto s = ctx.kernels().furnsh(kFixturesDir + "/kernels/" + k.string());
    REQUIRE_MESSAGE(s.ok(), k.string() << ": " << s.error().long_msg);
  }
  return ctx;
}

// The golden file's test: |got - want| <= abs + rel * |want|.
inline bool close(double got, double want, const Golden& g) {
  return std::fabs(got - want) <= g.abs_tol + g.rel_tol * std::fabs(want);
}

}  // namespace sc_test
