// KPLFRM: the IDs of the frames the kernel pool defines, of one class or of all (-1), sorted.
#pragma once

#include <vector>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::frames {

// A frame counts when FRAME_<id>_NAME names it, FRAME_<name> gives that id and its class is found
// as FRAME_<id>_CLASS or FRAME_<name>_CLASS, as CSPICE decides (an incomplete specification may
// count; CSPICE does not diagnose it either). Class 1 (built-in inertial) gives an empty list.
// SPICE(BADFRAMECLASS) for a class other than -1 and 1..6 (6: switch frames, N0067).
Result<std::vector<int>> kplfrm(const pool::Pool& pool, int frmcls);

}  // namespace sc::frames
