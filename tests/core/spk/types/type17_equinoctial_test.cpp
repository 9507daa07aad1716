// SPK type 17 (equinoctial elements; core/spk/types/type17_equinoctial): constant elements give the
// state they describe and repeat each period; with rates the elements drift linearly and the
// velocity is the position's derivative; CSPICE's states on the generated kernel; coverage and
// corrupt records.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <vector>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "math/angles.hpp"
#include "math/vector_ops.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::Classical;
using sc_test::CspiceState;
using sc_test::SegmentPatch;
using sc_test::build;
using sc_test::check_close;
using sc_test::check_cspice_states;
using sc_test::check_patches;
using sc_test::classical_state;
using sc_test::equinoctial_of;
using sc_test::evaluate_only;
using sc_test::from_equator;
using sc_test::kGmEarth;
using sc_test::norm;
using sc_test::pos;
using sc_test::spec;
using sc_test::vel;
using sc_test::Vec3;
using sc_test::error_code;
using sc_test::ok;
using sc_test::open_spk;
using sc::Context;
using sc::spk::State;
using sc::math::kPi;

}  // namespace

// --- Type 17 ------------------------------------------------------------------------------------
TEST_CASE("Type 17 with constant elements returns the state the elements describe, and repeats each period") {
  const Classical orbit{26000.0, 0.3, 0.7, 1.1, 2.3, 0.4};
  const double n = std::sqrt(kGmEarth / (orbit.a * orbit.a * orbit.a));
  const auto eqel = equinoctial_of(orbit, 0, n, 0);
  const double epoch = 5.0e8;
  const State want = classical_state(orbit, kGmEarth);
  for (auto pole : {std::pair{-kPi / 2, kPi / 2}, std::pair{0.3, 1.1}, std::pair{4.0, -0.5}}) {
    const double ra = pole.first, dec = pole.second;  // not bindings: lambdas capture them (clang < 16)
    CAPTURE(ra);
    const auto file = open_spk(build([&](sc::daf::DafWriter& w) {
                                 return sc::spk::spkw17(w, spec(-17, 399, 0.0, 1.0e9), epoch, eqel, ra, dec);
                               }),
                               "t17.bsp");
    const Vec3 r = from_equator(pos(want), ra, dec), v = from_equator(vel(want), ra, dec);
    const State expected{r[0], r[1], r[2], v[0], v[1], v[2]};
    const State at_epoch = evaluate_only(*file, epoch);
    check_close(at_epoch, expected, 1e-12, "at the epoch");
    for (int k : {1, 2, -3}) check_close(evaluate_only(*file, epoch + k * 2 * kPi / n), at_epoch, 1e-10, "period");
    // Half a period on, the elements describe the state at M + pi.
    Classical half = orbit;
    half.m += kPi;
    const State w2 = classical_state(half, kGmEarth);
    const Vec3 r2 = from_equator(pos(w2), ra, dec), v2 = from_equator(vel(w2), ra, dec);
    check_close(evaluate_only(*file, epoch + kPi / n), {r2[0], r2[1], r2[2], v2[0], v2[1], v2[2]}, 1e-10, "half");
  }
}

TEST_CASE("Type 17 with rates: the elements drift linearly and the velocity is the position's derivative") {
  const Classical orbit{9000.0, 0.12, 0.5, -0.7, 0.9, 2.0};
  const double n = std::sqrt(kGmEarth / (orbit.a * orbit.a * orbit.a));
  const double dnode = -3.0e-7, dargp = 5.0e-7;
  const auto eqel = equinoctial_of(orbit, dargp, n, dnode);
  const double epoch = -2.0e7;
  const auto file = open_spk(build([&](sc::daf::DafWriter& w) {
                               return sc::spk::spkw17(w, spec(-17, 399, -1.0e9, 1.0e9), epoch, eqel, 0.2, 1.3);
                             }),
                             "t17.bsp");
  for (double dt : {0.0, 1234.5, 86400.0, -3.0e5, 2.0e6}) {
    CAPTURE(dt);
    Classical now = orbit;
    now.node += dnode * dt;
    now.argp += dargp * dt;
    now.m += n * dt;
    const State w = classical_state(now, kGmEarth);
    const Vec3 want = from_equator(pos(w), 0.2, 1.3);
    const State got = evaluate_only(*file, epoch + dt);
    for (int k = 0; k < 3; ++k) CHECK(std::fabs(got[k] - want[k]) <= 1e-11 * norm(want));
    // A five-point derivative with a step of 1 s, which keeps every epoch exact. (The tolerance is
    // the rounding of the mean longitude rate times dt, some 1e-13 rad after 2e6 s.)
    const double h = 1.0;
    const double et = epoch + dt;
    const State m2 = evaluate_only(*file, et - 2 * h), m1 = evaluate_only(*file, et - h);
    const State p1 = evaluate_only(*file, et + h), p2 = evaluate_only(*file, et + 2 * h);
    for (int k = 0; k < 3; ++k) {
      const double derivative = (8 * (p1[k] - m1[k]) - (p2[k] - m2[k])) / (12 * h);
      CHECK(std::fabs(got[k + 3] - derivative) <= 1e-9 * norm(vel(got)));
    }
  }
}

TEST_CASE("Type 17 agrees with CSPICE N0067's spkgeo on the generated kernel") {
  // Held to the golden files' tolerance, as type 15 (sin and cos of sc::math and of CSPICE's C
  // library may differ in the last bit).
  const CspiceState cases[] = {
      {"generated/type17.bsp",
       -1000000.0000000000,
       {-19567.107990646840, 14091.383043757152, -6443.8322857302664, -2.0963615255012034, -3.0946992492848655,
        1.1830702140535363}},
      {"generated/type17.bsp",
       -330000.00000000000,
       {-23003.277343578811, -2940.4553494145352, 825.96974761309230, 0.99283524386154487, -3.7509543664221559,
        1.6523679277676713}},
      {"generated/type17.bsp",
       0.0000000000000000,
       {-23353.118554776051, 6886.8553443129476, -3344.0679261178830, -0.82000191385569909, -3.5597989903229177,
        1.5890167368633508}},
      {"generated/type17.bsp",
       1234.5000000000000,
       {-23870.086881704188, 2379.5556939488074, -1326.2155454420117, -0.0053493020467978436, -3.7183892096714337,
        1.6694174008439502}},
      {"generated/type17.bsp",
       500000.00000000000,
       {23100.100866870394, 6552.9463287075614, -3154.2573114968063, -0.77736275732542381, 3.5929365844329233,
        -1.6839598266649944}},
      {"generated/type17.bsp",
       1000000.0000000000,
       {-24149.437065380538, -718.14281939953707, 805.73307903931072, 0.61732836780345024, -3.6006409942133573,
        1.7503853540544956}},
  };
  check_cspice_states(cases, false);
}

TEST_CASE("Evaluating type 17 outside its coverage or from corrupt records fails with CSPICE's codes") {
  // Through spkgeo: no segment covers the epoch.
  Context ctx;
  const std::array<double, 9> elements{7000.0, 0.1, 0.2, 0.0, 0.1, 0.1, 0.0, 1e-3, 0.0};
  ok(ctx.kernels().furnsh_bytes("/kernels/t17.bsp", sc::io::Bytes::from_vector(build([&](sc::daf::DafWriter& w) {
                                  return sc::spk::spkw17(w, spec(-17, 399, 0.0, 100.0), 0.0, elements, 0.0, 1.0);
                                }))));
  CHECK(sc::spk::geometric_state_j2000(ctx.kernels(), -17, 50.0, 399).ok());
  CHECK(error_code(sc::spk::geometric_state_j2000(ctx.kernels(), -17, -1.0, 399)) == "SPICE(SPKINSUFFDATA)");

  const auto t17 = build(
      [&](sc::daf::DafWriter& w) { return sc::spk::spkw17(w, spec(-17, 399, 0.0, 100.0), 0.0, elements, 0.0, 1.0); });
  const std::vector<SegmentPatch> patches{
      {t17, 1, -7000.0, "SPICE(BADSEMIAXIS)"},
      {t17, 2, 0.95, "SPICE(BADECCENTRICITY)"},
  };
  check_patches(patches);

  // A record of the wrong length.
  const auto wrong = build([&](sc::daf::DafWriter& w) {
    const double dc[2] = {0.0, 100.0};
    const int ic[4] = {-9, 399, 1, 17};
    return w.add_array(dc, ic, "SHORT", std::vector<double>(13, 1.0));
  });
  const auto file = open_spk(wrong, "wrong.bsp");
  CHECK(error_code(sc::spk::evaluate_segment(*file, sc_test::spk_segments(*file)[0], 50.0)) ==
        "SPICE(MALFORMEDSEGMENT)");
}
