#include "inventory/window.hpp"

#include <cstddef>
#include <string>

#include "errors/result.hpp"
#include "time/decimal_format.hpp"

namespace sc::inventory {

Status insert_interval(Window& window, double left, double right) {
  if (!(left <= right)) {
    return make_error("SPICE(BADENDPOINTS)", "Left endpoint" + time::dpstr(left, 14) + " exceeds right endpoint" +
                                                 time::dpstr(right, 14) + " (or one of them is NaN).");
  }
  // Intervals entirely before [left, right] stay; so do those entirely after it. Those between
  // (overlapping or touching) are replaced by their union with [left, right].
  std::size_t first = 0;
  while (first < window.size() && window[first + 1] < left) first += 2;
  std::size_t last = first;
  while (last < window.size() && window[last] <= right) last += 2;
  double merged_left = left;
  double merged_right = right;
  if (last > first) {
    if (window[first] < merged_left) merged_left = window[first];
    if (window[last - 1] > merged_right) merged_right = window[last - 1];
  }
  window.erase(window.begin() + static_cast<std::ptrdiff_t>(first), window.begin() + static_cast<std::ptrdiff_t>(last));
  window.insert(window.begin() + static_cast<std::ptrdiff_t>(first), {merged_left, merged_right});
  return {};
}

bool is_valid_window(const Window& window) {
  if (window.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < window.size(); i += 2) {
    if (!(window[i] <= window[i + 1])) return false;
    if (i > 0 && !(window[i - 1] < window[i])) return false;
  }
  return true;
}

}  // namespace sc::inventory
