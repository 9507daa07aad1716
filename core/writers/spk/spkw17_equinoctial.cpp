// SPK type 17 (spk.req "Type 17: Equinoctial Elements"), written as CSPICE's SPKW17 writes it: one
// 12-word record, the epoch of the elements, the nine equinoctial elements and rates as given, and
// the right ascension and declination of the reference plane's pole.
#include <array>
#include <cmath>  // std::sqrt: correctly rounded

#include "writers/spk/spk_writer.hpp"
#include "writers/spk/spk_writer_checks.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

constexpr int kType = 17;

}  // namespace

Status spkw17(daf::DafWriter& file, const SegmentSpec& spec, double epoch, std::span<const double> eqel, double rapol,
              double decpol) {
  SC_TRY(writers::check_size(eqel, 9, "equinoctial elements"));
  const double a = eqel[0];
  const double ecc = std::sqrt(eqel[1] * eqel[1] + eqel[2] * eqel[2]);
  if (a <= 0.0) {
    return make_error("SPICE(BADSEMIAXIS)", "The semimajor axis supplied for a type 17 segment is " + writers::dp(a) +
                                                "; it must be positive.");
  }
  // SPKW17's header names ECCOUTOFRANGE, but its code signals BADECCENTRICITY.
  if (ecc > 0.9) {
    return make_error("SPICE(BADECCENTRICITY)", "The eccentricity supplied for a type 17 segment is " +
                                                    writers::dp(ecc) + "; it must be at most 0.9.");
  }
  SC_TRY(writers::check_segid_length(spec.segid));
  SC_TRY(writers::check_segid_printable(spec.segid));
  SC_TRY(writers::check_descriptor_spkpds(spec));

  std::array<double, 12> record{};
  record[0] = epoch;
  for (std::size_t i = 0; i < 9; ++i) record[i + 1] = eqel[i];
  record[10] = rapol;
  record[11] = decpol;
  return writers::write_segment(file, spec, kType, record);
}

}  // namespace sc::spk
