// gfpa (GFPA, N0067): when the phase angle at a target's center (between the directions to the
// observer and to the illumination source) satisfies a relation. The quantity is ZZGFPAU's: the
// angle of ZZGFPAQ (PHASEQ's), decreasing when DVSEP of the target-from-observer state and the
// illuminator-from-target state (at et - lt, its velocity scaled by 1 - d(lt)/dt) is positive.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/relation.hpp"
#include "gf/search_control.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

// The quantity after ZZGFPAIN's checks: shared by gfpa and gfevnt's PHASE ANGLE.
Result<ScalarQuantity> phase_angle_quantity(const Context& ctx, std::string_view target, std::string_view illmn,
                                            std::string_view abcorr, std::string_view obsrvr);

// Errors in CSPICE's order: SPICE(EMPTYSTRING), SPICE(VALUEOUTOFRANGE) (nintvls),
// SPICE(INVALIDSTEP), SPICE(NOTRECOGNIZED) (relation), SPICE(IDCODENOTFOUND) (target, illuminator,
// observer), SPICE(BODIESNOTDISTINCT), SPICE(INVALIDOPTION) (abcorr; transmission corrections), the
// adjust checks, then the ephemeris's.
Result<FlatWindow> gfpa(const Context& ctx, std::string_view target, std::string_view illmn, std::string_view abcorr,
                        std::string_view obsrvr, std::string_view relate, double refval, double adjust, double step,
                        int nintvls, std::span<const double> cnfine, const SearchControl& control = {});

}  // namespace sc::gf
