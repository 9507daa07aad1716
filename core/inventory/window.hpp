// A SPICE window (windows.req): an ordered list of disjoint closed intervals [left, right], held
// flat as left0, right0, left1, right1, ... Only what the coverage queries need: insertion with
// WNINSD's merging rule.
#pragma once

#include <vector>

#include "errors/result.hpp"

namespace sc::inventory {

using Window = std::vector<double>;

// Inserts [left, right] into `window` as WNINSD does: every interval it overlaps or touches (a
// shared endpoint counts, the intervals are closed) is merged with it. SPICE(BADENDPOINTS) when
// left > right (or either is NaN); the window is unchanged then. `window` must already be valid.
Status insert_interval(Window& window, double left, double right);

// Whether `window` is a valid window: even length, left <= right, strictly increasing and disjoint.
bool is_valid_window(const Window& window);

}  // namespace sc::inventory
