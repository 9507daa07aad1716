// The states (position and velocity, target body-fixed frame) of the surface points the GF
// coordinate searches on sub-observer points and ray intercepts look at: CSPICE's ZZGFSSOB (the
// sub-observer point of SUBPNT, "Near point: ellipsoid" or "Intercept: ellipsoid") and ZZGFSSIN
// (the intercept of SINCPT, "Ellipsoid"). Their velocities tell the searches whether a coordinate
// of the point is decreasing. Geometric cases differentiate the point on the body-fixed observer
// state (DNEARP or SURFPV); with light time the body-fixed state of the observer is rebuilt from
// SSB states at the point's epoch with the light-time rate folded into the frame transformation
// (ZZCORSXF) and, for +S, the stellar aberration offset's state (ZZSTELAB), iterated 2 (ZZGFSSOB)
// or 3 (ZZGFSSIN) times as CSPICE does.
#pragma once

#include <optional>
#include <string>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::gf {

struct SurfacePointDef {
  int target = 0, observer = 0;
  std::string target_name, observer_name;  // BODC2S of the IDs, as SUBPNT and SINCPT get them
  std::string method;                      // upper case, left justified (ZZGFCOIN's SVMETH)
  std::string fixref;                      // the target's body-fixed frame
  std::string abcorr;
  math::Vec3 radii{};
  // Intercepts only: the ray's frame, that frame's center and the ray's direction.
  std::string dref;
  int dref_center = 0;
  math::Vec3 dvec{};
};

// ZZGFSSOB. SPICE(NOTSUPPORTED) for a method other than the two legacy ellipsoid ones,
// SPICE(NOFRAME) / SPICE(INVALIDFRAME) (geometric case) for fixref, SPICE(DEGENERATECASE) where
// the point's velocity is not defined, then SUBPNT's and the ephemeris and frame errors.
Result<math::State> subobserver_state(const Context& ctx, const SurfacePointDef& def, double et);

// ZZGFSSIN: nullopt when the ray misses or the intercept's velocity is not computable.
// SPICE(NOTSUPPORTED) for a method other than "Ellipsoid", then as subobserver_state.
Result<std::optional<math::State>> intercept_state(const Context& ctx, const SurfacePointDef& def, double et);

}  // namespace sc::gf
