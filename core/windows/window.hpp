// A double-precision SPICE window as a value: its endpoints [left1, right1, left2, right2, ...].
// CSPICE's window routines expect what WNVALD produces (left <= right in each interval, intervals
// in increasing order, separated by gaps; an interval may be a single point) and, like CSPICE,
// the algorithms in window_ops.hpp do not check it. A Window has no capacity: it grows, where a
// CSPICE window (a cell) signals SPICE(WINDOWEXCESS) when full. The capacity of CSPICE's cells
// lives with the handles (cells.hpp); the GF engine checks its own limits (nintvls, workspace).
#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "errors/result.hpp"

namespace sc::windows {

class Window {
 public:
  Window() = default;

  // The endpoints as given, in pairs: SPICE(INVALIDCARDINALITY) for an odd count. No other check
  // (wnvald validates and normalises).
  static Result<Window> from_endpoints(std::span<const double> endpoints);

  std::span<const double> endpoints() const { return ends_; }
  std::size_t interval_count() const { return ends_.size() / 2; }
  bool empty() const { return ends_.empty(); }
  double left(std::size_t i) const { return ends_[2 * i]; }
  double right(std::size_t i) const { return ends_[2 * i + 1]; }

  // Appends [left, right] as the last interval, without merging: for producers that build a window
  // in order (left >= the last right end; use wninsd otherwise).
  void append(double left, double right) {
    ends_.push_back(left);
    ends_.push_back(right);
  }
  void clear() { ends_.clear(); }

  // The endpoints as a range (the bindings' f64[] outputs take one).
  auto begin() const { return ends_.begin(); }
  auto end() const { return ends_.end(); }

  // The endpoints, moved out (for the bindings' f64[] outputs).
  std::vector<double> take_endpoints() && { return std::move(ends_); }

  // The algorithms' access to the storage (window_ops.cpp); keeps the count even.
  std::vector<double>& storage() { return ends_; }

  friend bool operator==(const Window&, const Window&) = default;

 private:
  std::vector<double> ends_;
};

}  // namespace sc::windows
