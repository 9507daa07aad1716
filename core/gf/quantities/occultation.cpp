#include "gf/quantities/occultation.hpp"

#include <array>
#include <string>

#include "geometry/abcorr.hpp"
#include "gf/quantities/named_bodies.hpp"
#include "gf/scalar_search.hpp"
#include "gf/solver.hpp"
#include "surface/ljucrs.hpp"
#include "surface/method_string.hpp"
#include "surface/occultation.hpp"

namespace sc::gf {

namespace {

enum class Occultation { Full, Annular, Partial, Any };

// ZZGFOCIN's checks before the ones OCCULT repeats at every epoch, in ZZGFOCIN's order.
Result<Occultation> occultation_setup(const Context& ctx, std::string_view occtyp, std::string_view front,
                                      std::string_view fshape, std::string_view back, std::string_view bshape,
                                      std::string_view obsrvr) {
  SC_TRY_ASSIGN(const int idfrnt, body_id(ctx, front, "front target"));
  SC_TRY_ASSIGN(const int idback, body_id(ctx, back, "back target"));
  SC_TRY_ASSIGN(const int idobs, body_id(ctx, obsrvr, "observer"));
  if (idfrnt == idback || idfrnt == idobs || idback == idobs) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The front target, back target and observer must be distinct; "
                                                  "their ID codes were " + std::to_string(idfrnt) + ", " +
                                                      std::to_string(idback) + " and " + std::to_string(idobs) + ".");
  }
  const bool fpoint = geometry::eqstr(fshape, "POINT");
  const bool bpoint = geometry::eqstr(bshape, "POINT");
  // A shape that is neither POINT nor ELLIPSOID must parse (ZZPRSMET, with the front target's ID
  // for both, as ZZGFOCIN passes it) as a DSK method.
  auto is_dsk = [&](std::string_view shape, bool point, const char* which, const char* arg) -> Result<bool> {
    if (point || geometry::eqstr(shape, "ELLIPSOID")) return false;
    SC_TRY_ASSIGN(auto&& spec, surface::parse_method(ctx, idfrnt, shape));
    if (spec.shape == surface::ShapeKind::Dsk) return true;
    return make_error("SPICE(INVALIDSHAPE)", std::string(which) + " target shape from " + arg + " string was <" +
                                                 std::string(shape) + ">. Valid shapes are ELLIPSOID, POINT, and DSK.");
  };
  SC_TRY_ASSIGN(const bool fdsk, is_dsk(fshape, fpoint, "Front", "FSHAPE"));
  SC_TRY_ASSIGN(const bool bdsk, is_dsk(bshape, bpoint, "Back", "BSHAPE"));
  if (fpoint && bpoint) {
    return make_error("SPICE(INVALIDSHAPECOMBO)", "Both front and back objects have POINT shape specifications; only "
                                                  "one point shape is allowed. The other shape must be ELLIPSOID or "
                                                  "DSK.");
  }
  if ((fdsk && !bpoint) || (bdsk && !fpoint)) {
    return make_error("SPICE(INVALIDSHAPECOMBO)", "Front target shape from FSHAPE string was <" + std::string(fshape) +
                                                      ">; back target shape from BSHAPE was <" + std::string(bshape) +
                                                      ">. When one shape is DSK, the other must be POINT.");
  }
  std::string type = surface::ljust_ucase(occtyp);
  if (type.size() > 7) type.resize(7);  // ZZGFOCIN's CHARACTER*7
  static constexpr std::array<std::string_view, 4> kTypes = {"FULL", "ANNULAR", "PARTIAL", "ANY"};
  std::size_t k = 0;
  while (k < kTypes.size() && kTypes[k] != type) ++k;
  if (k == kTypes.size()) {
    return make_error("SPICE(INVALIDOCCTYPE)", "The occultation type " + std::string(occtyp) +
                                                   " is not recognized.  Supported types are: FULL, ANNULAR, PARTIAL,  "
                                                   "ANY.");
  }
  if ((fpoint || bpoint) && type != "ANY") {
    return make_error("SPICE(BADTYPESHAPECOMBO)", "Occultation type " + std::string(occtyp) +
                                                      " is not allowed when either target body is modeled as a "
                                                      "point. Set OCCTYP to ANY for use with point targets.");
  }
  return static_cast<Occultation>(k);
}

bool holds(Occultation type, int code) {
  switch (type) {
    case Occultation::Full: return code == 3;
    case Occultation::Annular: return code == 2;
    case Occultation::Partial: return code == 1;
    case Occultation::Any: return code > 0;
  }
  return false;
}

}  // namespace

Result<FlatWindow> gfoclt(const Context& ctx, std::string_view occtyp, std::string_view front,
                          std::string_view fshape, std::string_view fframe, std::string_view back,
                          std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                          std::string_view obsrvr, double step, std::span<const double> cnfine,
                          const SearchControl& control) {
  SC_TRY(check_strings({{"occtyp", occtyp},
                        {"front", front},
                        {"fshape", fshape},
                        {"fframe", fframe},
                        {"back", back},
                        {"bshape", bshape},
                        {"bframe", bframe},
                        {"abcorr", abcorr},
                        {"obsrvr", obsrvr}}));
  SC_TRY(set_step(ctx, step));
  const double tol = ctx.gf_tolerance().seconds;
  SC_TRY_ASSIGN(const Condition occulted,
                occultation_condition(ctx, occtyp, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr));
  return solve_each_interval(occulted, step, cnfine, tol, control);
}

Result<Condition> occultation_condition(const Context& ctx, std::string_view occtyp, std::string_view front,
                                        std::string_view fshape, std::string_view fframe, std::string_view back,
                                        std::string_view bshape, std::string_view bframe, std::string_view abcorr,
                                        std::string_view obsrvr) {
  SC_TRY_ASSIGN(const Occultation type, occultation_setup(ctx, occtyp, front, fshape, back, bshape, obsrvr));
  // The views are the caller's arguments, alive for the whole search.
  return Condition([&ctx, type, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr](double et) -> Result<bool> {
    SC_TRY_ASSIGN(const int code, surface::occult(ctx, front, fshape, fframe, back, bshape, bframe, abcorr, obsrvr, et));
    return holds(type, code);
  });
}

}  // namespace sc::gf
