// SPK type 19 (ESOC/DDID piecewise interpolation; core/spk/types/type19_piecewise_interpolation):
// each interval uses its own mini-segment, the boundary flag picks at shared bounds, the interval
// directory over 250 intervals, coverage, and corrupt segments and mini-segment controls.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "packet_windows.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_builders.hpp"

namespace {

using sc_test::TrailerPatch;
using sc_test::check_outside_coverage;
using sc_test::check_trailer_patches;
using sc_test::only_segment;
using sc_test::check_node;
using sc_test::expected_window;
using sc_test::interpolate;
using sc_test::probes_around;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::put_double;
using sc_test::same_bits;
using sc_test::segment_words;
using sc::spk::Segment;
using sc::spk::State;

}  // namespace

TEST_CASE("Type 19: each interval uses its own mini-segment, and the boundary flag picks at shared bounds") {
  const auto in = sc_test::three_interval_input();
  // Each mini-segment's packets and epochs, cut from SPKW19's concatenated inputs.
  std::vector<std::vector<double>> packets, epochs;
  std::size_t p = 0, e = 0;
  for (int i = 0; i < in.nintvl; ++i) {
    const std::size_t n = static_cast<std::size_t>(in.npkts[i]);
    const std::size_t words = n * (in.subtps[i] == 0 ? 12 : 6);
    packets.emplace_back(in.packts.begin() + static_cast<std::ptrdiff_t>(p),
                         in.packts.begin() + static_cast<std::ptrdiff_t>(p + words));
    epochs.emplace_back(in.epochs.begin() + static_cast<std::ptrdiff_t>(e),
                        in.epochs.begin() + static_cast<std::ptrdiff_t>(e + n));
    p += words;
    e += n;
  }
  auto window_size = [&](int i) {
    return static_cast<std::size_t>(in.subtps[i] == 1 ? in.degres[i] + 1 : (in.degres[i] + 1) / 2);
  };
  auto expect = [&](int i, double et) {
    return interpolate(in.subtps[i], packets[i], epochs[i], expected_window(epochs[i], window_size(i), et), et);
  };
  for (bool select_last : {true, false}) {
    CAPTURE(select_last);
    const auto file = open_spk(sc_test::type19_kernel(in, select_last), "type19.bsp");
    const Segment& seg = only_segment(*file);
    CHECK(seg.type == 19);
    CHECK(segment_words(*file, seg).end()[-2] == (select_last ? 1.0 : -1.0));
    for (int i = 0; i < in.nintvl; ++i) {
      CAPTURE(i);
      // Strictly inside interval i (the padding epochs outside it are interpolated from but
      // never selected there).
      const double lo = std::nextafter(in.ivlbds[i], 1e300), hi = std::nextafter(in.ivlbds[i + 1], -1e300);
      int compared = 0;
      for (double et : probes_around(epochs[i], lo, hi)) {
        CHECK_MESSAGE(same_bits(ok(sc::spk::evaluate_segment(*file, seg, et)), expect(i, et)), "et = " << et);
        ++compared;
      }
      CHECK(compared > 50);
      // The first packet inside the interval is returned at its epoch.
      const auto k = static_cast<std::size_t>(
          std::find_if(epochs[i].begin(), epochs[i].end(), [&](double t) { return t > in.ivlbds[i]; }) -
          epochs[i].begin());
      check_node(ok(sc::spk::evaluate_segment(*file, seg, epochs[i][k])), packets[i], in.subtps[i] == 0 ? 12 : 6, k);
    }
    // The shared bounds: the later interval with the flag set, the earlier one without. The
    // mini-segments hold differently offset positions, so the two answers differ.
    for (int i = 1; i < in.nintvl; ++i) {
      const double bound = in.ivlbds[i];
      const auto got = ok(sc::spk::evaluate_segment(*file, seg, bound));
      const State later = expect(i, bound), earlier = expect(i - 1, bound);
      CHECK(std::fabs(later[0] - earlier[0]) > 0.1);
      CHECK(same_bits(got, select_last ? later : earlier));
    }
    // The segment's ends belong to the first and last intervals whatever the flag.
    CHECK(same_bits(ok(sc::spk::evaluate_segment(*file, seg, in.ivlbds.front())), expect(0, in.ivlbds.front())));
    CHECK(same_bits(ok(sc::spk::evaluate_segment(*file, seg, in.ivlbds.back())), expect(2, in.ivlbds.back())));
  }
}

TEST_CASE("Type 19 with 250 intervals: the interval directory finds the interval a linear scan finds") {
  const auto in = sc_test::many_interval_input(250);
  std::vector<std::size_t> first_packet{0}, first_epoch{0};
  for (int i = 0; i < in.nintvl; ++i) {
    first_packet.push_back(first_packet.back() + static_cast<std::size_t>(in.npkts[i]) * 6);
    first_epoch.push_back(first_epoch.back() + static_cast<std::size_t>(in.npkts[i]));
  }
  auto expect = [&](int i, double et) {
    const std::vector<double> pk(in.packts.begin() + static_cast<std::ptrdiff_t>(first_packet[i]),
                                 in.packts.begin() + static_cast<std::ptrdiff_t>(first_packet[i + 1]));
    const std::vector<double> ep(in.epochs.begin() + static_cast<std::ptrdiff_t>(first_epoch[i]),
                                 in.epochs.begin() + static_cast<std::ptrdiff_t>(first_epoch[i + 1]));
    return interpolate(1, pk, ep, expected_window(ep, static_cast<std::size_t>(in.degres[i] + 1), et), et);
  };
  for (bool select_last : {true, false}) {
    CAPTURE(select_last);
    const auto file = open_spk(sc_test::type19_kernel(in, select_last), "type19-many.bsp");
    const Segment& seg = only_segment(*file);
    std::vector<double> probes;
    for (double b : in.ivlbds) {
      for (double p : {b, std::nextafter(b, -1e300), std::nextafter(b, 1e300), b + 31.0}) probes.push_back(p);
    }
    for (double et : probes) {
      if (et < seg.start_et || et > seg.end_et) continue;
      // Flag set: the last interval starting at or before et; else the first one ending at or after it.
      int i = 0;
      if (select_last) {
        while (i + 1 < in.nintvl && in.ivlbds[static_cast<std::size_t>(i + 1)] <= et) ++i;
      } else {
        while (in.ivlbds[static_cast<std::size_t>(i + 1)] < et) ++i;
      }
      CHECK_MESSAGE(same_bits(ok(sc::spk::evaluate_segment(*file, seg, et)), expect(i, et)), "et = " << et);
    }
  }
}

TEST_CASE("Type 19 outside its coverage: TIMEOUTOFBOUNDS from the reader, SPKINSUFFDATA from spkgeo") {
  for (const char* name : {"generated/type19.bsp"}) check_outside_coverage(name);
}

TEST_CASE("Corrupt type 19 segments fail with CSPICE's codes, naming the file") {
  const TrailerPatch patches[] = {
      {"generated/type19.bsp", 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {"generated/type19.bsp", 0, 1e6, "SPICE(INVALIDCOUNT)"},
      {"generated/type19.bsp", 5, -3.0, "SPICE(INVALIDCOUNT)"},  // pointer 1 (3 intervals)
      {"generated/type19.bsp", 4, 2.0, "SPICE(INVALIDCOUNT)"},   // pointer 2: mini-segment 1 too short
      {"generated/type19.bsp", 9, 5000.0, "SPICE(BUG)"},         // bound 1 after et: no interval has it
  };
  check_trailer_patches(patches);

  // Type 19 mini-segment controls: the middle interval's subtype and window.
  const auto in = sc_test::three_interval_input();
  auto bytes = sc_test::generated_kernel("generated/type19.bsp");
  const Segment seg = only_segment(*open_spk(bytes, "t19"));
  const auto words = segment_words(*open_spk(bytes, "t19"), seg);
  const auto n = static_cast<long long>(words.back());
  const long long pointer3 = static_cast<long long>(words[words.size() - 2 - static_cast<std::size_t>(n + 1) + 2]);
  const long long control2 = seg.begin + pointer3 - 2 - 2;  // subtype of mini-segment 2
  const double et = (in.ivlbds[1] + in.ivlbds[2]) / 2;
  for (auto [offset, value, code] : {std::tuple{0LL, 5.0, "SPICE(NOTSUPPORTED)"},
                                     {1LL, 9.0, "SPICE(INVALIDVALUE)"},
                                     {1LL, 30.0, "SPICE(INVALIDVALUE)"},
                                     {2LL, 1e5, "SPICE(INVALIDCOUNT)"}}) {
    auto b = bytes;
    put_double(b, control2 + offset, value);
    const auto damaged = open_spk(b, "mini.bsp");
    auto s = sc::spk::evaluate_segment(*damaged, only_segment(*damaged), et);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().short_code == code);
    CHECK(s.error().long_msg.find("mini.bsp") != std::string::npos);
  }
}
