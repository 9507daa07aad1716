// SPKs written in tests with the core's writers: a one-segment file from a DafWriter call, a
// descriptor, a segment's state, patched words and the errors they must give, CSPICE's states on
// the generated kernels, and the synthetic type 14 records and type 15 conic the type tests and
// the writer tests share.
#pragma once

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "context.hpp"
#include "daf/daf_writer.hpp"
#include "fixtures.hpp"
#include "generated_kernels.hpp"
#include "orbits.hpp"
#include "segment_files.hpp"
#include "spk/segment_evaluation.hpp"
#include "spk/spk_api.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_api.hpp"

namespace sc_test {

using sc::Context;
using sc::kernels::OutputKind;
using SpkFile = sc::daf::SegmentFile;
using sc::spk::Segment;
using sc::spk::SegmentSpec;

// A one-segment SPK built in memory by a core writer (frame J2000 = 1).
inline std::vector<std::uint8_t> build(const std::function<sc::Status(sc::daf::DafWriter&)>& write) {
  auto writer = ok(sc::daf::DafWriter::create("/kernels/test.bsp", "SPK", 2, 6, "test", 0));
  ok(write(writer));
  return writer.bytes();
}

inline SegmentSpec spec(int body, int center, double first, double last, const char* segid = "TEST") {
  return SegmentSpec{body, center, "J2000", 1, first, last, segid};
}

inline State evaluate_only(const SpkFile& file, double et) {
  return ok(sc::spk::evaluate_segment(file, sc_test::spk_segments(file)[0], et));
}

// A word of a one-segment file overwritten (at `offset` from the segment's first word, or from
// its last when negative), and the error evaluating the damaged segment at mid-coverage must give.
struct SegmentPatch {
  std::vector<std::uint8_t> bytes;
  long long offset;
  double value;
  const char* code;
};

inline void check_patches(const std::vector<SegmentPatch>& patches) {
  for (const auto& p : patches) {
    auto bytes = p.bytes;
    const auto original = open_spk(bytes, "x");
    const Segment seg = sc_test::spk_segments(*original)[0];
    put_double(bytes, p.offset >= 0 ? seg.begin + p.offset : seg.end + 1 + p.offset, p.value);
    const auto damaged = open_spk(bytes, "damaged.bsp");
    const auto r =
        sc::spk::evaluate_segment(*damaged, sc_test::spk_segments(*damaged)[0], (seg.start_et + seg.end_et) / 2);
    CHECK_MESSAGE(error_code(r) == p.code,
                  "offset " << p.offset << " = " << p.value << ": " << (r.ok() ? "" : r.error().long_msg));
    if (!r.ok()) CHECK(r.error().long_msg.find("damaged.bsp") != std::string::npos);
  }
}

// CSPICE N0067's spkgeo(-1000, et, "J2000", 399) on a kernel of generated_kernels.cpp, from
// @rybosome/tspice 0.0.8 (native backend).
struct CspiceState {
  const char* kernel;
  double et;
  State expect;
};

// Each state to the golden files' tolerance; bit for bit too where `bit_exact`.
inline void check_cspice_states(std::span<const CspiceState> cases, bool bit_exact) {
  int identical = 0;
  for (const CspiceState& c : cases) {
    CAPTURE(c.kernel);
    CAPTURE(c.et);
    const auto file = open_spk(sc_test::generated_kernel(c.kernel), c.kernel);
    const State got = evaluate_only(*file, c.et);
    for (std::size_t k = 0; k < 6; ++k) CHECK(std::fabs(got[k] - c.expect[k]) <= 1e-9 + 1e-13 * std::fabs(c.expect[k]));
    const bool same = std::memcmp(got.data(), c.expect.data(), sizeof got) == 0;
    if (bit_exact) CHECK(same);
    identical += same ? 1 : 0;
  }
  MESSAGE(identical << " of " << cases.size() << " states bit-identical to CSPICE's");
}

// 250 records of degree 3 over unequal, integral intervals (so MID and RADIUS are exact): record i
// has c0 = i + 1000 c for component c, then 0.5, 0.25, -0.125 (exact in every evaluation).
struct Type14Data {
  std::vector<double> epochs;  // n + 1 boundaries
  std::vector<double> records;
  int n = 250;
  int degree = 3;
};

inline Type14Data synthetic_type14() {
  Type14Data d;
  double t = -5000.0;
  for (int i = 0; i <= d.n; ++i) {
    d.epochs.push_back(t);
    t += 2.0 * (10 + (i * 7) % 13);  // even lengths: MID and RADIUS are integers
  }
  for (int i = 0; i < d.n; ++i) {
    d.records.push_back((d.epochs[i] + d.epochs[i + 1]) / 2);
    d.records.push_back((d.epochs[i + 1] - d.epochs[i]) / 2);
    for (int c = 0; c < 6; ++c) {
      for (double v : {i + 1000.0 * c, 0.5, 0.25, -0.125}) d.records.push_back(v);
    }
  }
  return d;
}

inline std::vector<std::uint8_t> type14_bytes(const Type14Data& d) {
  return build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw14(w, spec(-77, 399, d.epochs.front(), d.epochs.back()), d.n, d.degree, d.records,
                           std::span(d.epochs).first(static_cast<std::size_t>(d.n)));
  });
}

struct Conic {
  double epoch = 1.0e8;
  Vec3 tp{0.2, -0.3, 0.9};  // not unit length: the writer normalises
  Vec3 pa{};                // set orthogonal to tp
  double p = 9000.0;
  double ecc = 0.25;
  double flag = 0.0;
  Vec3 pv{0.0, 0.1, 2.0};
  double gm = kGmEarth;
  double j2 = 1.08263e-3;
  double radius = 6378.137;
};

inline Conic conic() {
  Conic c;
  c.pa = scaled(3.0, cross(c.tp, {1.0, 0.4, 0.0}));
  return c;
}

inline std::vector<std::uint8_t> type15_bytes(const Conic& c, double first = 0.0, double last = 2.0e8) {
  return build([&](sc::daf::DafWriter& w) {
    return sc::spk::spkw15(w, spec(-15, 399, first, last), c.epoch, c.tp, c.pa, c.p, c.ecc, c.flag, c.pv, c.gm, c.j2,
                           c.radius);
  });
}

// The periapsis state from its definition: distance p/(1+e) along pa, the vis-viva speed there
// along tp x pa.
inline State periapsis_state(const Conic& c) {
  const double rp = c.p / (1 + c.ecc);
  const double vp = std::sqrt(c.gm * (2 / rp - (1 - c.ecc * c.ecc) / c.p));
  const Vec3 r = scaled(rp, unit(c.pa)), v = scaled(vp, unit(cross(c.tp, c.pa)));
  return {r[0], r[1], r[2], v[0], v[1], v[2]};
}

inline double mean_motion(const Conic& c) {
  const double a = c.p / (1 - c.ecc * c.ecc);
  return std::sqrt(c.gm / (a * a * a));
}

// Sum of c_k T_k(s) with T_k from the three-term recurrence, s = (t - mid) / radius.
inline double naive_chebyshev(const double* c, int ncoeff, double mid, double radius, double t) {
  const double s = (t - mid) / radius;
  double t0 = 1, t1 = s, sum = c[0] + (ncoeff > 1 ? c[1] * s : 0.0);
  for (int k = 2; k < ncoeff; ++k) {
    const double t2 = 2 * s * t1 - t0;
    sum += c[k] * t2;
    t0 = t1;
    t1 = t2;
  }
  return sum;
}

inline Segment only_segment(const SpkFile& file) {
  REQUIRE(sc_test::spk_segments(file).size() == 1);
  return sc_test::spk_segments(file)[0];
}

// A generated kernel evaluated outside its segment's coverage: SPICE(TIMEOUTOFBOUNDS) from the
// type 18 and 19 readers (type 20 has no coverage check of its own), SPICE(SPKINSUFFDATA) from
// spkgeo, and inside it spkgeo's state is the segment's.
inline void check_outside_coverage(const char* name) {
  CAPTURE(name);
  const auto bytes = sc_test::generated_kernel(name);
  const auto file = open_spk(bytes, name);
  const Segment& seg = only_segment(*file);
  const double before = seg.start_et - 1.0, after = seg.end_et + 1.0;
  if (seg.type != 20) {
    for (double et : {before, after}) {
      auto s = sc::spk::evaluate_segment(*file, seg, et);
      REQUIRE_FALSE(s.ok());
      CHECK(s.error().short_code == "SPICE(TIMEOUTOFBOUNDS)");
      CHECK(s.error().long_msg.find(name) != std::string::npos);
    }
  }
  sc::kernels::KernelRegistry r;
  REQUIRE(r.furnsh_bytes(std::string("/kernels/") + name, sc::io::Bytes::from_vector(bytes)).ok());
  const auto inside = sc::spk::geometric_state_j2000(r, 1000, (seg.start_et + seg.end_et) / 2, 399);
  REQUIRE_MESSAGE(inside.ok(), (inside.ok() ? "" : inside.error().long_msg));
  CHECK(same_bits(*inside, ok(sc::spk::evaluate_segment(*file, seg, (seg.start_et + seg.end_et) / 2))));
  for (double et : {before, after}) {
    CHECK(error_code(sc::spk::geometric_state_j2000(r, 1000, et, 399)) == "SPICE(SPKINSUFFDATA)");
  }
}

// A word of a generated kernel's segment overwritten (`from_end` words before its last), and the
// error evaluating it at mid-coverage must give, naming the file.
struct TrailerPatch {
  const char* kernel;
  long long from_end;  // 0 = the segment's last word
  double value;
  const char* code;
};

inline void check_trailer_patches(std::span<const TrailerPatch> patches) {
  for (const TrailerPatch& p : patches) {
    CAPTURE(p.kernel);
    CAPTURE(p.from_end);
    CAPTURE(p.value);
    auto bytes = sc_test::generated_kernel(p.kernel);
    const Segment seg = only_segment(*open_spk(bytes, p.kernel));
    put_double(bytes, seg.end - p.from_end, p.value);
    const auto damaged = open_spk(bytes, p.kernel);
    auto s = sc::spk::evaluate_segment(*damaged, only_segment(*damaged), (seg.start_et + seg.end_et) / 2);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().short_code == p.code);
    CHECK_MESSAGE(s.error().long_msg.find(p.kernel) != std::string::npos, s.error().long_msg);
  }
}

inline std::shared_ptr<const SpkFile> close_and_open(sc::Context& ctx, int handle) {
  auto closed = ok(sc::spk::spkcls(ctx, handle));
  auto span = closed.bytes.span();
  return open_spk({span.begin(), span.end()}, "written.bsp");
}

// Checks that `copy` has the descriptor, name and words of `original`.
inline void check_same_segment(const SpkFile& copy_file, const Segment& copy, const SpkFile& original_file,
                        const Segment& original) {
  CHECK(copy.target == original.target);
  CHECK(copy.center == original.center);
  CHECK(copy.frame == original.frame);
  CHECK(copy.type == original.type);
  CHECK(copy.start_et == original.start_et);
  CHECK(copy.end_et == original.end_et);
  CHECK(copy.name == original.name);
  REQUIRE(copy.length() == original.length());
  CHECK(segment_words(copy_file, copy) == segment_words(original_file, original));
}

// States bit for bit at `count` epochs spread over the segment, and at `extra` epochs.
inline void check_same_states(const SpkFile& a, const Segment& sa, const SpkFile& b, const Segment& sb, int count,
                       std::span<const double> extra = {}) {
  std::vector<double> ets(extra.begin(), extra.end());
  for (int i = 0; i <= count; ++i) ets.push_back(sa.start_et + (sa.end_et - sa.start_et) * i / count);
  for (double et : ets) {
    CAPTURE(et);
    const auto x = ok(sc::spk::evaluate_segment(a, sa, et));
    const auto y = ok(sc::spk::evaluate_segment(b, sb, et));
    for (std::size_t k = 0; k < 6; ++k) CHECK(std::bit_cast<std::uint64_t>(x[k]) == std::bit_cast<std::uint64_t>(y[k]));
  }
}

inline std::vector<double> epochs_from(double start, double step, int n) {
  std::vector<double> out;
  for (int i = 0; i < n; ++i) out.push_back(start + step * i);
  return out;
}

// The descriptor of `s` for a writer (its name is a view of s.name: `s` must outlive the call).
inline SegmentSpec spec_of(const Segment& s, const char* frame = "J2000") {
  return SegmentSpec{s.target, s.center, frame, std::nullopt, s.start_et, s.end_et, s.name};
}

inline std::vector<std::uint8_t> close_bytes(Context& ctx, int handle) {
  auto closed = ok(sc::spk::spkcls(ctx, handle));
  auto span = closed.bytes.span();
  return {span.begin(), span.end()};
}

inline std::int32_t int_at(const std::vector<std::uint8_t>& b, std::size_t at) {
  std::int32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}

// Rewrites one of the CSPICE test-suite files (types 8, 9, 12, 13; ND/NI, internal name, no comment
// records) from the inputs its segments encode.
inline std::vector<std::uint8_t> rewrite(const std::string& relative) {
  auto original = open_fixture(relative);
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/copy.bsp", original->daf().file_record().internal_name, 0,
                                   OutputKind::virtual_output));
  for (const auto& s : sc_test::spk_segments(*original)) {
    const auto w = segment_words(*original, s);
    const int n = static_cast<int>(w.back());
    const std::span<const double> states(w.data(), 6 * static_cast<std::size_t>(n));
    const int stored = static_cast<int>(w[w.size() - 2]);  // degree, or window size - 1
    switch (s.type) {
      case 8:
        ok(sc::spk::spkw08(ctx, h, spec_of(s), stored, n, states, w[w.size() - 4], w[w.size() - 3]));
        break;
      case 12:
        ok(sc::spk::spkw12(ctx, h, spec_of(s), 2 * stored + 1, n, states, w[w.size() - 4], w[w.size() - 3]));
        break;
      case 9:
        ok(sc::spk::spkw09(ctx, h, spec_of(s), stored, n, states, std::span(w).subspan(6 * n, n)));
        break;
      case 13:
        ok(sc::spk::spkw13(ctx, h, spec_of(s), 2 * stored + 1, n, states, std::span(w).subspan(6 * n, n)));
        break;
      default:
        FAIL("unexpected type " << s.type);
    }
  }
  return close_bytes(ctx, h);
}

// The writer's byte-for-byte check: the rewritten file is the CSPICE-written original.
inline void check_rewrites_byte_for_byte(const char* name) {
  CAPTURE(name);
  const auto original = fixture_bytes(name);
  const auto copy = rewrite(name);
  REQUIRE(copy.size() == original.size());
  CHECK(copy == original);
}

// Equal-step states of the Moon relative to the Earth-Moon barycenter, sampled from the DE430
// excerpt (type 2) with the core's own reader.
struct Samples {
  std::vector<double> epochs;
  std::vector<double> states;
};

inline Samples moon_samples(const SpkFile& de430, int count, double start, double step, bool jitter) {
  const auto segments = sc_test::spk_segments(de430);
  const sc::spk::Segment* moon = nullptr;
  for (const auto& s : segments) {
    if (s.target == 301) moon = &s;
  }
  REQUIRE(moon != nullptr);
  Samples out;
  for (int i = 0; i < count; ++i) {
    // Unequal steps: every other epoch moved by a third of a step.
    const double et = start + i * step + (jitter && i % 2 == 1 ? step / 3 : 0.0);
    auto state = ok(sc::spk::evaluate_segment(de430, *moon, et));
    out.epochs.push_back(et);
    out.states.insert(out.states.end(), state.begin(), state.end());
  }
  return out;
}

// The records of the type 2 or 3 segment of `body` in a fixture copied into a new segment by
// spkw02/spkw03: the same words (MID and RADIUS recomputed to the same bits) and the same states.
inline void check_chebyshev_copy(const char* file, int body) {
  struct Case {
    const char* file;
    int body;
  };
  const Case c{file, body};
  CAPTURE(c.file);
  CAPTURE(c.body);
  auto original = open_fixture(c.file);
  const auto segments = sc_test::spk_segments(*original);
  const sc::spk::Segment* seg = nullptr;
  for (const auto& s : segments) {
    if (s.target == c.body) seg = &s;
  }
  REQUIRE(seg != nullptr);
  const auto w = segment_words(*original, *seg);
  const double init = w[w.size() - 4], intlen = w[w.size() - 3];
  const int rsize = static_cast<int>(w[w.size() - 2]), n = static_cast<int>(w.back());
  const int components = seg->type == 2 ? 3 : 6;
  const int degree = (rsize - 2) / components - 1;
  std::vector<double> cdata;
  for (int i = 0; i < n; ++i) {
    cdata.insert(cdata.end(), w.begin() + i * rsize + 2, w.begin() + (i + 1) * rsize);
  }
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/cheb.bsp", "copy", 0, OutputKind::virtual_output));
  const auto spec = spec_of(*seg);
  if (seg->type == 2) {
    ok(sc::spk::spkw02(ctx, h, spec, intlen, n, degree, cdata, init));
  } else {
    ok(sc::spk::spkw03(ctx, h, spec, intlen, n, degree, cdata, init));
  }
  const auto copy = open_spk(close_bytes(ctx, h), "cheb.bsp");
  REQUIRE(sc_test::spk_segments(*copy).size() == 1);
  const auto out = sc_test::spk_segments(*copy)[0];
  CHECK(out.type == seg->type);
  CHECK(out.frame == 1);
  CHECK(segment_words(*copy, out) == w);  // MID and RADIUS recomputed to the same bits
  for (int k = 0; k <= 20; ++k) {
    const double et = seg->start_et + (seg->end_et - seg->start_et) * k / 20;
    const auto a = ok(sc::spk::evaluate_segment(*original, *seg, et));
    const auto b = ok(sc::spk::evaluate_segment(*copy, out, et));
    CHECK(std::memcmp(a.data(), b.data(), sizeof a) == 0);
  }
}

// Moon states sampled from the DE430 excerpt, written as a segment of `type` (8, 9, 12 or 13,
// degree 7) and read back: the samples at the nodes, the Chebyshev ephemeris between them.
inline void check_sampled_round_trip(int type) {
  auto de430 = open_fixture("spk/de430-2015-03-02.bsp");
  const double start = 478483200.0;  // 2015-03-01T12:00 TDB, inside the excerpt
  const double step = 600.0;
  const int count = 40;
  CAPTURE(type);
  const bool unequal = type == 9 || type == 13;
  const auto samples = moon_samples(*de430, count, start, step, unequal);
  Context ctx;
  const int h = ok(sc::spk::spkopn(ctx, "/kernels/interp.bsp", "interp", 0, OutputKind::virtual_output));
  const SegmentSpec spec{301, 3, "J2000", {}, samples.epochs.front(), samples.epochs.back(), "MOON SAMPLES"};
  switch (type) {
    case 8: ok(sc::spk::spkw08(ctx, h, spec, 7, count, samples.states, start, step)); break;
    case 12: ok(sc::spk::spkw12(ctx, h, spec, 7, count, samples.states, start, step)); break;
    case 9: ok(sc::spk::spkw09(ctx, h, spec, 7, count, samples.states, samples.epochs)); break;
    case 13: ok(sc::spk::spkw13(ctx, h, spec, 7, count, samples.states, samples.epochs)); break;
  }
  const auto file = open_spk(close_bytes(ctx, h), "interp.bsp");
  const auto seg = sc_test::spk_segments(*file)[0];
  CHECK(seg.type == type);
  for (int i = 0; i < count; ++i) {
    const auto got = ok(sc::spk::evaluate_segment(*file, seg, samples.epochs[i]));
    // At a node the interpolants return the node's state up to rounding (a few 1e-13 relative for
    // Hermite velocities from unequal steps).
    for (int k = 0; k < 6; ++k) {
      const double want = samples.states[6 * i + k];
      CHECK(std::fabs(got[k] - want) <= 1e-12 * std::fabs(want) + 1e-12);
    }
  }
  // Between the samples the interpolants follow the Chebyshev ephemeris closely.
  const auto truth = moon_samples(*de430, count - 1, start + step / 2, step, false);
  for (int i = 2; i + 3 < count - 1; ++i) {
    const auto got = ok(sc::spk::evaluate_segment(*file, seg, truth.epochs[i]));
    for (int k = 0; k < 3; ++k) CHECK(std::fabs(got[k] - truth.states[6 * i + k]) < 1e-6);
  }
}

}  // namespace sc_test
