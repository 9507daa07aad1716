// SPK type 10 (core/spk/types/type10_two_line_elements): SPKR10's choice of sets, SPKE10's blend
// and ZZTEME's frame change, on a segment written by spkw10 from NAIF's NORAD 18123 example sets.
// CSPICE reads the same files with the same bits (tests/writers/spk-writers-10.test.mjs).
#include <doctest/doctest.h>

#include <cmath>
#include <span>
#include <vector>

#include "daf/daf_writer.hpp"
#include "math/angles.hpp"
#include "math/trig.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk_builders.hpp"
#include "tle/teme_frame.hpp"
#include "tle_sets.hpp"
#include "writers/spk/generic_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"

namespace {

using sc::math::State;
using sc_test::ok;

// TEME to J2000 as SPKE10 applies it (MXVG).
State to_j2000(double et, const State& teme) {
  const auto m = sc::tle::teme_to_j2000(et);
  State out{};
  for (int i = 0; i < 6; ++i) {
    double sum = 0.0;
    for (int k = 0; k < 6; ++k) sum += m[i][k] * teme[k];
    out[i] = sum;
  }
  return out;
}

std::span<const double> set(const sc_test::TleSets& s, std::size_t i) { return std::span(s.elems).subspan(10 * i, 10); }

}  // namespace

TEST_CASE("Type 10: one set at and beyond the ends, the two sets around et blended between") {
  const sc::Context ctx = sc_test::context_with_lsk();
  const auto sets = sc_test::norad_18123(ctx);
  const double first = sets.epochs.front() - 43200.0;
  const double last = sets.epochs.back() + 43200.0;
  const auto bytes = sc_test::build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw10(w, sc_test::spec(-118123, 399, first, last), sc_test::kGeophysicalKer,
                           static_cast<int>(sets.epochs.size()), sets.elems, sets.epochs);
  });
  const auto file = sc_test::open_spk(bytes, "t10.bsp");
  const auto seg = sc_test::spk_segments(*file)[0];
  CHECK(seg.type == 10);
  const auto kernel = sc::time::read_time_kernel(ctx.pool());
  auto eval = [&](double et) { return ok(sc::spk::evaluate_segment(ctx.pool(), *file, seg, et)); };
  auto sgp4 = [&](std::size_t i, double et) { return ok(sc::tle::propagate(kernel, sc_test::kGeophysicalKer, set(sets, i), et)); };

  // At each set's epoch: that set's SGP4 state in J2000, bit for bit (the blend weight of the
  // other set is exactly 0 there).
  for (std::size_t i = 0; i < sets.epochs.size(); ++i) {
    const double et = sets.epochs[i];
    CHECK(eval(et) == to_j2000(et, sgp4(i, et)));
  }
  // Before the first and after the last epoch, the nearest set alone.
  CHECK(eval(first) == to_j2000(first, sgp4(0, first)));
  CHECK(eval(last) == to_j2000(last, sgp4(8, last)));
  // Between two epochs, SPKE10's weights: w = (1 + cos(pi (et - t1) / (t2 - t1))) / 2.
  for (std::size_t i = 0; i + 1 < sets.epochs.size(); ++i) {
    const double t1 = sets.epochs[i];
    const double t2 = sets.epochs[i + 1];
    for (double f : {0.1, 0.5, 0.77}) {
      const double et = t1 + f * (t2 - t1);
      const State s1 = sgp4(i, et);
      const State s2 = sgp4(i + 1, et);
      const double arg = (et - t1) * sc::math::kPi / (t2 - t1);
      const double w = sc::math::cos(arg) * 0.5 + 0.5;
      const double dwdt = sc::math::sin(arg) * -0.5 * (sc::math::kPi / (t2 - t1));
      State blended{};
      for (int k = 0; k < 6; ++k) blended[k] = w * s1[k] + (1.0 - w) * s2[k];
      for (int k = 0; k < 3; ++k) blended[k + 3] = blended[k + 3] + (dwdt * s1[k] + -dwdt * s2[k]);
      CHECK(eval(et) == to_j2000(et, blended));
    }
  }
  // The evaluation needs the LSK, as XXSGP4I does.
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(*file, seg, sets.epochs[3])) == "SPICE(NOLEAPSECONDS)");
}

TEST_CASE("Type 10: packets of 10 words (older writers) read as SPKR10 reads them") {
  const sc::Context ctx = sc_test::context_with_lsk();
  const auto sets = sc_test::norad_18123(ctx);
  const auto spec = sc_test::spec(-118123, 399, sets.epochs.front(), sets.epochs.back());
  auto file_with = [&](long long packet_words, int index_type) {
    std::vector<double> packets;
    for (std::size_t i = 0; i < sets.epochs.size(); ++i) {
      const auto s = set(sets, i);
      packets.insert(packets.end(), s.begin(), s.end());
      packets.resize(packets.size() + static_cast<std::size_t>(packet_words - 10), 0.0);
    }
    const auto data =
        sc::writers::explicit_fixed_segment(sc_test::kGeophysicalKer, packets, packet_words, sets.epochs, index_type);
    return sc_test::open_spk(sc_test::build([&](sc::daf::DafWriter& w) { return sc::writers::write_segment(w, spec, 10, data); }),
                             "t10-old.bsp");
  };
  const auto written = sc_test::build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw10(w, spec, sc_test::kGeophysicalKer, 9, sets.elems, sets.epochs);
  });
  const auto current = sc_test::open_spk(written, "t10.bsp");
  const auto old = file_with(10, 4);
  for (double et : {sets.epochs[0], sets.epochs[2] + 1000.0, sets.epochs[5], sets.epochs[8] - 7.5}) {
    const auto a = ok(sc::spk::evaluate_segment(ctx.pool(), *current, sc_test::spk_segments(*current)[0], et));
    const auto b = ok(sc::spk::evaluate_segment(ctx.pool(), *old, sc_test::spk_segments(*old)[0], et));
    CHECK(a == b);  // the nutation words are not read
  }
  const auto odd = file_with(12, 4);
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(ctx.pool(), *odd, sc_test::spk_segments(*odd)[0], sets.epochs[1])) ==
        "SPICE(INVALIDCOUNT)");
}

TEST_CASE("Type 10: SGP4's and the segment's errors") {
  const sc::Context ctx = sc_test::context_with_lsk();
  auto sets = sc_test::norad_18123(ctx);
  sets.elems[10 + 5] = 0.3;  // the second set's perigee inside the Earth
  const auto bytes = sc_test::build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw10(w, sc_test::spec(-118123, 399, sets.epochs.front(), sets.epochs.back()),
                           sc_test::kGeophysicalKer, 9, sets.elems, sets.epochs);
  });
  const auto file = sc_test::open_spk(bytes, "t10.bsp");
  const auto seg = sc_test::spk_segments(*file)[0];
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(ctx.pool(), *file, seg, sets.epochs[0])) == "(ok)");
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(ctx.pool(), *file, seg, sets.epochs[1] - 60.0)) ==
        "SPICE(SUBORBITAL)");
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(ctx.pool(), *file, seg, sets.epochs[4])) == "(ok)");
  // A segment without element sets (SPKW10 writes one for n = 0).
  const auto empty = sc_test::open_spk(sc_test::build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw10(w, sc_test::spec(-1, 399, 0.0, 10.0), sc_test::kGeophysicalKer, 0, {}, {});
  }), "t10-empty.bsp");
  CHECK(sc_test::error_code(sc::spk::evaluate_segment(ctx.pool(), *empty, sc_test::spk_segments(*empty)[0], 5.0)) ==
        "SPICE(REQUESTOUTOFBOUNDS)");
}
