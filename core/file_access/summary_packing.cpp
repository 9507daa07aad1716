#include "file_access/summary_packing.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace sc::file_access {
namespace {

struct Layout {
  std::size_t nd;
  std::size_t ni;
  std::size_t int_words;  // (M - 1) / 2 + 1 with Fortran's truncating division
};

Layout layout(int nd, int ni) {
  const int n = std::min(125, std::max(0, nd));
  const int m = std::min(250 - 2 * n, std::max(0, ni));
  return {static_cast<std::size_t>(n), static_cast<std::size_t>(m), static_cast<std::size_t>((m - 1) / 2 + 1)};
}

Error too_short(const char* what, std::size_t got, std::size_t need) {
  return make_error("SPICE(BADARRAYSIZE)", std::string(what) + " holds " + std::to_string(got) +
                                               " values; the summary format needs " + std::to_string(need) + ".");
}

}  // namespace

Result<std::vector<double>> dafps(int nd, int ni, std::span<const double> dc, std::span<const std::int32_t> ic) {
  const Layout l = layout(nd, ni);
  if (dc.size() < l.nd) return too_short("dc", dc.size(), l.nd);
  if (ic.size() < l.ni) return too_short("ic", ic.size(), l.ni);
  std::vector<double> sum(l.nd + l.int_words, 0.0);
  std::copy_n(dc.begin(), l.nd, sum.begin());
  std::vector<std::int32_t> ints(2 * l.int_words, 0);
  std::copy_n(ic.begin(), l.ni, ints.begin());
  std::memcpy(sum.data() + l.nd, ints.data(), ints.size() * sizeof(std::int32_t));
  return sum;
}

Result<UnpackedSummary> dafus(std::span<const double> sum, int nd, int ni) {
  const Layout l = layout(nd, ni);
  const std::size_t words = l.nd + (l.ni + 1) / 2;
  if (sum.size() < words) return too_short("sum", sum.size(), words);
  UnpackedSummary out{std::vector<double>(sum.begin(), sum.begin() + static_cast<std::ptrdiff_t>(l.nd)),
                      std::vector<std::int32_t>(l.ni)};
  if (l.ni > 0) std::memcpy(out.ic.data(), sum.data() + l.nd, l.ni * sizeof(std::int32_t));
  return out;
}

}  // namespace sc::file_access
