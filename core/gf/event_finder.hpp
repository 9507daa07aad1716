// CSPICE's mid-level scalar GF search GFEVNT (gfevnt_c, N0067): one entry for the quantities
// ANGULAR SEPARATION, DISTANCE, COORDINATE, RANGE RATE, PHASE ANGLE and ILLUMINATION ANGLE, each
// defined by named parameters (QPNAMS/QCPARS, QDPARS), solved by the relation layer (ZZGFRELX) or
// the coordinate solver (ZZGFCSLV) with the caller's tolerance and functions (search_hooks.hpp:
// UDSTEP, UDREFN, the per-pass report with GFEVNT's prefixes, UDBAIL). With GFSTEP/GFREFN's
// behaviour the windows are the high-level searches' (gfsep, gfdist, gfposc, ...) bit for bit.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"
#include "gf/search_hooks.hpp"
#include "gf/window_ops.hpp"

namespace sc::gf {

struct EventQuantity {
  std::string_view gquant;               // quantity name, any case, leading blanks
  int qnpars = 0;                        // parameters used from qpnams/qcpars (0..10)
  std::span<const std::string> qpnams;   // parameter names ('TARGET', 'OBSERVER', ...)
  std::span<const std::string> qcpars;   // their string values
  std::span<const double> qdpars;        // DVEC or SPOINT: the first 3 values (missing ones are 0)
};

// Errors in gfevnt_c's and GFEVNT's order: SPICE(INVALIDCOUNT) (qnpars outside 0..10, or fewer
// names or values than qnpars), SPICE(EMPTYSTRING) (gquant, op), SPICE(VALUEOUTOFRANGE)
// (nintvls < 1), SPICE(NOTRECOGNIZED) (quantity), SPICE(MISSINGVALUE) (a required parameter not
// named), SPICE(NOTRECOGNIZED) (op), then the quantity's initialiser's, the relation layer's
// (adjust) and the solver's (SPICE(INVALIDTOLERANCE) for tol <= 0 at the first step), the
// functions' and the ephemeris's. Quirks kept: COORDINATE SYSTEM, COORDINATE, VECTOR DEFINITION
// and METHOD are looked up among the names as given (case and leading blanks matter) and their
// values used as given; every other name and value is left-justified and upper-cased first.
Result<FlatWindow> gfevnt(const Context& ctx, const EventQuantity& quantity, std::string_view op, double refval,
                          double tol, double adjust, const SearchHooks& hooks, int nintvls,
                          std::span<const double> cnfine);

// The same with gfevnt_c's arguments one by one (the call table's form).
Result<FlatWindow> gfevnt(const Context& ctx, std::string_view gquant, int qnpars, std::span<const std::string> qpnams,
                          std::span<const std::string> qcpars, std::span<const double> qdpars, std::string_view op,
                          double refval, double tol, double adjust, const SearchHooks& hooks, int nintvls,
                          std::span<const double> cnfine);

}  // namespace sc::gf
