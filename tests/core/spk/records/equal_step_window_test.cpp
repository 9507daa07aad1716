// The windows of SPK types 8 and 12 (core/spk/records/equal_step_window): around the nearest (odd
// sizes) or preceding (even) state, clamped at the segment's ends.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/records/equal_step_window.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::open_fixture;
using sc_test::words;
using sc::spk::Segment;

}  // namespace

// --- Windows and records at segment ends, on epochs, at ties ----------------------------------------
TEST_CASE("Types 8 and 12: windows around the nearest (odd) or preceding (even) state, clamped at the ends") {
  for (const char* name : {"spk/example1spk_seg8.bsp", "spk/example1spk_seg12.bsp"}) {
    const auto file = open_fixture(name);
    for (const Segment& seg : sc_test::spk_segments(*file)) {
      const auto trailer = words(*file, seg.end - 3, 4);
      const double start = trailer[0], step = trailer[1];
      const auto degree = static_cast<long long>(trailer[2]);
      const auto n = static_cast<long long>(trailer[3]);
      const long long w = degree + 1;
      auto first_of = [&](double et) {
        auto win = sc::spk::read_equal_step_window(*file, seg, et);
        REQUIRE_MESSAGE(win.ok(), (win.ok() ? "" : win.error().long_msg));
        CHECK(win->size() == static_cast<std::size_t>(w));
        const double k = (win->first_epoch - start) / step;
        CHECK(k == std::round(k));
        // The window's states are the segment's states from there on.
        const auto stored = words(*file, seg.begin + static_cast<long long>(k) * 6, 6);
        CHECK(std::equal(stored.begin(), stored.end(), win->states.begin()));
        return static_cast<long long>(k) + 1;
      };
      auto clamp = [&](long long f) { return std::min(std::max(1LL, f), n - degree); };
      // Segment ends.
      CHECK(first_of(seg.start_et) == 1);
      CHECK(first_of(seg.end_et) == clamp((w % 2 ? std::llround((seg.end_et - start) / step)
                                                 : static_cast<long long>((seg.end_et - start) / step)) +
                                           1 - degree / 2));
      for (long long k : {3LL, 10LL, n / 2, n - 3}) {
        const double epoch = start + static_cast<double>(k - 1) * step;
        if (w % 2 == 0) {
          // Even: the state at or before et is the (W/2)th of the window.
          CHECK(first_of(epoch) == clamp(k - degree / 2));
          CHECK(first_of(epoch - 1.0) == clamp(k - 1 - degree / 2));
          CHECK(first_of(epoch + 0.999 * step) == clamp(k - degree / 2));
        } else {
          // Odd: the nearest state is the middle one; half way rounds away from zero (NINT).
          CHECK(first_of(epoch) == clamp(k - degree / 2));
          CHECK(first_of(epoch + 0.49 * step) == clamp(k - degree / 2));
          CHECK(first_of(epoch + 0.5 * step) == clamp(k + 1 - degree / 2));
          CHECK(first_of(epoch - 0.51 * step) == clamp(k - 1 - degree / 2));
        }
      }
      // Outside the coverage: SPKR08's TIMEOUTOFBOUNDS.
      auto outside = sc::spk::read_equal_step_window(*file, seg, seg.end_et + 1.0);
      REQUIRE_FALSE(outside.ok());
      CHECK(outside.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
    }
  }
}
