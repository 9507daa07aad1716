// The windows of SPK types 9 and 13 (core/spk/records/unequal_step_window): from the epoch before et,
// the nearer neighbour for odd sizes, clamped at the segment's ends.
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
#include "spk/records/unequal_step_window.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::open_fixture;
using sc_test::words;
using sc::spk::Segment;

}  // namespace

TEST_CASE("Types 9 and 13: windows from the epoch before et, the nearer neighbour for odd sizes, clamped at the ends") {
  for (const char* name : {"spk/example1spk_seg9.bsp", "spk/example1spk_seg13.bsp"}) {
    const auto file = open_fixture(name);
    for (const Segment& seg : sc_test::spk_segments(*file)) {
      const auto trailer = words(*file, seg.end - 1, 2);
      const auto degree = static_cast<long long>(trailer[0]);
      const auto n = static_cast<long long>(trailer[1]);
      const long long w = degree + 1;
      const auto epochs = words(*file, seg.begin + 6 * n, n);
      auto first_of = [&](double et) {
        auto win = sc::spk::read_unequal_step_window(*file, seg, et);
        REQUIRE_MESSAGE(win.ok(), (win.ok() ? "" : win.error().long_msg));
        REQUIRE(win->epochs.size() == static_cast<std::size_t>(w));
        const auto it = std::find(epochs.begin(), epochs.end(), win->epochs[0]);
        REQUIRE(it != epochs.end());
        const auto k = static_cast<long long>(it - epochs.begin());
        CHECK(std::equal(win->epochs.begin(), win->epochs.end(), epochs.begin() + k));
        const auto stored = words(*file, seg.begin + k * 6, 6 * w);
        CHECK(stored == win->states);
        return k + 1;
      };
      auto clamp = [&](long long f) { return std::min(std::max(1LL, f), n - degree); };
      auto at = [&](long long k) { return epochs[static_cast<std::size_t>(k - 1)]; };
      CHECK(first_of(seg.start_et) == 1);
      CHECK(first_of(seg.end_et) == n - degree);  // the coverage ends at the last epoch
      for (long long k : {2LL, 5LL, n / 2, n - 1}) {
        if (at(k) < seg.start_et || at(k) > seg.end_et) continue;
        const double mid = at(k) + (at(k + 1) - at(k)) / 2;
        if (w % 2 == 0) {
          // On epoch k, LOW is the epoch before it; just after it, epoch k itself.
          CHECK(first_of(at(k)) == clamp(k - 1 - degree / 2));
          CHECK(first_of(std::nextafter(at(k), 1e300)) == clamp(k - degree / 2));
        } else {
          // On epoch k the nearest state is k; at the exact midpoint the later one wins.
          CHECK(first_of(at(k)) == clamp(k - degree / 2));
          CHECK(first_of(std::nextafter(mid, -1e300)) == clamp(k - degree / 2));
          CHECK(first_of(mid) == clamp(k + 1 - degree / 2));
        }
      }
      auto outside = sc::spk::read_unequal_step_window(*file, seg, seg.start_et - 1.0);
      REQUIRE_FALSE(outside.ok());
      CHECK(outside.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
    }
  }
}
