// WNINSD on CSPICE's storage of a window (internal to windows/): the endpoints data[0, card) of a
// cell with room for `size` endpoints. The handles' cells (capacity, stale values past the
// cardinality, even an odd cardinality set by scard) and Window values (no capacity) share it.
#pragma once

#include <string>
#include <vector>

#include "errors/result.hpp"

namespace sc::windows {

// CSPICE's number text in messages (ERRDP): "3.0000000000000E+00".
std::string dp_text(double value);

// EXCESS's message with SPICE(WINDOWEXCESS): "An excess of 2 elements could not be accommodated in
// the output window."
Error window_excess(long long excess);

// WNINSD. `data` may grow (to card + 2) so that CSPICE's writes past the cardinality stay inside
// it; `size` is the capacity in endpoints (SPICE(WINDOWEXCESS) when an interval must be added and
// card + 2 > size: the window is then unchanged).
Status insert_interval(double left, double right, std::vector<double>& data, long long& card, long long size);

}  // namespace sc::windows
