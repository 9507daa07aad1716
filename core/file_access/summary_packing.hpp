// DAFPS and DAFUS: an array summary's ND double and NI integer components packed into doubles
// (the integers two to a double, in this machine's byte order) and back. As in CSPICE, ND is
// taken in 0..125 and NI in 0..(250 - 2 ND), and the packed form has ND + (NI - 1) / 2 + 1 words
// (Fortran's division: one word even for NI = 0); for odd NI the unused half word is zero.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "errors/result.hpp"

namespace sc::file_access {

struct UnpackedSummary {
  std::vector<double> dc;
  std::vector<std::int32_t> ic;
};

// SPICE(BADARRAYSIZE) when dc or ic hold fewer values than ND, NI ask for.
Result<std::vector<double>> dafps(int nd, int ni, std::span<const double> dc, std::span<const std::int32_t> ic);
// SPICE(BADARRAYSIZE) when `sum` is shorter than the packed form.
Result<UnpackedSummary> dafus(std::span<const double> sum, int nd, int ni);

}  // namespace sc::file_access
