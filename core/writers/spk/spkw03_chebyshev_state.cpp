// SPK type 3 (spk.req, "Type 3: Chebyshev (position and velocity)"): six coefficient sets per record.
#include "writers/spk/chebyshev_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"

namespace sc::spk {

Status spkw03(daf::DafWriter& file, const SegmentSpec& spec, double intlen, int n, int polydg,
              std::span<const double> cdata, double btime) {
  return writers::write_chebyshev_segment(file, spec, 3, 6, intlen, n, polydg, cdata, btime);
}

}  // namespace sc::spk
