// CKGP and CKGPAV: the pointing of a CK instrument at an encoded SCLK time relative to any frame.
// The segment search (ck/pointing_search.hpp) gives the C-matrix relative to the segment's base
// frame; when the requested frame differs, the matrix (and angular velocity) is carried over by
// REFCHG (FRMCHG for ckgpav) at the TDB of the pointing's time, converted with the instrument's
// clock (CKMETA, SCT2E) unless both frames are inertial (then at ET 0, as CSPICE does).
#pragma once

#include <optional>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames {

struct CkPointing {
  math::Mat3 cmat{};  // `ref` -> instrument frame, row-major
  double clkout = 0;  // encoded SCLK of the pointing
};

struct CkPointingAv {
  math::Mat3 cmat{};
  math::Vec3 av{};  // angular velocity of the instrument frame relative to `ref`, in `ref` (rad/s)
  double clkout = 0;
};

// CKGP: nullopt when no loaded segment has pointing within `tol` ticks of `sclkdp` (also for
// tol < 0). SPICE(NOLOADEDFILES) when no CK is loaded; SPICE(UNKNOWNFRAME) for an unknown `ref`
// (only once pointing is found, as in CSPICE); the frame system's errors. `env`: the ephemeris
// dynamic frames between `ref` and the segment's frame may need (the shim passes geometry's).
Result<std::optional<CkPointing>> ckgp(const Context& ctx, int inst, double sclkdp, double tol, std::string_view ref,
                                       const FrameEnv& env = {});

// CKGPAV: as ckgp for segments with angular velocity only.
Result<std::optional<CkPointingAv>> ckgpav(const Context& ctx, int inst, double sclkdp, double tol,
                                           std::string_view ref, const FrameEnv& env = {});

}  // namespace sc::frames
