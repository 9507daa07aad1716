#include "pck/type20_chebyshev_angle_rates.hpp"

#include <array>
#include <span>
#include <string>
#include <vector>

#include "pck/angle_arithmetic.hpp"
#include "pck/number_text.hpp"
#include "spk/chebyshev_integral.hpp"
#include "spk/segment_data.hpp"  // fortran_int, clamped_int: Fortran's INT on counts and indices

namespace sc::pck {
namespace {

constexpr long long kTrailerWords = 7;
constexpr double kJ2000 = 2451545.0;        // J2000(): Julian date of J2000
constexpr double kSecondsPerDay = 86400.0;  // SPD()

// PCKMAT reads every record into RECORD(130); PCKR20 fills its first three words (size, MID,
// RADIUS) and the RSIZE words of the record after them. PCKMAT documents SPICE(PCKRECTOOLARGE)
// for a record that does not fit but N0067 never checks, so CSPICE writes past the buffer
// (undefined behaviour) for degrees 41 .. 50, which PCKW20 accepts: we refuse them instead.
constexpr long long kPckmatRecordWords = 130;
constexpr long long kRecordHeaderWords = 3;

struct Trailer {
  double ascale;
  double tscale;
  double initjd;
  double initfr;
  double intlen;    // days
  long long rsize;  // words per record: 3 (NCOF + 1)
  long long count;  // N
};

Error failure(const PckFile& file, const Segment& segment, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + describe(segment, file.file_name()) + ": " + what);
}

Result<Trailer> read_trailer(const PckFile& file, const Segment& segment) {
  if (segment.length() < kTrailerWords) {
    return failure(file, segment, "SPICE(INVALIDCOUNT)",
                   "it has " + std::to_string(segment.length()) + " words, fewer than the seven of its trailer.");
  }
  std::array<double, kTrailerWords> t{};
  SC_TRY(file.daf().read_words(segment.end - kTrailerWords + 1, t));
  const long long room = segment.length() - kTrailerWords;
  // PCKR20 converts RSIZE and N with INT (truncation); values that cannot describe this segment
  // are refused before any record address is formed from them.
  const auto rsize = spk::fortran_int(t[5], 0, room);
  if (!rsize || *rsize < 6 || *rsize % 3 != 0) {
    return failure(file, segment, "SPICE(INVALIDCOUNT)",
                   "its record size " + number_text(t[5]) +
                       " does not hold three sets of one or more rate coefficients, each with an angle "
                       "(NCOF must be positive).");
  }
  if (*rsize + kRecordHeaderWords > kPckmatRecordWords) {
    return failure(file, segment, "SPICE(PCKRECTOOLARGE)",
                   "storage for " + std::to_string(*rsize + kRecordHeaderWords) +
                       " double precision numbers is needed for its data records; PCKMAT has room for " +
                       std::to_string(kPckmatRecordWords) + ".");
  }
  const auto n = spk::fortran_int(t[6], 1, room);
  if (!n || *n > room / *rsize) {
    return failure(file, segment, "SPICE(INVALIDCOUNT)",
                   "its " + number_text(t[6]) + " records of " + std::to_string(*rsize) + " words do not fit its " +
                       std::to_string(segment.length()) + " words.");
  }
  return Trailer{t[0], t[1], t[2], t[3], t[4], *rsize, *n};
}

}  // namespace

Result<EulerState> evaluate_type20_angles(const PckFile& file, const Segment& segment, double et) {
  auto dir = read_trailer(file, segment);
  if (!dir) return std::move(dir).error();
  // PCKR20's arithmetic, in its order: the start and length in seconds, the record, its midpoint
  // computed from the day count so that exactly representable lengths stay exact.
  const double init = (dir->initjd - kJ2000 + dir->initfr) * kSecondsPerDay;
  const double interval = dir->intlen * kSecondsPerDay;
  const long long recno = spk::clamped_int((et - init) / interval, 0, dir->count - 1) + 1;
  const double recbeg = (dir->initjd - kJ2000 + static_cast<double>(recno - 1) * dir->intlen) * kSecondsPerDay;
  const double radius = interval / 2.0;
  const double mid = recbeg + dir->initfr * kSecondsPerDay + radius;
  if (!(radius > 0.0)) {
    return failure(file, segment, "SPICE(INVALIDRADIUS)",
                   "its record interval length " + number_text(dir->intlen) + " days gives the radius " +
                       number_text(radius) + " s; it must be positive.");
  }
  std::vector<double> record(static_cast<std::size_t>(dir->rsize));
  SC_TRY(file.daf().read_words(segment.begin + (recno - 1) * dir->rsize, record));

  // PCKR20 multiplies each rate coefficient by the quotient ASCALE/TSCALE, and each angle by
  // ASCALE; SPKE20 adds the stored angle to CHBIGR's integral (zero at the midpoint).
  const std::size_t terms = record.size() / 3;  // NCOF + 1
  const double rate_scale = dir->ascale / dir->tscale;
  std::vector<double> coefficients(terms - 1);
  EulerState angles{};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto block = std::span<const double>(record).subspan(i * terms, terms);
    for (std::size_t k = 0; k + 1 < terms; ++k) coefficients[k] = block[k] * rate_scale;
    const double angle = dir->ascale * block[terms - 1];
    const auto v = spk::chebyshev_value_and_integral(coefficients, mid, radius, et);
    angles[i] = angle + v.integral;
    angles[i + 3] = v.value;
  }
  // PCKE20 reduces w, and only w, modulo 2 pi (Fortran's MOD); its rate is untouched.
  angles[2] = fortran_mod(angles[2], kTwoPi);
  return angles;
}

Result<math::Mat6> evaluate_type20(const PckFile& file, const Segment& segment, double et) {
  auto angles = evaluate_type20_angles(file, segment, et);
  if (!angles) return std::move(angles).error();
  const EulerState& e = *angles;
  return euler_to_state_transform({e[2], e[1], e[0], e[5], e[4], e[3]}, 3, 1, 3);
}

}  // namespace sc::pck
