#include "gf/window_ops.hpp"

#include <string>

#include "windows/window_ops.hpp"

namespace sc::gf {

namespace {

Error window_excess(std::size_t capacity) {
  return make_error("SPICE(WINDOWEXCESS)", "The GF workspace window has room for " + std::to_string(capacity) +
                                               " intervals (nintvls); the search needs more.");
}

windows::Window as_window(const FlatWindow& w) {
  windows::Window out;
  out.storage() = w;
  return out;
}

Result<FlatWindow> bounded(windows::Window w, std::size_t capacity) {
  if (w.interval_count() > capacity) return window_excess(capacity);
  return std::move(w).take_endpoints();
}

}  // namespace

Status wninsd(double left, double right, FlatWindow& w, std::size_t capacity) {
  windows::Window window = as_window(w);
  SC_TRY(windows::wninsd(left, right, window));
  if (window.interval_count() > capacity) return window_excess(capacity);
  w = std::move(window).take_endpoints();
  return {};
}

FlatWindow wnexpd(double left, double right, const FlatWindow& w) {
  windows::Window window = as_window(w);
  windows::wnexpd(left, right, window);
  return std::move(window).take_endpoints();
}

FlatWindow wnextd(char side, const FlatWindow& w) {
  FlatWindow out;
  for (std::size_t i = 0; i < wncard(w); ++i) {
    const double p = side == 'L' ? w[2 * i] : w[2 * i + 1];
    out.push_back(p);
    out.push_back(p);
  }
  return out;
}

Result<FlatWindow> wnintd(const FlatWindow& a, const FlatWindow& b, std::size_t capacity) {
  return bounded(windows::wnintd(as_window(a), as_window(b)), capacity);
}

Result<FlatWindow> wndifd(const FlatWindow& a, const FlatWindow& b, std::size_t capacity) {
  return bounded(windows::wndifd(as_window(a), as_window(b)), capacity);
}

// ZZGFWSTS with '()': walks both windows once, as CSPICE does.
FlatWindow sift_open(const FlatWindow& a, const FlatWindow& b) {
  FlatWindow out;
  std::size_t i = 0, j = 0;
  while (i < wncard(a) && j < wncard(b)) {
    const double ab = a[2 * i], ae = a[2 * i + 1], bb = b[2 * j], be = b[2 * j + 1];
    if (ae < bb) {
      ++i;
    } else if (be < ab) {
      ++j;
    } else {
      if (ab > bb && ae < be) {
        out.push_back(ab);
        out.push_back(ae);
      }
      if (ae < be) {
        ++i;
      } else if (be < ae) {
        ++j;
      } else {
        ++i;
        ++j;
      }
    }
  }
  return out;
}

double measure(const FlatWindow& w) {
  double sum = 0;
  for (std::size_t i = 0; i < wncard(w); ++i) sum += w[2 * i + 1] - w[2 * i];
  return sum;
}

}  // namespace sc::gf

namespace sc::gf {

Result<FlatWindow> wnunid(const FlatWindow& a, const FlatWindow& b, std::size_t capacity) {
  return bounded(windows::wnunid(as_window(a), as_window(b)), capacity);
}

FlatWindow wncond(double left, double right, const FlatWindow& w) {
  windows::Window window = as_window(w);
  windows::wncond(left, right, window);
  return std::move(window).take_endpoints();
}

}  // namespace sc::gf
