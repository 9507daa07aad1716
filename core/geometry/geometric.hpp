// Geometric (uncorrected) states in an inertial output frame: CSPICE's SPKGEO, SPKGPS and SPKSSB
// for frames known to be inertial. The SPK chain is evaluated in J2000 by the spk module; the
// result is rotated into the output frame at the end, as SPKGEO does (one IRFROT + MXV on the
// difference, not on each leg).
#pragma once

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/output_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::spk {
class LegCache;
}

namespace sc::geometry {

// State of `body` relative to the solar-system barycenter in `frame` (SPKGEO with observer 0).
Result<math::State> ssb_state_in(const Context& ctx, int body, double et, const OutputFrame& frame,
                                 spk::LegCache* legs = nullptr);

// State of `target` relative to `observer` in `frame` (SPKGEO). `legs` (may be null) keeps segments
// and records across a batch's epochs (spk/leg_cache.hpp).
Result<math::State> geometric_state_in(const Context& ctx, int target, double et, const OutputFrame& frame,
                                       int observer, spk::LegCache* legs = nullptr);

// One-way light time of a separation: |pos| / c (SPKGEO's LT).
double light_time_of(const math::Vec3& pos);

}  // namespace sc::geometry
