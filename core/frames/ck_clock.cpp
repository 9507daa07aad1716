#include "frames/ck_clock.hpp"

#include "ck/ck_meta.hpp"
#include "sclk/sclk_api.hpp"

namespace sc::frames {

Result<double> ck_ticks_to_et(const Context& ctx, int inst, double ticks) {
  SC_TRY_ASSIGN(const int sclk, ck::ck_sclk_id(ctx.pool(), inst));
  return sclk::sct2e(ctx.pool(), sclk, ticks);
}

Result<double> ck_et_to_ticks(const Context& ctx, int inst, double et) {
  SC_TRY_ASSIGN(const int sclk, ck::ck_sclk_id(ctx.pool(), inst));
  return sclk::sce2c(ctx.pool(), sclk, et);
}

}  // namespace sc::frames
