// The body look-ups the GF quantity initializers (ZZGFDIIN, ZZGFRRIN, ZZGFCOIN, ...) share, with
// their messages: BODS2C of the target and the observer, then "must be distinct".
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::gf {

// BODS2C; SPICE(IDCODENOTFOUND): "The <role>, '<name>', is not a recognized name for an ephemeris
// object. ..." (role: "target object", "observer", "illumination source", ...).
Result<int> body_id(const Context& ctx, std::string_view name, std::string_view role);

struct TargetObserver {
  int target = 0;
  int observer = 0;
};

// Both IDs (target first, as the initializers look them up), then SPICE(BODIESNOTDISTINCT) ("The
// observer and target must be distinct objects, but are not: OBSRVR = ...; TARGET = ...").
Result<TargetObserver> target_and_observer(const Context& ctx, std::string_view target, std::string_view obsrvr);

}  // namespace sc::gf
