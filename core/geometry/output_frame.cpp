// Output-frame classification for the spkezr family (see output_frame.hpp).
#include "geometry/output_frame.hpp"

#include <string>

#include "frames/inertial_frames.hpp"

namespace sc::geometry {
namespace {

constexpr int kJ2000 = 1;

bool all_blank(std::string_view s) { return s.find_first_not_of(' ') == std::string_view::npos; }

}  // namespace

OutputFrame frame_kind(const Context& /*ctx*/, std::string_view ref) {
  // The context is where kernel-defined (FK) and PCK frames will be looked up; the built-in
  // inertial frames need nothing from it.
  const auto id = frames::inertial_frame_id(ref);
  if (!id) return OutputFrame{};
  auto rotation = frames::inertial_rotation(kJ2000, *id);
  if (!rotation) return OutputFrame{};  // cannot happen for an id the table just returned
  return OutputFrame{FrameKind::Inertial, *id, *rotation};
}

Error unknown_frame_error(std::string_view ref) {
  if (all_blank(ref)) {
    return make_error("SPICE(UNKNOWNFRAME)",
                      "The reference frame name is blank; a frame name such as 'J2000' or 'ECLIPJ2000' is "
                      "required.");
  }
  return make_error("SPICE(UNKNOWNFRAME)",
                    "The reference frame '" + std::string(ref) +
                        "' is not recognized. State look-ups currently support the built-in inertial frames "
                        "(J2000, B1950, FK4, ECLIPJ2000, ECLIPB1950, GALACTIC, MARSIAU, DE-118 ... DE-143).");
}

Result<OutputFrame> require_inertial_frame(const Context& ctx, std::string_view ref) {
  OutputFrame frame = frame_kind(ctx, ref);
  if (frame.kind != FrameKind::Inertial) return unknown_frame_error(ref);
  return frame;
}

State6 rotate_state(const OutputFrame& frame, const State6& j2000_state) {
  if (frame.id == kJ2000) return j2000_state;
  return make_state(mxv(frame.from_j2000, position_of(j2000_state)),
                    mxv(frame.from_j2000, velocity_of(j2000_state)));
}

Vec3 rotate_position(const OutputFrame& frame, const Vec3& j2000_position) {
  if (frame.id == kJ2000) return j2000_position;
  return mxv(frame.from_j2000, j2000_position);
}

}  // namespace sc::geometry
