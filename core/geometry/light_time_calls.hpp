// The light-time and aberration building blocks as CSPICE exposes them, for observer states that
// come from outside SPICE (a tracking solution, a simulation): SPKLTC (light time and its rate),
// SPKAPS (plus stellar aberration, given the observer's acceleration), SPKACS (the observer an
// ephemeris body), SPKAPO (positions, CSPICE's older routine), LTIME (light time between two
// bodies along a signal's path), STELAB and STLABX (stellar aberration of one vector). The light-time
// rate dlt = d(lt)/d(et) they return is what one-way Doppler needs: the received frequency is
// scaled by 1 - dlt.
//
// SPKLTC, SPKAPS, SPKACS and SPKAPO work in a built-in inertial frame only: SPICE(BADFRAME)
// otherwise (after the correction string is checked: SPICE(INVALIDOPTION), for SPKAPO
// SPICE(SPKINVALIDOPTION), which SPKAPO checks first). Observer states are relative to the
// solar-system barycenter in that frame.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::geometry {

struct TargetLightTime {
  std::array<double, 6> starg{};  // target relative to the observer, corrected (km, km/s)
  double lt = 0;                  // one-way light time, s
  double dlt = 0;                 // d(lt)/d(et), unitless
};

struct TargetPosition {
  std::array<double, 3> ptarg{};  // km
  double lt = 0;                  // s
};

struct SignalTime {
  double ettarg = 0;  // the epoch at the target the signal leaves or reaches it, TDB s
  double elapsd = 0;  // the signal's travel time, s
};

// SPKLTC: `target` (NAIF ID) corrected for light time only (a '+S' in `abcorr` is accepted and
// ignored), seen from the observer state `stobs` (6 numbers).
Result<TargetLightTime> spkltc(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, std::span<const double> stobs);

// SPKAPS: as SPKLTC, plus stellar aberration when `abcorr` asks for it; `accobs` (3 numbers,
// km/s^2) is the observer's acceleration, which the aberration's rate needs.
Result<TargetLightTime> spkaps(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, std::span<const double> stobs,
                               std::span<const double> accobs);

// SPKACS: SPKAPS for the ephemeris body `observer` (its acceleration from its velocities at
// et -+ 1 s).
Result<TargetLightTime> spkacs(const Context& ctx, int target, double et, std::string_view ref,
                               std::string_view abcorr, int observer);

// SPKAPO: the apparent position of `target` seen from `sobs` (6 numbers): LT one iteration, CN
// three, then STELAB (reception) or STLABX (transmission).
Result<TargetPosition> spkapo(const Context& ctx, int target, double et, std::string_view ref,
                              std::span<const double> sobs, std::string_view abcorr);

// LTIME: a signal leaves or reaches body `obs` at `etobs`; `dir` "->" (to `targ`) or "<-" (from
// it; only the first two characters count). Three light-time iterations between SSB positions in
// J2000. SPICE(EMPTYSTRING), SPICE(BADDIRECTION), then the ephemeris errors.
Result<SignalTime> ltime(const Context& ctx, double etobs, int obs, std::string_view dir, int targ);

// STELAB and STLABX (3 numbers each; geometry/stellar_aberration.hpp).
Result<std::array<double, 3>> stelab(std::span<const double> pobj, std::span<const double> vobs);
Result<std::array<double, 3>> stlabx(std::span<const double> pobj, std::span<const double> vobs);

}  // namespace sc::geometry
