// SPK type 14 (spk.req "Type 14: Chebyshev Polynomials --- Unequal Time Steps"), written as CSPICE's
// SPK14B, SPK14A and SPK14E write it through the generic segment writer (generic_segment_writer.hpp)
// with fixed-size packets and an explicit "last reference <= key" index:
//    1                    NCOEFF (the one constant)
//    2 ..                 N times: epoch, MID, RADIUS, 6 NCOEFF coefficients
//    then the epochs, every 100th of them, and the 17 meta data items.
#include <array>
#include <string>

#include "writers/spk/generic_segment_writer.hpp"
#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kType = 14;
constexpr long long kComponents = 6;
constexpr int kExplicitLastLessOrEqual = 3;  // sgparam.inc's EXPLE

}  // namespace

Status spkw14(daf::DafWriter& file, const SegmentSpec& spec, int n, int chbdeg, std::span<const double> records,
              std::span<const double> epochs) {
  const long long pktsz = (static_cast<long long>(chbdeg) + 1) * kComponents + 2;
  SC_TRY(writers::check_size(records, static_cast<long long>(n) * pktsz, "records"));
  SC_TRY(writers::check_size(epochs, n, "epochs"));
  // SPK14B
  if (chbdeg < 0) {
    return make_error("SPICE(INVALIDARGUMENT)", "The degree of the Chebyshev polynomials is " + std::to_string(chbdeg) +
                                                    "; it must be at least zero.");
  }
  SC_TRY(writers::check_descriptor_spkpds(spec));
  SC_TRY(writers::check_segid_sgbwfs(spec.segid));
  // SPK14A and SGWFPK
  if (n <= 0) {
    return make_error("SPICE(INVALIDARGUMENT)", "The number of coefficient sets and epochs to add to the segment is " +
                                                    std::to_string(n) + "; it must be positive.");
  }
  const auto used = epochs.first(static_cast<std::size_t>(n));
  SC_TRY(writers::check_reference_order(used));
  const std::array<double, 1> ncoeff{chbdeg + 1.0};
  const auto packets = records.first(static_cast<std::size_t>(n * pktsz));
  const auto data = writers::explicit_fixed_segment(ncoeff, packets, pktsz, used, kExplicitLastLessOrEqual);
  return writers::write_segment(file, spec, kType, data);
}

}  // namespace sc::spk
