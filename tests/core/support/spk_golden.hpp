// The geometric cases of the SPK golden files, run on the SPK layer alone (spk::geometric_state_j2000,
// no aberration corrections): spkgeo, spkssb, spkgps, and spkez/spkezp/spkezr/spkpos with abcorr
// NONE, in a built-in inertial frame. The J2000 state is rotated into the requested frame as
// SPKGEO's last step does (IRFROT + MXV), so the comparison covers the frames too.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <string>

#include "bodies/body_names.hpp"
#include "golden_fixture.hpp"
#include "inertial/inertial_frames.hpp"
#include "kernels/kernel_registry.hpp"
#include "spk/frame_change.hpp"
#include "spk/spk_api.hpp"

namespace sc_test {

enum class GeometricCases {
  any,          // every geometric call; bodies by name or code; the rest skipped
  spkgeo_only,  // the SPK type files: every case is spkgeo by code, its light time checked too
};

// Runs the file's geometric cases: each answer number by number (check_numbers), error cases by
// their short code (counted in `errors`).
inline GoldenStats run_geometric_cases(const Golden& g, int& errors, GeometricCases kind = GeometricCases::any) {
  sc::kernels::KernelRegistry r;
  load_kernels(r, g);
  GoldenStats stats;
  auto body_code = [&](const Json& arg) -> std::optional<int> {
    if (arg.is_number()) return static_cast<int>(arg.number());
    return sc::bodies::BodyNames{}.string_to_code(arg.string(), r.pool());
  };
  for (const auto& c : g.cases()) {
    const std::string call = c["call"].string();
    const auto& args = c["args"].array();
    const std::string id = c["id"].string();
    std::optional<int> target, observer;
    std::string ref, abcorr = "NONE";
    bool position_only = false;
    if (kind == GeometricCases::spkgeo_only) REQUIRE(call == "spkgeo");
    if (call == "spkgeo" || call == "spkgps") {
      target = body_code(args[0]), ref = args[2].string(), observer = body_code(args[3]);
      position_only = call == "spkgps";
    } else if (call == "spkssb") {
      target = body_code(args[0]), ref = args[2].string(), observer = 0;
    } else if (call == "spkez" || call == "spkezp" || call == "spkezr" || call == "spkpos") {
      target = body_code(args[0]), ref = args[2].string(), abcorr = args[3].string();
      observer = body_code(args[4]);
      position_only = call == "spkezp" || call == "spkpos";
    } else {
      ++stats.skipped;
      continue;
    }
    const auto frame = sc::inertial::frame_id(ref);
    if (kind == GeometricCases::spkgeo_only) REQUIRE(frame);
    if (abcorr != "NONE" || !frame || !target || !observer) {
      ++stats.skipped;
      continue;
    }
    const double et = args[1].number();
    auto got = sc::spk::geometric_state_j2000(r, *target, et, *observer);
    if (c.has("error")) {
      CHECK_MESSAGE(!got.ok(), g.name << " " << id);
      if (!got.ok()) CHECK_MESSAGE(got.error().short_code == c["error"].string(), g.name << " " << id);
      ++errors;
      continue;
    }
    REQUIRE_MESSAGE(got.ok(), g.name << " " << id << ": " << (got.ok() ? "" : got.error().long_msg));
    sc::spk::State state = *got;
    if (*frame != sc::inertial::kJ2000) {
      auto rotated = sc::spk::change_frame(state, sc::inertial::kJ2000, *frame);
      REQUIRE(rotated.ok());
      state = *rotated;
    }
    // spkssb's answer is the state itself; the others return {state|pos, lt}.
    const auto& answer = c["expect"];
    const auto& expect = answer.is_array() ? answer.array()
                         : position_only  ? answer["pos"].array()
                                          : answer["state"].array();
    check_numbers(state, expect, g, stats, g.name + " " + id);
    if (kind == GeometricCases::spkgeo_only) {
      // spkgeo's light time is |position| / c.
      const double lt = std::sqrt(state[0] * state[0] + state[1] * state[1] + state[2] * state[2]) / 299792.458;
      const double expect_lt = answer["lt"].number();
      CHECK_MESSAGE(std::fabs(lt - expect_lt) <= g.abs_tol + g.rel_tol * expect_lt, g.name << " " << id << " lt");
    }
  }
  return stats;
}

// One SPK type's golden file (spk-type<N>.json, spkgeo cases): every state to the file's
// tolerance, and error cases among them.
inline void check_spk_type_golden(const std::string& file) {
  int errors = 0;
  const auto stats = run_geometric_cases(read_golden(file), errors, GeometricCases::spkgeo_only);
  MESSAGE(file << ": " << stats.compared << " compared (" << stats.bit_identical << " bit-identical), " << errors
               << " error cases; max deviation / tolerance " << stats.max_tolerance_ratio);
  CHECK(stats.compared > 0);
  CHECK(errors > 0);
}

}  // namespace sc_test
