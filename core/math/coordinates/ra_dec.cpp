// recrad_c, radrec_c (see ra_dec.hpp).
#include "math/coordinates/ra_dec.hpp"

#include "math/constants.hpp"
#include "math/latitudinal.hpp"

namespace sc::math {

RaDec recrad(const Vec3& rectan) {
  // recrad_c calls reclat_c (scaled longitude), not SPICELIB's RECLAT.
  const Latitudinal l = reclat_c(rectan);
  RaDec out{l.radius, l.lon, l.lat};
  if (out.ra < 0.0) out.ra = out.ra + twopi();
  return out;
}

Vec3 radrec(double range, double ra, double dec) { return latrec(range, ra, dec); }

}  // namespace sc::math
