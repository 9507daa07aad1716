// Local solar time at a longitude on a body (CSPICE's ET2LST): the angle between the longitude and
// the sub-solar longitude (the Sun seen from the body with LT+S), as hours, minutes and seconds
// after local midnight, where noon is the Sun overhead. Retrograde rotators (negative prime-meridian
// rate) have the angle reversed so time always runs forward; on the Sun it is always noon.
#pragma once

#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

struct LocalSolarTime {
  int hr = 0;
  int mn = 0;
  int sc = 0;
  std::string time;  // "HH:MM:SS"
  std::string ampm;  // "HH:MM:SS A.M." (12-hour clock)
};

// ET2LST: `lon` in radians, PLANETOCENTRIC or PLANETOGRAPHIC (east or west positive as the body's
// planetographic longitude is). Errors: SPICE(UNKNOWNSYSTEM) (type), the planetographic sense's
// (SPICE(MISSINGDATA)), SPICE(CANTFINDFRAME) (no body-fixed frame), the ephemeris errors,
// SPICE(CANTGETROTATIONTYPE) (no BODY<id>_PM with at least two numbers).
Result<LocalSolarTime> et2lst(const Context& ctx, double et, int body, double lon, std::string_view type);

}  // namespace sc::surface
