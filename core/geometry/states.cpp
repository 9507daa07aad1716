// The spkezr family's entry points: each is its request prepared and evaluated at one epoch
// (state_requests.hpp holds the dispatch and CSPICE's order of checks), so that a batch, which
// prepares once, gives the same bits and errors.
#include "geometry/states.hpp"

#include "geometry/argument_checks.hpp"
#include "geometry/geometric.hpp"
#include "geometry/output_frame.hpp"
#include "geometry/state_requests.hpp"

namespace sc::geometry {

Result<StateLt> spkezr(const Context& ctx, std::string_view target, double et, std::string_view ref,
                       std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkezr(ctx, target, ref, abcorr, observer));
  return evaluate_state(ctx, request, et);
}

Result<PositionLt> spkpos(const Context& ctx, std::string_view target, double et, std::string_view ref,
                          std::string_view abcorr, std::string_view observer) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkpos(ctx, target, ref, abcorr, observer));
  return evaluate_position(ctx, request, et);
}

Result<StateLt> spkez(const Context& ctx, int target, double et, std::string_view ref, std::string_view abcorr,
                      int observer, int level) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkez(ctx, target, ref, abcorr, observer, level));
  return evaluate_state(ctx, request, et);
}

Result<PositionLt> spkezp(const Context& ctx, int target, double et, std::string_view ref,
                          std::string_view abcorr, int observer, int level) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkezp(ctx, target, ref, abcorr, observer, level));
  return evaluate_position(ctx, request, et);
}

Result<StateLt> spkgeo(const Context& ctx, int target, double et, std::string_view ref, int observer,
                       int level) {
  SC_TRY_ASSIGN(auto&& request, prepare_spkgeo(ctx, target, ref, observer, level));
  return evaluate_state(ctx, request, et);
}

Result<PositionLt> spkgps(const Context& ctx, int target, double et, std::string_view ref, int observer,
                          int level) {
  SC_TRY_ASSIGN(auto&& s, spkgeo(ctx, target, et, ref, observer, level));
  return PositionLt{{s.state[0], s.state[1], s.state[2]}, s.lt};
}

Result<std::array<double, 6>> spkssb(const Context& ctx, int target, double et, std::string_view ref) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY_ASSIGN(auto&& frame, known_frame(ctx, ref));
  if (frame.kind == FrameKind::Inertial) return ssb_state_in(ctx, target, et, frame);
  SC_TRY_ASSIGN(auto&& j2000, ssb_state_in(ctx, target, et, j2000_frame()));
  return state_in_frame(ctx, frame, j2000, et);
}

}  // namespace sc::geometry
