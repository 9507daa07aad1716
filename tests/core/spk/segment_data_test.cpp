// Reading a segment's words and counts (core/spk/segment_data): corrupt counts and parameters of
// every type fail with SPICE errors naming the file.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::fixture_bytes;
using sc_test::open_spk;
using sc_test::put_double;
using sc_test::word;
using sc::spk::Segment;

}  // namespace

TEST_CASE("Corrupt counts and parameters fail with SPICE errors naming the file") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Patch {
    const char* fixture;
    long long from_end;  // 0 = the segment's last word
    double value;
    const char* code;
  };
  const Patch patches[] = {
      {"spk/example1spk_seg1.bsp", 0, 1e9, "SPICE(INVALIDCOUNT)"},   // N far too large
      {"spk/example1spk_seg1.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg1.bsp", 0, nan, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg1.bsp", 0, 9.0, "SPICE(INVALIDCOUNT)"},   // one line more than fits
      {"spk/example1spk_seg21.bsp", 0, 58.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg21.bsp", 1, 26.0, "SPICE(DIFFLINETOOLARGE)"},
      {"spk/example1spk_seg21.bsp", 1, 0.0, "SPICE(DIFFLINETOOSMALL)"},
      {"spk/example1spk_seg21.bsp", 1, 21.0, "SPICE(INVALIDCOUNT)"},  // lines no longer fit
      {"spk/example1spk_seg5.bsp", 0, 3.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg5.bsp", 1, 0.0, "SPICE(NONPOSITIVEMASS)"},  // GM
      {"spk/example1spk_seg8.bsp", 0, 81.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg8.bsp", 1, 80.0, "SPICE(INVALIDCOUNT)"},    // window larger than N
      {"spk/example1spk_seg8.bsp", 1, 32.0, "SPICE(SPKRECTOOLARGE)"},  // 33 states
      {"spk/example1spk_seg8.bsp", 1, -1.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg8.bsp", 2, 0.0, "SPICE(INVALIDSTEPSIZE)"},
      {"spk/example1spk_seg12.bsp", 2, nan, "SPICE(INVALIDSTEPSIZE)"},
      {"spk/example1spk_seg9.bsp", 0, 81.0, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg9.bsp", 1, 28.0, "SPICE(SPKRECTOOLARGE)"},  // 29 states
      {"spk/example1spk_seg13.bsp", 1, 1e12, "SPICE(INVALIDCOUNT)"},
      {"spk/example1spk_seg13.bsp", 0, -5.0, "SPICE(INVALIDCOUNT)"},
  };
  for (const Patch& p : patches) {
    auto bytes = fixture_bytes(p.fixture);
    const auto file = open_spk(bytes, p.fixture);
    const Segment seg = sc_test::spk_segments(*file)[0];
    put_double(bytes, seg.end - p.from_end, p.value);
    INFO(p.fixture << " word end-" << p.from_end << " = " << p.value);
    sc_test::expect_error(bytes, p.fixture, (seg.start_et + seg.end_et) / 2, p.code);
  }
}
