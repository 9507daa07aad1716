#include "dsk/ray_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "math/ellipsoid.hpp"

namespace sc::dsk {

using math::Vec3;

std::optional<Vec3> ray_sphere(const Vec3& vertex, const Vec3& dir, double r) {
  // SURFPT with a = b = c = r, as ZZRAYBOX and ZZSBFXRI call it; its errors (zero direction, a
  // radius that is not positive) are ruled out by the callers.
  auto hit = math::surfpt(vertex, dir, r, r, r);
  return hit ? *hit : std::nullopt;
}

Result<std::optional<Vec3>> ray_box(const Vec3& vertex, const Vec3& raydir, const Vec3& origin, const Vec3& extent) {
  if (math::vzero(raydir)) {
    return make_error("SPICE(ZEROVECTOR)", "Input ray direction was the zero vector; this vector must be non-zero.");
  }
  const Vec3 udir = math::vhat(raydir);
  if (std::min(std::min(extent[0], extent[1]), extent[2]) <= 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "All box extents should be strictly positive.");
  }
  Vec3 center{};
  for (int i = 0; i < 3; ++i) center[i] = origin[i] + extent[i] / 2;
  const Vec3 offset = math::vsub(vertex, center);
  if (std::abs(offset[0]) <= extent[0] / 2 && std::abs(offset[1]) <= extent[1] / 2 &&
      std::abs(offset[2]) <= extent[2] / 2) {
    return std::optional<Vec3>(vertex);
  }
  // Where the ray meets the box's circumscribed sphere (slightly enlarged), as ZZRAYBOX does.
  const double r = math::vnorm(extent) * .50049999999999994;
  Vec3 sphxpt{};
  if (math::vnorm(offset) < r) {
    sphxpt = offset;
  } else {
    const auto hit = ray_sphere(offset, udir, r);
    if (!hit) return std::optional<Vec3>();
    sphxpt = *hit;
  }
  Vec3 sphvtx{};
  for (int i = 0; i < 3; ++i) sphvtx[i] = sphxpt[i] + center[i] - origin[i];
  std::array<int, 3> sector{};
  Vec3 near{};
  for (int i = 0; i < 3; ++i) {
    if (sphvtx[i] < 0.0) {
      sector[i] = 1;
      near[i] = 0.0;
    } else if (sphvtx[i] > extent[i]) {
      sector[i] = 3;
      near[i] = extent[i];
    } else {
      sector[i] = 2;
      near[i] = 0.0;
    }
  }
  int maxidx = 0;
  double maxt = -1.0;
  for (int i = 0; i < 3; ++i) {
    if (sector[i] != 2) {
      const double plndst = near[i] - sphvtx[i];
      const double limit = r * 2 * std::abs(udir[i]);
      if (std::abs(plndst) > limit) return std::optional<Vec3>();
      const double t = plndst / udir[i];
      if (t < 0.0) return std::optional<Vec3>();
      if (t > maxt) {
        maxidx = i;
        maxt = t;
      }
    }
  }
  if (maxt < 0.0) return std::optional<Vec3>();
  Vec3 xpt = math::vlcom(1.0, sphvtx, maxt, udir);
  for (int i = 0; i < 3; ++i) {
    if (i == maxidx) {
      xpt[i] = near[i];
    } else if (sector[i] == 2) {
      if (xpt[i] < 0.0 || xpt[i] > extent[i]) return std::optional<Vec3>();
    } else if (sector[i] == 1) {
      xpt[i] = std::max(xpt[i], 0.0);
      if (xpt[i] > extent[i]) return std::optional<Vec3>();
    } else {
      xpt[i] = std::min(xpt[i], extent[i]);
      if (xpt[i] < 0.0) return std::optional<Vec3>();
    }
  }
  return std::optional<Vec3>(math::vadd(xpt, origin));
}

namespace {

bool in_grid(const std::array<int, 3>& nvox, const std::array<int, 3>& voxel) {  // ZZINGRD
  for (int i = 0; i < 3; ++i) {
    if (voxel[i] < 1 || voxel[i] > nvox[i]) return false;
  }
  return true;
}

}  // namespace

Result<std::vector<std::array<int, 3>>> voxel_walk(const Vec3& vertex, const Vec3& raydir,
                                                   const std::array<int, 3>& grdext, int maxnvx) {
  if (math::vzero(raydir)) return make_error("SPICE(ZEROVECTOR)", "Ray is the zero vector.");
  if (std::min(std::min(grdext[0], grdext[1]), grdext[2]) < 1) {
    return make_error("SPICE(BADDIMENSIONS)", "Voxel grid dimensions must be strictly positive but are " +
                                                  std::to_string(grdext[0]) + " " + std::to_string(grdext[1]) + " " +
                                                  std::to_string(grdext[2]) + ".");
  }
  for (int i = 0; i < 3; ++i) {
    if (vertex[i] < grdext[i] * -1e-12 || vertex[i] > grdext[i] * 1.0000000000010001) {
      return make_error("SPICE(VERTEXNOTINGRID)", "The vertex is outside of the voxel grid.");
    }
  }
  if (maxnvx < 1) {
    return make_error("SPICE(INVALIDSIZE)", "Maximum voxel list size must be positive but was " +
                                                std::to_string(maxnvx) + ".");
  }
  static constexpr std::array<int, 3> next{1, 2, 0};
  // The axis along which the ray moves fastest is the primary one.
  std::array<int, 3> iaxis{0, 0, 0};
  double maxcmp = std::abs(raydir[0]);
  for (int i = 1; i < 3; ++i) {
    if (std::abs(raydir[static_cast<std::size_t>(i)]) > maxcmp) {
      iaxis[0] = i;
      maxcmp = std::abs(raydir[static_cast<std::size_t>(i)]);
    }
  }
  iaxis[1] = next[static_cast<std::size_t>(iaxis[0])];
  iaxis[2] = next[static_cast<std::size_t>(iaxis[1])];
  const auto ax = [&](int i) { return static_cast<std::size_t>(iaxis[static_cast<std::size_t>(i)]); };

  std::array<int, 3> icoord{};
  std::array<int, 3> voxel{};
  for (int i = 0; i < 3; ++i) {
    const int intvtx = static_cast<int>(vertex[ax(i)]);  // Fortran INT: toward zero
    icoord[static_cast<std::size_t>(i)] = std::clamp(intvtx + 1, 1, grdext[ax(i)]);
    voxel[ax(i)] = icoord[static_cast<std::size_t>(i)];
  }
  std::vector<std::array<int, 3>> out;
  out.push_back(voxel);
  Vec3 vtxoff{};
  for (int i = 0; i < 3; ++i) {
    vtxoff[static_cast<std::size_t>(i)] = std::clamp(vertex[ax(i)] - (icoord[static_cast<std::size_t>(i)] - 1), 0.0, 1.0);
  }
  const double limit = 1e-20 / grdext[ax(0)] * std::abs(raydir[ax(0)]);
  double ax2err = std::numeric_limits<double>::max();
  double ax3err = ax2err;
  double s12 = 0.0;
  double s13 = 0.0;
  if (std::abs(raydir[ax(1)]) > limit) {
    s12 = std::abs(raydir[ax(0)] / raydir[ax(1)]);
    if (raydir[ax(0)] > 0.0) {
      ax2err = raydir[ax(1)] > 0.0 ? s12 * (1. - vtxoff[1]) + vtxoff[0] - 1. : s12 * vtxoff[1] + vtxoff[0] - 1.;
    } else {
      ax2err = raydir[ax(1)] > 0.0 ? s12 * (1. - vtxoff[1]) - vtxoff[0] : s12 * vtxoff[1] - vtxoff[0];
    }
  }
  if (std::abs(raydir[ax(2)]) > limit) {
    s13 = std::abs(raydir[ax(0)] / raydir[ax(2)]);
    if (raydir[ax(0)] > 0.0) {
      ax3err = raydir[ax(2)] > 0.0 ? s13 * (1. - vtxoff[2]) + vtxoff[0] - 1. : s13 * vtxoff[2] + vtxoff[0] - 1.;
    } else {
      ax3err = raydir[ax(2)] > 0.0 ? s13 * (1. - vtxoff[2]) - vtxoff[0] : s13 * vtxoff[2] - vtxoff[0];
    }
  }
  std::array<int, 3> step{};
  for (int i = 0; i < 3; ++i) {
    const double d = raydir[ax(i)];
    step[static_cast<std::size_t>(i)] = d > limit ? 1 : d < -limit ? -1 : 0;
  }
  while (in_grid(grdext, out.back())) {
    if (ax2err < 0.0 || ax3err < 0.0) {
      if (ax2err < ax3err) {
        icoord[1] += step[1];
        ax2err += s12;
      } else {
        icoord[2] += step[2];
        ax3err += s13;
      }
    } else {
      icoord[0] += step[0];
      if (step[1] != 0) ax2err += -1.;
      if (step[2] != 0) ax3err += -1.;
    }
    if (static_cast<int>(out.size()) + 1 > maxnvx) {
      return make_error("SPICE(ARRAYTOOSMALL)", "Index larger than array. Index = " + std::to_string(out.size() + 1) +
                                                    ". Array size = " + std::to_string(maxnvx) + ".");
    }
    for (int i = 0; i < 3; ++i) voxel[ax(i)] = icoord[static_cast<std::size_t>(i)];
    out.push_back(voxel);
  }
  out.pop_back();  // the last one left the grid
  return out;
}

std::array<Vec3, 3> pltexp(const std::array<Vec3, 3>& v, double delta) {
  const double d = delta / 3.;
  const Vec3 sclctr{d * (v[0][0] + v[1][0] + v[2][0]), d * (v[0][1] + v[1][1] + v[2][1]),
                    d * (v[0][2] + v[1][2] + v[2][2])};
  const double s = delta + 1.;
  std::array<Vec3, 3> out{};
  for (std::size_t k = 0; k < 3; ++k) {
    for (std::size_t i = 0; i < 3; ++i) out[k][i] = s * v[k][i] - sclctr[i];
  }
  return out;
}

AngleHit insang(const Vec3& v, const Vec3& e1, const Vec3& e2, const Vec3& e3) {
  const Vec3 norm12 = math::vcrss(e1, e2);
  const double vn12 = math::vdot(v, norm12);
  const double en = math::vdot(e3, norm12);
  if (en == 0.0) return {};
  if ((en > 0.0 && vn12 < 0.0) || (en < 0.0 && vn12 > 0.0)) return {};
  const Vec3 norm23 = math::vcrss(e2, e3);
  const double vn23 = math::vdot(v, norm23);
  if ((en > 0.0 && vn23 < 0.0) || (en < 0.0 && vn23 > 0.0)) return {};
  const Vec3 norm31 = math::vcrss(e3, e1);
  const double vn31 = math::vdot(v, norm31);
  if ((en > 0.0 && vn31 < 0.0) || (en < 0.0 && vn31 > 0.0)) return {};
  const double denom = vn12 + vn23 + vn31;
  if (denom == 0.0) return {};
  return {true, en / denom};
}

}  // namespace sc::dsk
