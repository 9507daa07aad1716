// AZLCPO (see topocentric.hpp).
#include "geometry/topocentric.hpp"

#include <algorithm>
#include <string>

#include "bodies/body_constants.hpp"
#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"
#include "geometry/abcorr.hpp"
#include "geometry/argument_checks.hpp"
#include "geometry/constant_velocity_states.hpp"
#include "math/angles.hpp"
#include "math/azimuth_elevation.hpp"
#include "math/ellipsoid.hpp"
#include "math/rotation.hpp"
#include "math/two_vector_frame.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {
namespace {

using math::Mat3;
using math::Vec3;

// ZZGFTREB: the body's three radii, all positive.
Result<Vec3> body_radii(const Context& ctx, int body) {
  SC_TRY_ASSIGN(auto&& values, bodies::bodvcd(ctx.pool(), body, "RADII", 3));
  if (values.size() != 3) {
    return make_error("SPICE(INVALIDCOUNT)", "Only " + std::to_string(values.size()) + " axes were found for ID " +
                                                 std::to_string(body) + ". Three axes expected.");
  }
  for (std::size_t i = 0; i < 3; ++i) {
    if (values[i] <= 0.0) {
      return make_error("SPICE(BADAXISLENGTH)",
                        "Degenerate case. Axis " + std::to_string(i + 1) + " of body " + std::to_string(body) +
                            " is negative or zero. Please check the text PCK file: the component of BODY" +
                            std::to_string(body) + "_RADII.");
    }
  }
  return Vec3{values[0], values[1], values[2]};
}

// TWOVEC(normal, 3, +z, 1), as AZLCPO calls it: rows are the topocentric axes in body-fixed
// coordinates, +z along the normal, +x in the plane of the normal and the body's +z axis.
Result<Mat3> topocentric_axes(const Vec3& normal) { return math::twovec(normal, 3, Vec3{0.0, 0.0, 1.0}, 1); }

// The rotation from the body-fixed frame to the observer's topocentric frame (AZLCPO's XFTOPO).
Result<Mat3> body_to_topocentric(const Context& ctx, int body, const Vec3& obspos) {
  if (obspos[0] == 0.0 && obspos[1] == 0.0) {
    // On the z-axis: the body-fixed frame, turned upside down below the equatorial plane.
    const Mat3 identity = math::identity3();
    if (obspos[2] < 0.0) return math::rotate_matrix(identity, math::kPi, 1);
    return identity;
  }
  SC_TRY_ASSIGN(auto&& radii, body_radii(ctx, body));
  SC_TRY_ASSIGN(auto&& near, math::nearpt(obspos, radii[0], radii[1], radii[2]));
  SC_TRY_ASSIGN(auto&& normal, math::surfnm(radii[0], radii[1], radii[2], near.npoint));
  return topocentric_axes(normal);
}

}  // namespace

Result<AzElState> azlcpo(const Context& ctx, std::string_view method, std::string_view target, double et,
                         std::string_view abcorr, bool azccw, bool elplsz, std::span<const double> obspos,
                         std::string_view obsctr, std::string_view obsref) {
  SC_TRY(require_nonempty(method, "method"));
  SC_TRY(require_nonempty(target, "target"));
  SC_TRY(require_nonempty(abcorr, "aberration correction"));
  SC_TRY(require_nonempty(obsctr, "observer's center"));
  SC_TRY(require_nonempty(obsref, "observer's frame"));

  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(obsctr, ctx.pool()));
  if (!code) {
    return make_error("SPICE(IDCODENOTFOUND)", "The observer's center of motion, " + quoted(obsctr) +
                                                   ", is not a recognized name for an ephemeris object.");
  }
  const int body = *code;
  const auto frame_id = frames::namfrm(ctx, obsref);
  const auto info = frame_id ? frames::frinfo(ctx, *frame_id) : std::nullopt;
  if (!info) {
    return make_error("SPICE(UNKNOWNFRAME)", "Reference frame " + quoted(obsref) +
                                                 " is not recognized by the SPICE frame subsystem. Possibly a "
                                                 "required frame definition kernel has not been loaded.");
  }
  if (info->center != body) {
    return make_error("SPICE(INVALIDFRAME)", "Reference frame " + quoted(obsref) +
                                                 " is not centered at the observer's center of motion " +
                                                 quoted(obsctr) + ". The ID code of the frame center is " +
                                                 std::to_string(info->center) + ".");
  }
  if (!eqstr(method, "ELLIPSOID")) {
    return make_error("SPICE(INVALIDMETHOD)", "The computation method " + quoted(method) + " was not recognized.");
  }

  Vec3 position{};
  std::copy_n(obspos.begin(), std::min<std::size_t>(obspos.size(), 3), position.begin());
  SC_TRY_ASSIGN(auto&& xftopo, body_to_topocentric(ctx, body, position));

  SC_TRY_ASSIGN(auto&& seen, spkcpo(ctx, target, et, obsref, "OBSERVER", abcorr, obspos, obsctr, obsref));
  const math::State& s = seen.state;
  const Vec3 lpos = math::mxv(xftopo, {s[0], s[1], s[2]});
  const Vec3 lvel = math::mxv(xftopo, {s[3], s[4], s[5]});

  // Range, azimuth, elevation, and their rates through the Jacobian at the target's position.
  const math::AzEl azel = math::recazl(lpos, azccw, elplsz);
  SC_TRY_ASSIGN(auto&& jacobi, math::dazldr(lpos[0], lpos[1], lpos[2], azccw, elplsz));
  const Vec3 rates = math::mxv(jacobi, lvel);
  return AzElState{{azel.range, azel.az, azel.el, rates[0], rates[1], rates[2]}, seen.lt};
}

}  // namespace sc::geometry
