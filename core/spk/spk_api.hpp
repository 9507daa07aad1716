// Geometric states from the loaded SPK kernels: segment selection with CSPICE precedence (last file
// loaded, last segment in a file wins), chaining through centers to the common node, and
// evaluation of each segment type. No aberration corrections here (that is geometry/).
#pragma once

#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"
#include "spk/state.hpp"

namespace sc::spk {

class LegCache;

// State of `body` relative to the solar-system barycenter (0), J2000, at TDB seconds `et`.
// Fails with SPICE(SPKINSUFFDATA) naming the body, the epoch and what is missing.
Result<State> ssb_state_j2000(const kernels::KernelRegistry& kernels, int body, double et, LegCache* cache = nullptr);

// State of `target` relative to `observer`, J2000, at `et`: the difference of the two bodies' chains
// from their common node, exactly as CSPICE's spkgeo computes it (not via the SSB when a closer
// common center exists, because that loses bits).
// `cache` (may be null) keeps segments and records across a batch's epochs (spk/leg_cache.hpp).
Result<State> geometric_state_j2000(const kernels::KernelRegistry& kernels, int target, double et, int observer,
                                    LegCache* cache = nullptr);

}  // namespace sc::spk
