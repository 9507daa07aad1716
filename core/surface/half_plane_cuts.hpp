// What LIMBPT and TERMPT share before they cut the target with half-planes about an axis: the
// aberration correction locus as they compare it, and the checks of the output room and cut count.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::surface {

// LJUCRS(1, CORLOC) stored in a CHARACTER*25: upper case, blank runs made one, 25 characters at most.
std::string correction_locus(std::string_view corloc);

// SPICE(INVALIDSIZE) when maxn < 1, SPICE(INVALIDCOUNT) when ncuts is below `least` (LIMBPT: 1,
// TERMPT: 0) or above maxn.
Status check_cut_counts(int maxn, int ncuts, int least);

}  // namespace sc::surface
