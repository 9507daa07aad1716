#include "gf/solver.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "errors/number_text.hpp"

namespace sc::gf {

namespace {

// BRCKTD
double bracket(double x, double lo, double hi) { return std::max(lo, std::min(hi, x)); }

// GFREFN, the default refinement: the midpoint, as CSPICE computes it.
double refine(double t1, double t2) { return bracket(t1 * 0.5 + t2 * 0.5, t1, t2); }

constexpr int kMaxLoop = 1000;  // ZZGFSOLVX's MXLOOP

}  // namespace

Status solve(const Condition& condition, double step, double start, double finish, double tol,
             SearchProgress& progress, FlatWindow& result, std::size_t capacity) {
  if (tol <= 0.0) {
    return make_error("SPICE(INVALIDTOLERANCE)", "Tolerance must be positive but was " + number_text(tol) + ".");
  }
  if (start > finish) return make_error("SPICE(BADTIMECASE)", "Bad time interval result, START > FINISH.");

  progress.update(start, finish, start);

  double curtim = start;
  SC_TRY_ASSIGN(bool curste, condition(curtim));
  bool instat = curste;
  double begin = curtim;
  double svdtim = curtim;
  bool savst = curste;

  while (svdtim < finish) {
    curtim = std::min(curtim + step, finish);
    SC_TRY_ASSIGN(curste, condition(curtim));

    // Step while the state is unchanged and the interval is not exhausted.
    while (savst == curste && svdtim < finish) {
      if (progress.cancelled()) return cancelled_error();
      progress.update(start, finish, svdtim);
      svdtim = curtim;
      savst = curste;
      curtim = std::min(curtim + step, finish);
      SC_TRY_ASSIGN(curste, condition(curtim));
    }

    if (savst != curste) {
      const bool state1 = savst;
      double t1 = svdtim;
      double t2 = curtim;
      if (t1 > t2) return make_error("SPICE(BADTIMECASE)", "Bad time interval result, T1 > T2.");
      svdtim = curtim;
      savst = curste;

      // Bisect while the bracket exceeds the tolerance and still shrinks.
      double prvdif = std::numeric_limits<double>::max();
      double diff = std::fabs(t2 - t1);
      int nloop = 0;
      while (diff > tol && diff < prvdif) {
        ++nloop;
        if (nloop >= kMaxLoop) {
          return make_error("SPICE(NOCONVERG)", "Loop run exceeds maximum loop count. Unable to converge to TOL value " +
                                                    number_text(tol) + " within MXLOOP value 1000 iterations.");
        }
        if (progress.cancelled()) return cancelled_error();
        const double t = refine(t1, t2);
        if (t == t1) {
          t2 = t;
        } else if (t == t2) {
          t1 = t;
        } else {
          SC_TRY_ASSIGN(bool s, condition(t));
          if (s == state1) {
            t1 = t;
          } else {
            t2 = t;
          }
        }
        prvdif = diff;
        diff = std::fabs(t2 - t1);
      }

      const double trnstn = bracket((t1 + t2) * 0.5, t1, t2);
      if (instat) {
        SC_TRY(wninsd(begin, trnstn, result, capacity));
      } else {
        begin = trnstn;
      }
      instat = !instat;
    }
  }

  if (instat) SC_TRY(wninsd(begin, finish, result, capacity));
  progress.update(start, finish, finish);
  return {};
}

Result<FlatWindow> solve_each_interval(const Condition& condition, double step, std::span<const double> cnfine,
                                       double tol, const SearchControl& control) {
  constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max() / 4;
  const FlatWindow confinement(cnfine.begin(), cnfine.end());
  SearchProgress progress(control, 1);
  progress.begin_pass(measure(confinement));
  FlatWindow result;
  for (std::size_t i = 0; i < wncard(confinement); ++i) {
    SC_TRY(solve(condition, step, confinement[2 * i], confinement[2 * i + 1], tol, progress, result, kUnbounded));
  }
  progress.end_pass();
  return result;
}

}  // namespace sc::gf
