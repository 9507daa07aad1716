// The epoch search of the SPK record types (core/spk/records/epoch_search): through the directory it
// counts as a linear scan does, at and between epochs.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "golden_fixture.hpp"
#include "json.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/records/epoch_search.hpp"
#include "spk_golden.hpp"
#include "spk_images.hpp"

namespace {

using sc_test::open_spk;
using sc::spk::Segment;

}  // namespace

// --- Epoch directory search ---------------------------------------------------------------------
TEST_CASE("Epoch search through the directory counts as a linear scan does, at and between epochs") {
  for (long long n : {1LL, 7LL, 99LL, 100LL, 101LL, 200LL, 250LL}) {
    std::vector<double> epochs;
    for (long long k = 0; k < n; ++k) epochs.push_back(1000.0 + 10.0 * static_cast<double>(k) + (k % 3));
    // Both directory sizes: (N - 1)/100 entries (types 9, 13) and N/100 (types 1, 5, 21).
    for (long long dir_count : {(n - 1) / 100, n / 100}) {
      // States (zeros), epochs, directory, and a type 9 trailer.
      std::vector<double> data(static_cast<std::size_t>(6 * n), 0.0);
      sc_test::append(data, epochs);
      sc_test::append(data, sc_test::directory(epochs, static_cast<std::size_t>(dir_count)));
      sc_test::append(data, {0.0, static_cast<double>(n)});
      const auto file = open_spk(sc_test::make_spk({{9, epochs.front(), epochs.back(), data}}), "search.bsp");
      const Segment seg = sc_test::spk_segments(*file)[0];
      sc::spk::EpochList list;
      list.first = seg.begin + 6 * n;
      list.count = n;
      list.directory = list.first + n;
      list.directory_count = dir_count;
      std::vector<double> probes{epochs.front() - 1, epochs.back() + 1};
      for (double e : epochs) {
        probes.push_back(e);
        probes.push_back(e + 0.5);
        probes.push_back(std::nextafter(e, -1e300));
      }
      for (double et : probes) {
        const auto before = std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e < et; });
        const auto up_to = std::count_if(epochs.begin(), epochs.end(), [&](double e) { return e <= et; });
        auto got_before = sc::spk::count_epochs_before(*file, seg, list, et);
        auto got_up_to = sc::spk::count_epochs_up_to(*file, seg, list, et);
        REQUIRE(got_before.ok());
        REQUIRE(got_up_to.ok());
        CHECK_MESSAGE(*got_before == before, "N = " << n << ", directory " << dir_count << ", et = " << et);
        CHECK_MESSAGE(*got_up_to == up_to, "N = " << n << ", directory " << dir_count << ", et = " << et);
      }
    }
  }
}
