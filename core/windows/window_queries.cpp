// WNSUMD, WNELMD, WNINCD, WNRELD, WNCARD and WNFETD: what a window holds, without changing it.
#include <cmath>
#include <cstddef>
#include <span>
#include <string>

#include "errors/quoted.hpp"
#include "windows/window_ops.hpp"

namespace sc::windows {

Result<WindowSummary> wnsumd(const Window& window) {
  const std::span<const double> W = window.endpoints();
  const std::size_t card = W.size();
  if (card % 2 != 0) {
    return make_error("SPICE(INVALIDCARDINALITY)",
                      "Input window has odd cardinality. A valid SPICE window must have even element cardinality.");
  }
  WindowSummary s;
  if (card == 0) return s;  // zeros; the indices 0 - 1, as wnsumd_c decrements them
  double sum = 0;
  double sumsqr = 0;
  std::size_t shortest = 0;
  std::size_t longest = 0;
  double mshort = W[1] - W[0];
  double mlong = W[1] - W[0];
  for (std::size_t i = 0; i < card; i += 2) {
    const double m = W[i + 1] - W[i];
    sum += m;
    sumsqr += m * m;
    if (m < mshort) {
      shortest = i;
      mshort = m;
    }
    if (m > mlong) {
      longest = i;
      mlong = m;
    }
  }
  s.meas = sum;
  s.avg = s.meas * 2. / static_cast<double>(card);
  // sqrt is correctly rounded everywhere (IEEE 754); CSPICE's formula may round to a tiny negative
  // variance for equal measures, and then gives NaN as CSPICE does.
  s.stddev = std::sqrt(sumsqr * 2. / static_cast<double>(card) - s.avg * s.avg);
  s.shortest = static_cast<int>(shortest);
  s.longest = static_cast<int>(longest);
  return s;
}

bool wnelmd(double point, const Window& window) {
  const std::span<const double> W = window.endpoints();
  for (std::size_t i = 0; i + 1 < W.size(); i += 2) {
    if (point >= W[i] && point <= W[i + 1]) return true;
  }
  return false;
}

bool wnincd(double left, double right, const Window& window) {
  const std::span<const double> W = window.endpoints();
  for (std::size_t i = 0; i + 1 < W.size(); i += 2) {
    if (left >= W[i] && right <= W[i + 1]) return true;
  }
  return false;
}

namespace {

// Fortran's comparison of a string with a literal: trailing blanks do not count.
bool fortran_equal(std::string_view s, std::string_view literal) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s == literal;
}

// Every interval of `inner` lies in one interval of `outer`.
bool covered(const Window& inner, const Window& outer) {
  bool subset = true;
  for (std::size_t i = 0; i < inner.interval_count(); ++i) {
    subset = subset && wnincd(inner.left(i), inner.right(i), outer);
  }
  return subset;
}

}  // namespace

Result<bool> wnreld(const Window& a, std::string_view op, const Window& b) {
  if (op.empty()) return make_error("SPICE(EMPTYSTRING)", "String \"op\" has length zero.");
  const std::span<const double> A = a.endpoints();
  const std::span<const double> B = b.endpoints();
  bool equal = A.size() == B.size();
  for (std::size_t i = 0; equal && i < A.size(); ++i) equal = A[i] == B[i];

  if (fortran_equal(op, "=")) return equal;
  if (fortran_equal(op, "<>")) return !equal;
  if (fortran_equal(op, "<=") || fortran_equal(op, "<")) {
    const bool subset = covered(a, b);
    return fortran_equal(op, "<=") ? subset : subset && !equal;
  }
  if (fortran_equal(op, ">=") || fortran_equal(op, ">")) {
    const bool subset = covered(b, a);
    return fortran_equal(op, ">=") ? subset : subset && !equal;
  }
  return make_error("SPICE(INVALIDOPERATION)", "Relational operator, " + std::string(op) + ", is not recognized.");
}

int wncard(const Window& window) { return static_cast<int>(window.interval_count()); }

Result<Interval> wnfetd(const Window& window, int n) {
  // wnfetd_c passes n + 1 to WNFETD, which wants 1 <= n + 1 <= card / 2.
  if (n < 0 || static_cast<std::size_t>(n) >= window.interval_count()) {
    return make_error("SPICE(NOINTERVAL)", "WNFETD: No such interval.");
  }
  return Interval{window.left(static_cast<std::size_t>(n)), window.right(static_cast<std::size_t>(n))};
}

}  // namespace sc::windows
