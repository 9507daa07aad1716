// The geometry layer's side of dynamic frames: SpkEphemeris implements the frames layer's
// EphemerisSource (frames/dynamic/ephemeris_source.hpp) with this layer's spkezr family, so a
// TWO-VECTOR frame's "Sun as seen from the Earth" is exactly what spkezr would answer. Every frame
// change this layer makes passes one in a FrameEnv, and pxform/sxform/pxfrm2 here are the frames
// layer's with that ephemeris attached (the shim calls these).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "frames/dynamic/ephemeris_source.hpp"
#include "frames/frames_api.hpp"
#include "math/rotation.hpp"

namespace sc::geometry {

class SpkEphemeris final : public frames::EphemerisSource {
 public:
  explicit SpkEphemeris(const Context& ctx) : ctx_(ctx) {}

  Result<frames::EphemerisState> state(int target, double et, std::string_view ref, std::string_view abcorr,
                                       int observer, int level) const override;
  Result<frames::EphemerisPosition> position(int target, double et, std::string_view ref, std::string_view abcorr,
                                             int observer, int level) const override;
  Result<math::State> ssb_state(int body, double et) const override;
  Result<math::Vec3> stellar_aberration(const math::Vec3& pobj, const math::Vec3& vobs,
                                        bool transmission) const override;

  // The environment of a frame change made at recursion level `level` (0 for callers' requests).
  frames::FrameEnv env(int level = 0) const { return frames::FrameEnv{this, level}; }

 private:
  const Context& ctx_;
};

// CSPICE's pxform, sxform and pxfrm2 with the ephemeris dynamic frames need.
Result<math::Mat3> pxform(const Context& ctx, std::string_view from, std::string_view to, double et);
Result<math::Mat6> sxform(const Context& ctx, std::string_view from, std::string_view to, double et);
Result<math::Mat3> pxfrm2(const Context& ctx, std::string_view from, std::string_view to, double et_from,
                          double et_to);
// pxform with the names already resolved (frames::frame_pair): pxformBatch's per-epoch step.
Result<math::Mat3> pxform_ids(const Context& ctx, const frames::FramePair& frames, double et);

}  // namespace sc::geometry
