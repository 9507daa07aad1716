// libFuzzer target: spacecraft clock strings, with real SCLK kernels loaded (TGO -143: one partition;
// Mars Odyssey -53: 4 partitions; MRO -74: 12 partitions; MGS -94).
//
// Input: one byte choosing the clock, then the clock string. The string goes through scencd
// (partition, fields, delimiters), sctiks and scs2e; the ticks found come back through scdecd, scfmt
// and sct2e, and the ET through sce2s. Seeds: tests/fuzz/seeds/sclk_string/ (handwritten); the
// dictionary tests/fuzz/dict/sclk.dict.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"

namespace {

using sc_fuzz::api;
using sc_fuzz::ok;

constexpr int32_t kClocks[] = {-143, -53, -74, -94};

const sc_fuzz::Context& base() {
  static const sc_fuzz::Context ctx;
  static const bool loaded = [] {
    for (const char* k : {"lsk/naif0012.tls", "sclk/em16_tgo_step_20220402.tsc", "sclk/ORB1_SCLKSCET.00274.tsc",
                          "sclk/mroSCLK.tsc", "sclk/mgs_sclkscet_00061.tsc"}) {
      sc_fuzz::load_fixture(ctx, k);
    }
    return true;
  }();
  (void)loaded;
  return ctx;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  sc_context* ctx = base().get();
  const int32_t sc = kClocks[data[0] % (sizeof kClocks / sizeof kClocks[0])];
  const std::string clock = sc_fuzz::as_string(data + 1, size - 1);

  sc_error err{};
  double ticks = 0;
  if (ok(api().scencd(ctx, sc, clock.c_str(), &ticks, &err), err, "scencd")) {
    sc_fuzz::require_finite({&ticks, 1}, "scencd");
    std::vector<std::string> text;
    ok(api().scdecd(ctx, sc, ticks, sc_fuzz::collect_strings, &text, &err), err, "scdecd");
    text.clear();
    ok(api().scfmt(ctx, sc, ticks, sc_fuzz::collect_strings, &text, &err), err, "scfmt");
    double et = 0;
    if (ok(api().sct2e(ctx, sc, ticks, &et, &err), err, "sct2e")) {
      sc_fuzz::require_finite({&et, 1}, "sct2e");
      text.clear();
      ok(api().sce2s(ctx, sc, et, sc_fuzz::collect_strings, &text, &err), err, "sce2s");
    }
  }
  // SCTIKS converts without range checks, so a field such as "d308" (1D308, NPARSD's reading) times the
  // modulus overflows to +Inf in CSPICE too, and sctiks returns it as CSPICE does (scencd and scs2e
  // then fail with SPICE(NOPARTITION), as CSPICE's do: checked against tspice). Infinity is one value
  // on both backends; a NaN (whose sign bits differ between them, issue 16 item 4) is a violation.
  double fine = 0;
  if (ok(api().sctiks(ctx, sc, clock.c_str(), &fine, &err), err, "sctiks") && std::isnan(fine)) {
    sc_fuzz::violation("sctiks", "returned NaN");
  }
  double et = 0;
  if (ok(api().scs2e(ctx, sc, clock.c_str(), &et, &err), err, "scs2e")) sc_fuzz::require_finite({&et, 1}, "scs2e");
  return 0;
}
