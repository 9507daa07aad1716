#include "frames/ck_clock.hpp"

#include <string>

#include "ck/ck_meta.hpp"

namespace sc::frames {

namespace {

// Until the SCLK work (core/sclk, sclk_api.hpp) is merged, the conversions report that the clock
// cannot be read.
Error no_clock(int sclk) {
  return make_error("SPICE(NOTSUPPORTED)", "Spacecraft clock " + std::to_string(sclk) +
                                               " conversions need the SCLK module, which this build lacks.");
}

}  // namespace

Result<double> ck_ticks_to_et(const Context& ctx, int inst, double ticks) {
  SC_TRY_ASSIGN(const int sclk, ck::ck_sclk_id(ctx.pool(), inst));
  (void)ticks;
  return no_clock(sclk);
}

Result<double> ck_et_to_ticks(const Context& ctx, int inst, double et) {
  SC_TRY_ASSIGN(const int sclk, ck::ck_sclk_id(ctx.pool(), inst));
  (void)et;
  return no_clock(sclk);
}

}  // namespace sc::frames
