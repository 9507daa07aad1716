// CSPICE's window algebra (the WN* routines of SPICELIB, as their wn*_c wrappers present them) on
// Window values, with CSPICE's arithmetic, its order of checks and its short codes. Results never
// overflow: a Window grows (CSPICE's SPICE(WINDOWEXCESS) belongs to the capacity of cells.hpp).
#pragma once

#include <string_view>

#include "errors/result.hpp"
#include "windows/window.hpp"

namespace sc::windows {

// WNINSD: inserts [left, right], merging it with every interval it overlaps or touches.
// SPICE(BADENDPOINTS) when left > right (the window is then unchanged).
Status wninsd(double left, double right, Window& window);

// WNUNID, WNINTD, WNDIFD: union, intersection and difference (a minus b). The intersection of
// touching intervals is a single point; WNDIFD removes no single points (a singleton of b inside
// an interval of a leaves it whole), as CSPICE does.
Window wnunid(const Window& a, const Window& b);
Window wnintd(const Window& a, const Window& b);
Window wndifd(const Window& a, const Window& b);

// WNCOMD: the complement of the window in [left, right] (the gaps, closed at their ends).
// SPICE(BADENDPOINTS) when left > right.
Result<Window> wncomd(double left, double right, const Window& window);

// WNEXPD: each interval becomes [left_i - left, right_i + right]; intervals whose ends cross are
// removed, intervals that then overlap or touch are merged. WNCOND: WNEXPD by -left, -right.
void wnexpd(double left, double right, Window& window);
void wncond(double left, double right, Window& window);

// WNFLTD: removes the intervals of measure (right - left) not greater than `small`.
// WNFILD: fills the gaps of measure not greater than `small` (merging their intervals).
void wnfltd(double small, Window& window);
void wnfild(double small, Window& window);

// WNSUMD: total measure, average and standard deviation of the measures, and the endpoint indices
// (0-based, of the left ends, as wnsumd_c returns them) of the shortest and longest intervals (the
// first of equals). An empty window gives zeros and the indices -1 (wnsumd_c's decrement of 0).
struct WindowSummary {
  double meas = 0;  // CSPICE's names: meas, avg, stddev, shortest, longest
  double avg = 0;
  double stddev = 0;
  int shortest = -1;
  int longest = -1;
};
Result<WindowSummary> wnsumd(const Window& window);

// WNELMD: is the point in an interval (ends included)? WNINCD: is [left, right] inside one interval?
bool wnelmd(double point, const Window& window);
bool wnincd(double left, double right, const Window& window);

// WNRELD: a op b for op "=", "<>", "<=", "<", ">=", ">" (subset relations; trailing blanks ignored
// as in a Fortran comparison). SPICE(EMPTYSTRING) for "", SPICE(INVALIDOPERATION) for another op.
Result<bool> wnreld(const Window& a, std::string_view op, const Window& b);

// WNCARD: the number of intervals.
int wncard(const Window& window);

// WNFETD (wnfetd_c: n counts from 0): the n-th interval. SPICE(NOINTERVAL) when there is none.
struct Interval {
  double left = 0;
  double right = 0;
};
Result<Interval> wnfetd(const Window& window, int n);

// WNVALD on an array of n endpoints with room for `size`: SPICE(UNMATCHENDPTS) for an odd n,
// SPICE(WINDOWTOOSMALL) when n > size, SPICE(BADENDPOINTS) for a pair with left > right (pairs are
// checked as they are inserted, in order); otherwise the window holding every pair (WNINSD's merge).
Result<Window> wnvald(int size, int n, std::span<const double> endpoints);

}  // namespace sc::windows
