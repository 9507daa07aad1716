// The spacecraft clock of a CK instrument (CKMETA's SCLK ID) and the conversions between its
// encoded ticks and TDB seconds that CKGP/CKGPAV (SCT2E), CKCOV (SCT2E) and CK frames (SCE2C) make.
#pragma once

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::frames {

// SCT2E with the clock of CK ID `inst`: TDB seconds past J2000 at encoded SCLK `ticks`.
Result<double> ck_ticks_to_et(const Context& ctx, int inst, double ticks);

// SCE2C with the clock of CK ID `inst`: encoded SCLK (ticks, continuous) at TDB `et`.
Result<double> ck_et_to_ticks(const Context& ctx, int inst, double et);

}  // namespace sc::frames
