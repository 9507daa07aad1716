// libFuzzer target: one binary kernel (DAF/SPK, binary PCK, CK; whatever furnsh's file-type detection
// makes of the bytes), loaded as bytes the way a host hands the core a `{ path, bytes }` kernel, then
// the inventory and a few evaluations at the epochs the file itself claims to cover.
//
// The base context (leap seconds, text PCK, the clocks and frame kernels of the CK fixtures) is built
// once; each input is loaded under one virtual id and unloaded again, so every input sees the same
// base. Seeds: the real SPK/PCK/CK fixtures (scripts/fuzz.sh generates them into build/fuzz/seeds/).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;
using sc_fuzz::require_finite;

constexpr const char* kId = "/kernels/fuzz/input.bin";
// Bounds that keep one input's work small whatever it claims to hold.
constexpr std::size_t kMaxObjects = 6;
constexpr std::size_t kMaxIntervals = 4;

const sc_fuzz::Context& base() {
  static const sc_fuzz::Context ctx;
  static const bool loaded = [] {
    for (const char* k : {"lsk/naif0012.tls", "pck/pck00010.tpc", "fk/moon_080317.tf", "sclk/em16_tgo_step_20220402.tsc",
                          "sclk/ORB1_SCLKSCET.00274.tsc", "sclk/mgs_sclkscet_00061.tsc", "sclk/mroSCLK.tsc",
                          "ck-written/spicecraft_ck_frames.tf"}) {
      sc_fuzz::load_fixture(ctx, k);
    }
    return true;
  }();
  (void)loaded;
  return ctx;
}

// Start, middle and end of the first few intervals of a window [a0, b0, a1, b1, ...].
std::vector<double> sample_epochs(const std::vector<double>& window) {
  std::vector<double> ets;
  for (std::size_t i = 0; i + 1 < window.size() && i / 2 < kMaxIntervals; i += 2) {
    const double a = window[i], b = window[i + 1];
    ets.push_back(a);
    ets.push_back(a / 2 + b / 2);
    ets.push_back(b);
  }
  return ets;
}

void probe_spk(sc_context* ctx) {
  sc_error err{};
  std::vector<int32_t> bodies;
  if (!ok(api().spkobj(ctx, kId, nullptr, 0, sc_fuzz::collect_ints, &bodies, &err), err, "spkobj")) return;
  for (std::size_t b = 0; b < bodies.size() && b < kMaxObjects; ++b) {
    std::vector<double> window;
    if (!ok(api().spkcov(ctx, kId, bodies[b], nullptr, 0, sc_fuzz::collect_doubles, &window, &err), err, "spkcov")) {
      continue;
    }
    require_finite(window, "spkcov");
    for (double et : sample_epochs(window)) {
      std::vector<std::string> names;
      std::array<double, 2> dc{};
      std::array<int32_t, 6> ic{};
      int32_t handle = 0, found = 0;
      if (!ok(api().spksfs(ctx, bodies[b], et, sc_fuzz::collect_strings, &names, dc.data(), ic.data(), &handle, &found,
                           &err),
              err, "spksfs") ||
          !found) {
        continue;
      }
      std::array<double, 6> state{};
      double lt = 0;
      // The segment's own centre and frame: the state the segment holds (SPKGEO's first link).
      if (ok(api().spkgeo(ctx, bodies[b], et, "J2000", ic[1], state.data(), &lt, &err), err, "spkgeo")) {
        require_finite(state, "spkgeo");
      }
      // A corrected state from the solar-system barycentre: the whole chain, light time, aberration.
      const std::string target = std::to_string(bodies[b]);
      if (ok(api().spkezr(ctx, target.c_str(), et, "J2000", "LT+S", "0", state.data(), &lt, &err), err, "spkezr")) {
        require_finite(state, "spkezr");
      }
    }
  }
}

void probe_pck(sc_context* ctx) {
  sc_error err{};
  std::vector<int32_t> classes;
  if (!ok(api().pckfrm(ctx, kId, nullptr, 0, sc_fuzz::collect_ints, &classes, &err), err, "pckfrm")) return;
  for (std::size_t c = 0; c < classes.size() && c < kMaxObjects; ++c) {
    std::vector<double> window;
    if (!ok(api().pckcov(ctx, kId, classes[c], nullptr, 0, sc_fuzz::collect_doubles, &window, &err), err, "pckcov")) {
      continue;
    }
    require_finite(window, "pckcov");
    // The PCK-class frame (class 2) whose class id the segment serves, if the base knows one.
    int32_t frcode = 0, center = 0, found = 0;
    std::vector<std::string> frame;
    if (!ok(api().ccifrm(ctx, 2, classes[c], &frcode, &center, sc_fuzz::collect_strings, &frame, &found, &err), err,
            "ccifrm") ||
        !found || frame.empty()) {
      continue;
    }
    for (double et : sample_epochs(window)) {
      std::array<double, 36> m{};
      if (ok(api().sxform(ctx, "J2000", frame.front().c_str(), et, m.data(), &err), err, "sxform")) {
        require_finite(m, "sxform");
      }
    }
  }
}

void probe_ck(sc_context* ctx) {
  sc_error err{};
  std::vector<int32_t> insts;
  if (!ok(api().ckobj(ctx, kId, nullptr, 0, sc_fuzz::collect_ints, &insts, &err), err, "ckobj")) return;
  for (std::size_t i = 0; i < insts.size() && i < kMaxObjects; ++i) {
    std::vector<double> window;
    if (!ok(api().ckcov(ctx, kId, insts[i], 0, "INTERVAL", 0.0, "SCLK", nullptr, 0, sc_fuzz::collect_doubles, &window,
                        &err),
            err, "ckcov")) {
      continue;
    }
    require_finite(window, "ckcov");
    for (double ticks : sample_epochs(window)) {
      std::array<double, 9> cmat{};
      std::array<double, 3> av{};
      double clkout = 0;
      int32_t found = 0;
      if (ok(api().ckgp(ctx, insts[i], ticks, 0.0, "J2000", cmat.data(), &clkout, &found, &err), err, "ckgp") && found) {
        require_finite(cmat, "ckgp");
      }
      if (ok(api().ckgpav(ctx, insts[i], ticks, 1.0, "J2000", cmat.data(), av.data(), &clkout, &found, &err), err,
             "ckgpav") &&
          found) {
        require_finite(cmat, "ckgpav");
        require_finite(av, "ckgpav");
      }
    }
    // TDB coverage goes through the instrument's clock (CK_<id>_SCLK or id / 1000).
    window.clear();
    if (ok(api().ckcov(ctx, kId, insts[i], 1, "SEGMENT", 0.0, "TDB", nullptr, 0, sc_fuzz::collect_doubles, &window,
                       &err),
           err, "ckcov TDB")) {
      require_finite(window, "ckcov TDB");
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const sc_fuzz::Context& ctx = base();
  sc_error err{};
  if (!ok(api().furnsh_bytes(ctx.get(), kId, data, size, &err), err, "furnsh_bytes")) return 0;

  int32_t count = 0;
  ok(api().ktotal(ctx.get(), "ALL", &count, &err), err, "ktotal");
  int32_t found = 0;
  ok(api().kinfo(ctx.get(), kId, sc_fuzz::ignore_kernel, nullptr, &found, &err), err, "kinfo");
  std::vector<std::string> lines;
  ok(api().dafec(ctx.get(), kId, sc_fuzz::collect_strings, &lines, &err), err, "dafec");

  probe_spk(ctx.get());
  probe_pck(ctx.get());
  probe_ck(ctx.get());

  // Leave the base as it was for the next input.
  if (!ok(api().unload(ctx.get(), kId, &err), err, "unload")) sc_fuzz::violation("unload", "a loaded kernel did not unload");
  return 0;
}
