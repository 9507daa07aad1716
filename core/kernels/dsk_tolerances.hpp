// DSKTOL's tolerance and margin parameters (dsktol.inc), one set per session like TIMDEF's
// defaults: the plate expansion fraction XFRACT (1e-10), the segment greedy margin SGREED (1e-8),
// the segment pad margin SGPADM (1e-10), the point membership margin PTMEMM (1e-7), and the fixed
// ANGMRG and LONALI (1e-12 each). dskgtl reads them, dskstl changes the first four; the DSK ray
// and normal computations read them from the Context.
#pragma once

#include <array>

#include "errors/result.hpp"

namespace sc::kernels {

class DskTolerances {
 public:
  // DSKGTL. SPICE(INDEXOUTOFRANGE) for a keyword outside 1..6.
  Result<double> get(int keywrd) const;
  // DSKSTL. SPICE(INDEXOUTOFRANGE) for a keyword outside 1..6, SPICE(IMMUTABLEVALUE) for 5
  // (ANGMRG) and 6 (LONALI). The value is not checked, as in CSPICE.
  Status set(int keywrd, double dpval);

  double xfract() const { return values_[0]; }
  double sgreed() const { return values_[1]; }
  double sgpadm() const { return values_[2]; }
  double ptmemm() const { return values_[3]; }

 private:
  std::array<double, 6> values_{1e-10, 1e-8, 1e-10, 1e-7, 1e-12, 1e-12};
};

}  // namespace sc::kernels
