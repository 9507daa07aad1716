#include "gf/quantities/coordinate.hpp"

#include <array>
#include <string>

#include "bodies/body_constants.hpp"
#include "bodies/planetographic.hpp"
#include "errors/number_text.hpp"
#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "math/coordinates/cylindrical.hpp"
#include "math/coordinates/ra_dec.hpp"
#include "math/coordinates/spherical.hpp"
#include "math/geodetic.hpp"
#include "math/latitudinal.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

enum class System { Rectangular, Latitudinal, RaDec, Spherical, Cylindrical, Geodetic, Planetographic };

// zzgf.inc's systems and, row by row, their coordinates in the order of the REC* outputs.
constexpr std::array<std::string_view, 7> kSystems = {"RECTANGULAR", "LATITUDINAL",   "RA/DEC",        "SPHERICAL",
                                                      "CYLINDRICAL", "GEODETIC", "PLANETOGRAPHIC"};
constexpr std::array<std::array<std::string_view, 3>, 7> kCoordinates = {{{"X", "Y", "Z"},
                                                                          {"RADIUS", "LONGITUDE", "LATITUDE"},
                                                                          {"RANGE", "RIGHT ASCENSION", "DECLINATION"},
                                                                          {"RADIUS", "COLATITUDE", "LONGITUDE"},
                                                                          {"RADIUS", "LONGITUDE", "Z"},
                                                                          {"LONGITUDE", "LATITUDE", "ALTITUDE"},
                                                                          {"LONGITUDE", "LATITUDE", "ALTITUDE"}}};

struct CoordinateSetup {
  int targ = 0, obs = 0;
  std::string abcorr, ref, center_name;
  System system = System::Rectangular;
  int index = 0;  // of the coordinate in its system's row
  double re = 0, f = 0;
  int sense = 0;
};

// ZZGFCOIN for the POSITION vector definition, in its order.
Result<CoordinateSetup> coordinate_setup(const Context& ctx, std::string_view target, std::string_view ref,
                                         std::string_view abcorr, std::string_view obsrvr, std::string_view crdsys,
                                         std::string_view crdnam) {
  CoordinateSetup s;
  SC_TRY_ASSIGN(auto&& ids, target_and_observer(ctx, target, obsrvr));
  s.targ = ids.target;
  s.obs = ids.observer;
  SC_TRY(geometry::parse_abcorr(abcorr));
  s.abcorr = geometry::abcorr_key(abcorr);
  const std::string sys = surface::ljucrs(0, crdsys);
  std::size_t k = 0;
  while (k < kSystems.size() && kSystems[k] != sys) ++k;
  if (k == kSystems.size()) {
    return make_error("SPICE(NOTSUPPORTED)", "The coordinate system " + std::string(crdsys) + " is not supported.");
  }
  s.system = static_cast<System>(k);
  const std::string name = surface::ljucrs(1, crdnam);
  std::size_t c = 0;
  while (c < 3 && kCoordinates[k][c] != name) ++c;
  if (c == 3) {
    return make_error("SPICE(NOTSUPPORTED)", "The coordinate name " + std::string(crdnam) +
                                                 " belonging to the coordinate system " + std::string(crdsys) +
                                                 " is not recognized.");
  }
  s.index = static_cast<int>(c);
  s.ref = std::string(ref);
  if (s.system == System::Geodetic || s.system == System::Planetographic) {
    const int frcode = frames::namfrm(ctx, ref).value_or(0);
    const auto info = frames::frinfo(ctx, frcode);
    if (!info) {
      return make_error("SPICE(NOFRAME)", "Frame system did not recognize frame " + std::string(ref) + ".");
    }
    if (!bodies::bodfnd(ctx.pool(), info->center, "RADII")) {
      return make_error("SPICE(BADFRAME)", "No RADII data in kernel pool for frame '" + std::string(ref) +
                                               "' center body " + std::to_string(info->center) +
                                               ". Geodetic and planetographic coordinates require a reference frame "
                                               "centered on a finite body. Confirm the proper input frame. Bodies "
                                               "{0,..,9} represent barycenters and so lack physical properties.");
    }
    SC_TRY_ASSIGN(auto&& radii, surface::target_radii(ctx, info->center));
    if (radii[0] != radii[1]) {
      return make_error("SPICE(NOTSUPPORTED)", "Central body " + std::to_string(info->center) +
                                                   " of reference frame " + std::string(ref) + " has radii " +
                                                   number_text(radii[0]) + " " + number_text(radii[1]) + " " +
                                                   number_text(radii[2]) +
                                                   ". Unequal equatorial ellipsoid radii are not supported for " +
                                                   std::string(crdsys) + " coordinates. ");
    }
    s.re = radii[0];
    s.f = (radii[0] - radii[2]) / radii[0];
    if (s.system == System::Planetographic) {
      SC_TRY_ASSIGN(s.center_name, ctx.body_names().code_to_string_checked(info->center, ctx.pool()));
      SC_TRY_ASSIGN(auto&& y, bodies::recpgr(ctx.pool(), ctx.body_names(), s.center_name, {0.0, 1.0, 0.0}, s.re, s.f));
      s.sense = y.lon > 3.141592653589793 ? -1 : 1;
    }
  }
  if (name == "LONGITUDE" || name == "RIGHT ASCENSION") {
    return make_error("SPICE(NOTSUPPORTED)", "Searches on " + name +
                                                 " (CSPICE's ZZGFLONG) are not implemented yet in this build.");
  }
  return s;
}

// ZZGFCOQ for the POSITION vector definition.
Result<double> coordinate_value(const Context& ctx, const CoordinateSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& p, geometry::spkezp(ctx, s.targ, et, s.ref, s.abcorr, s.obs));
  std::array<double, 3> coords{};
  switch (s.system) {
    case System::Rectangular: coords = p.pos; break;
    case System::Latitudinal: {
      const auto l = math::reclat(p.pos);
      coords = {l.radius, l.lon, l.lat};
      break;
    }
    case System::RaDec: {
      const auto r = math::recrad(p.pos);
      coords = {r.range, r.ra, r.dec};
      break;
    }
    case System::Spherical: {
      const auto r = math::recsph(p.pos);
      coords = {r.radius, r.colat, r.lon};
      break;
    }
    case System::Cylindrical: {
      const auto r = math::reccyl(p.pos);
      coords = {r.r, r.clon, r.z};
      break;
    }
    case System::Geodetic: {
      SC_TRY_ASSIGN(auto&& g, math::recgeo(p.pos, s.re, s.f));
      coords = {g.lon, g.lat, g.alt};
      break;
    }
    case System::Planetographic: {
      SC_TRY_ASSIGN(auto&& g, bodies::recpgr(ctx.pool(), ctx.body_names(), s.center_name, p.pos, s.re, s.f));
      coords = {g.lon, g.lat, g.alt};
      break;
    }
  }
  return coords[static_cast<std::size_t>(s.index)];
}

int sign_of(double x) { return x == 0.0 ? 0 : (x > 0.0 ? 1 : -1); }

// ZZRTNMAT's rows: radial, east (z x v), north (v x east), as unit vectors.
math::Vec3 rtn_velocity(const math::Vec3& normal, const math::Vec3& vel) {
  const math::Vec3 z{0.0, 0.0, 1.0};
  const math::Vec3 east = math::ucrss(z, normal);
  const math::Vec3 north = math::ucrss(normal, east);
  const math::Vec3 radial = math::vhat(normal);
  return {math::vdot(radial, vel), math::vdot(east, vel), math::vdot(north, vel)};
}

// ZZGFCPRX: the signs of the coordinates' rates.
Result<std::array<int, 3>> coordinate_rate_signs(const math::State& state, const CoordinateSetup& s) {
  std::array<int, 3> sign{0, 0, 0};
  const math::Vec3 v = math::velocity_of(state);
  if (math::vzero(v)) return sign;
  const math::Vec3 vel = math::vhat(v);
  if (s.system == System::Rectangular) {
    for (int i = 0; i < 3; ++i) sign[i] = sign_of(vel[i]);
    return sign;
  }
  if (state[0] == 0.0 && state[1] == 0.0) {
    const int dpsign = state[2] != 0.0 ? sign_of(math::vdot(math::position_of(state), vel)) : 0;
    switch (s.system) {
      case System::Latitudinal:
      case System::RaDec:
      case System::Spherical: sign = {dpsign, 0, 0}; break;
      case System::Geodetic:
      case System::Planetographic: sign = {0, 0, dpsign}; break;
      case System::Cylindrical: sign = {0, 0, sign_of(vel[2])}; break;
      case System::Rectangular: break;
    }
    return sign;
  }
  math::Vec3 normal{};
  if (s.system == System::Geodetic || s.system == System::Planetographic) {
    SC_TRY_ASSIGN(auto&& g, math::recgeo(math::position_of(state), s.re, s.f));
    normal = math::latrec(1.0, g.lon, g.lat);
  } else if (s.system == System::Cylindrical) {
    normal = math::vhat({state[0], state[1], 0.0});
  } else {
    normal = math::vhat(math::position_of(state));
  }
  const math::Vec3 rtn = rtn_velocity(normal, vel);
  const std::array<int, 3> r{sign_of(rtn[0]), sign_of(rtn[1]), sign_of(rtn[2])};
  switch (s.system) {
    case System::Latitudinal:
    case System::RaDec:
    case System::Cylindrical: sign = r; break;
    case System::Spherical: sign = {r[0], -r[2], r[1]}; break;
    case System::Geodetic: sign = {r[1], r[2], r[0]}; break;
    case System::Planetographic: sign = {r[1] * s.sense, r[2], r[0]}; break;
    case System::Rectangular: break;
  }
  return sign;
}

// ZZGFCODC over ZZGFCOST (POSITION: the SPKEZ state).
Result<bool> coordinate_decreasing(const Context& ctx, const CoordinateSetup& s, double et) {
  SC_TRY_ASSIGN(auto&& st, geometry::spkez(ctx, s.targ, et, s.ref, s.abcorr, s.obs));
  SC_TRY_ASSIGN(auto&& signs, coordinate_rate_signs(st.state, s));
  return signs[static_cast<std::size_t>(s.index)] == -1;
}

}  // namespace

Result<FlatWindow> gfposc(const Context& ctx, std::string_view target, std::string_view frame, std::string_view abcorr,
                          std::string_view obsrvr, std::string_view crdsys, std::string_view coord,
                          std::string_view relate, double refval, double adjust, double step, int nintvls,
                          std::span<const double> cnfine, const SearchControl& control) {
  SC_TRY(check_strings({{"target", target},
                        {"frame", frame},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr},
                        {"crdsys", crdsys},
                        {"coord", coord},
                        {"relate", relate}}));
  const ScalarArgs args{relate, refval, adjust, step, nintvls, cnfine};
  return scalar_search(ctx, args, control, [&]() -> Result<ScalarQuantity> {
    // ZZGFCSLV checks ADJUST before the coordinate's initialization.
    if (adjust < 0.0) {
      return make_error("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + number_text(adjust) + "; must be non-negative.");
    }
    SC_TRY_ASSIGN(auto&& setup, coordinate_setup(ctx, target, frame, abcorr, obsrvr, crdsys, coord));
    ScalarQuantity q;
    q.value = [&ctx, setup](double et) { return coordinate_value(ctx, setup, et); };
    q.decreasing = [&ctx, setup](double et) { return coordinate_decreasing(ctx, setup, et); };
    return q;
  });
}

}  // namespace sc::gf
