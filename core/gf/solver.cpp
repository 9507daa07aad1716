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
             SearchProgress& progress, FlatWindow& result, std::size_t capacity, bool constant_step) {
  if (tol <= 0.0) {
    return make_error("SPICE(INVALIDTOLERANCE)", "Tolerance must be positive but was " + number_text(tol) + ".");
  }
  if (start > finish) return make_error("SPICE(BADTIMECASE)", "Bad time interval result, START > FINISH.");
  // A mid-level search's UDSTEP and UDREFN (search_hooks.hpp), else the constant step and GFREFN.
  const SearchHooks* hooks = progress.hooks();
  const bool variable_step = !constant_step && hooks != nullptr && static_cast<bool>(hooks->step);
  const bool own_refine = hooks != nullptr && static_cast<bool>(hooks->refine);

  SC_TRY(progress.update(start, finish, start));

  double curtim = start;
  SC_TRY_ASSIGN(bool curste, condition(curtim));
  bool instat = curste;
  double begin = curtim;
  double svdtim = curtim;
  bool savst = curste;

  while (svdtim < finish) {
    if (variable_step) {
      SC_TRY_ASSIGN(step, hooks->step(curtim));
    }
    curtim = std::min(curtim + step, finish);
    SC_TRY_ASSIGN(curste, condition(curtim));

    // Step while the state is unchanged and the interval is not exhausted.
    while (savst == curste && svdtim < finish) {
      SC_TRY_ASSIGN(const auto stop, progress.stop());
      if (stop == SearchProgress::Stop::cancel) return cancelled_error();
      if (stop == SearchProgress::Stop::bail) return {};  // ZZGFSOLV: return at once, quietly
      SC_TRY(progress.update(start, finish, svdtim));
      svdtim = curtim;
      savst = curste;
      if (variable_step) {
        SC_TRY_ASSIGN(step, hooks->step(curtim));
      }
      curtim = std::min(curtim + step, finish);
      SC_TRY_ASSIGN(curste, condition(curtim));
    }

    if (savst != curste) {
      const bool state1 = savst;
      double t1 = svdtim;
      double t2 = curtim;
      bool l1 = savst;  // the states at t1 and t2, for a caller's UDREFN
      bool l2 = curste;
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
        SC_TRY_ASSIGN(const auto stop, progress.stop());
        if (stop == SearchProgress::Stop::cancel) return cancelled_error();
        if (stop == SearchProgress::Stop::bail) return {};
        double t = 0;
        if (own_refine) {
          SC_TRY_ASSIGN(const double proposed, hooks->refine(t1, t2, l1, l2));
          t = bracket(proposed, t1, t2);
        } else {
          t = refine(t1, t2);
        }
        if (t == t1) {
          t2 = t;
        } else if (t == t2) {
          t1 = t;
        } else {
          SC_TRY_ASSIGN(bool s, condition(t));
          if (s == state1) {
            t1 = t;
            l1 = s;
          } else {
            t2 = t;
            l2 = s;
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
  SC_TRY(progress.update(start, finish, finish));
  return {};
}

Result<FlatWindow> solve_each_interval(const Condition& condition, double step, std::span<const double> cnfine,
                                       double tol, const SearchControl& control) {
  constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max() / 4;
  const FlatWindow confinement(cnfine.begin(), cnfine.end());
  SearchProgress progress(control, 1);
  const SearchHooks* hooks = control.hooks;
  // GFOCCE/GFFOVE: UDREPI before the intervals, UDBAIL after each (an interrupt keeps what was
  // found and skips UDREPF), UDREPF at the end.
  if (hooks != nullptr && hooks->report_init) SC_TRY(hooks->report_init());
  progress.begin_pass(measure(confinement));
  FlatWindow result;
  for (std::size_t i = 0; i < wncard(confinement); ++i) {
    SC_TRY(solve(condition, step, confinement[2 * i], confinement[2 * i + 1], tol, progress, result, kUnbounded));
    if (hooks != nullptr && hooks->interrupted) {
      SC_TRY_ASSIGN(const bool bail, hooks->interrupted());
      if (bail) return result;
    }
  }
  progress.end_pass();
  if (hooks != nullptr && hooks->report_final) SC_TRY(hooks->report_final());
  return result;
}

}  // namespace sc::gf
