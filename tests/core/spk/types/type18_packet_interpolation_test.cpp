// SPK type 18 (ESOC/DDID Hermite/Lagrange interpolation; core/spk/types/type18_packet_interpolation):
// packets at their epochs, windows around et that shrink near the ends for both subtypes, coverage,
// and corrupt segments.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "math/interpolation.hpp"
#include "packet_windows.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_builders.hpp"

namespace {

using sc_test::TrailerPatch;
using sc_test::check_outside_coverage;
using sc_test::check_trailer_patches;
using sc_test::only_segment;
using sc_test::Window;
using sc_test::check_node;
using sc_test::expected_window;
using sc_test::interpolate;
using sc_test::probes_around;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::same_bits;
using sc_test::segment_words;
using sc::spk::Segment;

}  // namespace

TEST_CASE("Type 18: packets at their epochs, windows around et that shrink near the ends, both subtypes") {
  struct Case {
    int subtype, degree;
    std::size_t window;
  };
  // 250 packets: two directory entries (epochs 100 and 200) take part in the search.
  const auto epochs = sc_test::unequal_epochs(250, 1000.0, 60.0);
  for (Case c : {Case{0, 3, 2}, Case{0, 7, 4}, Case{0, 15, 8}, Case{1, 1, 2}, Case{1, 7, 8}, Case{1, 15, 16}}) {
    CAPTURE(c.subtype);
    CAPTURE(c.degree);
    const std::size_t size = c.subtype == 0 ? 12 : 6;
    const auto packets = sc_test::motion_packets(static_cast<int>(size), epochs, 0.0);
    const auto file = open_spk(sc_test::type18_kernel(c.subtype, c.degree, packets, epochs), "type18.bsp");
    const Segment& seg = only_segment(*file);
    CHECK(seg.type == 18);
    // The trailer holds the subtype, the window size implied by the degree, and N.
    const auto words = segment_words(*file, seg);
    CHECK(words[words.size() - 3] == c.subtype);
    CHECK(words[words.size() - 2] == static_cast<double>(c.window));
    CHECK(words.back() == 250.0);
    int compared = 0;
    for (double et : probes_around(epochs, seg.start_et, seg.end_et)) {
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, et));
      const auto want = interpolate(c.subtype, packets, epochs, expected_window(epochs, c.window, et), et);
      CHECK_MESSAGE(same_bits(got, want), "et = " << et);
      ++compared;
    }
    CHECK(compared > 900);
    for (std::size_t k = 0; k < epochs.size(); k += 7) {
      check_node(ok(sc::spk::evaluate_segment(*file, seg, epochs[k])), packets, size, k);
    }
    // Near the start only LOW packets lie to the left: the window shrinks instead of shifting,
    // and the shifted window of W packets (types 9 and 13) would give another answer.
    if (c.window >= 4) {
      const double et = epochs[0] + 10.0;
      const Window w = expected_window(epochs, c.window, et);
      CHECK(w.first == 0);
      CHECK(w.count == c.window / 2 + 1);
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, et));
      CHECK_FALSE(same_bits(got, interpolate(c.subtype, packets, epochs, Window{0, c.window}, et)));
      const double late = epochs[248] + 10.0;  // between the last two epochs
      CHECK(expected_window(epochs, c.window, late).count == c.window / 2 + 1);
    }
  }
}

TEST_CASE("Type 18 outside its coverage: TIMEOUTOFBOUNDS from the reader, SPKINSUFFDATA from spkgeo") {
  for (const char* name : {"generated/type18-hermite.bsp", "generated/type18-lagrange.bsp"}) check_outside_coverage(name);
}

TEST_CASE("Corrupt type 18 segments fail with CSPICE's codes, naming the file") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const TrailerPatch patches[] = {
      {"generated/type18-hermite.bsp", 0, 1.0, "SPICE(TOOFEWSTATES)"},
      {"generated/type18-hermite.bsp", 0, 1e9, "SPICE(INVALIDCOUNT)"},
      {"generated/type18-hermite.bsp", 0, 131.0, "SPICE(INVALIDCOUNT)"},  // one packet more than fits
      {"generated/type18-hermite.bsp", 0, nan, "SPICE(INVALIDCOUNT)"},
      {"generated/type18-hermite.bsp", 2, 2.0, "SPICE(NOTSUPPORTED)"},
      {"generated/type18-hermite.bsp", 1, 10.0, "SPICE(INVALIDVALUE)"},  // above 8 for subtype 0
      {"generated/type18-hermite.bsp", 1, 3.0, "SPICE(INVALIDVALUE)"},   // odd
      {"generated/type18-hermite.bsp", 1, 0.0, "SPICE(INVALIDVALUE)"},
      {"generated/type18-lagrange.bsp", 1, 18.0, "SPICE(INVALIDVALUE)"},  // above 16 for subtype 1
  };
  check_trailer_patches(patches);
}
