// XFMSTA (see state_coordinates.hpp).
#include "bodies/state_coordinates.hpp"

#include <array>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <optional>
#include <string>

#include "bodies/body_constants.hpp"
#include "bodies/planetographic.hpp"
#include "errors/number_text.hpp"
#include "math/coordinates/cylindrical.hpp"
#include "math/coordinates/spherical.hpp"
#include "math/geodetic.hpp"
#include "math/latitudinal.hpp"

namespace sc::bodies {
namespace {

enum class System { Rectangular, Cylindrical, Latitudinal, Spherical, Geodetic, Planetographic };

constexpr std::array<std::string_view, 6> kSystemNames = {"RECTANGULAR", "CYLINDRICAL",   "LATITUDINAL",
                                                          "SPHERICAL",   "GEODETIC",      "PLANETOGRAPHIC"};

// LJUCRS(0, name, CHARACTER*40) then ISRCHC against the six names.
std::optional<System> parse_system(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (c == ' ') continue;
    key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (key.size() == 40) break;
  }
  for (std::size_t i = 0; i < kSystemNames.size(); ++i) {
    if (key == kSystemNames[i]) return static_cast<System>(i);
  }
  return std::nullopt;
}

bool is_spheroidal(System s) { return s == System::Geodetic || s == System::Planetographic; }

struct Spheroid {
  double re = 0;
  double f = 0;
};

// The body's spheroid as XFMSTA derives it (ZZGFTREB's radii, then its own checks).
Result<Spheroid> body_spheroid(const pool::Pool& pool, const BodyNames& names, std::string_view body) {
  SC_TRY_ASSIGN(const std::optional<int> id, names.string_to_code_checked(body, pool));
  if (!id) {
    return make_error("SPICE(IDCODENOTFOUND)",
                      "The input body name " + std::string(body) + " does not have a valid NAIF ID code.");
  }
  // ZZGFTREB: BODVCD(id, 'RADII', 3), exactly three values, each positive.
  SC_TRY_ASSIGN(const std::vector<double> radii, bodvcd(pool, *id, "RADII", 3));
  if (radii.size() != 3) {
    return make_error("SPICE(INVALIDCOUNT)", "Only " + std::to_string(radii.size()) + " axes were found  for ID " +
                                                 std::to_string(*id) + ". Three axes expected.");
  }
  for (std::size_t i = 0; i < 3; ++i) {
    if (radii[i] <= 0.0) {
      return make_error("SPICE(BADAXISLENGTH)", "Degenerate case. The " + std::to_string(i + 1) + " axis of body " +
                                                    std::to_string(*id) + " is negative or zero.");
    }
  }
  if (std::sqrt(std::fabs(radii[0] - radii[2])) / std::sqrt(std::fabs(radii[0])) >= std::sqrt(DBL_MAX)) {
    return make_error("SPICE(INVALIDRADIUS)",
                      "The equatorial radius for " + std::string(body) + " has a value of " + number_text(radii[0]) +
                          " and a polar radius of " + number_text(radii[2]) +
                          ". The flattening coefficient cannot be calculated due to numeric overflow.");
  }
  if (radii[0] != radii[1]) {
    return make_error("SPICE(NOTSUPPORTED)", "The body " + std::string(body) + " has radii (" +
                                                 number_text(radii[0]) + ", " + number_text(radii[1]) + ", " +
                                                 number_text(radii[2]) +
                                                 "). Unequal equatorial ellipsoid radii are not supported for "
                                                 "GEODETIC and PLANETOGRAPHIC coordinates.");
  }
  return Spheroid{radii[0], (radii[0] - radii[2]) / radii[0]};
}

// XFMSTA's guard before each Jacobian-times-velocity product: sqrt|J(i,j)| * sqrt|v(j)| must not
// exceed sqrt(DPMAX / 100).
Status check_product(const math::Mat3& j, const math::Vec3& v) {
  const double toobig = std::sqrt(DBL_MAX / 100.0);
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) {
      if (std::sqrt(std::fabs(j[r][c])) * std::sqrt(std::fabs(v[c])) > toobig) {
        return make_error("SPICE(NUMERICOVERFLOW)", "The product of the Jacobian and velocity may cause numeric overflow.");
      }
    }
  }
  return {};
}

struct Rectangular {
  math::Vec3 pos{};
  math::Vec3 vel{};
};

// The input state in rectangular coordinates: its position by the system's "...REC" routine, its
// velocity by the "DRD..." Jacobian at the input coordinates.
Result<Rectangular> to_rectangular(const pool::Pool& pool, const BodyNames& names, System sys,
                                   std::span<const double> s, std::string_view body, const Spheroid& sph) {
  const math::Vec3 vel{s[3], s[4], s[5]};
  if (sys == System::Rectangular) return Rectangular{{s[0], s[1], s[2]}, vel};
  math::Vec3 pos{};
  math::Mat3 j{};
  switch (sys) {
    case System::Cylindrical:
      pos = math::cylrec(s[0], s[1], s[2]);
      j = math::drdcyl(s[0], s[1], s[2]);
      break;
    case System::Latitudinal:
      pos = math::latrec(s[0], s[1], s[2]);
      j = math::drdlat(s[0], s[1], s[2]);
      break;
    case System::Spherical:
      pos = math::sphrec(s[0], s[1], s[2]);
      j = math::drdsph(s[0], s[1], s[2]);
      break;
    case System::Geodetic: {
      SC_TRY_ASSIGN(pos, math::georec(s[0], s[1], s[2], sph.re, sph.f));
      SC_TRY_ASSIGN(j, math::drdgeo(s[0], s[1], s[2], sph.re, sph.f));
      break;
    }
    case System::Planetographic: {
      SC_TRY_ASSIGN(pos, pgrrec(pool, names, body, s[0], s[1], s[2], sph.re, sph.f));
      SC_TRY_ASSIGN(j, drdpgr(pool, names, body, s[0], s[1], s[2], sph.re, sph.f));
      break;
    }
    case System::Rectangular:
      break;
  }
  SC_TRY(check_product(j, vel));
  return Rectangular{pos, math::mxv(j, vel)};
}

// A position's coordinates in a non-rectangular system (the "REC..." routines XFMSTA calls: the
// SPICELIB ones, so RECLAT's longitude from the unscaled x and y).
Result<math::Vec3> coordinates_of(const pool::Pool& pool, const BodyNames& names, System sys, const math::Vec3& p,
                                  std::string_view body, const Spheroid& sph) {
  switch (sys) {
    case System::Cylindrical: {
      const math::Cylindrical c = math::reccyl(p);
      return math::Vec3{c.r, c.clon, c.z};
    }
    case System::Latitudinal: {
      const math::Latitudinal l = math::reclat(p);
      return math::Vec3{l.radius, l.lon, l.lat};
    }
    case System::Spherical: {
      const math::Spherical s = math::recsph(p);
      return math::Vec3{s.radius, s.colat, s.lon};
    }
    case System::Geodetic: {
      SC_TRY_ASSIGN(const math::Geodetic g, math::recgeo(p, sph.re, sph.f));
      return math::Vec3{g.lon, g.lat, g.alt};
    }
    case System::Planetographic: {
      SC_TRY_ASSIGN(const math::Geodetic g, recpgr(pool, names, body, p, sph.re, sph.f));
      return math::Vec3{g.lon, g.lat, g.alt};
    }
    case System::Rectangular:
      break;
  }
  return p;
}

// The "D...DR" Jacobian of a non-rectangular system at a rectangular position.
Result<math::Mat3> jacobian_from_rectangular(const pool::Pool& pool, const BodyNames& names, System sys,
                                             const math::Vec3& p, std::string_view body, const Spheroid& sph) {
  switch (sys) {
    case System::Cylindrical:
      return math::dcyldr(p[0], p[1], p[2]);
    case System::Latitudinal:
      return math::dlatdr(p[0], p[1], p[2]);
    case System::Spherical:
      return math::dsphdr(p[0], p[1], p[2]);
    case System::Geodetic:
      return math::dgeodr(p[0], p[1], p[2], sph.re, sph.f);
    case System::Planetographic:
      return dpgrdr(pool, names, body, p[0], p[1], p[2], sph.re, sph.f);
    case System::Rectangular:
      break;
  }
  return math::identity3();
}

}  // namespace

Result<math::State> xfmsta(const pool::Pool& pool, const BodyNames& names, std::span<const double> istate,
                           std::string_view icosys, std::string_view ocosys, std::string_view body) {
  // xfmsta_c's CHKFSTR checks, in argument order.
  if (icosys.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"icosys\" has length zero.");
  if (ocosys.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"ocosys\" has length zero.");
  if (body.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"body\" has length zero.");
  const std::optional<System> isys = parse_system(icosys);
  const std::optional<System> osys = parse_system(ocosys);
  if (!isys && !osys) {
    return make_error("SPICE(COORDSYSNOTREC)", "Input coordinate system " + std::string(icosys) +
                                                   " and output coordinate system " + std::string(ocosys) +
                                                   " are not recognized.");
  }
  if (!isys) {
    return make_error("SPICE(COORDSYSNOTREC)", "Input coordinate system " + std::string(icosys) + " was not recognized");
  }
  if (!osys) {
    return make_error("SPICE(COORDSYSNOTREC)",
                      "Output coordinate system " + std::string(ocosys) + " was not recognized");
  }
  math::State out{};
  if (*isys == *osys) {
    for (std::size_t i = 0; i < 6; ++i) out[i] = istate[i];
    return out;
  }
  Spheroid sph;
  if (is_spheroidal(*isys) || is_spheroidal(*osys)) {
    SC_TRY_ASSIGN(sph, body_spheroid(pool, names, body));
  }

  SC_TRY_ASSIGN(const Rectangular rect, to_rectangular(pool, names, *isys, istate, body, sph));
  if (*osys == System::Rectangular) {
    return math::State{rect.pos[0], rect.pos[1], rect.pos[2], rect.vel[0], rect.vel[1], rect.vel[2]};
  }

  const math::Vec3& ipos = rect.pos;
  const math::Vec3& ivel = rect.vel;
  if (std::fabs(ipos[0]) + std::fabs(ipos[1]) == 0.0) {
    // On the z-axis the Jacobians are undefined. XFMSTA accepts only a velocity along the axis and
    // gives its z rate as the rate of the coordinate it considers aligned with z: the third one
    // (z or altitude) for cylindrical, geodetic and planetographic, the first one (the radius) for
    // latitudinal and spherical -- as is, with no sign change below the x-y plane (CSPICE's choice,
    // kept).
    if (std::fabs(ivel[0]) + std::fabs(ivel[1]) != 0.0) {
      return make_error("SPICE(INVALIDSTATE)", "Invalid input state: z axis.");
    }
    SC_TRY_ASSIGN(const math::Vec3 coords, coordinates_of(pool, names, *osys, ipos, body, sph));
    const bool radial = *osys == System::Latitudinal || *osys == System::Spherical;
    const math::Vec3 rates = radial ? math::Vec3{ivel[2], 0.0, 0.0} : math::Vec3{0.0, 0.0, ivel[2]};
    return math::State{coords[0], coords[1], coords[2], rates[0], rates[1], rates[2]};
  }

  SC_TRY_ASSIGN(const math::Mat3 j, jacobian_from_rectangular(pool, names, *osys, ipos, body, sph));
  SC_TRY_ASSIGN(const math::Vec3 coords, coordinates_of(pool, names, *osys, ipos, body, sph));
  SC_TRY(check_product(j, ivel));
  const math::Vec3 rates = math::mxv(j, ivel);
  return math::State{coords[0], coords[1], coords[2], rates[0], rates[1], rates[2]};
}

}  // namespace sc::bodies
