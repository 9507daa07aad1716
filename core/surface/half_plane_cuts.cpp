// See half_plane_cuts.hpp.
#include "surface/half_plane_cuts.hpp"

#include "surface/ljucrs.hpp"

namespace sc::surface {

std::string correction_locus(std::string_view corloc) {
  std::string out = ljucrs(1, corloc);
  if (out.size() > 25) out.resize(25);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Status check_cut_counts(int maxn, int ncuts, int least) {
  if (maxn < 1) {
    return make_error("SPICE(INVALIDSIZE)", "MAXN = " + std::to_string(maxn) + "; MAXN is required to be at least 1.");
  }
  if (ncuts < least || ncuts > maxn) {
    return make_error("SPICE(INVALIDCOUNT)", "NCUTS = " + std::to_string(ncuts) + "; MAXN = " + std::to_string(maxn) +
                                                 "; NCUTS is required to be non-negative and no larger than MAXN.");
  }
  return {};
}

}  // namespace sc::surface
