// The spkezr family's entry points: argument checks and dispatch in CSPICE's order, so that an
// input with several problems reports the same error CSPICE reports. The order is:
//   spkezr/spkpos: empty strings (target, ref, abcorr, observer), target name, observer name;
//   spkez:         empty strings, abcorr (ZZVALCOR), then NONE -> spkgeo, else the frame;
//   spkezp:        empty strings, NONE -> spkgps, else the frame, the observer's SSB state, and
//                  only then abcorr (SPKAPO parses it);
//   spkgeo/spkgps:  empty ref, target == observer (a zero state, before the frame is even
//                  looked at), the frame name, the ephemeris, then the frame's data;
//   spkssb:        empty ref, the frame name, the ephemeris, the frame's data.
// Non-inertial output frames (PCK, TK) follow SPKEZ/SPKEZP: the J2000 apparent state or position,
// transformed at et -+ (light time from the observer to the frame's center).
#include "geometry/states.hpp"

#include <string>
#include <utility>

#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/argument_checks.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/apparent_state.hpp"
#include "geometry/finite_result.hpp"
#include "geometry/geometric.hpp"
#include "geometry/light_rate_transform.hpp"
#include "geometry/light_time.hpp"
#include "geometry/output_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

using math::mxv;
using math::position_of;

namespace {

// bods2c, with the message naming the role (target or observer) and both names of the request.
Result<int> body_code(const Context& ctx, std::string_view name, const char* role, std::string_view target,
                      std::string_view observer) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)",
                    std::string("The ") + role + " '" + std::string(name) +
                        "' is not a recognized name or ID code of an ephemeris object (target '" +
                        std::string(target) + "', observer '" + std::string(observer) +
                        "'). Load a kernel that maps the name to a NAIF ID, or call spkez with the ID codes.");
}

PositionLt position_part(const StateLt& s) { return PositionLt{{s.state[0], s.state[1], s.state[2]}, s.lt}; }

// The frame a geometric look-up needs: any name the frame system maps to an ID (SPKGEO checks
// only the name; missing frame data surface later, from the transformation).
Result<OutputFrame> known_frame(const Context& ctx, std::string_view ref) {
  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  if (frame.kind == FrameKind::Unknown) return unknown_frame_error(ref);
  return frame;
}

// How far the frame's center is from the observer in light time, and how fast that changes:
// zero when the observer is the center, the target's values when the target is, else SPKLTC
// for the center from the observer's SSB state.
Result<CenterLight> center_light_time(const Context& ctx, int center, double et, const AbCorr& corr, int target,
                                      int observer, const LightTimeState& apparent) {
  if (center == observer) return CenterLight{};
  if (center == target) return CenterLight{apparent.lt, apparent.dlt};
  const OutputFrame j2000 = j2000_frame();
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, j2000));
  SC_TRY_ASSIGN(auto&& c, light_time_state(ctx, center, et, j2000, corr, observer_ssb));
  return CenterLight{c.lt, c.dlt};
}

// SPKEZ for non-inertial frames: the apparent state in J2000, then the frame's state
// transformation at et -+ (light time to the frame's center), its derivative block scaled by
// 1 -+ d(lt)/dt (light_rate_transform.hpp).
Result<StateLt> rotating_frame_state(const Context& ctx, int target, double et, const OutputFrame& frame,
                                     const AbCorr& corr, int observer, int level) {
  SC_TRY_ASSIGN(auto&& s, apparent_state(ctx, target, et, j2000_frame(), corr, observer));
  SC_TRY_ASSIGN(auto&& center, center_light_time(ctx, frame.center, et, corr, target, observer, s));
  SC_TRY_ASSIGN(auto&& state, transform_at_light_time(ctx, frame.id, et, corr, center, s.state, level));
  SC_TRY(require_finite(state, "the state in the output frame", et));
  return StateLt{state, s.lt};
}

// SPKEZP for non-inertial frames: the apparent position in J2000 rotated at et -+ (light time to
// the frame's center, found as an apparent position too).
Result<PositionLt> rotating_frame_position(const Context& ctx, int target, double et, const OutputFrame& frame,
                                           std::string_view abcorr, int observer, int level) {
  const OutputFrame j2000 = j2000_frame();
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, j2000));
  SC_TRY_ASSIGN(auto&& corr, parse_position_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& p, apparent_position(ctx, target, et, j2000, corr, observer_ssb));
  double ltcent = 0.0;
  if (frame.center == target) {
    ltcent = p.lt;
  } else if (frame.center != observer) {
    SC_TRY_ASSIGN(auto&& c, apparent_position(ctx, frame.center, et, j2000, corr, observer_ssb));
    ltcent = c.lt;
  }
  if (abcorr_starts_with_x(abcorr)) ltcent = -ltcent;
  const SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& rot, frames::rotation(ctx, 1, frame.id, et - ltcent, eph.env(level)));
  const auto pos = mxv(rot, p.pos);
  SC_TRY(require_finite(pos, "the position in the output frame", et));
  return PositionLt{pos, p.lt};
}

// spkezr/spkpos: the four strings must be non-empty, then the target and observer names become
// NAIF IDs (target first, as CSPICE reports a failure).
Result<std::pair<int, int>> body_codes(const Context& ctx, std::string_view target, std::string_view ref,
                                       std::string_view abcorr, std::string_view observer) {
  SC_TRY(require_nonempty(target, "target"));
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(observer, "observer"));
  SC_TRY_ASSIGN(auto&& target_id, body_code(ctx, target, "target", target, observer));
  SC_TRY_ASSIGN(auto&& observer_id, body_code(ctx, observer, "observer", target, observer));
  return std::pair{target_id, observer_id};
}

}  // namespace

Result<StateLt> spkezr(const Context& ctx, std::string_view target, double et, std::string_view ref,
                       std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& ids, body_codes(ctx, target, ref, abcorr, observer));
  return spkez(ctx, ids.first, et, ref, abcorr, ids.second);
}

Result<PositionLt> spkpos(const Context& ctx, std::string_view target, double et, std::string_view ref,
                          std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& ids, body_codes(ctx, target, ref, abcorr, observer));
  return spkezp(ctx, ids.first, et, ref, abcorr, ids.second);
}

Result<StateLt> spkez(const Context& ctx, int target, double et, std::string_view ref, std::string_view abcorr,
                      int observer, int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY_ASSIGN(auto&& corr, parse_abcorr(abcorr));
  // Geometric states go through spkgeo, which uses the closest common center of the two bodies
  // instead of the SSB (fewer rounding errors).
  if (corr.geometric) return spkgeo(ctx, target, et, ref, observer, level);

  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  switch (frame.kind) {
    case FrameKind::Inertial: {
      SC_TRY_ASSIGN(auto&& s, apparent_state(ctx, target, et, frame, corr, observer));
      return StateLt{s.state, s.lt};
    }
    case FrameKind::NonInertial:
      return rotating_frame_state(ctx, target, et, frame, corr, observer, level);
    case FrameKind::Undescribed:
      return make_error("SPICE(UNKNOWNFRAME2)", "The requested output frame '" + std::string(ref) +
                                                    "' has a frame ID but no frame definition (class, center) is "
                                                    "available. Check that its frame kernel has been loaded.");
    case FrameKind::Unknown:
      break;
  }
  return unknown_frame_error(ref);
}

Result<PositionLt> spkezp(const Context& ctx, int target, double et, std::string_view ref,
                          std::string_view abcorr, int observer, int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  if (abcorr_is_none(abcorr)) return spkgps(ctx, target, et, ref, observer, level);

  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  switch (frame.kind) {
    case FrameKind::Inertial: {
      SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, frame));
      SC_TRY_ASSIGN(auto&& corr, parse_position_abcorr(abcorr));
      SC_TRY_ASSIGN(auto&& p, apparent_position(ctx, target, et, frame, corr, observer_ssb));
      return PositionLt{p.pos, p.lt};
    }
    case FrameKind::NonInertial:
      return rotating_frame_position(ctx, target, et, frame, abcorr, observer, level);
    case FrameKind::Undescribed:
      return make_error("SPICE(UNKNOWNFRAME2)", "The requested output frame '" + std::string(ref) +
                                                    "' has a frame ID but no frame definition (class, center) is "
                                                    "available. Check that its frame kernel has been loaded.");
    case FrameKind::Unknown:
      break;
  }
  return unknown_frame_error(ref);
}

Result<StateLt> spkgeo(const Context& ctx, int target, double et, std::string_view ref, int observer,
                       int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  // SPKGEO answers a body relative to itself before it even looks at the frame.
  if (target == observer) return StateLt{};
  SC_TRY_ASSIGN(auto&& frame, known_frame(ctx, ref));
  if (frame.kind == FrameKind::Inertial) {
    SC_TRY_ASSIGN(auto&& state, geometric_state_in(ctx, target, et, frame, observer));
    SC_TRY(require_finite(state, "the geometric state", et));
    return StateLt{state, light_time_of(position_of(state))};
  }
  SC_TRY_ASSIGN(auto&& j2000, geometric_state_in(ctx, target, et, j2000_frame(), observer));
  SC_TRY_ASSIGN(auto&& state, state_in_frame(ctx, frame, j2000, et, level));
  SC_TRY(require_finite(state, "the geometric state", et));
  return StateLt{state, light_time_of(position_of(state))};
}

Result<PositionLt> spkgps(const Context& ctx, int target, double et, std::string_view ref, int observer,
                          int level) {
  // SPKGPS rotates the position with REFCHG where SPKGEO applies FRMCHG to the state; the
  // rotation blocks are the same numbers, and the zero block adds nothing to the position.
  SC_TRY_ASSIGN(auto&& s, spkgeo(ctx, target, et, ref, observer, level));
  return position_part(s);
}

Result<std::array<double, 6>> spkssb(const Context& ctx, int target, double et, std::string_view ref) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY_ASSIGN(auto&& frame, known_frame(ctx, ref));
  if (frame.kind == FrameKind::Inertial) return ssb_state_in(ctx, target, et, frame);
  SC_TRY_ASSIGN(auto&& j2000, ssb_state_in(ctx, target, et, j2000_frame()));
  return state_in_frame(ctx, frame, j2000, et);
}

}  // namespace sc::geometry
