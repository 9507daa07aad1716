// DNEARP (with ZZDNPT): the state of the point of an ellipsoid nearest to a moving point, and the
// altitude's rate, which TWO-VECTOR frames' TARGET_NEAR_POINT vectors need for state
// transformations. Lives with the dynamic frames, its only user.
#pragma once

#include <optional>

#include "errors/result.hpp"
#include "math/vector_ops.hpp"

namespace sc::frames::dynamic {

struct NearPointState {
  math::State near{};  // the near point and its velocity
  double alt = 0;
  double dalt = 0;
};

// nullopt where DNEARP reports found = false (the near point's velocity is not defined there);
// NEARPT's errors pass through.
Result<std::optional<NearPointState>> dnearp(const math::State& state, double a, double b, double c);

}  // namespace sc::frames::dynamic
