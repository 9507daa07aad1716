// SPKLTC, SPKAPS, SPKACS, SPKAPO, LTIME, STELAB, STLABX (see light_time_calls.hpp).
#include "geometry/light_time_calls.hpp"

#include <algorithm>

#include "errors/quoted.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/apparent_state.hpp"
#include "geometry/argument_checks.hpp"
#include "geometry/light_time.hpp"
#include "geometry/output_frame.hpp"
#include "geometry/speed_of_light.hpp"
#include "geometry/states.hpp"
#include "geometry/stellar_aberration.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {
namespace {

using math::State;
using math::Vec3;

template <std::size_t N>
std::array<double, N> first(std::span<const double> values) {
  std::array<double, N> out{};
  std::copy_n(values.begin(), std::min(values.size(), N), out.begin());
  return out;
}

TargetLightTime from(const LightTimeState& s) { return TargetLightTime{s.state, s.lt, s.dlt}; }

// What SPKLTC, SPKAPS and SPKACS check first: the C wrapper's empty strings, the correction
// (ZZVALCOR), then the frame (IRFNUM).
struct Checked {
  AbCorr corr;
  OutputFrame frame;
};

Result<Checked> check_state_call(std::string_view ref, std::string_view abcorr) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY_ASSIGN(auto&& corr, parse_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& frame, builtin_inertial_frame(ref));
  return Checked{corr, frame};
}

// SPKGEO(body, et, 'J2000', 0): a body's SSB state (the SSB itself is the zero state).
Result<State> ssb_j2000(const Context& ctx, int body, double et) {
  SC_TRY_ASSIGN(auto&& s, spkgeo(ctx, body, et, "J2000", 0));
  return s.state;
}

double vdist(const Vec3& a, const Vec3& b) { return math::vnorm(math::vsub(a, b)); }

}  // namespace

Result<TargetLightTime> spkltc(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, std::span<const double> stobs) {
  SC_TRY_ASSIGN(auto&& c, check_state_call(ref, abcorr));
  SC_TRY_ASSIGN(auto&& s, light_time_state(ctx, target, et, c.frame, c.corr, first<6>(stobs)));
  return from(s);
}

Result<TargetLightTime> spkaps(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, std::span<const double> stobs,
                               std::span<const double> accobs) {
  SC_TRY_ASSIGN(auto&& c, check_state_call(ref, abcorr));
  SC_TRY_ASSIGN(auto&& s, apparent_state_from(ctx, target, et, c.frame, c.corr, first<6>(stobs), first<3>(accobs)));
  return from(s);
}

Result<TargetLightTime> spkacs(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, int observer) {
  SC_TRY_ASSIGN(auto&& c, check_state_call(ref, abcorr));
  SC_TRY_ASSIGN(auto&& s, apparent_state(ctx, target, et, c.frame, c.corr, observer));
  return from(s);
}

Result<TargetPosition> spkapo(const Context& ctx, int target, double et, std::string_view ref,
                              std::span<const double> sobs, std::string_view abcorr) {
  SC_TRY(require_nonempty(ref, "reference frame"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY_ASSIGN(auto&& corr, parse_position_abcorr(abcorr));
  SC_TRY_ASSIGN(auto&& frame, builtin_inertial_frame(ref));
  SC_TRY_ASSIGN(auto&& p, apparent_position(ctx, target, et, frame, corr, first<6>(sobs)));
  return TargetPosition{p.pos, p.lt};
}

Result<SignalTime> ltime(const Context& ctx, double etobs, int obs, std::string_view dir, int targ) {
  SC_TRY(require_nonempty(dir, "direction"));
  // LTIME compares the first two characters only (CHARACTER*2 in the f2c'd comparison).
  const std::string_view head = dir.substr(0, 2);
  const bool outgoing = head == "->";
  if (!outgoing && head != "<-") {
    return make_error("SPICE(BADDIRECTION)", "The direction specifier for the signal was " + quoted(dir) +
                                                 "; it must be either '->' or '<-'.");
  }
  SC_TRY_ASSIGN(auto&& sobs, ssb_j2000(ctx, obs, etobs));
  SC_TRY_ASSIGN(auto&& starg, ssb_j2000(ctx, targ, etobs));
  const Vec3 pobs = math::position_of(sobs);
  double elapsd = vdist(pobs, math::position_of(starg)) / kClight;
  double ettarg = etobs;
  // Three fixed iterations, the observer's position kept at etobs.
  for (int i = 0; i < 3; ++i) {
    ettarg = outgoing ? etobs + elapsd : etobs - elapsd;
    SC_TRY_ASSIGN(auto&& s, ssb_j2000(ctx, targ, ettarg));
    elapsd = vdist(pobs, math::position_of(s)) / kClight;
  }
  ettarg = outgoing ? etobs + elapsd : etobs - elapsd;
  return SignalTime{ettarg, elapsd};
}

Result<std::array<double, 3>> stelab(std::span<const double> pobj, std::span<const double> vobs) {
  return stelab(first<3>(pobj), first<3>(vobs));
}

Result<std::array<double, 3>> stlabx(std::span<const double> pobj, std::span<const double> vobs) {
  return stlabx(first<3>(pobj), first<3>(vobs));
}

}  // namespace sc::geometry
