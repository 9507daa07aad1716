// SPK type 14 (Chebyshev polynomials, unequal time steps; core/spk/types/type14_chebyshev_unequal_step):
// copies of type 3 records give the type 3 states bit for bit; the packet whose epoch is the last
// <= et, through the directory; CSPICE's states on the generated kernel; coverage and corrupt
// records.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "spk_builders.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace {

using sc_test::CspiceState;
using sc_test::SegmentPatch;
using sc_test::build;
using sc_test::check_cspice_states;
using sc_test::check_patches;
using sc_test::naive_chebyshev;
using sc_test::spec;
using sc_test::synthetic_type14;
using sc_test::type14_bytes;
using sc_test::error_code;
using sc_test::fixture_bytes;
using sc_test::ok;
using sc_test::open_spk;
using sc_test::segment_words;
using sc::Context;
using sc::kernels::OutputKind;
using sc::spk::Segment;
using sc::spk::SegmentSpec;

}  // namespace

// --- Type 14 ------------------------------------------------------------------------------------
TEST_CASE("Type 14 segments copied from type 3 records give the type 3 states bit for bit") {
  const auto original = open_spk(fixture_bytes("spk/jup310.bsp"), "jup310.bsp");
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/t14.bsp", "type 14 copy", 0, OutputKind::virtual_output));
  std::vector<Segment> copied;
  for (const auto& s : sc_test::spk_segments(*original)) {
    if (s.type != 3) continue;
    const auto w = segment_words(*original, s);
    const double init = w[w.size() - 4], intlen = w[w.size() - 3];
    const int rsize = static_cast<int>(w[w.size() - 2]), n = static_cast<int>(w.back());
    std::vector<double> records(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(rsize) * n);
    std::vector<double> epochs;
    for (int i = 0; i < n; ++i) epochs.push_back(init + i * intlen);
    const SegmentSpec sp{s.target, s.center, "J2000", {}, s.start_et, s.end_et, s.name};
    ok(sc::spk::spkw14(ctx, h, sp, n, (rsize - 2) / 6 - 1, records, epochs));
    copied.push_back(s);
  }
  REQUIRE(copied.size() == 9);
  const auto closed = ok(sc::spk::spkcls(ctx, h));
  const auto copy =
      open_spk(std::vector<std::uint8_t>(closed.bytes.span().begin(), closed.bytes.span().end()), "t14.bsp");
  REQUIRE(sc_test::spk_segments(*copy).size() == copied.size());
  int compared = 0;
  for (std::size_t k = 0; k < copied.size(); ++k) {
    const Segment& s3 = copied[k];
    const Segment s14 = sc_test::spk_segments(*copy)[k];
    CHECK(s14.type == 14);
    CHECK(s14.target == s3.target);
    const auto w = segment_words(*original, s3);
    const double init = w[w.size() - 4], intlen = w[w.size() - 3];
    std::vector<double> epochs{s3.start_et, s3.end_et};
    for (int i = 0; i < 97; ++i) epochs.push_back(s3.start_et + (s3.end_et - s3.start_et) * i / 97.0);
    for (int i = 1; i < static_cast<int>(w.back()); ++i) epochs.push_back(init + i * intlen);  // boundaries
    for (double et : epochs) {
      if (!s3.covers(et)) continue;
      const auto a = ok(sc::spk::evaluate_segment(*original, s3, et));
      const auto b = ok(sc::spk::evaluate_segment(*copy, s14, et));
      CHECK_MESSAGE(std::memcmp(a.data(), b.data(), sizeof a) == 0, "body " << s3.target << " at " << et);
      ++compared;
    }
  }
  CHECK(compared > 900);

  // Through the normal SPK path: the staged output furnished in one context, the original in another.
  ok(ctx.kernels().furnsh("/kernels/t14.bsp"));
  Context reference;
  ok(reference.kernels().furnsh_bytes("/kernels/jup310.bsp",
                                      sc::io::Bytes::from_vector(fixture_bytes("spk/jup310.bsp"))));
  for (int body : {501, 502, 503, 504, 505}) {
    const Segment* s3 = nullptr;
    for (const Segment& s : copied) {
      if (s.target == body) s3 = &s;
    }
    REQUIRE(s3 != nullptr);
    for (int i = 0; i <= 10; ++i) {
      const double et = s3->start_et + (s3->end_et - s3->start_et) * i / 10.0;
      const auto a = ok(sc::spk::geometric_state_j2000(reference.kernels(), body, et, 5));
      const auto b = ok(sc::spk::geometric_state_j2000(ctx.kernels(), body, et, 5));
      CHECK(std::memcmp(a.data(), b.data(), sizeof a) == 0);
    }
  }
}

TEST_CASE("Type 14 evaluation: the packet whose epoch is the last <= et, its polynomials, through the directory") {
  const auto d = synthetic_type14();
  const auto file = open_spk(type14_bytes(d), "t14.bsp");
  const Segment s = sc_test::spk_segments(*file)[0];
  for (int i = 0; i < d.n; ++i) {
    const double* rec = &d.records[static_cast<std::size_t>(i) * 26];
    // At its own start epoch (s = -1 exactly) the record gives c0 - 0.5 + 0.25 + 0.125; the
    // previous record would give (i - 1) + 0.625 there.
    const auto at_start = ok(sc::spk::evaluate_segment(*file, s, d.epochs[i]));
    for (int c = 0; c < 6; ++c) CHECK(at_start[c] == i + 1000.0 * c - 0.125);
    // Inside: the Chebyshev sum, against the three-term recurrence.
    for (double f : {0.1, 0.5, 0.93}) {
      const double et = d.epochs[i] + f * (d.epochs[i + 1] - d.epochs[i]);
      const auto got = ok(sc::spk::evaluate_segment(*file, s, et));
      for (int c = 0; c < 6; ++c) {
        const double want = naive_chebyshev(rec + 2 + 4 * c, 4, rec[0], rec[1], et);
        CHECK(std::fabs(got[c] - want) <= 1e-12 * std::fabs(want) + 1e-12);
      }
    }
  }
  // The segment's last instant belongs to the last record (s = +1: c0 + 0.5 + 0.25 - 0.125).
  const auto at_end = ok(sc::spk::evaluate_segment(*file, s, d.epochs.back()));
  CHECK(at_end[0] == d.n - 1 + 0.625);
}

// --- Against CSPICE -----------------------------------------------------------------------------
TEST_CASE("Type 14 agrees with CSPICE N0067's spkgeo on the generated kernel, bit for bit") {
  // Type 14 needs no transcendental functions and must match bit for bit.
  const CspiceState cases[] = {
      {"generated/type14.bsp",
       1000000.0000000000,
       {696.25902060358521, 595.49797140795522, -52.761166420549955, -652.51193116258651, -652.34623560668695,
        -52.416419482800734}},
      {"generated/type14.bsp",
       1001800.5000000000,
       {1044.9524476860427, 755.03473849885313, -229.05842724308641, -1002.5563313347911, -854.30856792269435,
        79.386552991711142}},
      {"generated/type14.bsp",
       1234500.0000000000,
       {127.25634285739483, 757.55071732281021, 691.35645590576019, -10.467742717394913, -702.66794696064676,
        -748.83848128754335}},
      {"generated/type14.bsp",
       1450000.0000000000,
       {-725.99613281288214, -257.54011425923761, 447.69709763726178, 741.32366262700998, 353.38067098671502,
        -359.45887986030493}},
      {"generated/type14.bsp",
       1500007.2500000000,
       {-157.79334593913569, 627.79763634750714, 836.19436701338770, 275.79785295505860, -538.16593520318713,
        -857.34244441499038}},
      {"generated/type14.bsp",
       1673800.0000000000,
       {-1119.6589455272710, -938.72252450609017, 105.27105640526571, 1052.4789135399708, 1032.0425113212154,
        62.750983701626126}},
  };
  check_cspice_states(cases, true);
}

TEST_CASE("Evaluating type 14 outside its coverage or from corrupt records fails with CSPICE's codes") {
  const auto d = synthetic_type14();
  const auto t14 = type14_bytes(d);
  const auto file14 = open_spk(t14, "t14.bsp");
  const Segment s14 = sc_test::spk_segments(*file14)[0];
  CHECK(error_code(sc::spk::evaluate_segment(*file14, s14, d.epochs.back() + 1)) == "SPICE(TIMEOUTOFBOUNDS)");
  CHECK(error_code(sc::spk::evaluate_segment(*file14, s14, d.epochs.front() - 1)) == "SPICE(TIMEOUTOFBOUNDS)");

  // Through spkgeo: no segment covers the epoch.
  Context ctx;
  ok(ctx.kernels().furnsh_bytes("/kernels/t14.bsp", sc::io::Bytes::from_vector(t14)));
  CHECK(sc::spk::geometric_state_j2000(ctx.kernels(), -77, 0.0, 399).ok());
  CHECK(error_code(sc::spk::geometric_state_j2000(ctx.kernels(), -77, d.epochs.back() + 1, 399)) ==
        "SPICE(SPKINSUFFDATA)");

  // A descriptor starting before the first epoch (CSPICE's writer allows it): no packet there.
  const auto early = open_spk(build([&](sc::daf::DafWriter& w) {
                                return sc::spk::spkw14(w, spec(-77, 399, d.epochs.front() - 10, d.epochs.back()), d.n,
                                                       d.degree, d.records, d.epochs);
                              }),
                              "early.bsp");
  CHECK(error_code(sc::spk::evaluate_segment(*early, sc_test::spk_segments(*early)[0], d.epochs.front() - 5)) ==
        "SPICE(REQUESTOUTOFBOUNDS)");

  const std::vector<SegmentPatch> patches{
      {t14, 0, 33.0, "SPICE(SPKRECTOOLARGE)"},  // NCOEFF: 33 * 6 + 3 > 198
      {t14, 0, 0.0, "SPICE(INVALIDCOUNT)"},
      {t14, 0, 5.0, "SPICE(INVALIDCOUNT)"},       // packets too small for five coefficients
      {t14, -1, 3.0, "SPICE(INVALIDMETADATA)"},   // NMETA
      {t14, -12, 1e6, "SPICE(INVALIDMETADATA)"},  // REFBAS
  };
  check_patches(patches);
}
