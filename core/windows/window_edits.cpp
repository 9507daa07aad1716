// WNEXPD, WNCOND, WNFLTD and WNFILD: the in-place edits of a window, in CSPICE's order (the
// expansion is applied to every interval first, then the intervals that overlap are merged).
#include <cstddef>
#include <vector>

#include "windows/window_ops.hpp"

namespace sc::windows {

namespace {

// CSPICE's 1-based element k.
double& element(std::vector<double>& d, std::size_t k) { return d[k - 1]; }

// The merge pass WNEXPD and WNFILD share: walks the gaps (right end of interval k, element j, and
// left end of the next, element j + 1) and keeps those `keep_gap` accepts; card stays even.
template <class KeepGap>
void merge_gaps(std::vector<double>& d, KeepGap keep_gap) {
  const std::size_t card = d.size();
  std::size_t i = 2;
  std::size_t j = 2;
  while (j < card) {
    if (keep_gap(element(d, j), element(d, j + 1))) {
      element(d, i) = element(d, j);
      element(d, i + 1) = element(d, j + 1);
      i += 2;
    }
    j += 2;
  }
  element(d, i) = element(d, j);
  d.resize(i);
}

}  // namespace

void wnexpd(double left, double right, Window& window) {
  std::vector<double>& d = window.storage();
  const std::size_t card = d.size();
  std::size_t gone = 0;
  for (std::size_t i = 1; i <= card; i += 2) {
    element(d, i - gone) = element(d, i) - left;
    element(d, i - gone + 1) = element(d, i + 1) + right;
    if (element(d, i - gone) > element(d, i - gone + 1)) gone += 2;  // contracted away
  }
  d.resize(card - gone);
  if (d.empty()) return;
  merge_gaps(d, [](double end, double next_start) { return end < next_start; });
}

void wncond(double left, double right, Window& window) { wnexpd(-left, -right, window); }

void wnfltd(double small, Window& window) {
  std::vector<double>& d = window.storage();
  std::size_t kept = 0;
  for (std::size_t j = 0; j + 1 < d.size(); j += 2) {
    if (d[j + 1] - d[j] > small) {
      d[kept] = d[j];
      d[kept + 1] = d[j + 1];
      kept += 2;
    }
  }
  d.resize(kept);
}

void wnfild(double small, Window& window) {
  std::vector<double>& d = window.storage();
  if (d.empty()) return;
  merge_gaps(d, [small](double end, double next_start) { return end + small < next_start; });
}

}  // namespace sc::windows
