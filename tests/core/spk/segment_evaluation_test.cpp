// Segment evaluation (core/spk/segment_evaluation): unsupported segment types fail with
// SPKTYPENOTSUPP naming the file, and randomly damaged segments of every type fail cleanly or
// evaluate, never reading outside their bytes.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "bodies/body_names.hpp"
#include "daf_images.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "kernels/kernel_registry.hpp"
#include "math/interpolation.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc::kernels::KernelRegistry;
using sc::spk::Segment;
using sc_test::fixture_bytes;
using sc_test::load_bytes;
using sc_test::open_spk;

}  // namespace

TEST_CASE("Unsupported segment types fail with SPKTYPENOTSUPP") {
  auto bytes = fixture_bytes("spk/de430-2015-03-02.bsp");
  sc_test::put_int_at(bytes, sc_test::summary_int_at(4, 2, 3), 4);  // EMB relative to the SSB now claims type 4
  KernelRegistry r;
  load_bytes(r, "type4.bsp", bytes);
  auto s = sc::spk::ssb_state_j2000(r, 3, 478569667.0);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(SPKTYPENOTSUPP)");
  CHECK(s.error().long_msg.find("type4.bsp") != std::string::npos);
}

TEST_CASE("Randomly damaged segments of every type fail cleanly or evaluate, never read outside their bytes") {
  // Deterministic damage to the data words (trailers and directories included) of each type's
  // fixture; whatever opens is evaluated in and around its coverage. Under SC_SANITIZE=ON this also
  // shows the absence of out-of-bounds reads; here errors must at least name the file.
  std::uint64_t seed = 0xC0FFEE1234ULL;
  auto next = [&seed] {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(seed >> 33);
  };
  int evaluated = 0, failed = 0;
  for (const char* name : {"spk/example1spk_seg1.bsp", "spk/example1spk_seg5.bsp", "spk/example1spk_seg8.bsp",
                           "spk/example1spk_seg9.bsp", "spk/example1spk_seg12.bsp", "spk/example1spk_seg13.bsp",
                           "spk/example1spk_seg21.bsp", "generated/type18-hermite.bsp",
                           "generated/type18-lagrange.bsp", "generated/type19.bsp", "generated/type20.bsp",
                           "generated/type14.bsp", "generated/type15.bsp", "generated/type17.bsp"}) {
    // Types 14, 15, 17, 18, 19 and 20 have no CSPICE-written fixture: the core's writers make them.
    const bool generated = std::string(name).rfind("generated/", 0) == 0;
    const auto original = generated ? sc_test::generated_kernel(name) : fixture_bytes(name);
    const auto file = open_spk(original, name);
    const Segment seg = sc_test::spk_segments(*file).back();
    for (int trial = 0; trial < 60; ++trial) {
      auto bytes = original;
      for (int k = 0; k < 3; ++k) {
        // Mostly the last 20 words (counts, directories), sometimes anywhere in the segment.
        const long long span = trial % 3 == 0 ? seg.length() : std::min<long long>(20, seg.length());
        const long long address = seg.end - static_cast<long long>(next() % static_cast<std::uint32_t>(span));
        const std::size_t byte = static_cast<std::size_t>((address - 1) * 8 + next() % 8);
        bytes[byte] = static_cast<std::uint8_t>(next());
      }
      const auto damaged = open_spk(bytes, name);
      const Segment s = sc_test::spk_segments(*damaged).back();
      for (double f : {0.0, 0.25, 0.5, 0.999, 1.0}) {
        const double et = s.start_et + f * (s.end_et - s.start_et);
        auto state = sc::spk::evaluate_segment(*damaged, s, et);
        if (state.ok()) {
          ++evaluated;
        } else {
          ++failed;
          CHECK_MESSAGE(state.error().short_code.rfind("SPICE(", 0) == 0, state.error().short_code);
          CHECK_MESSAGE(state.error().long_msg.find(name) != std::string::npos, state.error().long_msg);
        }
      }
    }
  }
  MESSAGE("damaged segments: " << evaluated << " evaluations succeeded, " << failed << " failed cleanly");
  CHECK(failed > 0);
}

TEST_CASE("Unsupported types still fail with SPKTYPENOTSUPP naming the file") {
  const auto file = open_spk(sc_test::make_spk({{4, 0.0, 10.0, std::vector<double>(10, 1.0)}}), "type4.bsp");
  auto s = sc::spk::evaluate_segment(*file, sc_test::spk_segments(*file)[0], 5.0);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().short_code == "SPICE(SPKTYPENOTSUPP)");
  CHECK(s.error().long_msg.find("type4.bsp") != std::string::npos);
}

TEST_CASE("A corrupt segment whose state is not finite fails naming the file, segment and epoch (issue 16, item 4)") {
  // Type 12's trailer is [..., first epoch, step, window size - 1, N]: a step of 1e-300 makes the
  // Hermite derivatives overflow, which CSPICE returns as NaN and infinities.
  const std::string name = "spk/example1spk_seg12.bsp";
  auto bytes = fixture_bytes(name);
  const Segment seg = sc_test::spk_segments(*open_spk(bytes, name)).back();
  sc_test::put_double_at(bytes, static_cast<std::size_t>((seg.end - 3) * 8), 1e-300);
  const auto damaged = open_spk(bytes, name);
  const Segment s = sc_test::spk_segments(*damaged).back();
  auto state = sc::spk::evaluate_segment(*damaged, s, 0.5 * (s.start_et + s.end_et));
  REQUIRE_FALSE(state.ok());
  CHECK(state.error().short_code == "SPICE(INVALIDVALUE)");
  CHECK(state.error().long_msg.find(name) != std::string::npos);
  CHECK(state.error().long_msg.find("not finite") != std::string::npos);
  CHECK(state.error().long_msg.find("nan") == std::string::npos);
}
