// SPKCVO, SPKCVT, SPKCPO, SPKCPT (see constant_velocity_states.hpp).
#include "geometry/constant_velocity_states.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "frames/state_transforms.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/argument_checks.hpp"
#include "geometry/fixed_observer.hpp"
#include "geometry/fixed_target.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/light_rate_transform.hpp"
#include "inertial/inertial_frames.hpp"

namespace sc::geometry {
namespace {

using inertial::kJ2000;

enum class Locus { Observer, Target, Center };

// ESRCHC over 'OBSERVER', 'TARGET', 'CENTER' (EQSTR: case and blanks ignored).
Result<Locus> parse_locus(std::string_view refloc) {
  if (eqstr(refloc, "OBSERVER")) return Locus::Observer;
  if (eqstr(refloc, "TARGET")) return Locus::Target;
  if (eqstr(refloc, "CENTER")) return Locus::Center;
  return make_error("SPICE(NOTSUPPORTED)", "Output frame evaluation locus " + quoted(refloc) +
                                               " was not recognized. Allowed values are 'OBSERVER', 'TARGET', and "
                                               "'CENTER'.");
}

Result<int> output_frame_id(const Context& ctx, std::string_view outref) {
  if (const auto id = frames::namfrm(ctx, outref)) return *id;
  return make_error("SPICE(UNKNOWNFRAME)", "The frame " + quoted(outref) +
                                               " was not recognized. Possible causes are that the frame name was "
                                               "misspelled or that a required frame kernel has not been loaded.");
}

math::State state_of(std::span<const double> values) {
  math::State s{};
  std::copy_n(values.begin(), std::min<std::size_t>(values.size(), 6), s.begin());
  return s;
}

// What both directions share once the arguments are checked: how to get the state in any frame
// (ZZSPKFZO / ZZSPKFZT) and the J2000 state with its light-time rate (ZZSPKFAO / ZZSPKFAT).
struct Request {
  double et = 0;
  int outref = 0;
  AbCorr corr;
  Locus locus = Locus::Center;
};

template <class InFrame, class ApparentJ2000>
Result<StateLt> evaluate(const Context& ctx, std::string_view outref, const Request& r, InFrame in_frame,
                         ApparentJ2000 apparent_j2000) {
  // Without light time every locus is the observation epoch.
  if (!r.corr.light_time || r.locus == Locus::Center) return in_frame(outref);
  if (r.locus == Locus::Observer) {
    // Inertial first, then the frame at et itself.
    SC_TRY_ASSIGN(auto&& j2000, in_frame("J2000"));
    if (r.outref == kJ2000) return j2000;
    const SpkEphemeris eph(ctx);
    SC_TRY_ASSIGN(auto&& xform, frames::state_transform(ctx, kJ2000, r.outref, r.et, eph.env()));
    return StateLt{frames::apply(xform, j2000.state), j2000.lt};
  }
  // TARGET: the frame at the target's epoch et -+ lt, moving with d(lt)/dt.
  SC_TRY_ASSIGN(auto&& j2000, apparent_j2000());
  if (r.outref == kJ2000) return StateLt{j2000.state, j2000.lt};
  SC_TRY_ASSIGN(auto&& state,
                transform_at_light_time(ctx, r.outref, r.et, r.corr, CenterLight{j2000.lt, j2000.dlt}, j2000.state));
  return StateLt{state, j2000.lt};
}

}  // namespace

Result<StateLt> spkcvo(const Context& ctx, std::string_view target, double et, std::string_view outref,
                       std::string_view refloc, std::string_view abcorr, std::span<const double> obssta, double obsepc,
                       std::string_view obsctr, std::string_view obsref) {
  SC_TRY(require_nonempty(target, "target"));
  SC_TRY(require_nonempty(outref, "output frame"));
  SC_TRY(require_nonempty(refloc, "frame evaluation locus"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(obsctr, "observer's center"));
  SC_TRY(require_nonempty(obsref, "observer's frame"));
  SC_TRY_ASSIGN(auto&& corr, parse_abcorr(abcorr));
  SC_TRY_ASSIGN(const int center, body_id(ctx, obsctr));
  SC_TRY_ASSIGN(const int target_id, body_id(ctx, target));
  SC_TRY_ASSIGN(const int outref_id, output_frame_id(ctx, outref));
  SC_TRY_ASSIGN(const Locus locus, parse_locus(refloc));

  const ConstantVelocityPoint observer{state_of(obssta), obsepc, center, obsref};
  const Request r{et, outref_id, corr, locus};
  return evaluate(
      ctx, outref, r, [&](std::string_view ref) { return state_from_point(ctx, target_id, et, ref, corr, observer); },
      [&] { return apparent_state_from_point(ctx, target_id, et, "J2000", corr, observer); });
}

Result<StateLt> spkcvt(const Context& ctx, std::span<const double> trgsta, double trgepc, std::string_view trgctr,
                       std::string_view trgref, double et, std::string_view outref, std::string_view refloc,
                       std::string_view abcorr, std::string_view obsrvr) {
  SC_TRY(require_nonempty(trgctr, "target's center"));
  SC_TRY(require_nonempty(trgref, "target's frame"));
  SC_TRY(require_nonempty(outref, "output frame"));
  SC_TRY(require_nonempty(refloc, "frame evaluation locus"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(obsrvr, "observer"));
  SC_TRY_ASSIGN(auto&& corr, parse_abcorr(abcorr));
  SC_TRY_ASSIGN(const int center, body_id(ctx, trgctr));
  SC_TRY_ASSIGN(const int observer, body_id(ctx, obsrvr));
  SC_TRY_ASSIGN(const int outref_id, output_frame_id(ctx, outref));
  SC_TRY_ASSIGN(const Locus locus, parse_locus(refloc));

  const ConstantVelocityPoint target{state_of(trgsta), trgepc, center, trgref};
  const Request r{et, outref_id, corr, locus};
  return evaluate(
      ctx, outref, r, [&](std::string_view ref) { return state_of_point(ctx, target, et, ref, corr, observer); },
      [&] { return apparent_state_of_point(ctx, target, et, "J2000", corr, observer); });
}

// The constant-position forms: the velocity zero and the epoch 0 (any epoch would do).
Result<StateLt> spkcpo(const Context& ctx, std::string_view target, double et, std::string_view outref,
                       std::string_view refloc, std::string_view abcorr, std::span<const double> obspos,
                       std::string_view obsctr, std::string_view obsref) {
  std::array<double, 6> obssta{};
  std::copy_n(obspos.begin(), std::min<std::size_t>(obspos.size(), 3), obssta.begin());
  return spkcvo(ctx, target, et, outref, refloc, abcorr, obssta, 0.0, obsctr, obsref);
}

Result<StateLt> spkcpt(const Context& ctx, std::span<const double> trgpos, std::string_view trgctr,
                       std::string_view trgref, double et, std::string_view outref, std::string_view refloc,
                       std::string_view abcorr, std::string_view obsrvr) {
  std::array<double, 6> trgsta{};
  std::copy_n(trgpos.begin(), std::min<std::size_t>(trgpos.size(), 3), trgsta.begin());
  return spkcvt(ctx, trgsta, 0.0, trgctr, trgref, et, outref, refloc, abcorr, obsrvr);
}

}  // namespace sc::geometry
