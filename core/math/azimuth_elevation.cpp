// RECAZL, AZLREC, DAZLDR (see azimuth_elevation.hpp).
#include "math/azimuth_elevation.hpp"

#include "math/angles.hpp"
#include "math/latitudinal.hpp"

namespace sc::math {

AzEl recazl(const Vec3& rectan, bool azccw, bool elplsz) {
  // RECRAD: latitudinal coordinates with the longitude moved into [0, 2 pi).
  const Latitudinal l = reclat(rectan);
  AzEl out{l.radius, l.lon, l.lat};
  if (out.az < 0.0) out.az += kTwoPi;
  // Clockwise azimuth is 2 pi minus the counterclockwise one; RECAZL keeps 0 at 0 and guards the
  // difference against going below zero (Fortran MAX, as f2c expands it).
  if (!azccw && out.az > 0.0) {
    const double cw = kTwoPi - out.az;
    out.az = cw >= 0.0 ? cw : 0.0;
  }
  // Negating only non-zero elevations keeps +0 for points in the xy-plane.
  if (!elplsz && out.el != 0.0) out.el = -out.el;
  return out;
}

Vec3 azlrec(double range, double az, double el, bool azccw, bool elplsz) {
  const double lon = !azccw && az != 0.0 ? -az : az;
  const double lat = !elplsz && el != 0.0 ? -el : el;
  return latrec(range, lon, lat);
}

Result<Mat3> dazldr(double x, double y, double z, bool azccw, bool elplsz) {
  if (x == 0.0 && y == 0.0) {
    return make_error("SPICE(POINTONZAXIS)",
                      "The Jacobian matrix of the transformation from rectangular to azimuth/elevation coordinates "
                      "is not defined for points on the z-axis.");
  }
  SC_TRY_ASSIGN(Mat3 j, dlatdr(x, y, z));
  // The azimuth row changes sign for clockwise azimuth, the elevation row for elevation positive
  // towards -z.
  if (!azccw) {
    for (int c = 0; c < 3; ++c) j[1][c] = -j[1][c];
  }
  if (!elplsz) {
    for (int c = 0; c < 3; ++c) j[2][c] = -j[2][c];
  }
  return j;
}

}  // namespace sc::math
