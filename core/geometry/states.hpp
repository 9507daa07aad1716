// Aberration-corrected states, CSPICE's spkezr family: light time (LT, CN: converged Newtonian),
// stellar aberration (+S) with its effect on velocity, transmission cases (XLT, XCN), and the
// light-time rate. Built on spk/spk_api.hpp (geometric states) and the frames module.
#pragma once

#include <array>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::geometry {

struct StateLt {
  std::array<double, 6> state{};  // km, km/s
  double lt = 0;                  // one-way light time, s
};

struct PositionLt {
  std::array<double, 3> pos{};
  double lt = 0;
};

// `level` is CSPICE's frame recursion level of the frame changes inside (0 for callers; the dynamic
// frames' ephemeris, geometry/frame_ephemeris.hpp, asks at 1 and 2 as ZZSPKEZ0/ZZSPKEZ1 do).
// Bodies by name or integer string (bods2c), frames by name; errors SPICE(IDCODENOTFOUND),
// SPICE(UNKNOWNFRAME), SPICE(INVALIDOPTION) (bad abcorr), SPICE(SPKINSUFFDATA).
Result<StateLt> spkezr(const Context& ctx, std::string_view target, double et, std::string_view ref,
                       std::string_view abcorr, std::string_view observer);
Result<PositionLt> spkpos(const Context& ctx, std::string_view target, double et, std::string_view ref,
                          std::string_view abcorr, std::string_view observer);
Result<StateLt> spkez(const Context& ctx, int target, double et, std::string_view ref, std::string_view abcorr,
                      int observer, int level = 0);
Result<PositionLt> spkezp(const Context& ctx, int target, double et, std::string_view ref, std::string_view abcorr,
                          int observer, int level = 0);
Result<StateLt> spkgeo(const Context& ctx, int target, double et, std::string_view ref, int observer,
                       int level = 0);
Result<PositionLt> spkgps(const Context& ctx, int target, double et, std::string_view ref, int observer,
                          int level = 0);
Result<std::array<double, 6>> spkssb(const Context& ctx, int target, double et, std::string_view ref);

}  // namespace sc::geometry
