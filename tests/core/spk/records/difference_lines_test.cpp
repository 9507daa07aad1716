// The difference lines of SPK types 1 and 21 (core/spk/records/difference_lines): an epoch belongs to
// the line ending there, lines join continuously, and corrupt integration orders and zero steps
// fail.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/records/difference_lines.hpp"
#include "spk/records/equal_step_window.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::open_fixture;
using sc_test::open_spk;
using sc_test::put_double;
using sc_test::word;
using sc_test::words;
using sc::spk::Segment;
using sc::spk::State;

}  // namespace

TEST_CASE("Types 1 and 21: an epoch belongs to the difference line ending there; lines join continuously") {
  for (const char* name : {"spk/example1spk_seg1.bsp", "spk/example1spk_seg21.bsp"}) {
    const auto file = open_fixture(name);
    const Segment seg = sc_test::spk_segments(*file)[0];
    const bool extended = seg.type == 21;
    const auto n = static_cast<long long>(word(*file, seg.end));
    const long long trailer = extended ? 2 : 1;
    const auto epochs = words(*file, seg.end - trailer - n / 100 - n + 1, n);
    const long long size = extended ? 4 * static_cast<long long>(word(*file, seg.end - 1)) + 11 : 71;
    for (long long k = 1; k < n; ++k) {
      const double boundary = epochs[static_cast<std::size_t>(k - 1)];
      if (boundary <= seg.start_et || boundary >= seg.end_et) continue;
      auto at = sc::spk::evaluate_segment(*file, seg, boundary);
      auto after = sc::spk::evaluate_segment(*file, seg, std::nextafter(boundary, 1e300));
      REQUIRE(at.ok());
      REQUIRE(after.ok());
      // Evaluating line k itself at its final epoch reproduces the segment's answer bit for bit.
      const auto line = words(*file, seg.begin + (k - 1) * size, size);
      const long long maxdim = extended ? (size - 11) / 4 : 15;
      auto own = sc::spk::evaluate_difference_line(line, maxdim, extended ? std::min(maxdim + 2, 26LL) : 15, extended,
                                                   boundary);
      REQUIRE(own.ok());
      CHECK(std::memcmp(own->data(), at->data(), sizeof(State)) == 0);
      // The next line takes over continuously (to well within a metre and a mm/s).
      for (std::size_t i = 0; i < 3; ++i) {
        CHECK(std::fabs((*at)[i] - (*after)[i]) < 1e-3);
        CHECK(std::fabs((*at)[i + 3] - (*after)[i + 3]) < 1e-6);
      }
    }
  }
}

TEST_CASE("Corrupt difference lines: integration orders and zero steps") {
  const auto original = fixture_bytes("spk/example1spk_seg1.bsp");
  const auto file = open_spk(original, "t1");
  const Segment seg = sc_test::spk_segments(*file)[0];
  const double et = sc_test::spk_segments(*file)[0].start_et;  // line 1
  // KQMAX1 (word 68 of a line) and KQ(1) (word 69).
  for (auto [offset, value] : {std::pair{67LL, 16.0}, {67LL, 1.0}, {67LL, std::nan("")}, {68LL, 15.0}, {68LL, -1.0}}) {
    auto bytes = original;
    put_double(bytes, seg.begin + offset, value);
    sc_test::expect_error(bytes, "bad-orders.bsp", et, "SPICE(INVALIDVALUE)");
  }
  // A zero step in use divides by zero in SPKE01: CSPICE returns the infinities, spicecraft refuses
  // the state as not finite (segment_evaluation); SPKE21 refuses the step itself.
  {
    auto bytes = original;
    put_double(bytes, seg.begin + 1, 0.0);  // G(1), in use (KQMAX1 = 3)
    sc_test::expect_error(bytes, "zero-step-1.bsp", et, "SPICE(INVALIDVALUE)");
  }
  const auto original21 = fixture_bytes("spk/example1spk_seg21.bsp");
  const auto file21 = open_spk(original21, "t21");
  const Segment seg21 = sc_test::spk_segments(*file21)[0];
  auto bytes = original21;
  put_double(bytes, seg21.begin + 1, 0.0);  // G(1) of line 1 (its KQMAX1 is 3: G(1) is in use)
  sc_test::expect_error(bytes, "zero-step-21.bsp", seg21.start_et, "SPICE(ZEROSTEP)");
}
