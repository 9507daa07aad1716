#include "surface/dsk_calls.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "bodies/body_constants.hpp"
#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "math/ellipsoid.hpp"
#include "math/exp_log.hpp"
#include "math/latitudinal.hpp"
#include "surface/body_checks.hpp"
#include "surface/dsk_shape.hpp"
#include "surface/method_string.hpp"

namespace sc::surface {
namespace {

using math::Vec3;

// DSKXSI's and DSKXV's frame checks: NAMFRM, FRINFO, the frame's center.
Result<int> fixed_frame(const Context& ctx, std::string_view fixref, std::string_view target, int trgcde,
                        const char* unknown_code) {
  const auto fixfid = frames::namfrm(ctx, fixref);
  if (!fixfid || *fixfid == 0) {
    return make_error(unknown_code, "Reference frame " + quoted(fixref) +
                                        " is not recognized by the SPICE frame subsystem. Possibly a required frame "
                                        "definition kernel has not been loaded.");
  }
  const auto info = frames::frinfo(ctx, *fixfid);
  if (!info) {
    return make_error("SPICE(NOFRAMEINFO)", "Attributes for reference frame " + quoted(fixref) +
                                                " could not be obtained from the SPICE frame subsystem.");
  }
  if (info->center != trgcde) {
    return make_error("SPICE(INVALIDFRAME)", "Reference frame " + quoted(fixref) + " is not centered at the target body " +
                                                 quoted(target) + ". The ID code of the frame center is " +
                                                 std::to_string(info->center) + ".");
  }
  return *fixfid;
}

Error bad_priority() {
  return make_error("SPICE(BADPRIORITYSPEC)", "In the N0066 SPICE Toolkit, PRI must be set to .FALSE., indicating "
                                              "that an unprioritized search is to be performed.");
}

Vec3 vec(std::span<const double> v, std::size_t at = 0) { return {v[at], v[at + 1], v[at + 2]}; }

// LATSRF's and SRFNRM's look-ups, in their order: the target, the body-fixed frame, the method.
struct SurfaceRequest {
  int trgcde = 0;
  int fixfid = 0;
  MethodSpec spec;
};

Result<SurfaceRequest> surface_request(const Context& ctx, std::string_view method, std::string_view target,
                                       std::string_view fixref) {
  SurfaceRequest r;
  SC_TRY_ASSIGN(r.trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(r.fixfid, fixed_frame(ctx, fixref, target, r.trgcde, "SPICE(NOFRAME)"));
  SC_TRY_ASSIGN(r.spec, parse_method(ctx, r.trgcde, method));  // ZZPRSMET, as for every geometry call
  return r;
}

// The ellipsoid branch's radii: three positive numbers (SPICE(BADAXISLENGTH) otherwise).
Result<Vec3> positive_radii(const Context& ctx, int trgcde, std::string_view target) {
  SC_TRY_ASSIGN(auto&& r, bodies::bodvcd(ctx.pool(), trgcde, "RADII", 3));
  if (r.size() < 3 || std::min(std::min(r[0], r[1]), r[2]) <= 0.0) {
    return make_error("SPICE(BADAXISLENGTH)", "Body " + quoted(target) + " radii should be positive.");
  }
  return Vec3{r[0], r[1], r[2]};
}

}  // namespace

Result<std::optional<DskxsiResult>> dskxsi(const Context& ctx, bool pri, std::string_view target,
                                           std::span<const int> srflst, double et, std::string_view fixref,
                                           std::span<const double> vertex, std::span<const double> raydir) {
  if (pri) return bad_priority();
  SC_TRY_ASSIGN(const int trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(const int fixfid, fixed_frame(ctx, fixref, target, trgcde, "SPICE(IDCODENOTFOUND)"));
  SC_TRY_ASSIGN(auto&& hit, dsk_ray_intercept(ctx, trgcde, srflst, et, fixfid, vec(vertex), vec(raydir)));
  if (!hit) return std::optional<DskxsiResult>();
  DskxsiResult r;
  r.xpt = hit->point;
  r.dladsc = hit->dla.to_array();
  r.dskdsc = hit->descriptor.values;
  r.ic = {hit->plate};
  r.handle = hit->handle;
  return std::optional<DskxsiResult>(r);
}

Result<DskxvResult> dskxv(const Context& ctx, bool pri, std::string_view target, std::span<const int> srflst, double et,
                          std::string_view fixref, std::span<const double> vtxarr, std::span<const double> dirarr) {
  if (pri) return bad_priority();
  const std::size_t nrays = vtxarr.size() / 3;
  if (nrays < 1 || vtxarr.size() % 3 != 0 || dirarr.size() != vtxarr.size()) {
    return make_error("SPICE(INVALIDCOUNT)", "The ray count NRAYS must be at least 1, with one vertex and one "
                                             "direction (3 numbers each) per ray; got " +
                                                 std::to_string(vtxarr.size()) + " and " +
                                                 std::to_string(dirarr.size()) + " numbers.");
  }
  SC_TRY_ASSIGN(const int trgcde, body_code(ctx, target, "target"));
  SC_TRY_ASSIGN(const int fixfid, fixed_frame(ctx, fixref, target, trgcde, "SPICE(IDCODENOTFOUND)"));
  DskxvResult out;
  out.xptarr.assign(3 * nrays, 0.0);
  out.fndarr.assign(nrays, 0);
  for (std::size_t i = 0; i < nrays; ++i) {
    SC_TRY_ASSIGN(auto&& hit, dsk_ray_intercept(ctx, trgcde, srflst, et, fixfid, vec(vtxarr, 3 * i), vec(dirarr, 3 * i)));
    if (hit) {
      std::copy(hit->point.begin(), hit->point.end(), out.xptarr.begin() + static_cast<std::ptrdiff_t>(3 * i));
      out.fndarr[i] = 1;
    }
  }
  return out;
}

Result<std::vector<double>> latsrf(const Context& ctx, std::string_view method, std::string_view target, double et,
                                   std::string_view fixref, std::span<const double> lonlat) {
  SC_TRY_ASSIGN(auto&& request, surface_request(ctx, method, target, fixref));
  const int trgcde = request.trgcde;
  const int fixfid = request.fixfid;
  const MethodSpec& shape = request.spec;
  const std::size_t npts = lonlat.size() / 2;
  std::vector<double> out;
  out.reserve(3 * npts);
  if (shape.shape == ShapeKind::Ellipsoid) {
    SC_TRY_ASSIGN(const Vec3 radii, positive_radii(ctx, trgcde, target));
    for (std::size_t i = 0; i < npts; ++i) {
      const Vec3 x = math::latrec(1.0, lonlat[2 * i], lonlat[2 * i + 1]);
      // EDPNT: scale the direction onto the ellipsoid.
      const double d2 = x[0] / radii[0];
      const double d3 = x[1] / radii[1];
      const double d4 = x[2] / radii[2];
      const double level = d2 * d2 + d3 * d3 + d4 * d4;
      const double sq = std::sqrt(level);
      out.insert(out.end(), {x[0] / sq, x[1] / sq, x[2] / sq});
    }
    return out;
  }
  SC_TRY_ASSIGN(auto&& radii, dsk_radius_bounds(ctx, trgcde, shape.surfaces));
  const double r = radii[1] * 2;  // ZZMAXRAD, doubled: every ray starts outside the surface
  for (std::size_t i = 0; i < npts; ++i) {
    const Vec3 x = math::latrec(r, lonlat[2 * i], lonlat[2 * i + 1]);
    SC_TRY_ASSIGN(auto&& hit, dsk_ray_intercept(ctx, trgcde, shape.surfaces, et, fixfid, x, math::vminus(x)));
    if (!hit) {
      return make_error("SPICE(POINTNOTFOUND)", "No surface point was found on body " + quoted(target) +
                                                    " at planetocentric longitude " + std::to_string(lonlat[2 * i]) +
                                                    ", latitude " + std::to_string(lonlat[2 * i + 1]) +
                                                    ". This problem may be due to insufficient DSK data having been "
                                                    "loaded for the body.");
    }
    if (math::vdot(x, hit->point) < 0.0) {
      return make_error("SPICE(SHAPENOTSUPPORTED)", "A surface point was found on body " + quoted(target) +
                                                        " but it is on the opposite side of the body.");
    }
    out.insert(out.end(), hit->point.begin(), hit->point.end());
  }
  return out;
}

Result<std::vector<double>> srfnrm(const Context& ctx, std::string_view method, std::string_view target, double et,
                                   std::string_view fixref, std::span<const double> srfpts) {
  SC_TRY_ASSIGN(auto&& request, surface_request(ctx, method, target, fixref));
  const int trgcde = request.trgcde;
  const int fixfid = request.fixfid;
  const MethodSpec& shape = request.spec;
  const std::size_t npts = srfpts.size() / 3;
  std::vector<double> out;
  out.reserve(3 * npts);
  if (shape.shape == ShapeKind::Ellipsoid) {
    SC_TRY_ASSIGN(const Vec3 r, positive_radii(ctx, trgcde, target));
    const double maxr = std::max(std::max(r[0], r[1]), r[2]);
    const double limit = ctx.dsk_tolerances().ptmemm() * maxr;
    for (std::size_t i = 0; i < npts; ++i) {
      const Vec3 p = vec(srfpts, 3 * i);
      const double a2 = r[0] * r[0];
      const double b2 = r[1] * r[1];
      const double c2 = r[2] * r[2];
      const double level = math::pow(p[0] * p[0] / a2 + p[1] * p[1] / b2 + p[2] * p[2] / c2, 0.5);
      if (std::abs(level - 1.) >= limit) {
        return make_error("SPICE(POINTNOTONSURFACE)", "Input point at index " + std::to_string(i) +
                                                          " is not on the target body surface.");
      }
      SC_TRY_ASSIGN(auto&& n, math::surfnm(r[0], r[1], r[2], p));
      out.insert(out.end(), n.begin(), n.end());
    }
    return out;
  }
  for (std::size_t i = 0; i < npts; ++i) {
    SC_TRY_ASSIGN(auto&& n, dsk_surface_normal(ctx, trgcde, shape.surfaces, et, fixfid, vec(srfpts, 3 * i)));
    const Vec3 u = math::vhat(n);
    out.insert(out.end(), u.begin(), u.end());
  }
  return out;
}

}  // namespace sc::surface
