// FRMCHG + ZZCORSXF + MXVG (see light_rate_transform.hpp).
#include "geometry/light_rate_transform.hpp"

#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "inertial/inertial_frames.hpp"

namespace sc::geometry {

Result<math::State> transform_at_light_time(const Context& ctx, int frame_id, double et, const AbCorr& corr,
                                            const CenterLight& center, const math::State& j2000_state, int level) {
  const double sign = corr.transmission ? 1.0 : -1.0;
  const SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& xform,
                frames::state_transform(ctx, inertial::kJ2000, frame_id, et + sign * center.lt, eph.env(level)));
  // ZZCORSXF: the lower-left (derivative) block times 1 + s*dlt.
  const double scale = sign * center.dlt + 1.0;
  for (int i = 3; i < 6; ++i) {
    for (int j = 0; j < 3; ++j) xform[i][j] = scale * xform[i][j];
  }
  return frames::apply(xform, j2000_state);
}

}  // namespace sc::geometry
