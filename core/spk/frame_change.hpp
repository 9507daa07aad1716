// Re-expressing a segment state in another frame, as SPKGEO does between built-in inertial frames:
// IRFROT's constant rotation applied to position and velocity separately (MXV each). Segments in
// non-inertial frames would need FRMCHG (time-dependent frames), which is not available here yet.
#pragma once

#include "errors/result.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// `state` in frame `from` expressed in frame `to`. SPICE(NOTSUPPORTED) when either frame is not a
// built-in inertial frame.
Result<State> change_frame(const State& state, int from, int to);

}  // namespace sc::spk
