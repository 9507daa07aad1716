// SPK types 2 and 3 (spk.req, "Type 2: Chebyshev (position only)", "Type 3: Chebyshev (position and
// velocity)"): N records, each MID, RADIUS and the coefficient sets, then INIT, INTLEN, RSIZE, N.
#include "writers/spk/chebyshev_segment_writer.hpp"

#include <vector>

#include "writers/spk/spk_writer_checks.hpp"

namespace sc::writers {

Status write_chebyshev_segment(daf::DafWriter& file, const spk::SegmentSpec& spec, int type, int components,
                               double intlen, int n, int polydg, std::span<const double> cdata, double btime) {
  if (n <= 0) {
    return make_error("SPICE(NUMCOEFFSNOTPOS)",
                      "The number of sets of coordinate coefficients is not positive. N = " + std::to_string(n) + ".");
  }
  SC_TRY(check_degree(polydg, 0));
  const long long ninrec = static_cast<long long>(polydg + 1) * components;
  SC_TRY(check_size(cdata, static_cast<long long>(n) * ninrec, "coefficient"));
  if (intlen <= 0) {
    return make_error("SPICE(INTLENNOTPOS)", "The interval length is not positive: " + dp(intlen) + ".");
  }
  SC_TRY(check_frame(spec));
  if (spec.first > spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment descriptor start time " + dp(spec.first) +
                                                  " is greater than the segment end time " + dp(spec.last) + ".");
  }
  SC_TRY(check_coverage(spec.first, spec.last, btime, btime + n * intlen));
  SC_TRY(check_id_string(spec.segid));

  std::vector<double> data;
  data.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(ninrec + 2) + 4);
  const double radius = intlen / 2.0;
  for (int i = 0; i < n; ++i) {
    // CSPICE's order of operations: (BTIME + RADIUS) + (I-1)*INTLEN.
    data.push_back(btime + radius + i * intlen);
    data.push_back(radius);
    const auto record = cdata.subspan(static_cast<std::size_t>(i * ninrec), static_cast<std::size_t>(ninrec));
    data.insert(data.end(), record.begin(), record.end());
  }
  data.push_back(btime);
  data.push_back(intlen);
  data.push_back(static_cast<double>(ninrec + 2));
  data.push_back(static_cast<double>(n));
  return write_segment(file, spec, type, data);
}

}  // namespace sc::writers
