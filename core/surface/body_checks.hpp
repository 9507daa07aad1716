// The checks CSPICE's surface-geometry routines (SUBPNT, SUBSLR, SINCPT, ILLUMF, ILLUMG, ...) share,
// with their messages: body names to NAIF IDs (ZZBODS2C), the body-fixed frame (ZZNAMFRM + FRINFO,
// centered on the target), and the target's triaxial radii (ZZGFTREB).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::surface {

// ZZBODS2C of `name`; SPICE(IDCODENOTFOUND) saying "The <role>, '<name>', is not a recognized name
// for an ephemeris object..." (role: "target", "observer", "illumination source").
Result<int> body_code(const Context& ctx, std::string_view name, std::string_view role);

// The observer's ID (as body_code) and SPICE(BODIESNOTDISTINCT) when it is the target's: "In
// computing <what>, the observing body and target body are the same. Both are <obsrvr>.", the
// check every surface call makes right after its target's look-up.
Result<int> distinct_observer(const Context& ctx, int trgcde, std::string_view obsrvr, std::string_view what);

struct FixedFrame {
  int id = 0;
  int center = 0;
  int frame_class = 0;
};

// The frame `fixref` by name: SPICE(NOFRAME) when it is unknown, SPICE(INVALIDFRAME) when its
// center is not `target_id`.
Result<FixedFrame> target_fixed_frame(const Context& ctx, std::string_view fixref, int target_id,
                                      std::string_view target);

// A frame by name for any use (SINCPT's DREF): SPICE(NOFRAME) when unknown.
Result<FixedFrame> known_frame(const Context& ctx, std::string_view frame);

// ZZGFTREB: BODY<id>_RADII, three positive numbers (SPICE(KERNELVARNOTFOUND), SPICE(INVALIDCOUNT),
// SPICE(BADAXISLENGTH)).
Result<math::Vec3> target_radii(const Context& ctx, int body);

}  // namespace sc::surface
