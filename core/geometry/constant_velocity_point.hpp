// A point that moves with constant velocity relative to a body, in a given frame: a ground station,
// a lander, a surface landmark (velocity zero in a body-fixed frame) or a spacecraft coasting
// between two known states. CSPICE keeps such a point in ZZCVSTAT's saved variables (ZZCVSSTA
// stores it, ZZCVXSTA evaluates it); here it is a value the fixed-observer and fixed-target
// computations carry.
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::geometry {

struct ConstantVelocityPoint {
  math::State state{};     // relative to `center`, in `frame`, at `epoch` (km, km/s)
  double epoch = 0;        // TDB seconds past J2000
  int center = 0;          // NAIF ID of the body the state is relative to
  std::string_view frame;  // the frame of `state`, by name, as the caller gave it
};

// ZZCVXSTA: the point's state relative to its center at `et`, in frame `ref`: the position moved
// along the velocity for et - epoch seconds in the point's frame, then transformed by
// sxform(frame, ref, et). SPICE(UNKNOWNFRAME) and the frame system's errors.
Result<math::State> point_state(const Context& ctx, const ConstantVelocityPoint& point, double et,
                                std::string_view ref);

}  // namespace sc::geometry
