#include "daf/stored_counts.hpp"

#include <cmath>  // std::floor, std::trunc: exact

namespace sc::daf {
namespace {

double nint_value(double v) { return v >= 0 ? std::floor(v + 0.5) : -std::floor(0.5 - v); }  // i_dnnt

std::optional<long long> in_range(double v, long long lo, long long hi) {
  if (!(v >= static_cast<double>(lo) && v <= static_cast<double>(hi))) return std::nullopt;
  return static_cast<long long>(v);
}

long long clamped(double v, long long lo, long long hi) {
  if (!(v >= static_cast<double>(lo))) return lo;  // also NaN
  if (v >= static_cast<double>(hi)) return hi;
  return static_cast<long long>(v);
}

}  // namespace

std::optional<long long> fortran_int(double value, long long lo, long long hi) {
  return in_range(std::trunc(value), lo, hi);
}

std::optional<long long> fortran_nint(double value, long long lo, long long hi) {
  return in_range(nint_value(value), lo, hi);
}

long long clamped_int(double value, long long lo, long long hi) { return clamped(std::trunc(value), lo, hi); }

long long clamped_nint(double value, long long lo, long long hi) { return clamped(nint_value(value), lo, hi); }

}  // namespace sc::daf
