#include "dsk/volume_element.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "math/constants.hpp"
#include "math/latitudinal.hpp"
#include "math/trig.hpp"

namespace sc::dsk {
namespace {

// ZZINLAT0: the test without a margin.
Result<bool> in_latitudinal_exact(double r, double lon, double lat, const std::array<double, 6>& b, int exclud) {
  if (r == 0.0 && b[4] == 0.0) return true;
  if (exclud != 3 && (r < b[4] || r > b[5])) return false;
  if (exclud != 2 && (lat < b[2] || lat > b[3])) return false;
  if (exclud != 1) {
    SC_TRY_ASSIGN(auto&& lons, normalize_longitudes(b[0], b[1], 1e-12));
    const double pi2 = math::twopi();
    double loclon = lon;
    if (lon < lons[0] - 1e-12) {
      loclon = lon + pi2;
    } else if (lon > lons[1] + 1e-12) {
      loclon = lon - pi2;
    }
    if (loclon < lons[0] - 1e-12 || loclon > lons[1] + 1e-12) return false;
  }
  return true;
}

// ZZINLAT.
Result<bool> in_latitudinal(const math::Vec3& p, const std::array<double, 6>& b, double margin, int exclud) {
  const auto lat_coords = math::reclat(p);
  const double r = lat_coords.radius;
  double lon = lat_coords.lon;
  const double lat = lat_coords.lat;
  if (margin == 0.0) return in_latitudinal_exact(r, lon, lat, b, exclud);
  if (margin < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Margin must be non-negative but was " + std::to_string(margin) + ".");
  }
  if (exclud < 0 || exclud > 3) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "EXCLUD must be in the range 0:3 but was " + std::to_string(exclud) + ".");
  }
  if (r <= margin && b[4] <= margin) return true;
  const double hpi = math::halfpi();
  if (exclud != 3) {
    const double smax = margin + 1.;
    const double smin = 1. - margin;
    const double aminr = std::max(0.0, b[4] * smin);
    const double amaxr = b[5] * smax;
    if (r < aminr || r > amaxr) return false;
  }
  if (exclud != 2) {
    const double aminlt = std::max(-hpi, b[2] - margin);
    const double amaxlt = std::min(hpi, b[3] + margin);
    if (lat < aminlt || lat > amaxlt) return false;
  }
  if (exclud != 1) {
    SC_TRY_ASSIGN(auto&& lons, normalize_longitudes(b[0], b[1], 1e-12));
    const double lonmrg = std::max(1e-12, std::abs(margin));
    // Near the poles longitude is meaningless; ZZINLAT skips the test there.
    if (lat <= hpi - 1e-8 && lat >= -hpi + 1e-8) {
      const double dlon = lonmrg / std::max(std::abs(math::cos(lat)), 1e-8);
      const double aminlo = lons[0] - dlon;
      const double amaxlo = lons[1] + dlon;
      const double pi2 = math::twopi();
      if (lon < aminlo) {
        lon = lon < aminlo - 1e-12 ? lon + pi2 : aminlo;
      } else if (lon > amaxlo) {
        lon = lon > amaxlo + 1e-12 ? lon - pi2 : amaxlo;
      }
      if (lon < aminlo || lon > amaxlo) return false;
    }
  }
  return true;
}

// ZZINREC.
Result<bool> in_rectangular(const math::Vec3& p, const std::array<double, 6>& b, double margin, int exclud) {
  if (margin < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Margin must be non-negative but was " + std::to_string(margin) + ".");
  }
  if (exclud < 0 || exclud > 3) {
    return make_error("SPICE(INDEXOUTOFRANGE)", "EXCLUD was " + std::to_string(exclud) + "; allowed range is 0:3.");
  }
  std::array<double, 3> l{};
  for (std::size_t i = 0; i < 3; ++i) {
    l[i] = b[2 * i + 1] - b[2 * i];
    if (l[i] < 0.0) return make_error("SPICE(BOUNDSOUTOFORDER)", "Bounds are out of order for index " + std::to_string(i + 1) + ".");
  }
  for (std::size_t i = 0; i < 3; ++i) {
    if (exclud == static_cast<int>(i) + 1) continue;
    const double delta = margin * std::abs(l[i]);
    if (p[i] < b[2 * i] - delta || p[i] > b[2 * i + 1] + delta) return false;
  }
  return true;
}

Error unsupported(int corsys) {
  return make_error("SPICE(NOTSUPPORTED)", "Coordinate system " + std::to_string(corsys) + " is not supported.");
}

}  // namespace

Result<bool> in_volume_element(const math::Vec3& p, const DskDescriptor& d, double margin, int exclud) {
  if (margin < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Margin must be non-negative but was " + std::to_string(margin) + ".");
  }
  switch (d.coordinate_system()) {
    case kLatitudinal: return in_latitudinal(p, d.bounds(), margin, exclud);
    case kRectangular: return in_rectangular(p, d.bounds(), margin, exclud);
    default: return unsupported(d.coordinate_system());
  }
}

Result<std::array<double, 2>> normalize_longitudes(double inmin, double inmax, double tol) {
  const double pi2 = math::twopi();
  if (tol < 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Tolerance must be non-negative.");
  if (inmin < -pi2 - tol || inmin > pi2 + tol) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Longitude lower bound " + std::to_string(inmin) + " is out of range.");
  }
  if (inmin == inmax) {
    return make_error("SPICE(ZEROBOUNDSEXTENT)", "Longitude lower bound is equal to upper bound.");
  }
  double outmin = std::max(-pi2, std::min(inmin, pi2));
  if (inmax < -pi2 - tol || inmax > pi2 + tol) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Longitude upper bound " + std::to_string(inmax) + " is out of range.");
  }
  double outmax = std::max(-pi2, std::min(inmax, pi2));
  if (outmax <= outmin + tol) {
    if (outmax <= 0.0) {
      outmax = std::min(outmax + pi2, pi2);
      if (outmax < outmin) outmin = std::max(outmin - pi2, -pi2);
    } else {
      outmin = std::max(outmin - pi2, -pi2);
    }
  }
  if (outmax - outmin > pi2 + tol) outmax = outmax - pi2;
  if (outmin == outmax) {
    return make_error("SPICE(ZEROBOUNDSEXTENT)", "After adjustment the longitude bounds are equal.");
  }
  return std::array<double, 2>{outmin, outmax};
}

namespace {

// ZZLATBOX.
Result<BoundingSphere> latitudinal_box(const std::array<double, 6>& b) {
  double minlon = b[0];
  double maxlon = b[1];
  if (maxlon <= minlon) maxlon += math::twopi();
  if (maxlon <= minlon) {
    return make_error("SPICE(BADLONGITUDERANGE)", "Minimum longitude exceeds maximum by more than 2 pi.");
  }
  double minlat = b[2];
  double maxlat = b[3];
  const double minr = b[4];
  const double maxr = b[5];
  const double hpi = math::halfpi();
  if (minlat > maxlat) return make_error("SPICE(BADLATITUDEBOUNDS)", "Latitude bounds are out of order.");
  if (minlat < -hpi - 1e-12) return make_error("SPICE(BADLATITUDERANGE)", "Minimum latitude is less than -pi/2.");
  if (maxlat > hpi + 1e-12) return make_error("SPICE(BADLATITUDERANGE)", "Maximum latitude is more than pi/2.");
  minlat = std::max(minlat, -hpi);
  maxlat = std::min(maxlat, hpi);
  double outrad = 0;
  double inrad = 0;
  if (minlat >= 0.0) {
    outrad = math::cos(minlat) * maxr;
    inrad = math::cos(maxlat) * minr;
  } else if (maxlat <= 0.0) {
    outrad = math::cos(maxlat) * maxr;
    inrad = math::cos(minlat) * minr;
  } else {
    outrad = maxr;
    inrad = math::cos(std::max(std::abs(maxlat), std::abs(minlat))) * minr;
  }
  const double hdlon = (maxlon - minlon) / 2;
  const double midlon = minlon + hdlon;
  double lr = hdlon <= hpi ? outrad - inrad * math::cos(hdlon) : (1. - math::cos(hdlon)) * outrad;
  double lt = hdlon > hpi ? outrad * 2. : outrad * 2. * math::sin(hdlon);
  double maxz = 0;
  double minz = 0;
  if (minlat >= 0.0) {
    maxz = maxr * math::sin(maxlat);
    minz = minr * math::sin(minlat);
  } else if (maxlat <= 0.0) {
    maxz = minr * math::sin(maxlat);
    minz = maxr * math::sin(minlat);
  } else {
    maxz = maxr * math::sin(maxlat);
    minz = maxr * math::sin(minlat);
  }
  double lz = maxz - minz;
  lr = std::max(0.0, lr);
  lt = std::max(0.0, lt);
  lz = std::max(0.0, lz);
  const double midr = outrad - lr / 2;
  BoundingSphere s;
  s.center = {midr * math::cos(midlon), midr * math::sin(midlon), minz + lz / 2};  // CYLREC
  s.radius = math::vnorm(math::Vec3{lr / 2, lt / 2, lz / 2});
  return s;
}

// ZZRECBOX.
Result<BoundingSphere> rectangular_box(const std::array<double, 6>& b) {
  std::array<double, 3> l{};
  BoundingSphere s;
  for (std::size_t i = 0; i < 3; ++i) {
    l[i] = b[2 * i + 1] - b[2 * i];
    if (l[i] <= 0.0) {
      return make_error("SPICE(BOUNDSOUTOFORDER)", "Coordinate " + std::to_string(i + 1) +
                                                       " bounds must be strictly increasing.");
    }
  }
  for (std::size_t i = 0; i < 3; ++i) s.center[i] = b[2 * i] + l[i] / 2;
  s.radius = math::vnorm(math::Vec3{l[0] / 2, l[1] / 2, l[2] / 2});
  return s;
}

}  // namespace

Result<BoundingSphere> segment_box(const DskDescriptor& d) {
  switch (d.coordinate_system()) {
    case kLatitudinal: return latitudinal_box(d.bounds());
    case kRectangular: return rectangular_box(d.bounds());
    default: return unsupported(d.coordinate_system());
  }
}

Result<std::array<double, 2>> radius_bounds(const DskDescriptor& d) {
  const auto b = d.bounds();
  switch (d.coordinate_system()) {
    case kLatitudinal: return std::array<double, 2>{b[4], b[5]};
    case kRectangular: {
      SC_TRY_ASSIGN(auto&& box, rectangular_box(b));
      const double c = math::vnorm(box.center);
      return std::array<double, 2>{std::max(c - box.radius, 0.0), c + box.radius};
    }
    default: return unsupported(d.coordinate_system());
  }
}

}  // namespace sc::dsk
