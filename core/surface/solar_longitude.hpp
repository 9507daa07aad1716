// The planetocentric longitude of the Sun, L_s (CSPICE's LSPCN): the Sun's direction seen from a
// body, in the frame whose +Z is the body's orbital angular momentum and whose +X is the body's
// north pole crossed with it (the vernal equinox of the orbit), measured in [0, 2 pi).
#pragma once

#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::surface {

// LSPCN. Errors: SPICE(NOTRANSLATION) (body), then the orientation and ephemeris errors;
// SPICE(DEPENDENTVECTORS) when the orbit normal and the pole are parallel (or zero: the Sun itself).
Result<double> lspcn(const Context& ctx, std::string_view body, double et, std::string_view abcorr);

}  // namespace sc::surface
