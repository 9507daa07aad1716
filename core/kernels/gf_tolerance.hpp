// The GF convergence tolerance of one context (issue 14): CSPICE keeps it in ZZHOLDD's GF_TOL slot,
// set by gfstol_c and read by every GF search (gfsep, gfdist, ...); unset, the searches use
// CNVTOL = 1e-6 s. Held here, beside DSKTOL's tolerances, because the Context owns it; the GF
// engine (core/gf/) reads and sets it.
#pragma once

namespace sc::kernels {

struct GfTolerance {
  static constexpr double kDefault = 1e-6;  // gf.inc's CNVTOL, seconds
  double seconds = kDefault;
};

}  // namespace sc::kernels
