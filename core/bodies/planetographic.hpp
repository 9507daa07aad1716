// Planetographic coordinates (SPICELIB's RECPGR, PGRREC, DPGRDR, DRDPGR): geodetic latitude and
// altitude on the spheroid (re, f) given as arguments, with the longitude's sense set by the body:
//   - the pool variable BODY<id>_PGR_POSITIVE_LON = 'EAST' | 'WEST', when present, decides;
//   - otherwise PLNSNS: west-positive when the prime meridian's rate W1 (second value of
//     BODY<id>_PM) is >= 0, east-positive when it is negative; Earth, Moon and Sun are
//     east-positive; no usable BODY<id>_PM is SPICE(MISSINGDATA) (even for Moon and Sun: CSPICE
//     applies their exception only after PLNSNS found a rate; PLNSNS itself answers for Earth).
// Planetographic longitude is in [0, 2 pi).
#pragma once

#include <array>
#include <string_view>

#include "bodies/body_names.hpp"
#include "errors/result.hpp"
#include "math/geodetic.hpp"
#include "pool/pool.hpp"

namespace sc::bodies {

// The sense (+1 east, -1 west) of planetographic longitude for body `id`, read as the routines
// above read it. `body` is the name the caller gave (for messages). SPICE(INVALIDOPTION) when
// BODY<id>_PGR_POSITIVE_LON holds anything but EAST or WEST (blanks and case ignored, first four
// characters compared, as LJUCRS into a CHARACTER*4 does), SPICE(MISSINGDATA) as said above.
Result<int> planetographic_sense(const pool::Pool& pool, int id, std::string_view body);

// The common first checks of the four routines, in their order: SPICE(EMPTYSTRING) (the C
// wrapper's check of `body`), the body's ID (bods2c: a name or an integer string) or
// SPICE(IDCODENOTFOUND), SPICE(VALUEOUTOFRANGE) for re <= 0 then f >= 1, then the sense.
Result<int> planetographic_sense_checked(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                                         double re, double f);

// RECPGR: RECGEO, then the longitude times the sense, moved into [0, 2 pi) (and bracketed there).
Result<math::Geodetic> recpgr(const pool::Pool& pool, const BodyNames& names, std::string_view body,
                              const math::Vec3& rectan, double re, double f);

// PGRREC: GEOREC of (sense * lon, lat, alt).
Result<math::Vec3> pgrrec(const pool::Pool& pool, const BodyNames& names, std::string_view body, double lon,
                          double lat, double alt, double re, double f);

// DPGRDR: DGEODR's matrix with its first row (d lon / d(x, y, z)) times the sense, row-major.
// DGEODR's SPICE(POINTONZAXIS) after the checks above.
Result<math::Mat3> dpgrdr(const pool::Pool& pool, const BodyNames& names, std::string_view body, double x,
                          double y, double z, double re, double f);

// DRDPGR: DRDGEO at (sense * lon, lat, alt) with its first column (d(x, y, z) / d lon) times the
// sense, row-major.
Result<math::Mat3> drdpgr(const pool::Pool& pool, const BodyNames& names, std::string_view body, double lon,
                          double lat, double alt, double re, double f);

}  // namespace sc::bodies
