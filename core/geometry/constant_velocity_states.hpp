// Observers and targets that are not in any SPK: ground stations, landers, surface points (fixed
// in a body-fixed frame) and objects moving with constant velocity relative to a body. CSPICE's
// spkcvo, spkcvt (constant velocity) and spkcpo, spkcpt (constant position: zero velocity, epoch
// 0), with every aberration correction and the three loci at which a non-inertial output frame
// is evaluated:
//   OBSERVER  at et, the observation epoch (for frames centered at the observer);
//   TARGET    at et -+ lt, the epoch of the target (for frames centered at the target); the
//             transformation's rate includes d(lt)/dt;
//   CENTER    at et -+ (light time to the frame's center), as spkezr does.
// Without light-time correction all three evaluate the frame at et. Checks, in CSPICE's order:
// empty strings (SPICE(EMPTYSTRING)), abcorr (SPICE(INVALIDOPTION)), the center of the given
// state, the other body (SPICE(IDCODENOTFOUND)), the output frame (SPICE(UNKNOWNFRAME)), the
// locus (SPICE(NOTSUPPORTED)); then the ephemeris and frame errors of the computation.
#pragma once

#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "geometry/states.hpp"

namespace sc::geometry {

// SPKCVO: `target` seen from an observer whose state `obssta` (6 numbers, km and km/s) relative to
// body `obsctr` in frame `obsref` is given at epoch `obsepc` and stays constant in that frame.
Result<StateLt> spkcvo(const Context& ctx, std::string_view target, double et, std::string_view outref,
                       std::string_view refloc, std::string_view abcorr, std::span<const double> obssta, double obsepc,
                       std::string_view obsctr, std::string_view obsref);

// SPKCVT: a target with state `trgsta` relative to `trgctr` in frame `trgref` at epoch `trgepc`,
// constant velocity in that frame, seen from the ephemeris body `obsrvr`.
Result<StateLt> spkcvt(const Context& ctx, std::span<const double> trgsta, double trgepc, std::string_view trgctr,
                       std::string_view trgref, double et, std::string_view outref, std::string_view refloc,
                       std::string_view abcorr, std::string_view obsrvr);

// SPKCPO: SPKCVO for an observer fixed at `obspos` (3 numbers, km) in frame `obsref`.
Result<StateLt> spkcpo(const Context& ctx, std::string_view target, double et, std::string_view outref,
                       std::string_view refloc, std::string_view abcorr, std::span<const double> obspos,
                       std::string_view obsctr, std::string_view obsref);

// SPKCPT: SPKCVT for a target fixed at `trgpos` (3 numbers, km) in frame `trgref`.
Result<StateLt> spkcpt(const Context& ctx, std::span<const double> trgpos, std::string_view trgctr,
                       std::string_view trgref, double et, std::string_view outref, std::string_view refloc,
                       std::string_view abcorr, std::string_view obsrvr);

}  // namespace sc::geometry
