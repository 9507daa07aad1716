// The spkezr family's entry points: argument checks and dispatch in CSPICE's order, so that an
// input with several problems reports the same error CSPICE reports. The order is:
//   spkezr/spkpos: empty strings (target, ref, abcorr, observer), target name, observer name;
//   spkez:         empty strings, abcorr (ZZVALCOR), then NONE -> spkgeo, else the frame;
//   spkezp:        empty strings, NONE -> spkgps, else the frame, the observer's SSB state, and
//                  only then abcorr (SPKAPO parses it);
//   spkgeo/spkgps/spkssb: empty ref, the frame, then the ephemeris.
#include "geometry/states.hpp"

#include <string>

#include "geometry/abcorr.hpp"
#include "geometry/apparent_state.hpp"
#include "geometry/geometric.hpp"
#include "geometry/output_frame.hpp"

namespace sc::geometry {
namespace {

// The CSPICE C wrappers reject empty strings before anything else.
Status require_nonempty(std::string_view value, const char* what) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", std::string("The ") + what + " string is empty.");
}

// bods2c, with the message naming the role (target or observer) and both names of the request.
Result<int> body_code(const Context& ctx, std::string_view name, const char* role, std::string_view target,
                      std::string_view observer) {
  auto code = ctx.body_names().string_to_code_checked(name, ctx.pool());
  if (!code) return std::move(code).error();
  if (*code) return **code;
  return make_error("SPICE(IDCODENOTFOUND)",
                    std::string("The ") + role + " '" + std::string(name) +
                        "' is not a recognized name or ID code of an ephemeris object (target '" +
                        std::string(target) + "', observer '" + std::string(observer) +
                        "'). Load a kernel that maps the name to a NAIF ID, or call spkez with the ID codes.");
}

PositionLt position_part(const StateLt& s) { return PositionLt{{s.state[0], s.state[1], s.state[2]}, s.lt}; }

}  // namespace

Result<StateLt> spkezr(const Context& ctx, std::string_view target, double et, std::string_view ref,
                       std::string_view abcorr, std::string_view observer) {
  SC_TRY(require_nonempty(target, "target"));
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(observer, "observer"));
  auto target_id = body_code(ctx, target, "target", target, observer);
  if (!target_id) return std::move(target_id).error();
  auto observer_id = body_code(ctx, observer, "observer", target, observer);
  if (!observer_id) return std::move(observer_id).error();
  return spkez(ctx, *target_id, et, ref, abcorr, *observer_id);
}

Result<PositionLt> spkpos(const Context& ctx, std::string_view target, double et, std::string_view ref,
                          std::string_view abcorr, std::string_view observer) {
  SC_TRY(require_nonempty(target, "target"));
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(observer, "observer"));
  auto target_id = body_code(ctx, target, "target", target, observer);
  if (!target_id) return std::move(target_id).error();
  auto observer_id = body_code(ctx, observer, "observer", target, observer);
  if (!observer_id) return std::move(observer_id).error();
  return spkezp(ctx, *target_id, et, ref, abcorr, *observer_id);
}

Result<StateLt> spkez(const Context& ctx, int target, double et, std::string_view ref, std::string_view abcorr,
                      int observer) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  auto corr = parse_abcorr(abcorr);
  if (!corr) return std::move(corr).error();
  // Geometric states go through spkgeo, which uses the closest common center of the two bodies
  // instead of the SSB (fewer rounding errors).
  if (corr->geometric) return spkgeo(ctx, target, et, ref, observer);

  const OutputFrame frame = frame_kind(ctx, ref);
  switch (frame.kind) {
    case FrameKind::Inertial: {
      auto s = apparent_state(ctx, target, et, frame, *corr, observer);
      if (!s) return std::move(s).error();
      return StateLt{s->state, s->lt};
    }
    case FrameKind::Unknown:
      // Non-inertial frames (PCK, CK, TK, dynamic) take CSPICE's other branch: the J2000
      // apparent state transformed at et -+ (light time to the frame's center), with the
      // derivative block scaled by 1 -+ d(lt)/dt. The core does not know such frames yet.
      break;
  }
  return unknown_frame_error(ref);
}

Result<PositionLt> spkezp(const Context& ctx, int target, double et, std::string_view ref,
                          std::string_view abcorr, int observer) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  if (abcorr_is_none(abcorr)) return spkgps(ctx, target, et, ref, observer);

  const OutputFrame frame = frame_kind(ctx, ref);
  switch (frame.kind) {
    case FrameKind::Inertial: {
      auto observer_ssb = ssb_state_in(ctx, observer, et, frame);
      if (!observer_ssb) return std::move(observer_ssb).error();
      auto corr = parse_position_abcorr(abcorr);
      if (!corr) return std::move(corr).error();
      auto p = apparent_position(ctx, target, et, frame, *corr, *observer_ssb);
      if (!p) return std::move(p).error();
      return PositionLt{p->pos, p->lt};
    }
    case FrameKind::Unknown:
      // Non-inertial frames: CSPICE rotates the J2000 apparent position at et -+ (light time to
      // the frame's center); see spkez. Not available until the frame subsystem knows them.
      break;
  }
  return unknown_frame_error(ref);
}

Result<StateLt> spkgeo(const Context& ctx, int target, double et, std::string_view ref, int observer) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  auto frame = require_inertial_frame(ctx, ref);
  if (!frame) return std::move(frame).error();
  auto state = geometric_state_in(ctx, target, et, *frame, observer);
  if (!state) return std::move(state).error();
  return StateLt{*state, light_time_of(position_of(*state))};
}

Result<PositionLt> spkgps(const Context& ctx, int target, double et, std::string_view ref, int observer) {
  auto s = spkgeo(ctx, target, et, ref, observer);
  if (!s) return std::move(s).error();
  return position_part(*s);
}

Result<std::array<double, 6>> spkssb(const Context& ctx, int target, double et, std::string_view ref) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  auto frame = require_inertial_frame(ctx, ref);
  if (!frame) return std::move(frame).error();
  return ssb_state_in(ctx, target, et, *frame);
}

}  // namespace sc::geometry
