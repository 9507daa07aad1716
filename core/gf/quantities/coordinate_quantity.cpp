#include "gf/quantities/coordinate_quantity.hpp"

#include <string>

#include "bodies/body_constants.hpp"
#include "bodies/planetographic.hpp"
#include "errors/number_text.hpp"
#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/states.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "math/constants.hpp"
#include "math/coordinates/cylindrical.hpp"
#include "math/coordinates/ra_dec.hpp"
#include "math/coordinates/spherical.hpp"
#include "math/geodetic.hpp"
#include "math/latitudinal.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/intercept.hpp"
#include "surface/ljucrs.hpp"
#include "surface/sub_points.hpp"

namespace sc::gf {

namespace {

bool is_geodetic(CoordSystem s) { return s == CoordSystem::Geodetic || s == CoordSystem::Planetographic; }

// ZZGFCOIN's frame-center work for surface points, geodetic and planetographic coordinates.
Status frame_center_setup(const Context& ctx, const CoordinateRequest& request, CoordinateDef& def) {
  const auto info = frames::frinfo(ctx, frames::namfrm(ctx, def.ref).value_or(0));
  if (!info) return make_error("SPICE(NOFRAME)", "Frame system did not recognize frame " + std::string(request.ref) + ".");
  def.center = info->center;
  if (def.vecdef != VectorDef::Position && def.center != def.point.target) {
    const std::string vecdef = def.vecdef == VectorDef::SubObserver ? "SUB-OBSERVER POINT" : "SURFACE INTERCEPT POINT";
    return make_error("SPICE(INVALIDFRAME)", "Vector definition method is " + vecdef + ", but input reference frame " +
                                                 std::string(request.ref) + " has center " +
                                                 std::to_string(def.center) +
                                                 ". For this vector definition, the frame must be centered on the "
                                                 "target body " + std::string(request.target) + ".");
  }
  if (!bodies::bodfnd(ctx.pool(), def.center, "RADII")) {
    const std::string head = "No RADII data in kernel pool for frame '" + std::string(request.ref) + "' center body " +
                             std::to_string(def.center) + ".";
    return make_error("SPICE(BADFRAME)",
                      head + (is_geodetic(def.system)
                                  ? " Geodetic and planetographic coordinates require a reference frame centered on a "
                                    "finite body. Confirm the proper input frame. Bodies {0,..,9} represent "
                                    "barycenters and so lack physical properties."
                                  : " Confirm the proper input frame. Bodies {0,..,9} represent barycenters and so lack "
                                    "physical properties."));
  }
  SC_TRY_ASSIGN(auto&& radii, bodies::bodvcd(ctx.pool(), def.center, "RADII", 3));
  if (radii.size() != 3) {
    return make_error("SPICE(INVALIDDIMENSION)", "Expected to find three radii defining triaxial ellipsoidal shape "
                                                 "model for body " + std::to_string(def.center) + " but instead found " +
                                                     std::to_string(radii.size()) + ".");
  }
  const std::string listed = number_text(radii[0]) + " " + number_text(radii[1]) + " " + number_text(radii[2]);
  if (radii[0] == 0.0) {
    return make_error("SPICE(DIVIDEBYZERO)", "Cannot compute flattening factor. Radii are " + listed + ".");
  }
  if (radii[0] < 0.0 || radii[1] <= 0.0 || radii[2] <= 0.0) {
    return make_error("SPICE(DEGENERATECASE)", "Degenerate ellipsoid: radii are " + listed + ".");
  }
  def.point.radii = {radii[0], radii[1], radii[2]};
  if (is_geodetic(def.system)) {
    if (radii[0] != radii[1]) {
      return make_error("SPICE(NOTSUPPORTED)", "Central body " + std::to_string(def.center) + " of reference frame " +
                                                   std::string(request.ref) + " has radii " + listed +
                                                   ". Unequal equatorial ellipsoid radii are not supported for " +
                                                   std::string(request.crdsys) + " coordinates. ");
    }
    def.re = radii[0];
    def.f = (radii[0] - radii[2]) / radii[0];
  }
  if (def.vecdef != VectorDef::Position) def.point.method = surface::ljust_ucase(request.method);
  if (def.system == CoordSystem::Planetographic) {
    SC_TRY_ASSIGN(def.center_name, ctx.body_names().code_to_string_checked(def.center, ctx.pool()));
    SC_TRY_ASSIGN(auto&& y, bodies::recpgr(ctx.pool(), ctx.body_names(), def.center_name, {0.0, 1.0, 0.0}, def.re,
                                           def.f));
    def.sense = y.lon > math::pi() ? -1 : 1;
  }
  return {};
}

Error not_computable(const CoordinateDef& def, double et) {
  return make_error("SPICE(NOTCOMPUTABLE)",
                    "Coordinate " + def.coord_name + " could not be computed at " + number_text(et) + " TDB");
}

// The coordinates of a vector in the definition's system, in the REC* routine's order.
Result<std::array<double, 3>> coordinates_of(const Context& ctx, const CoordinateDef& def, const math::Vec3& v) {
  switch (def.system) {
    case CoordSystem::Rectangular: return v;
    case CoordSystem::Latitudinal: {
      const auto l = math::reclat(v);
      return std::array<double, 3>{l.radius, l.lon, l.lat};
    }
    case CoordSystem::RaDec: {
      const auto r = math::recrad(v);
      return std::array<double, 3>{r.range, r.ra, r.dec};
    }
    case CoordSystem::Spherical: {
      const auto r = math::recsph(v);
      return std::array<double, 3>{r.radius, r.colat, r.lon};
    }
    case CoordSystem::Cylindrical: {
      const auto r = math::reccyl(v);
      return std::array<double, 3>{r.r, r.clon, r.z};
    }
    case CoordSystem::Geodetic: {
      SC_TRY_ASSIGN(auto&& g, math::recgeo(v, def.re, def.f));
      return std::array<double, 3>{g.lon, g.lat, g.alt};
    }
    case CoordSystem::Planetographic: {
      SC_TRY_ASSIGN(auto&& g, bodies::recpgr(ctx.pool(), ctx.body_names(), def.center_name, v, def.re, def.f));
      return std::array<double, 3>{g.lon, g.lat, g.alt};
    }
  }
  return v;
}

// ZZGFCOQ: the coordinate, or nothing where an intercept does not exist.
Result<std::optional<double>> coordinate_query(const Context& ctx, const CoordinateDef& def, double et) {
  math::Vec3 v{};
  switch (def.vecdef) {
    case VectorDef::Position: {
      SC_TRY_ASSIGN(auto&& p, geometry::spkezp(ctx, def.point.target, et, def.ref, def.abcorr, def.point.observer));
      v = p.pos;
      break;
    }
    case VectorDef::SubObserver: {
      SC_TRY_ASSIGN(auto&& sub, surface::subpnt(ctx, def.point.method, def.point.target_name, et, def.ref, def.abcorr,
                                                def.point.observer_name));
      v = sub.spoint;
      break;
    }
    case VectorDef::SurfaceIntercept: {
      SC_TRY_ASSIGN(auto&& hit, surface::sincpt(ctx, def.point.method, def.point.target_name, et, def.ref, def.abcorr,
                                                def.point.observer_name, def.point.dref,
                                                std::span<const double>(def.point.dvec)));
      if (!hit) return std::optional<double>{};
      v = hit->spoint;
      break;
    }
  }
  SC_TRY_ASSIGN(auto&& coords, coordinates_of(ctx, def, v));
  return std::optional<double>{coords[static_cast<std::size_t>(def.index)]};
}

// ZZGFCOST: the vector's state, or nothing where an intercept's state is not computable.
Result<std::optional<math::State>> coordinate_state(const Context& ctx, const CoordinateDef& def, double et) {
  switch (def.vecdef) {
    case VectorDef::Position: {
      SC_TRY_ASSIGN(auto&& st, geometry::spkez(ctx, def.point.target, et, def.ref, def.abcorr, def.point.observer));
      return std::optional<math::State>{st.state};
    }
    case VectorDef::SubObserver: {
      SC_TRY_ASSIGN(auto&& st, subobserver_state(ctx, def.point, et));
      return std::optional<math::State>{st};
    }
    case VectorDef::SurfaceIntercept: return intercept_state(ctx, def.point, et);
  }
  return std::optional<math::State>{};
}

int sign_of(double x) { return x == 0.0 ? 0 : (x > 0.0 ? 1 : -1); }

// ZZRTNMAT's rows (radial, east = z x normal, north = normal x east, unit vectors) applied to a
// velocity.
math::Vec3 rtn_velocity(const math::Vec3& normal, const math::Vec3& vel) {
  const math::Vec3 z{0.0, 0.0, 1.0};
  const math::Vec3 east = math::ucrss(z, normal);
  const math::Vec3 north = math::ucrss(normal, east);
  const math::Vec3 radial = math::vhat(normal);
  return {math::vdot(radial, vel), math::vdot(east, vel), math::vdot(north, vel)};
}

// ZZGFCPRX: the signs of the coordinates' rates.
Result<std::array<int, 3>> coordinate_rate_signs(const math::State& state, const CoordinateDef& def) {
  std::array<int, 3> sign{0, 0, 0};
  const math::Vec3 v = math::velocity_of(state);
  if (math::vzero(v)) return sign;
  const math::Vec3 vel = math::vhat(v);
  if (def.system == CoordSystem::Rectangular) {
    for (int i = 0; i < 3; ++i) sign[static_cast<std::size_t>(i)] = sign_of(vel[static_cast<std::size_t>(i)]);
    return sign;
  }
  if (state[0] == 0.0 && state[1] == 0.0) {
    const int dpsign = state[2] != 0.0 ? sign_of(math::vdot(math::position_of(state), vel)) : 0;
    switch (def.system) {
      case CoordSystem::Latitudinal:
      case CoordSystem::RaDec:
      case CoordSystem::Spherical: sign = {dpsign, 0, 0}; break;
      case CoordSystem::Geodetic:
      case CoordSystem::Planetographic: sign = {0, 0, dpsign}; break;
      case CoordSystem::Cylindrical: sign = {0, 0, sign_of(vel[2])}; break;
      case CoordSystem::Rectangular: break;
    }
    return sign;
  }
  math::Vec3 normal{};
  if (is_geodetic(def.system)) {
    SC_TRY_ASSIGN(auto&& g, math::recgeo(math::position_of(state), def.re, def.f));
    normal = math::latrec(1.0, g.lon, g.lat);
  } else if (def.system == CoordSystem::Cylindrical) {
    normal = math::vhat({state[0], state[1], 0.0});
  } else {
    normal = math::vhat(math::position_of(state));
  }
  const math::Vec3 rtn = rtn_velocity(normal, vel);
  const std::array<int, 3> r{sign_of(rtn[0]), sign_of(rtn[1]), sign_of(rtn[2])};
  switch (def.system) {
    case CoordSystem::Latitudinal:
    case CoordSystem::RaDec:
    case CoordSystem::Cylindrical: sign = r; break;
    case CoordSystem::Spherical: sign = {r[0], -r[2], r[1]}; break;
    case CoordSystem::Geodetic: sign = {r[1], r[2], r[0]}; break;
    case CoordSystem::Planetographic: sign = {r[1] * def.sense, r[2], r[0]}; break;
    case CoordSystem::Rectangular: break;
  }
  return sign;
}

// The state and the sign of the coordinate's rate there (ZZGFCODC, ZZGFCOCD, ZZGFCOSD's common part).
struct StateAndSign {
  math::State state{};
  int sign = 0;
};

Result<StateAndSign> state_and_sign(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(auto&& st, coordinate_state(ctx, def, et));
  if (!st) return not_computable(def, et);
  SC_TRY_ASSIGN(auto&& signs, coordinate_rate_signs(*st, def));
  return StateAndSign{*st, signs[static_cast<std::size_t>(def.index)]};
}

// ZZGFCOCD and ZZGFCOSD take the coordinate from the state's position (not from ZZGFCOQ).
Result<double> coordinate_of_state(const Context& ctx, const CoordinateDef& def, const math::State& state) {
  SC_TRY_ASSIGN(auto&& coords, coordinates_of(ctx, def, math::position_of(state)));
  return coords[static_cast<std::size_t>(def.index)];
}

}  // namespace

Result<CoordinateDef> coordinate_init(const Context& ctx, const CoordinateRequest& request) {
  CoordinateDef def;
  def.vecdef = request.vecdef;
  SC_TRY_ASSIGN(auto&& ids, target_and_observer(ctx, request.target, request.obsrvr));
  def.point.target = ids.target;
  def.point.observer = ids.observer;
  SC_TRY(geometry::parse_abcorr(request.abcorr));
  def.abcorr = geometry::abcorr_key(request.abcorr);
  def.point.abcorr = def.abcorr;

  def.system_name = surface::ljucrs(0, request.crdsys);
  std::size_t k = 0;
  while (k < kCoordSystems.size() && kCoordSystems[k] != def.system_name) ++k;
  if (k == kCoordSystems.size()) {
    return make_error("SPICE(NOTSUPPORTED)", "The coordinate system " + std::string(request.crdsys) + " is not supported.");
  }
  def.system = static_cast<CoordSystem>(k);
  def.coord_name = surface::ljucrs(1, request.crdnam);
  std::size_t c = 0;
  while (c < 3 && kCoordNames[k][c] != def.coord_name) ++c;
  if (c == 3) {
    return make_error("SPICE(NOTSUPPORTED)", "The coordinate name " + std::string(request.crdnam) +
                                                 " belonging to the coordinate system " + std::string(request.crdsys) +
                                                 " is not recognized.");
  }
  def.index = static_cast<int>(c);
  def.ref = surface::ljust_ucase(request.ref);
  def.point.fixref = def.ref;

  if (def.vecdef != VectorDef::Position || is_geodetic(def.system)) SC_TRY(frame_center_setup(ctx, request, def));

  if (def.vecdef == VectorDef::SurfaceIntercept) {
    def.point.dvec = {request.dvec[0], request.dvec[1], request.dvec[2]};
    if (math::vzero(def.point.dvec)) {
      return make_error("SPICE(ZEROVECTOR)",
                        "Ray's direction vector is the zero vector. This variable might be uninitialized.");
    }
    def.point.dref = std::string(request.dref);
    const auto info = frames::frinfo(ctx, frames::namfrm(ctx, request.dref).value_or(0));
    if (!info) {
      return make_error("SPICE(NOFRAME)", "Frame system did not recognize frame " + std::string(request.dref) + ".");
    }
    def.point.dref_center = info->center;
  }
  if (def.vecdef != VectorDef::Position || def.system == CoordSystem::Planetographic) {
    // ZZGFCOQ and ZZGFSSOB/ZZGFSSIN hand SUBPNT and SINCPT the bodies by BODC2S name.
    def.point.target_name = ctx.body_names().code_to_string(def.point.target, ctx.pool());
    def.point.observer_name = ctx.body_names().code_to_string(def.point.observer, ctx.pool());
  }
  return def;
}

Result<CoordinateDef> coordinate_reinit(const Context& ctx, const CoordinateRequest& request,
                                        std::string_view crdsys, std::string_view crdnam) {
  CoordinateRequest again = request;
  again.crdsys = crdsys;
  again.crdnam = crdnam;
  return coordinate_init(ctx, again);
}

Result<double> coordinate_value(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(auto&& value, coordinate_query(ctx, def, et));
  if (!value) return not_computable(def, et);
  return *value;
}

Result<double> coordinate_cosine(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(const double value, coordinate_value(ctx, def, et));
  return math::cos(value);
}

Result<double> coordinate_sine(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(const double value, coordinate_value(ctx, def, et));
  return math::sin(value);
}

Result<bool> coordinate_decreasing(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(auto&& ss, state_and_sign(ctx, def, et));
  return ss.sign == -1;
}

Result<bool> cosine_decreasing(const Context& ctx, const CoordinateDef& def, double et) {
  // d(cos q)/dt = -sin(q) dq/dt.
  SC_TRY_ASSIGN(auto&& ss, state_and_sign(ctx, def, et));
  SC_TRY_ASSIGN(const double value, coordinate_of_state(ctx, def, ss.state));
  return -math::sin(value) * ss.sign < 0.0;
}

Result<bool> sine_decreasing(const Context& ctx, const CoordinateDef& def, double et) {
  // d(sin q)/dt = cos(q) dq/dt.
  SC_TRY_ASSIGN(auto&& ss, state_and_sign(ctx, def, et));
  SC_TRY_ASSIGN(const double value, coordinate_of_state(ctx, def, ss.state));
  return math::cos(value) * ss.sign < 0.0;
}

Result<bool> coordinate_exists(const Context& ctx, const CoordinateDef& def, double et) {
  SC_TRY_ASSIGN(auto&& st, coordinate_state(ctx, def, et));
  return st.has_value();
}

ScalarQuantity coordinate_quantity(const Context& ctx, const CoordinateDef& def) {
  ScalarQuantity q;
  q.value = [&ctx, def](double et) { return coordinate_value(ctx, def, et); };
  q.decreasing = [&ctx, def](double et) { return coordinate_decreasing(ctx, def, et); };
  return q;
}

ScalarQuantity cosine_quantity(const Context& ctx, const CoordinateDef& def) {
  ScalarQuantity q;
  q.value = [&ctx, def](double et) { return coordinate_cosine(ctx, def, et); };
  q.decreasing = [&ctx, def](double et) { return cosine_decreasing(ctx, def, et); };
  return q;
}

ScalarQuantity sine_quantity(const Context& ctx, const CoordinateDef& def) {
  ScalarQuantity q;
  q.value = [&ctx, def](double et) { return coordinate_sine(ctx, def, et); };
  q.decreasing = [&ctx, def](double et) { return sine_decreasing(ctx, def, et); };
  return q;
}

}  // namespace sc::gf
