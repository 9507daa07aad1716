// OCCULT, ZZGFOCIN, ZZGFOCST (see occultation.hpp), with CSPICE's checks in their order.
#include "surface/occultation.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/frame_ephemeris.hpp"
#include "geometry/states.hpp"
#include "math/constants.hpp"
#include "math/ellipsoid_occultation.hpp"
#include "math/trig.hpp"
#include "math/vector_ops.hpp"
#include "surface/body_checks.hpp"
#include "surface/dsk_shape.hpp"
#include "surface/intercept.hpp"
#include "surface/method_string.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

enum class Shape { Point, Ellipsoid, Dsk };

// LJUST + UCASE.
std::string ljust_upper(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string out(s.substr(i));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double dasine(double x) { return math::asin(std::clamp(x, -1.0, 1.0)); }

enum class OccType { Any, Full, Annular, Partial };

// One ZZGFOCIN configuration, evaluated by `state` (ZZGFOCST).
struct Occultation {
  OccType type = OccType::Any;
  int front = 0, back = 0, obs = 0;
  std::string front_name, back_name, obs_name;
  std::string front_method, back_method;  // the shape strings as given (SINCPT's method)
  std::string front_frame, back_frame;
  Shape front_shape = Shape::Point, back_shape = Shape::Point;
  Vec3 front_radii{}, back_radii{};
  double front_min = 0, front_max = 0, back_min = 0, back_max = 0;
  std::string corr;  // abcorr without stellar aberration
  geometry::AbCorr flags;
};

// ZZGFOCIN.
Result<Occultation> occultation_setup(const Context& ctx, OccType type, std::string_view front, std::string_view fshape,
                                      std::string_view fframe, std::string_view back, std::string_view bshape,
                                      std::string_view bframe, std::string_view obsrvr, std::string_view abcorr) {
  Occultation o;
  o.type = type;
  auto id = [&](std::string_view name, const char* what) -> Result<int> {
    SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
    if (code) return *code;
    return make_error("SPICE(IDCODENOTFOUND)", std::string("The ") + what + ", '" + std::string(name) +
                                                   "', is not a recognized name for an ephemeris object. The cause "
                                                   "of this problem may be that you need an updated version of the "
                                                   "SPICE toolkit.");
  };
  SC_TRY_ASSIGN(o.front, id(front, "front target object"));
  SC_TRY_ASSIGN(o.back, id(back, "back target object"));
  SC_TRY_ASSIGN(o.obs, id(obsrvr, "observer"));
  if (o.front == o.back || o.front == o.obs || o.back == o.obs) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "The observer and both targets must be distinct objects, but are "
                                                  "not: OBSRVR = " +
                                                      std::string(obsrvr) + "; FRONT = " + std::string(front) +
                                                      "; BACK = " + std::string(back) + ".");
  }
  o.front_name = front;
  o.back_name = back;
  o.obs_name = obsrvr;
  o.front_method = fshape;
  o.back_method = bshape;
  o.front_frame = fframe;
  o.back_frame = bframe;
  // The shapes; a string other than POINT or ELLIPSOID must parse as a DSK method. ZZGFOCIN parses
  // the back shape for the front body's ID too (it only matters for surface names).
  auto shape_of = [&](std::string_view s, const char* which) -> Result<Shape> {
    if (geometry::eqstr(s, "POINT")) return Shape::Point;
    if (geometry::eqstr(s, "ELLIPSOID")) return Shape::Ellipsoid;
    SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, o.front, s));
    if (spec.shape == ShapeKind::Dsk) return Shape::Dsk;
    return make_error("SPICE(INVALIDSHAPE)", std::string(which) + " target shape from " +
                                                 (which[0] == 'F' ? "FSHAPE" : "BSHAPE") + " string was <" +
                                                 std::string(s) + ">. Valid shapes are ELLIPSOID, POINT, and DSK.");
  };
  SC_TRY_ASSIGN(o.front_shape, shape_of(fshape, "Front"));
  SC_TRY_ASSIGN(o.back_shape, shape_of(bshape, "Back"));
  if (o.front_shape == Shape::Point && o.back_shape == Shape::Point) {
    return make_error("SPICE(INVALIDSHAPECOMBO)",
                      "Both front and back objects have POINT shape specifications; only one point shape is allowed. "
                      "The other shape must be ELLIPSOID or DSK.");
  }
  if ((o.front_shape == Shape::Dsk && o.back_shape != Shape::Point) ||
      (o.back_shape == Shape::Dsk && o.front_shape != Shape::Point)) {
    return make_error("SPICE(INVALIDSHAPECOMBO)",
                      "When one target shape is DSK, the other must be POINT (front shape " + std::string(fshape) +
                          ", back shape " + std::string(bshape) + ").");
  }
  if ((o.front_shape == Shape::Point || o.back_shape == Shape::Point) && type != OccType::Any) {
    return make_error("SPICE(BADTYPESHAPECOMBO)",
                      "Occultation types other than ANY are not allowed when either target body is modeled as a "
                      "point.");
  }
  SC_TRY_ASSIGN(o.flags, geometry::parse_abcorr(abcorr));
  if (o.flags.geometric) {
    o.corr = "NONE";
  } else {
    o.corr = std::string(o.flags.transmission ? "X" : "") + (o.flags.converged ? "CN" : "LT");
  }
  for (int i = 0; i < 2; ++i) {
    const bool isfront = i == 0;
    const char* posnam = isfront ? "front" : "back";
    const std::string& fixfrm = isfront ? o.front_frame : o.back_frame;
    const int trgid = isfront ? o.front : o.back;
    const Shape shape = isfront ? o.front_shape : o.back_shape;
    if (shape == Shape::Ellipsoid) {
      SC_TRY_ASSIGN(auto&& radii, target_radii(ctx, trgid));
      const double mn = std::min({radii[0], radii[1], radii[2]});
      const double mx = std::max({radii[0], radii[1], radii[2]});
      if (isfront) {
        o.front_radii = radii;
        o.front_min = mn;
        o.front_max = mx;
      } else {
        o.back_radii = radii;
        o.back_min = mn;
        o.back_max = mx;
      }
    }
    if (shape != Shape::Point) {
      if (ljust_upper(fixfrm).empty()) {
        return make_error("SPICE(INVALIDFRAME)", std::string("The ") + posnam +
                                                     " target shape is represented by an ellipsoid or by DSK data, "
                                                     "but the associated body-fixed frame name is blank.");
      }
      const int frame_id = frames::namfrm(ctx, fixfrm).value_or(0);
      if (frame_id == 0) {
        return make_error("SPICE(INVALIDFRAME)", std::string("The ") + posnam + " target's body-fixed frame name " +
                                                     fixfrm + " is not recognized.");
      }
      const auto info = frames::frinfo(ctx, frame_id);
      if (!info) return make_error("SPICE(BUG)", "Frame ID found for body-fixed frame " + fixfrm + " but FRINFO couldn't find frame info.");
      if (info->center != trgid) {
        return make_error("SPICE(INVALIDFRAME)", "Supposed body-fixed frame " + fixfrm + " for " + posnam +
                                                     " target " + std::to_string(trgid) +
                                                     " is actually centered on body " + std::to_string(info->center) +
                                                     ".");
      }
    }
    if (shape == Shape::Dsk) {
      // ZZSUDSKI's bounding radii of the body's DSK data for the method's surface list (parsed, as
      // ZZGFOCIN does, with the front body's ID); the line-of-sight test below goes through SINCPT
      // with the same method string.
      SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, o.front, isfront ? o.front_method : o.back_method));
      SC_TRY_ASSIGN(auto&& bounds, dsk_radius_bounds(ctx, trgid, spec.surfaces));
      (isfront ? o.front_min : o.back_min) = bounds[0];
      (isfront ? o.front_max : o.back_max) = bounds[1];
    }
  }
  return o;
}

// ZZCOREPC: the epoch of a body seen at `et` with light time `lt`.
double corrected_epoch(const geometry::AbCorr& f, double et, double lt) {
  if (f.geometric) return et;
  return f.transmission ? et + lt : et - lt;
}

// The semi-axis matrix of an ellipsoid in J2000 at `epoch`: the frame's axes scaled by the radii.
Result<math::Mat3> semi_axes(const Context& ctx, std::string_view frame, double epoch, const Vec3& radii) {
  SC_TRY_ASSIGN(auto&& m, geometry::pxform(ctx, frame, "J2000", epoch));
  math::Mat3 out{};
  for (int col = 0; col < 3; ++col) {
    const Vec3 c = math::vscl(radii[static_cast<std::size_t>(col)],
                              Vec3{m[0][static_cast<std::size_t>(col)], m[1][static_cast<std::size_t>(col)],
                                   m[2][static_cast<std::size_t>(col)]});
    for (int row = 0; row < 3; ++row) out[static_cast<std::size_t>(row)][static_cast<std::size_t>(col)] = c[static_cast<std::size_t>(row)];
  }
  return out;
}

// ZZGFOCST.
Result<bool> occultation_state(const Context& ctx, const Occultation& o, double et) {
  SC_TRY_ASSIGN(auto&& fp, geometry::spkezp(ctx, o.front, et, "J2000", o.corr, o.obs));
  SC_TRY_ASSIGN(auto&& bp, geometry::spkezp(ctx, o.back, et, "J2000", o.corr, o.obs));
  const Vec3 frtpos = fp.pos;
  const Vec3 bckpos = bp.pos;
  if (o.front_shape == Shape::Ellipsoid && o.back_shape == Shape::Ellipsoid) {
    SC_TRY_ASSIGN(auto&& bsmaxs, semi_axes(ctx, o.back_frame, corrected_epoch(o.flags, et, bp.lt), o.back_radii));
    SC_TRY_ASSIGN(auto&& fsmaxs, semi_axes(ctx, o.front_frame, corrected_epoch(o.flags, et, fp.lt), o.front_radii));
    SC_TRY_ASSIGN(auto&& occode, math::zzocced(Vec3{0, 0, 0}, bckpos, bsmaxs, frtpos, fsmaxs));
    switch (o.type) {
      case OccType::Any: return occode < 0;
      case OccType::Full: return occode == -3;
      case OccType::Annular: return occode == -2;
      case OccType::Partial: return occode == -1;
    }
    return false;
  }
  // One point, one extended body.
  const bool pntocc = o.back_shape == Shape::Point;
  const double bdist = math::vnorm(bckpos);
  const double fdist = math::vnorm(frtpos);
  const Vec3 bckfrt = math::vsub(frtpos, bckpos);
  if (pntocc) {
    if (fdist <= o.front_min) return make_error("SPICE(NOTDISJOINT)", "Observer is inside front target body.");
    if (bdist == 0.0) return make_error("SPICE(NOTDISJOINT)", "Back target coincides with observer.");
    if (math::vnorm(bckfrt) <= o.front_min) return make_error("SPICE(NOTDISJOINT)", "BACK target is inside FRONT target.");
  } else {
    if (bdist <= o.back_min) return make_error("SPICE(NOTDISJOINT)", "Observer is inside back target body.");
    if (fdist == 0.0) return make_error("SPICE(NOTDISJOINT)", "Front target coincides with observer.");
    if (math::vnorm(bckfrt) <= o.back_min) return make_error("SPICE(NOTDISJOINT)", "FRONT target is inside BACK target.");
  }
  const double trgsep = math::vsep(bckpos, frtpos);
  // The extended body's circumscribed sphere, scaled up by 1% for the light-time error.
  const double srad = (pntocc ? o.front_max : o.back_max) * 1.01;
  const double tdist = pntocc ? fdist : bdist;
  if (srad < tdist) {
    const double maxang = dasine(srad / tdist);
    if (trgsep > maxang) return false;
  }
  const Vec3 frtobs = math::vminus(frtpos);
  const Vec3 bckobs = math::vminus(bckpos);
  // Its inscribed sphere, scaled down by 1%.
  const double minang = pntocc ? dasine(o.front_min * .98999999999999999 / fdist)
                               : dasine(o.back_min * .98999999999999999 / bdist);
  if (trgsep < minang) {
    if (pntocc) {
      const Vec3 frtbck = math::vminus(bckfrt);
      return math::vsep(frtobs, frtbck) > math::halfpi() - minang;
    }
    return math::vsep(bckobs, bckfrt) < math::halfpi() - minang;
  }
  // Otherwise: does the line of sight to the point meet the extended body?
  if (pntocc) {
    SC_TRY_ASSIGN(auto&& hit, sincpt(ctx, o.front_method, o.front_name, et, o.front_frame, o.corr, o.obs_name,
                                     "J2000", bckpos));
    if (!hit) return false;
    return math::vnorm(hit->srfvec) < bdist;
  }
  SC_TRY_ASSIGN(auto&& hit, sincpt(ctx, o.back_method, o.back_name, et, o.back_frame, o.corr, o.obs_name, "J2000",
                                   frtpos));
  if (!hit) return false;
  return math::vnorm(hit->srfvec) > fdist;
}

}  // namespace

Result<int> occult(const Context& ctx, std::string_view targ1, std::string_view shape1, std::string_view frame1,
                   std::string_view targ2, std::string_view shape2, std::string_view frame2, std::string_view abcorr,
                   std::string_view obsrvr, double et) {
  const std::string shap1 = ljust_upper(shape1);
  const std::string shap2 = ljust_upper(shape2);
  const std::string fname = ljust_upper(targ1);
  const std::string bname = ljust_upper(targ2);
  const bool ellps2 = shap1 == "ELLIPSOID" && shap2 == "ELLIPSOID";
  // OCCULT parses each non-point shape itself first (for its errors), keeping the parsed shape.
  auto parsed = [&](const std::string& shap, const std::string& name, const char* which) -> Result<std::string> {
    if (shap == "POINT") return shap;
    SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
    if (!code) {
      return make_error("SPICE(IDCODENOTFOUND)",
                        std::string(which) + " target name " + name + " could not be mapped to an ID code.");
    }
    SC_TRY_ASSIGN(auto&& spec, parse_method(ctx, *code, shap));
    return std::string(spec.shape == ShapeKind::Dsk ? "DSK" : "ELLIPSOID");
  };
  SC_TRY_ASSIGN(auto&& prshp1, parsed(shap1, fname, "First"));
  SC_TRY_ASSIGN(auto&& prshp2, parsed(shap2, bname, "Second"));

  for (int i = 1; i <= 2; ++i) {
    const bool first = i == 1;
    const std::string& front = first ? fname : bname;
    const std::string& back = first ? bname : fname;
    const std::string& fmethd = first ? shap1 : shap2;
    const std::string& bmethd = first ? shap2 : shap1;
    const std::string& fshape = first ? prshp1 : prshp2;
    const std::string& bshape = first ? prshp2 : prshp1;
    const std::string_view fframe = first ? frame1 : frame2;
    const std::string_view bframe = first ? frame2 : frame1;
    const int mltfac = first ? 1 : -1;
    SC_TRY_ASSIGN(auto&& any, occultation_setup(ctx, OccType::Any, front, fmethd, fframe, back, bmethd, bframe, obsrvr, abcorr));
    SC_TRY_ASSIGN(auto&& ocstat, occultation_state(ctx, any, et));
    if (!ocstat) continue;
    if (ellps2) {
      // PARTIAL (1), ANNULAR (2), FULL (3).
      const std::array<OccType, 3> types{OccType::Partial, OccType::Annular, OccType::Full};
      for (int index = 1; index <= 3; ++index) {
        SC_TRY_ASSIGN(auto&& o, occultation_setup(ctx, types[static_cast<std::size_t>(index - 1)], front, fshape,
                                                  fframe, back, bshape, bframe, obsrvr, abcorr));
        SC_TRY_ASSIGN(auto&& st, occultation_state(ctx, o, et));
        if (st) return mltfac * index;
      }
    } else if (fshape == "ELLIPSOID" || fshape == "DSK") {
      return mltfac * 3;
    } else if (bshape == "ELLIPSOID" || bshape == "DSK") {
      return mltfac * 2;
    }
  }
  return 0;
}

}  // namespace sc::surface
