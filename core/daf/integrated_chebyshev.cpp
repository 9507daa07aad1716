#include "daf/integrated_chebyshev.hpp"

#include <span>
#include <string>
#include <vector>

#include "daf/stored_counts.hpp"
#include "errors/number_text.hpp"
#include "math/chebyshev_integral.hpp"
#include "math/constants.hpp"

namespace sc::daf {
namespace {

constexpr long long kTrailerWords = 7;
constexpr double kJ2000 = math::kJ2000JulianDate;  // J2000()
using math::kSecondsPerDay;                         // SPD()

struct Trailer {
  double scale;
  double tscale;
  double initjd;
  double initfr;
  double intlen;    // days
  long long rsize;  // words per record: 3 (NCOF + 1)
  long long count;  // N
};

Error failure(const IntegratedChebyshevArray& array, std::string code, const std::string& what) {
  return make_error(std::move(code), "Cannot use " + array.description() + ": " + what);
}

Result<Trailer> read_trailer(const DafFile& daf, const IntegratedChebyshevArray& array) {
  const long long length = array.end - array.begin + 1;
  if (length < kTrailerWords) {
    return failure(array, "SPICE(INVALIDCOUNT)",
                   "it has " + std::to_string(length) + " words, fewer than the seven of its trailer.");
  }
  std::array<double, kTrailerWords> t{};
  SC_TRY(daf.read_words(array.end - kTrailerWords + 1, t));
  const long long room = length - kTrailerWords;
  // The readers convert RSIZE and N with INT (truncation); values that cannot describe this array
  // are refused before any record address is formed from them.
  const auto rsize = fortran_int(t[5], 0, room);
  if (!rsize || *rsize < 6 || *rsize % 3 != 0) {
    return failure(array, "SPICE(INVALIDCOUNT)",
                   "its record size " + number_text(t[5]) + " does not hold three sets of one or more coefficients, " +
                       "each with " + std::string(array.constant) + " (NCOF must be positive).");
  }
  if (array.max_record_words > 0 && *rsize > array.max_record_words) {
    return failure(array, "SPICE(PCKRECTOOLARGE)",
                   "its records of " + std::to_string(*rsize) + " words do not fit the reader's record buffer of " +
                       std::to_string(array.max_record_words) + ".");
  }
  const auto n = fortran_int(t[6], 1, room);
  if (!n || *n > room / *rsize) {
    return failure(array, "SPICE(INVALIDCOUNT)",
                   "its " + number_text(t[6]) + " records of " + std::to_string(*rsize) + " words do not fit its " +
                       std::to_string(length) + " words.");
  }
  return Trailer{t[0], t[1], t[2], t[3], t[4], *rsize, *n};
}

}  // namespace

Result<IntegratedComponents> evaluate_integrated_chebyshev(const DafFile& daf,
                                                           const IntegratedChebyshevArray& array, double et) {
  SC_TRY_ASSIGN(auto&& dir, read_trailer(daf, array));
  // SPKR20/PCKR20's arithmetic, in their order: the start and length in seconds, the record, its
  // midpoint computed from the day count so that exactly representable lengths stay exact.
  const double init = (dir.initjd - kJ2000 + dir.initfr) * kSecondsPerDay;
  const double interval = dir.intlen * kSecondsPerDay;
  const long long recno = clamped_int((et - init) / interval, 0, dir.count - 1) + 1;
  const double recbeg = (dir.initjd - kJ2000 + static_cast<double>(recno - 1) * dir.intlen) * kSecondsPerDay;
  const double radius = interval / 2.0;
  const double mid = recbeg + dir.initfr * kSecondsPerDay + radius;
  if (!(radius > 0.0)) {
    return failure(array, "SPICE(INVALIDRADIUS)",
                   "its record interval length " + number_text(dir.intlen) + " days gives the radius " +
                       number_text(radius) + " s; it must be positive.");
  }
  std::vector<double> record(static_cast<std::size_t>(dir.rsize));
  SC_TRY(daf.read_words(array.begin + (recno - 1) * dir.rsize, record));  // inside: N * RSIZE <= room

  // The readers multiply each rate coefficient by the quotient SCALE/TSCALE and each constant by
  // SCALE; SPKE20/PCKE20 add the constant to CHBIGR's integral (zero at the midpoint).
  const std::size_t terms = record.size() / 3;  // NCOF + 1
  const double rate_scale = dir.scale / dir.tscale;
  std::vector<double> coefficients(terms - 1);
  IntegratedComponents out;
  for (std::size_t i = 0; i < 3; ++i) {
    const auto block = std::span<const double>(record).subspan(i * terms, terms);
    for (std::size_t k = 0; k + 1 < terms; ++k) coefficients[k] = block[k] * rate_scale;
    const double constant = dir.scale * block[terms - 1];
    const auto v = math::chebyshev_value_and_integral(coefficients, mid, radius, et);
    out.values[i] = constant + v.integral;
    out.rates[i] = v.value;
  }
  return out;
}

}  // namespace sc::daf
