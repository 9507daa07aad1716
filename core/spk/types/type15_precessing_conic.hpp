// SPK type 15: precessing conic propagation (spk.req "Type 15"; SPKR15 + SPKE15). A segment is one
// record of 16 words:
//    epoch of periapsis, trajectory pole (3), periapsis direction (3), semi-latus rectum p,
//    eccentricity e, J2 processing flag, central body pole (3), GM, J2, central body radius.
// The periapsis state (distance p/(1+e) along the periapsis direction, speed sqrt(GM/p)(1+e)
// along pole x periapsis) is propagated with PROP2B; then, for an elliptic orbit that stays above
// the central body (e < 1, p/(1+e) > radius) with J2 != 0 and flag != 3, the state is rotated by
// the secular J2 drifts accumulated over the true anomaly swept since periapsis:
//    periapsis about the trajectory pole:  1.5 J2 (R/p)^2 (2.5 cos^2 i - 0.5) per radian (flag != 1)
//    node about the central body pole:    -1.5 J2 (R/p)^2 cos i               per radian (flag != 2)
// with cos i = pole . trajectory pole, in SPKE15's order and operation order.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame); SPKR15 does not check et
// against the coverage, so neither does this. Errors name the file and segment:
//   SPICE(MALFORMEDSEGMENT)  the segment does not hold exactly 16 words
//   SPICE(BADLATUSRECTUM)    p <= 0
//   SPICE(BADECCENTRICITY)   e < 0
//   SPICE(NONPOSITIVEMASS)   GM <= 0
//   SPICE(BADVECTOR)         a zero trajectory pole, periapsis or central body pole vector
//   SPICE(BADRADIUS)         radius < 0
//   SPICE(BADINITSTATE)      |pole . periapsis| > 1e-5 after normalising them
// and PROP2B's errors (math/two_body.hpp).
Result<State> evaluate_type15(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
