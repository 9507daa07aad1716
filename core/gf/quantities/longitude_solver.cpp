#include "gf/quantities/longitude_solver.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "gf/pass_schedule.hpp"
#include "gf/relation.hpp"
#include "math/constants.hpp"
#include "math/trig.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

constexpr double kBranchCutMargin = 1e-11;  // ZZGFLONG's BCAMRG, radians
constexpr double kLocalMargin = 1e-12;      // LCXMRG, radians

constexpr std::string_view kLat = "LATITUDINAL";
constexpr std::string_view kLon = "LONGITUDE";
constexpr std::string_view kRaDec = "RA/DEC";
constexpr std::string_view kRa = "RIGHT ASCENSION";

// SMSGND: both strictly positive or both strictly negative.
bool same_sign(double a, double b) { return (a > 0.0 && b > 0.0) || (a < 0.0 && b < 0.0); }

// One ZZGFRELX call of the solver, its progress a part of the whole.
struct Solver {
  const Context& ctx;
  const CoordinateRequest& request;
  const RelationSearch& search;
  double loctol = 0;
  PassSchedule& schedule;

  Result<FlatWindow> relate(const ScalarQuantity& q, std::string_view op, double refval,
                            const FlatWindow& confine) const {
    RelationSearch rs;
    rs.relate = op;
    rs.refval = refval;
    rs.adjust = 0.0;
    rs.step = search.step;
    rs.tol = loctol;
    rs.capacity = search.capacity;
    // gfevnt's report (issue 14): ZZGFLONG's 'Coordinate pass i of n' for each ZZGFRELX call
    // (n that call's passes; ZZGFLONG's exact texts per case are not reproduced).
    const std::string n = std::to_string(relation_passes(op, 0.0));
    rs.report_prefix = {"Coordinate pass 1 of " + n, "Coordinate pass 2 of " + n};
    // ZZGFRELX makes its passes only over a non-empty window.
    const SearchControl part = schedule.next(confine.empty() ? 0 : relation_passes(op, 0.0));
    return solve_relation(q, rs, confine, part);
  }

  Result<CoordinateDef> coordinate(std::string_view sys, std::string_view crd) const {
    return coordinate_reinit(ctx, request, sys, crd);
  }
};

}  // namespace

Result<FlatWindow> longitude_search(const Context& ctx, const CoordinateRequest& request, const RelationSearch& search,
                                    const FlatWindow& cnfine, const SearchControl& control) {
  // LJUST into a CHARACTER*6.
  std::string uop = surface::ljust_ucase(search.relate);
  if (uop.size() > 6) uop.resize(6);
  const double loctol = std::max(1e-7, search.tol / 10.0);
  if (uop != "ABSMIN" && uop != "ABSMAX" && search.adjust != 0.0) {
    return make_error("SPICE(INVALIDVALUE)",
                      "ADJUST should have value zero for all comparison operators except ABSMAX and ABSMIN");
  }
  std::string nrmsys = surface::ljucrs(0, request.crdsys);
  std::string nrmcrd = surface::ljucrs(1, request.crdnam);

  // The checks, once, before anything else.
  SC_TRY_ASSIGN(auto&& checked, coordinate_init(ctx, request));
  if (cnfine.empty()) return FlatWindow{};

  // Inequalities with the reference value on the branch cut are always or never met (they act as
  // <= and >=, the coordinate being monotone but on a set of measure zero).
  if (nrmsys == "CYLINDRICAL" || nrmsys == "PLANETOGRAPHIC" || nrmsys == "RA/DEC") {
    if (math::cos(search.refval) == 1.0) {
      if (uop == "<") return FlatWindow{};
      if (uop == ">") return cnfine;
    }
  } else if (nrmsys == "GEODETIC" || nrmsys == "LATITUDINAL" || nrmsys == "SPHERICAL") {
    if (math::cos(search.refval) == -1.0) {
      if (uop == "<") return cnfine;
      if (uop == ">") return FlatWindow{};
    }
  }

  // Reduce to longitude (latitudinal, geodetic) or right ascension.
  double xrfval = search.refval;
  if (nrmsys == "SPHERICAL") {
    nrmsys = std::string(kLat);
  } else if (nrmsys == "CYLINDRICAL") {
    nrmsys = std::string(kRaDec);
    nrmcrd = std::string(kRa);
  } else if (nrmsys == "PLANETOGRAPHIC") {
    nrmsys = std::string(kRaDec);
    nrmcrd = std::string(kRa);
    if (checked.sense == -1) {
      // Positive west: mirror the relation.
      if (uop == "ABSMAX") {
        uop = "ABSMIN";
      } else if (uop == "ABSMIN") {
        uop = "ABSMAX";
      } else if (uop == "LOCMAX") {
        uop = "LOCMIN";
      } else if (uop == "LOCMIN") {
        uop = "LOCMAX";
      } else if (uop == "=") {
        xrfval = math::twopi() - search.refval;
      } else if (uop == "<") {
        uop = ">";
        xrfval = math::twopi() - search.refval;
      } else if (uop == ">") {
        uop = "<";
        xrfval = math::twopi() - search.refval;
      }
    }
  }
  const bool longitude = nrmcrd == kLon;

  const int total = uop == "=" ? 2 : (uop == "LOCMIN" || uop == "LOCMAX") ? 6 : (uop == "<" || uop == ">") ? 8
                                                                         : search.adjust == 0.0 ? 9 : 11;
  PassSchedule schedule(control, total);
  const Solver solver{ctx, request, search, loctol, schedule};
  const std::size_t cap = search.capacity;

  if (uop == "=") {
    // The proxy with the better resolution at the reference value; roots where the other
    // function has the wrong sign are spurious.
    const double cv = math::cos(xrfval);
    const double sv = math::sin(xrfval);
    const double r2ovr2 = std::sqrt(2.0) / 2.0;
    const bool use_cos = std::fabs(sv) >= r2ovr2;
    const double prxval = use_cos ? cv : sv;
    const double cmpval = use_cos ? sv : cv;
    SC_TRY_ASSIGN(auto&& def, solver.coordinate(nrmsys, nrmcrd));
    SC_TRY_ASSIGN(auto&& roots, solver.relate(use_cos ? cosine_quantity(ctx, def) : sine_quantity(ctx, def), "=",
                                              prxval, cnfine));
    FlatWindow result;
    for (std::size_t i = 0; i < wncard(roots); ++i) {
      const double start = roots[2 * i];
      SC_TRY_ASSIGN(const double value,
                    use_cos ? coordinate_sine(ctx, def, start) : coordinate_cosine(ctx, def, start));
      if (same_sign(cmpval, value)) SC_TRY(wninsd(start, start, result, cap));
    }
    schedule.finish();
    return result;
  }

  if (uop == "LOCMAX" || uop == "LOCMIN") {
    // The left and right halves of the circle, each slightly extended.
    SC_TRY_ASSIGN(auto&& def, solver.coordinate(nrmsys, nrmcrd));
    const ScalarQuantity cosine = cosine_quantity(ctx, def);
    SC_TRY_ASSIGN(auto&& left, solver.relate(cosine, "<", math::cos(kLocalMargin), cnfine));
    SC_TRY_ASSIGN(auto&& compl_, solver.relate(cosine, "<", -math::cos(kLocalMargin), left));
    SC_TRY_ASSIGN(auto&& right, wndifd(cnfine, compl_, cap));
    SC_TRY_ASSIGN(auto&& ra, solver.coordinate(kRaDec, kRa));
    SC_TRY_ASSIGN(auto&& res1, solver.relate(coordinate_quantity(ctx, ra), uop, 0.0, left));
    SC_TRY_ASSIGN(auto&& lon, solver.coordinate(kLat, kLon));
    SC_TRY_ASSIGN(auto&& res2, solver.relate(coordinate_quantity(ctx, lon), uop, 0.0, right));
    schedule.finish();
    return wnunid(res1, res2, cap);
  }

  // ABSMAX, ABSMIN, '<', '>': the top and bottom halves (trimmed away from the cut) and the right
  // half of the circle.
  SC_TRY_ASSIGN(auto&& def, solver.coordinate(nrmsys, nrmcrd));
  const ScalarQuantity sine = sine_quantity(ctx, def);
  SC_TRY_ASSIGN(const FlatWindow top, solver.relate(sine, ">", math::sin(kBranchCutMargin), cnfine));
  SC_TRY_ASSIGN(const FlatWindow bot, solver.relate(sine, "<", -math::sin(kBranchCutMargin), cnfine));
  SC_TRY_ASSIGN(const FlatWindow right, solver.relate(cosine_quantity(ctx, def), ">", 0.0, cnfine));

  // The quadrant windows, and the left half (the complement of the right one).
  SC_TRY_ASSIGN(const FlatWindow q1, wnintd(right, top, cap));
  SC_TRY_ASSIGN(const FlatWindow q2, wndifd(top, right, cap));
  SC_TRY_ASSIGN(const FlatWindow q3, wndifd(bot, right, cap));
  SC_TRY_ASSIGN(const FlatWindow q4, wnintd(right, bot, cap));
  SC_TRY_ASSIGN(const FlatWindow left, wndifd(cnfine, right, cap));

  if (uop == "ABSMAX" || uop == "ABSMIN") {
    // Regions in the order they can hold the extremum; each searched with the coordinate that has
    // no cut in it.
    enum Region { Q1, Q2, Q3, Q4, Right, Left };
    const bool max = uop == "ABSMAX";
    std::array<Region, 3> regions{};
    if (longitude) {
      regions = max ? std::array<Region, 3>{Q2, Right, Q3} : std::array<Region, 3>{Q3, Right, Q2};
    } else {
      regions = max ? std::array<Region, 3>{Q4, Left, Q1} : std::array<Region, 3>{Q1, Left, Q4};
    }
    const auto window_of = [&](Region r) -> const FlatWindow& {
      switch (r) {
        case Q1: return q1;
        case Q2: return q2;
        case Q3: return q3;
        case Q4: return q4;
        case Right: return right;
        case Left: return left;
      }
      return right;
    };
    FlatWindow result;
    for (const Region r : regions) {
      const bool lon_proxy = r == Q1 || r == Q4 || r == Right;
      SC_TRY_ASSIGN(auto&& proxy, lon_proxy ? solver.coordinate(kLat, kLon) : solver.coordinate(kRaDec, kRa));
      // CSPICE's quirk: ZZGFRELX gets the cosine (ZZGFCOCG) as the quantity whose values decide
      // the extremum, with the coordinate's own "decreasing" function.
      ScalarQuantity q;
      q.value = [&ctx, proxy](double et) { return coordinate_cosine(ctx, proxy, et); };
      q.decreasing = [&ctx, proxy](double et) { return coordinate_decreasing(ctx, proxy, et); };
      SC_TRY_ASSIGN(result, solver.relate(q, uop, 0.0, window_of(r)));
      if (wncard(result) > 0) break;
    }
    if (search.adjust == 0.0) {
      schedule.finish();
      return result;
    }
    // CSPICE reads the first endpoint of the result whether or not an extremum was found.
    if (result.empty()) {
      schedule.finish();
      return result;
    }
    SC_TRY_ASSIGN(auto&& extdef, solver.coordinate(nrmsys, nrmcrd));
    SC_TRY_ASSIGN(const double extval, coordinate_value(ctx, extdef, result[0]));
    if (max) {
      xrfval = std::max(extval - search.adjust, longitude ? -math::pi() : 0.0);
      uop = ">";
    } else {
      xrfval = std::min(extval + search.adjust, longitude ? math::pi() : math::twopi());
      uop = "<";
    }
  }

  // '<' (and '>' as its complement).
  const bool flip = uop == ">";
  const double cv = math::cos(xrfval);
  const double sv = math::sin(xrfval);
  const double locref = math::atan2(sv, cv);
  int quad = 2;
  if (locref < -math::pi() / 2) {
    quad = 3;
  } else if (locref < 0.0) {
    quad = 4;
  } else if (locref < math::pi() / 2) {
    quad = 1;
  }

  // The sector holding the reference value, searched with the coordinate that has no cut there,
  // and the window where the relation holds without a search.
  const FlatWindow* sector = nullptr;
  bool lon_proxy = false;
  FlatWindow always;
  if (longitude) {
    switch (quad) {
      case 1: sector = &right; lon_proxy = true; always = q3; break;
      case 2: {
        sector = &q2;
        SC_TRY_ASSIGN(always, wnunid(q3, right, cap));
        break;
      }
      case 3: sector = &q3; break;
      default: sector = &right; lon_proxy = true; always = q3; break;
    }
  } else {
    switch (quad) {
      case 1: sector = &q1; lon_proxy = true; break;
      case 2: sector = &left; always = q1; break;
      case 3: sector = &left; always = q1; break;
      default: {
        sector = &q4;
        lon_proxy = true;
        SC_TRY_ASSIGN(always, wnunid(left, q1, cap));
        break;
      }
    }
  }
  double prxval = math::atan2(sv, cv);
  if (!lon_proxy && prxval < 0.0) prxval = prxval + math::twopi();

  SC_TRY_ASSIGN(auto&& proxy, lon_proxy ? solver.coordinate(kLat, kLon) : solver.coordinate(kRaDec, kRa));
  SC_TRY_ASSIGN(const FlatWindow below, solver.relate(coordinate_quantity(ctx, proxy), "<", prxval, *sector));
  FlatWindow result;
  if (longitude ? quad != 3 : quad != 1) {
    SC_TRY_ASSIGN(result, wnunid(always, below, cap));
  } else {
    result = below;
  }

  if (flip) {
    // The complement within the trimmed regions, which leave out the branch cut.
    FlatWindow whole;
    if (longitude) {
      SC_TRY_ASSIGN(auto&& part, wnunid(q2, right, cap));
      SC_TRY_ASSIGN(whole, wnunid(q3, part, cap));
    } else {
      SC_TRY_ASSIGN(auto&& part, wnunid(q1, left, cap));
      SC_TRY_ASSIGN(whole, wnunid(q4, part, cap));
    }
    SC_TRY_ASSIGN(result, wndifd(whole, result, cap));
  }
  schedule.finish();
  return result;
}

}  // namespace sc::gf
