// SPK type 17: equinoctial elements (spk.req "Type 17"; SPKR17 + SPKE17). A segment is one record
// of 12 words: the epoch of the elements, the nine elements of math/equinoctial.hpp (a, h, k, mean
// longitude, p, q, and the rates of the longitude of periapse, the mean longitude and the node),
// then the right ascension and declination of the pole of the elements' reference plane in the
// segment's frame. Evaluated by EQNCPV (math/equinoctial.hpp).
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

// The segment's state at `et` (relative to its center, in its frame); SPKR17 does not check et
// against the coverage, so neither does this. Errors name the file and segment:
//   SPICE(MALFORMEDSEGMENT)  the segment does not hold exactly 12 words
//   SPICE(BADSEMIAXIS)       a <= 0
//   SPICE(BADECCENTRICITY)   sqrt(h^2 + k^2) > 0.9
// and EQNCPV's and KEPLEQ's errors (math/equinoctial.hpp).
Result<State> evaluate_type17(const daf::SegmentFile& file, const Segment& segment, double et);

}  // namespace sc::spk
