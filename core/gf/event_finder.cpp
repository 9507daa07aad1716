#include "gf/event_finder.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "gf/quantities/coordinate_solver.hpp"
#include "gf/quantities/distance.hpp"
#include "gf/quantities/illumination.hpp"
#include "gf/quantities/phase_angle.hpp"
#include "gf/quantities/range_rate.hpp"
#include "gf/quantities/separation.hpp"
#include "gf/relation.hpp"
#include "gf/scalar_search.hpp"
#include "errors/number_text.hpp"
#include "surface/ljucrs.hpp"

namespace sc::gf {

namespace {

constexpr int kMaxPar = 10;  // GFEVNT's MAXPAR

enum class Quantity { Separation, Distance, Coordinate, RangeRate, Phase, Illumination };

struct QuantityInfo {
  std::string_view name;
  Quantity id;
  std::array<std::string_view, kMaxPar> required;  // GFEVNT's QPARS column (blank: none)
  std::string_view prefix;                         // SRCPRE(1, q) with '1' and '#' to fill in
};

// GFEVNT's QNAMES, QPARS and SRCPRE, in its order (COORDINATE's report is ZZGFCSLV's own).
const std::array<QuantityInfo, 6> kQuantities = {{
    {"ANGULAR SEPARATION", Quantity::Separation,
     {"TARGET1", "FRAME1", "SHAPE1", "TARGET2", "FRAME2", "SHAPE2", "OBSERVER", "ABCORR"},
     "Angular separation pass # of #"},
    {"DISTANCE", Quantity::Distance, {"TARGET", "OBSERVER", "ABCORR"}, "Distance pass # of # "},
    {"COORDINATE", Quantity::Coordinate,
     {"TARGET", "OBSERVER", "ABCORR", "COORDINATE SYSTEM", "COORDINATE", "REFERENCE FRAME", "VECTOR DEFINITION",
      "METHOD", "DVEC", "DREF"},
     ""},
    {"RANGE RATE", Quantity::RangeRate, {"TARGET", "OBSERVER", "ABCORR"}, "Range Rate pass # of #"},
    {"PHASE ANGLE", Quantity::Phase, {"TARGET", "OBSERVER", "ILLUM", "ABCORR"}, "Phase angle search pass # of #"},
    {"ILLUMINATION ANGLE", Quantity::Illumination,
     {"TARGET", "ILLUM", "OBSERVER", "ABCORR", "REFERENCE FRAME", "ANGTYP", "METHOD", "SPOINT"},
     "Illumination angle pass # of #"},
}};

// Fortran string equality: trailing blanks do not count.
std::string_view rtrim(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// ISRCHC over the first n entries: the index of the first equal to `key`, if any.
std::optional<std::size_t> isrchc(std::string_view key, std::span<const std::string> list) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (rtrim(list[i]) == rtrim(key)) return i;
  }
  return std::nullopt;
}

// REPMI twice: the pass number, then the number of passes.
std::string pass_prefix(std::string_view pattern, int pass, int npass) {
  std::string out(pattern);
  for (int value : {pass, npass}) {
    const auto at = out.find('#');
    if (at != std::string::npos) out.replace(at, 1, std::to_string(value));
  }
  return out;
}

Result<VectorDef> vector_definition(std::string_view vecdef) {
  const std::string v = surface::ljust_ucase(vecdef);
  if (v == "POSITION") return VectorDef::Position;
  if (v == "SUB-OBSERVER POINT") return VectorDef::SubObserver;
  if (v == "SURFACE INTERCEPT POINT") return VectorDef::SurfaceIntercept;
  return make_error("SPICE(NOTSUPPORTED)", "The coordinate quantity # is not recognized.");
}

}  // namespace

Result<FlatWindow> gfevnt(const Context& ctx, const EventQuantity& q, std::string_view op, double refval, double tol,
                          double adjust, const SearchHooks& given, int nintvls, std::span<const double> cnfine) {
  // gfevnt_c
  if (q.qnpars < 0 || q.qnpars > kMaxPar) {
    return make_error("SPICE(INVALIDCOUNT)", "Parameter count must be in the range 0:" + std::to_string(kMaxPar) +
                                                 " but was " + std::to_string(q.qnpars) + ".");
  }
  const auto n = static_cast<std::size_t>(q.qnpars);
  if (q.qpnams.size() < n || q.qcpars.size() < n) {
    // Not CSPICE's (C reads past the arrays); the same short code.
    return make_error("SPICE(INVALIDCOUNT)", "Parameter count is " + std::to_string(q.qnpars) +
                                                 " but qpnams holds " + std::to_string(q.qpnams.size()) +
                                                 " names and qcpars " + std::to_string(q.qcpars.size()) + " values.");
  }
  SC_TRY(check_strings({{"gquant", q.gquant}, {"op", op}}));
  SC_TRY(check_nintvls(nintvls));

  // GFEVNT: the quantity.
  const std::string quant = surface::ljust_ucase(q.gquant);
  const auto info = std::find_if(kQuantities.begin(), kQuantities.end(),
                                 [&](const QuantityInfo& x) { return rtrim(quant) == x.name; });
  if (info == kQuantities.end()) {
    return make_error("SPICE(NOTRECOGNIZED)", "The geometric quantity, " + std::string(q.gquant) +
                                                  " is not recognized. Supported quantities are: DISTANCE, PHASE "
                                                  "ANGLE, COORDINATE, RANGE RATE, ANGULAR SEPARATION,ILLUMINATION "
                                                  "ANGLE.");
  }
  const std::span<const std::string> raw_names = q.qpnams.first(n);
  const std::span<const std::string> raw_values = q.qcpars.first(n);
  std::vector<std::string> names, values;
  for (std::size_t i = 0; i < n; ++i) {
    names.push_back(surface::ljust_ucase(raw_names[i]));
    values.push_back(surface::ljust_ucase(raw_values[i]));
  }
  for (std::string_view required : info->required) {
    if (required.empty()) continue;
    if (!isrchc(required, names)) {
      return make_error("SPICE(MISSINGVALUE)", "The parameter " + std::string(required) +
                                                   " is required in order to compute events pertaining to the "
                                                   "quantity " + std::string(info->name) +
                                                   "; this parameter was not supplied.");
    }
  }
  // The parameters' values: upper-cased ones by the upper-cased names, and GFEVNT's four raw ones.
  const auto upper = [&](std::string_view name) -> std::string {
    const auto at = isrchc(name, names);
    return at ? values[*at] : std::string();
  };
  const auto raw = [&](std::string_view name) -> std::string {
    const auto at = isrchc(name, raw_names);
    return at ? raw_values[*at] : std::string();
  };
  std::array<double, 3> dvec{};  // DVEC and SPOINT both come from QDPARS(1..3)
  for (std::size_t i = 0; i < 3 && i < q.qdpars.size(); ++i) dvec[i] = q.qdpars[i];

  SC_TRY(check_relation(op));
  const int npass = relation_passes(op, adjust);

  SearchHooks hooks = given;
  if (!hooks.step) hooks.step = [&ctx](double et) { return gfstep(ctx, et); };  // GFSTEP
  SearchControl control;
  control.hooks = &hooks;

  RelationSearch search;
  search.relate = op;
  search.refval = refval;
  search.adjust = adjust;
  search.step = 1.0;  // unused: pass 1 steps with UDSTEP, pass 2 by each piece's length
  search.tol = tol;
  search.capacity = static_cast<std::size_t>(nintvls);
  search.report_prefix = {pass_prefix(info->prefix, 1, npass), pass_prefix(info->prefix, 2, npass)};
  const FlatWindow confine(cnfine.begin(), cnfine.end());

  const auto relation = [&](const Result<ScalarQuantity>& quantity) -> Result<FlatWindow> {
    if (!quantity) return quantity.error();
    return solve_relation(*quantity, search, confine, control);
  };

  switch (info->id) {
    case Quantity::Separation:
      return relation(separation_quantity(ctx, upper("TARGET1"), upper("SHAPE1"), upper("TARGET2"), upper("SHAPE2"),
                                          upper("ABCORR"), upper("OBSERVER")));
    case Quantity::Distance:
      return relation(distance_quantity(ctx, upper("TARGET"), upper("ABCORR"), upper("OBSERVER")));
    case Quantity::RangeRate:
      return relation(range_rate_quantity(ctx, upper("TARGET"), upper("ABCORR"), upper("OBSERVER")));
    case Quantity::Phase:
      return relation(phase_angle_quantity(ctx, upper("TARGET"), upper("ILLUM"), upper("ABCORR"), upper("OBSERVER")));
    case Quantity::Illumination:
      return relation(illumination_quantity(ctx, raw("METHOD"), upper("ANGTYP"), upper("TARGET"), upper("ILLUM"),
                                            upper("REFERENCE FRAME"), upper("ABCORR"), upper("OBSERVER"), dvec));
    case Quantity::Coordinate: {
      if (adjust < 0.0) {
        return make_error("SPICE(VALUEOUTOFRANGE)", "ADJUST was " + number_text(adjust) + "; must be non-negative.");
      }
      const std::string target = upper("TARGET"), ref = upper("REFERENCE FRAME"), abcorr = upper("ABCORR");
      const std::string obsrvr = upper("OBSERVER"), dref = upper("DREF");
      const std::string vecdef = raw("VECTOR DEFINITION"), method = raw("METHOD");
      const std::string crdsys = raw("COORDINATE SYSTEM"), crdnam = raw("COORDINATE");
      SC_TRY_ASSIGN(const VectorDef def, vector_definition(vecdef));
      CoordinateRequest request;
      request.vecdef = def;
      request.method = method;
      request.target = target;
      request.ref = ref;
      request.abcorr = abcorr;
      request.obsrvr = obsrvr;
      request.dref = dref;
      request.dvec = dvec;
      request.crdsys = crdsys;
      request.crdnam = crdnam;
      return coordinate_solve(ctx, request, search, cnfine, control);
    }
  }
  return make_error("SPICE(BUG)", "Unknown event '" + std::string(q.gquant) + "'.");
}

Result<FlatWindow> gfevnt(const Context& ctx, std::string_view gquant, int qnpars, std::span<const std::string> qpnams,
                          std::span<const std::string> qcpars, std::span<const double> qdpars, std::string_view op,
                          double refval, double tol, double adjust, const SearchHooks& hooks, int nintvls,
                          std::span<const double> cnfine) {
  return gfevnt(ctx, EventQuantity{gquant, qnpars, qpnams, qcpars, qdpars}, op, refval, tol, adjust, hooks, nintvls,
                cnfine);
}

}  // namespace sc::gf
