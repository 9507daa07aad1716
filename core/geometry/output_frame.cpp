// Output-frame classification for the spkezr family (see output_frame.hpp).
#include "geometry/output_frame.hpp"

#include <optional>
#include <string>

#include "frames/frame_registry.hpp"
#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "inertial/inertial_frames.hpp"

namespace sc::geometry {

using math::make_state;
using math::mxv;
using math::position_of;
using math::State;
using math::Vec3;
using math::velocity_of;

namespace {

using inertial::kJ2000;
constexpr int kInertialClass = 1;

bool all_blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

}  // namespace

Result<OutputFrame> frame_kind(const Context& ctx, std::string_view ref) {
  SC_TRY_ASSIGN(auto&& id, frames::namfrm_checked(ctx, ref));
  if (!id) return OutputFrame{};
  SC_TRY_ASSIGN(auto&& info, frames::frinfo_checked(ctx, *id));
  if (!info) return OutputFrame{FrameKind::Undescribed, *id, {}, 0};
  if (info->frame_class == kInertialClass) {
    SC_TRY_ASSIGN(auto&& rotation, inertial::rotation(kJ2000, *id));
    return OutputFrame{FrameKind::Inertial, *id, rotation, 0};
  }
  return OutputFrame{FrameKind::NonInertial, *id, {}, info->center};
}

Result<OutputFrame> builtin_inertial_frame(std::string_view ref) {
  // IRFNUM: 'DEFAULT' is the default inertial frame (J2000), other names are compared with EQSTR.
  std::optional<int> id;
  if (eqstr(ref, "DEFAULT")) id = kJ2000;
  for (const auto& f : inertial::builtin_frames()) {
    if (!id && eqstr(ref, f.name)) id = f.id;
  }
  if (!id) {
    return make_error("SPICE(BADFRAME)",
                      "The requested frame '" + std::string(ref) + "' is not a recognized inertial frame.");
  }
  SC_TRY_ASSIGN(auto&& rotation, inertial::rotation(kJ2000, *id));
  return OutputFrame{FrameKind::Inertial, *id, rotation, 0};
}

OutputFrame j2000_frame() { return OutputFrame{FrameKind::Inertial, kJ2000, math::identity3(), 0}; }

Error unknown_frame_error(std::string_view ref) {
  if (all_blank(ref)) {
    return make_error("SPICE(UNKNOWNFRAME)",
                      "The reference frame name is blank; a frame name such as 'J2000' or 'IAU_EARTH' is required.");
  }
  return make_error("SPICE(UNKNOWNFRAME)",
                    "The reference frame '" + std::string(ref) +
                        "' is not recognized by the reference frame subsystem. Check that the frame kernel defining "
                        "it has been loaded and that the name is spelled correctly.");
}

State rotate_state(const OutputFrame& frame, const State& j2000_state) {
  if (frame.id == kJ2000) return j2000_state;
  return make_state(mxv(frame.from_j2000, position_of(j2000_state)),
                    mxv(frame.from_j2000, velocity_of(j2000_state)));
}

Vec3 rotate_position(const OutputFrame& frame, const Vec3& j2000_position) {
  if (frame.id == kJ2000) return j2000_position;
  return mxv(frame.from_j2000, j2000_position);
}

Result<State> state_in_frame(const Context& ctx, const OutputFrame& frame, const State& j2000_state, double et,
                             int level) {
  if (frame.kind == FrameKind::Inertial) return rotate_state(frame, j2000_state);
  const SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& xform, frames::state_transform(ctx, kJ2000, frame.id, et, eph.env(level)));
  return frames::apply(xform, j2000_state);
}

}  // namespace sc::geometry
