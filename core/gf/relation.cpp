#include "gf/relation.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "errors/number_text.hpp"
#include "gf/solver.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

constexpr double kAddWin = 0.5;  // zzgf.inc's ADDWIN: the '=' search's window growth, seconds

// Fortran equality of RELATE with '=' (trailing blanks ignored, leading ones not).
bool raw_equals_sign(std::string_view relate) {
  std::size_t e = relate.size();
  while (e > 0 && relate[e - 1] == ' ') --e;
  return relate.substr(0, e) == "=";
}

constexpr std::array<std::string_view, 7> kRelations = {"<", "=", ">", "LOCMIN", "ABSMIN", "LOCMAX", "ABSMAX"};

bool known(const std::string& rel) {
  return std::find(kRelations.begin(), kRelations.end(), rel) != kRelations.end();
}

Error not_recognized(std::string_view relate) {
  return make_error("SPICE(NOTRECOGNIZED)", "The comparison operator, " + std::string(relate) +
                                                " is not recognized.  Supported operators are: >, =, <, ABSMAX, "
                                                "ABSMIN, LOCMAX, LOCMIN. ");
}

// The caller's UDREPI / UDREPF (gfevnt), when it asked for a report.
Status report_begin(const SearchHooks* hooks, const FlatWindow& window, std::string_view prefix) {
  if (hooks == nullptr) return {};
  if (hooks->report_begin) return hooks->report_begin(window, prefix, "done.");
  if (hooks->report_init) return hooks->report_init();
  return {};
}

Status report_end(const SearchHooks* hooks) {
  if (hooks != nullptr && hooks->report_final) return hooks->report_final();
  return {};
}

// ZZGFRELX's UDBAIL check after each confinement interval.
Result<bool> bail_now(const SearchHooks* hooks) {
  if (hooks == nullptr || !hooks->interrupted) return false;
  return hooks->interrupted();
}

}  // namespace

int relation_passes(std::string_view relate, double adjust) {
  const std::string rel = surface::ljust_ucase(relate);
  const bool local = rel == "LOCMIN" || rel == "LOCMAX";
  const bool unadjusted = adjust == 0.0 && (rel == "ABSMIN" || rel == "ABSMAX");
  return local || unadjusted ? 1 : 2;
}

Status check_relation(std::string_view relate) {
  // GFEVNT reads the operator into a CHARACTER*6.
  std::string rel = surface::ljust_ucase(relate);
  if (rel.size() > 6) rel.resize(6);
  if (!known(surface::ljust_ucase(rel))) return not_recognized(relate);
  return {};
}

Result<FlatWindow> solve_relation(const ScalarQuantity& quantity, const RelationSearch& search,
                                  const FlatWindow& cnfine, const SearchControl& control) {
  const std::string rel = surface::ljust_ucase(search.relate);
  if (!known(rel)) return not_recognized(search.relate);
  if (search.adjust < 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + number_text(search.adjust) + "; must be non-negative.");
  }
  if (rel != "ABSMIN" && rel != "ABSMAX" && search.adjust != 0.0) {
    return make_error("SPICE(INVALIDVALUE)",
                      "ADJUST should have value zero for all comparison operators except ABSMAX and ABSMIN");
  }
  if (cnfine.empty()) return FlatWindow{};

  const std::size_t cap = search.capacity;
  const double add = raw_equals_sign(search.relate) ? kAddWin : 0.0;
  const FlatWindow confin = wnexpd(add, add, cnfine);
  double refer2 = search.refval;

  SearchProgress progress(control, relation_passes(search.relate, search.adjust));

  const SearchHooks* hooks = control.hooks;

  // Pass 1: where the quantity decreases.
  SC_TRY(report_begin(hooks, confin, search.report_prefix[0]));
  progress.begin_pass(measure(confin));
  FlatWindow decres;
  for (std::size_t i = 0; i < wncard(confin); ++i) {
    SC_TRY(solve(quantity.decreasing, search.step, confin[2 * i], confin[2 * i + 1], search.tol, progress, decres, cap));
    SC_TRY_ASSIGN(const bool bail, bail_now(hooks));
    if (bail) {
      SC_TRY(report_end(hooks));
      return FlatWindow{};
    }
  }
  progress.end_pass();
  SC_TRY(report_end(hooks));

  if (rel == "LOCMIN") return sift_open(wnextd('R', decres), cnfine);
  if (rel == "LOCMAX") return sift_open(wnextd('L', decres), cnfine);

  FlatWindow incres;
  FlatWindow result;
  if (rel == "ABSMIN" || rel == "ABSMAX") {
    const FlatWindow copy = decres;
    SC_TRY_ASSIGN(decres, wnintd(cnfine, copy, cap));
    SC_TRY_ASSIGN(incres, wndifd(cnfine, decres, cap));

    // Decreasing pieces have their maximum on the left, minimum on the right; increasing ones the
    // reverse. Later candidates win ties (<= and >=), as in CSPICE.
    const bool want_min = rel == "ABSMIN";
    bool need = true;
    double extrem = 0;
    const std::array<const FlatWindow*, 2> pieces = {&decres, &incres};
    for (int piece = 0; piece < 2; ++piece) {
      const bool at_right = (piece == 0) == want_min;
      const FlatWindow& w = *pieces[piece];
      for (std::size_t i = 0; i < wncard(w); ++i) {
        const double t = at_right ? w[2 * i + 1] : w[2 * i];
        SC_TRY_ASSIGN(double value, quantity.value(t));
        if (need) {
          need = false;
          extrem = value;
        }
        if (want_min) {
          if (search.adjust == 0.0 && value <= extrem) result = {t, t};
          extrem = std::min(extrem, value);
        } else {
          if (search.adjust == 0.0 && value >= extrem) result = {t, t};
          extrem = std::max(extrem, value);
        }
      }
    }
    if (search.adjust == 0.0) return result;
    refer2 = want_min ? extrem + search.adjust : extrem - search.adjust;
    decres = copy;
  }

  SC_TRY_ASSIGN(incres, wndifd(confin, decres, cap));

  // Pass 2: where the quantity is below the reference value, piece by monotone piece.
  SC_TRY(report_begin(hooks, confin, search.report_prefix[1]));
  progress.begin_pass(measure(confin));
  result.clear();
  const Condition less = [&](double et) -> Result<bool> {
    SC_TRY_ASSIGN(double value, quantity.value(et));
    return value < refer2;
  };
  for (const FlatWindow* w : {&decres, &incres}) {
    for (std::size_t i = 0; i < wncard(*w); ++i) {
      const double start = (*w)[2 * i];
      const double finish = (*w)[2 * i + 1];
      SC_TRY(solve(less, finish - start, start, finish, search.tol, progress, result, cap, /*constant_step=*/true));
      SC_TRY_ASSIGN(const bool bail, bail_now(hooks));
      if (bail) return result;  // ZZGFRELX: RESULT as it stands, no UDREPF
    }
  }
  progress.end_pass();
  SC_TRY(report_end(hooks));

  if (rel == "<" || rel == "ABSMIN") return wnintd(cnfine, result, cap);
  if (rel == ">" || rel == "ABSMAX") return wndifd(cnfine, result, cap);

  // '=': the ends of the "<" intervals that lie in the confinement window.
  FlatWindow ends;
  for (double t : result) SC_TRY(wninsd(t, t, ends, cap));
  return wnintd(cnfine, ends, cap);
}

}  // namespace sc::gf
