// WNINSD (insert an interval, merging) and WNVALD (validate an array of endpoints by inserting its
// pairs in order), on CSPICE's storage (window_storage.hpp) and on Window values.
#include <cstdio>
#include <limits>
#include <string>

#include "windows/window_ops.hpp"
#include "windows/window_storage.hpp"

namespace sc::windows {

std::string dp_text(double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.13E", value);
  return buf;
}

Error window_excess(long long excess) {
  return make_error("SPICE(WINDOWEXCESS)", "An excess of " + std::to_string(excess) +
                                               (excess == 1 ? " element" : " elements") +
                                               " could not be accommodated in the output window.");
}

Status insert_interval(double left, double right, std::vector<double>& data, long long& card, long long size) {
  if (left > right) {
    return make_error("SPICE(BADENDPOINTS)",
                      "Left endpoint was " + dp_text(left) + ". Right endpoint was " + dp_text(right) + ".");
  }
  if (static_cast<long long>(data.size()) < card + 2) data.resize(static_cast<std::size_t>(card + 2));
  // CSPICE's 1-based element k of the window.
  auto e = [&data](long long k) -> double& { return data[static_cast<std::size_t>(k - 1)]; };

  // After the last interval (strictly past its right end: touching intervals merge below).
  if (card == 0 || left > e(card)) {
    if (size < card + 2) return window_excess(2);
    e(card + 1) = left;
    e(card + 2) = right;
    card += 2;
    return {};
  }
  // The first interval whose right end is not before `left` (its right end is element i).
  long long i = 2;
  while (i <= card && e(i) < left) i += 2;

  if (right < e(i - 1)) {
    // Wholly before it: shift the rest up by one interval.
    if (size < card + 2) return window_excess(2);
    for (long long j = card; j >= i - 1; --j) e(j + 2) = e(j);
    card += 2;
    e(i - 1) = left;
    e(i) = right;
    return {};
  }
  // Merge with interval i (f2c's min/max: the first argument on ties), then absorb the following
  // intervals it covers or touches, and move the rest down.
  e(i - 1) = left <= e(i - 1) ? left : e(i - 1);
  e(i) = right >= e(i) ? right : e(i);
  long long j = i + 2;
  while (j <= card && e(j) <= e(i)) j += 2;
  if (j <= card && e(i) >= e(j - 1)) {
    e(i) = e(j);
    j += 2;
  }
  while (j <= card) {
    i += 2;
    e(i - 1) = e(j - 1);
    e(i) = e(j);
    j += 2;
  }
  card = i;
  return {};
}

Status wninsd(double left, double right, Window& window) {
  auto& data = window.storage();
  long long card = static_cast<long long>(data.size());
  Status status = insert_interval(left, right, data, card, std::numeric_limits<long long>::max());
  data.resize(static_cast<std::size_t>(card));
  return status;
}

Result<Window> wnvald(int size, int n, std::span<const double> endpoints) {
  if (n % 2 != 0) return make_error("SPICE(UNMATCHENDPTS)", "WNVALD: Unmatched endpoints");
  if (n > size) return make_error("SPICE(WINDOWTOOSMALL)", "WNVALD: Inconsistent value for SIZE.");
  if (n < 0 || static_cast<std::size_t>(n) > endpoints.size()) {
    // Not a CSPICE check: CSPICE trusts n; a negative n reads no pairs there.
    if (n < 0) return Window{};
    return make_error("SPICE(INVALIDSIZE)", "WNVALD: n is " + std::to_string(n) + " but the array holds " +
                                                std::to_string(endpoints.size()) + " endpoints.");
  }
  Window w;
  for (int i = 0; i < n; i += 2) {
    const double left = endpoints[static_cast<std::size_t>(i)];
    const double right = endpoints[static_cast<std::size_t>(i) + 1];
    if (left > right) {
      return make_error("SPICE(BADENDPOINTS)", "WNVALD: Left endpoint may not exceed right endpoint.");
    }
    SC_TRY(wninsd(left, right, w));
  }
  return w;
}

}  // namespace sc::windows
