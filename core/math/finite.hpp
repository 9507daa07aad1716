// True when every number in a value is finite: a double, or an array of them to any depth (states,
// matrices). The readers and geometry refuse NaN and infinities that corrupt kernels produce,
// because a NaN's bits differ between x86 and WASM (README "Security and robustness").
#pragma once

#include <cmath>
#include <iterator>

namespace sc::math {

inline bool all_finite(double x) { return std::isfinite(x); }

// A plain loop: Emscripten 3.1.6's libc++ has no std::ranges algorithms.
template <typename Values>
auto all_finite(const Values& values) -> decltype(std::begin(values), bool()) {
  for (const auto& v : values) {
    if (!all_finite(v)) return false;
  }
  return true;
}

}  // namespace sc::math
