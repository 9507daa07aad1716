// SPK type 2 (spk.req, "Type 2: Chebyshev (position only)"): three coefficient sets per record.
#include "writers/spk/chebyshev_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::spk {

Status spkw02(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime) {
  return writers::write_chebyshev_segment(file, spec, 2, 3, intlen, n, polydg, cdata, btime);
}

}  // namespace sc::spk
