// The spkezr family's dispatch (see state_requests.hpp), in CSPICE's order of checks, so that an
// input with several problems reports the error CSPICE reports:
//   spkezr/spkpos: empty strings (target, ref, abcorr, observer), target name, observer name;
//   spkez:         empty strings, abcorr (ZZVALCOR), then NONE -> spkgeo, else the frame;
//   spkezp:        empty strings, NONE -> spkgps, else the frame, the observer's SSB state, and
//                  only then abcorr (SPKAPO parses it);
//   spkgeo/spkgps:  empty ref, target == observer (a zero state, before the frame is even
//                  looked at), the frame name, the ephemeris, then the frame's data.
// Non-inertial output frames (PCK, TK) follow SPKEZ/SPKEZP: the J2000 apparent state or position,
// transformed at et -+ (light time from the observer to the frame's center).
#include "geometry/state_requests.hpp"

#include <string>
#include <utility>

#include "frames/frames_api.hpp"
#include "geometry/apparent_state.hpp"
#include "geometry/argument_checks.hpp"
#include "geometry/finite_result.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/geometric.hpp"
#include "geometry/light_rate_transform.hpp"
#include "geometry/light_time.hpp"
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

// The output frame of a corrected state or position: inertial or not, else SPKEZ's errors.
Result<OutputFrame> described_frame(const Context& ctx, std::string_view ref) {
  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  switch (frame.kind) {
    case FrameKind::Inertial:
    case FrameKind::NonInertial:
      return frame;
    case FrameKind::Undescribed:
      return make_error("SPICE(UNKNOWNFRAME2)", "The requested output frame '" + std::string(ref) +
                                                    "' has a frame ID but no frame definition (class, center) is "
                                                    "available. Check that its frame kernel has been loaded.");
    case FrameKind::Unknown:
      break;
  }
  return unknown_frame_error(ref);
}

// How far the frame's center is from the observer in light time, and how fast that changes:
// zero when the observer is the center, the target's values when the target is, else SPKLTC
// for the center from the observer's SSB state.
Result<CenterLight> center_light_time(const Context& ctx, int center, double et, const AbCorr& corr, int target,
                                      int observer, const LightTimeState& apparent, spk::LegCache* legs) {
  if (center == observer) return CenterLight{};
  if (center == target) return CenterLight{apparent.lt, apparent.dlt};
  const OutputFrame j2000 = j2000_frame();
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, observer, et, j2000, legs));
  SC_TRY_ASSIGN(auto&& c, light_time_state(ctx, center, et, j2000, corr, observer_ssb, legs));
  return CenterLight{c.lt, c.dlt};
}

// SPKEZ for non-inertial frames: the apparent state in J2000, then the frame's state
// transformation at et -+ (light time to the frame's center), its derivative block scaled by
// 1 -+ d(lt)/dt (light_rate_transform.hpp).
Result<StateLt> rotating_frame_state(const Context& ctx, const StateRequest& r, double et, spk::LegCache* legs) {
  SC_TRY_ASSIGN(auto&& s, apparent_state(ctx, r.target, et, j2000_frame(), r.corr, r.observer, legs));
  SC_TRY_ASSIGN(auto&& center, center_light_time(ctx, r.frame.center, et, r.corr, r.target, r.observer, s, legs));
  SC_TRY_ASSIGN(auto&& state, transform_at_light_time(ctx, r.frame.id, et, r.corr, center, s.state, r.level));
  SC_TRY(require_finite(state, "the state in the output frame", et));
  return StateLt{state, s.lt};
}

// SPKEZP for non-inertial frames: the apparent position in J2000 rotated at et -+ (light time to
// the frame's center, found as an apparent position too).
Result<PositionLt> rotating_frame_position(const Context& ctx, const PositionRequest& r, double et,
                                           spk::LegCache* legs) {
  const OutputFrame j2000 = j2000_frame();
  SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, r.observer, et, j2000, legs));
  if (r.corr_error) return Error(*r.corr_error);
  SC_TRY_ASSIGN(auto&& p, apparent_position(ctx, r.target, et, j2000, *r.corr, observer_ssb, legs));
  double ltcent = 0.0;
  if (r.frame.center == r.target) {
    ltcent = p.lt;
  } else if (r.frame.center != r.observer) {
    SC_TRY_ASSIGN(auto&& c, apparent_position(ctx, r.frame.center, et, j2000, *r.corr, observer_ssb, legs));
    ltcent = c.lt;
  }
  if (r.transmission) ltcent = -ltcent;
  const SpkEphemeris eph(ctx);
  SC_TRY_ASSIGN(auto&& rot, frames::rotation(ctx, 1, r.frame.id, et - ltcent, eph.env(r.level)));
  const auto pos = mxv(rot, p.pos);
  SC_TRY(require_finite(pos, "the position in the output frame", et));
  return PositionLt{pos, p.lt};
}

}  // namespace

Result<OutputFrame> known_frame(const Context& ctx, std::string_view ref) {
  SC_TRY_ASSIGN(auto&& frame, frame_kind(ctx, ref));
  if (frame.kind == FrameKind::Unknown) return unknown_frame_error(ref);
  return frame;
}

Result<StateRequest> prepare_spkezr(const Context& ctx, std::string_view target, std::string_view ref,
                                    std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& ids, body_codes(ctx, target, ref, abcorr, observer));
  return prepare_spkez(ctx, ids.first, ref, abcorr, ids.second);
}

Result<StateRequest> prepare_spkez(const Context& ctx, int target, std::string_view ref, std::string_view abcorr,
                                   int observer, int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY_ASSIGN(auto&& corr, parse_abcorr(abcorr));
  // Geometric states go through spkgeo, which uses the closest common center of the two bodies
  // instead of the SSB (fewer rounding errors).
  if (corr.geometric) return prepare_spkgeo(ctx, target, ref, observer, level);
  SC_TRY_ASSIGN(auto&& frame, described_frame(ctx, ref));
  StateRequest r;
  r.path = frame.kind == FrameKind::Inertial ? StateRequest::Path::ApparentInertial
                                             : StateRequest::Path::ApparentRotating;
  r.target = target;
  r.observer = observer;
  r.corr = corr;
  r.frame = frame;
  r.level = level;
  return r;
}

Result<StateRequest> prepare_spkgeo(const Context& ctx, int target, std::string_view ref, int observer,
                                    int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  StateRequest r;
  r.target = target;
  r.observer = observer;
  r.level = level;
  r.corr.geometric = true;
  // SPKGEO answers a body relative to itself before it even looks at the frame.
  if (target == observer) return r;
  SC_TRY_ASSIGN(auto&& frame, known_frame(ctx, ref));
  r.frame = frame;
  r.path = frame.kind == FrameKind::Inertial ? StateRequest::Path::GeometricInertial
                                             : StateRequest::Path::GeometricRotating;
  return r;
}

Result<StateLt> evaluate_state(const Context& ctx, const StateRequest& r, double et, spk::LegCache* legs) {
  switch (r.path) {
    case StateRequest::Path::Zero:
      return StateLt{};
    case StateRequest::Path::GeometricInertial: {
      SC_TRY_ASSIGN(auto&& state, geometric_state_in(ctx, r.target, et, r.frame, r.observer, legs));
      SC_TRY(require_finite(state, "the geometric state", et));
      return StateLt{state, light_time_of(position_of(state))};
    }
    case StateRequest::Path::GeometricRotating: {
      SC_TRY_ASSIGN(auto&& j2000, geometric_state_in(ctx, r.target, et, j2000_frame(), r.observer, legs));
      SC_TRY_ASSIGN(auto&& state, state_in_frame(ctx, r.frame, j2000, et, r.level));
      SC_TRY(require_finite(state, "the geometric state", et));
      return StateLt{state, light_time_of(position_of(state))};
    }
    case StateRequest::Path::ApparentInertial: {
      SC_TRY_ASSIGN(auto&& s, apparent_state(ctx, r.target, et, r.frame, r.corr, r.observer, legs));
      return StateLt{s.state, s.lt};
    }
    case StateRequest::Path::ApparentRotating:
      return rotating_frame_state(ctx, r, et, legs);
  }
  return StateLt{};
}

Result<PositionRequest> prepare_spkpos(const Context& ctx, std::string_view target, std::string_view ref,
                                       std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& ids, body_codes(ctx, target, ref, abcorr, observer));
  return prepare_spkezp(ctx, ids.first, ref, abcorr, ids.second);
}

Result<PositionRequest> prepare_spkezp(const Context& ctx, int target, std::string_view ref,
                                       std::string_view abcorr, int observer, int level) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  PositionRequest r;
  r.target = target;
  r.observer = observer;
  r.level = level;
  if (abcorr_is_none(abcorr)) {
    // SPKGPS rotates the position with REFCHG where SPKGEO applies FRMCHG to the state; the
    // rotation blocks are the same numbers, and the zero block adds nothing to the position.
    SC_TRY_ASSIGN(auto&& geo, prepare_spkgeo(ctx, target, ref, observer, level));
    r.state = geo;
    return r;
  }
  SC_TRY_ASSIGN(auto&& frame, described_frame(ctx, ref));
  r.frame = frame;
  r.path = frame.kind == FrameKind::Inertial ? PositionRequest::Path::ApparentInertial
                                             : PositionRequest::Path::ApparentRotating;
  auto corr = parse_position_abcorr(abcorr);
  if (corr) {
    r.corr = *corr;
  } else {
    r.corr_error = std::move(corr).error();
  }
  r.transmission = abcorr_starts_with_x(abcorr);
  return r;
}

Result<PositionLt> evaluate_position(const Context& ctx, const PositionRequest& r, double et, spk::LegCache* legs) {
  switch (r.path) {
    case PositionRequest::Path::Geometric: {
      SC_TRY_ASSIGN(auto&& s, evaluate_state(ctx, r.state, et, legs));
      return PositionLt{{s.state[0], s.state[1], s.state[2]}, s.lt};
    }
    case PositionRequest::Path::ApparentInertial: {
      SC_TRY_ASSIGN(auto&& observer_ssb, ssb_state_in(ctx, r.observer, et, r.frame, legs));
      if (r.corr_error) return Error(*r.corr_error);
      SC_TRY_ASSIGN(auto&& p, apparent_position(ctx, r.target, et, r.frame, *r.corr, observer_ssb, legs));
      return PositionLt{p.pos, p.lt};
    }
    case PositionRequest::Path::ApparentRotating:
      return rotating_frame_position(ctx, r, et, legs);
  }
  return PositionLt{};
}

Result<StateBatch> prepare_spkezr_batch(const Context& ctx, std::string_view target, std::string_view ref,
                                        std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkezr(ctx, target, ref, abcorr, observer));
  return StateBatch{request, {}};
}

Result<PositionBatch> prepare_spkpos_batch(const Context& ctx, std::string_view target, std::string_view ref,
                                           std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkpos(ctx, target, ref, abcorr, observer));
  return PositionBatch{request, {}};
}

}  // namespace sc::geometry
