#include "ck/pointing_search.hpp"

#include "ck/segment_evaluation.hpp"
#include "kernels/segment_kinds.hpp"
#include "kernels/segment_search.hpp"

namespace sc::ck {

Result<std::optional<FoundPointing>> find_pointing(const kernels::KernelRegistry& kernels, int inst, double sclkdp,
                                                   double tol, bool needav) {
  if (tol < 0) return std::optional<FoundPointing>{};
  if (!kernels::any_loaded(kernels, kernels::kCk)) {
    return make_error("SPICE(NOLOADEDFILES)",
                      "At least one CK file needs must be loaded by CKLPF before beginning a search.");
  }
  const double alpha = sclkdp - tol;
  const double omega = sclkdp + tol;
  for (const auto& found : kernels::segments_in_search_order(kernels, kernels::kCk, inst)) {
    const Segment segment = Segment::from_summary(*found.summary);
    if (!(omega >= segment.start && alpha <= segment.end)) continue;
    // CKSNS tests ICD(4) /= 0 for "has angular velocity".
    if (needav && found.summary->ints[3] == 0) continue;
    SC_TRY_ASSIGN(const auto pointing, evaluate_segment(*found.file, segment, sclkdp, tol, needav));
    if (pointing) return std::optional<FoundPointing>{FoundPointing{*pointing, segment.frame}};
  }
  return std::optional<FoundPointing>{};
}

}  // namespace sc::ck
