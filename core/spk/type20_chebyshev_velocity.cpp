#include "spk/type20_chebyshev_velocity.hpp"

#include <array>
#include <span>
#include <vector>

#include "spk/chebyshev_integral.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kTrailerWords = 7;
constexpr double kJ2000 = 2451545.0;        // J2000(): Julian date of J2000
constexpr double kSecondsPerDay = 86400.0;  // SPD()

struct Directory {
  double dscale;
  double tscale;
  double initjd;
  double initfr;
  double intlen;    // days
  long long rsize;  // words per record: 3 (NCOF + 1)
  long long count;  // N
};

Result<Directory> read_directory(const SpkFile& file, const Segment& segment) {
  std::array<double, kTrailerWords> t{};
  SC_TRY(read_segment_trailer(file, segment, t));
  const long long room = segment.length() - kTrailerWords;
  // SPKR20 converts RSIZE and N with INT (truncation).
  const auto rsize = fortran_int(t[5], 0, room);
  const auto n = fortran_int(t[6], 1, room);
  if (!rsize || *rsize < 6 || *rsize % 3 != 0) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its record size " + number_text(t[5]) +
                             " does not hold three sets of one or more coefficients, each with a position "
                             "component (NCOF must be positive).");
  }
  if (!n || *n > room / *rsize) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its " + number_text(t[6]) + " records of " + std::to_string(*rsize) +
                             " words do not fit its " + std::to_string(segment.length()) + " words.");
  }
  return Directory{t[0], t[1], t[2], t[3], t[4], *rsize, *n};
}

}  // namespace

Result<State> evaluate_type20(const SpkFile& file, const Segment& segment, double et) {
  auto dir = read_directory(file, segment);
  if (!dir) return std::move(dir).error();
  // SPKR20's arithmetic, in its order: the start and length in seconds, the record, its midpoint
  // computed from the day count so that exactly representable lengths stay exact.
  const double init = (dir->initjd - kJ2000 + dir->initfr) * kSecondsPerDay;
  const double interval = dir->intlen * kSecondsPerDay;
  const long long recno = clamped_int((et - init) / interval, 0, dir->count - 1) + 1;
  const double recbeg = (dir->initjd - kJ2000 + static_cast<double>(recno - 1) * dir->intlen) * kSecondsPerDay;
  const double radius = interval / 2.0;
  const double mid = recbeg + dir->initfr * kSecondsPerDay + radius;
  if (!(radius > 0.0)) {
    return segment_error(file, segment, "SPICE(INVALIDRADIUS)",
                         "its record interval length " + number_text(dir->intlen) + " days gives the radius " +
                             number_text(radius) + " s; it must be positive.");
  }
  std::vector<double> record(static_cast<std::size_t>(dir->rsize));
  SC_TRY(read_segment_words(file, segment, segment.begin + (recno - 1) * dir->rsize, record));

  const std::size_t terms = record.size() / 3;  // NCOF + 1
  const double rate_scale = dir->dscale / dir->tscale;
  std::vector<double> coefficients(terms - 1);
  State state{};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto block = std::span<const double>(record).subspan(i * terms, terms);
    for (std::size_t k = 0; k + 1 < terms; ++k) coefficients[k] = block[k] * rate_scale;
    const double position = dir->dscale * block[terms - 1];
    const auto v = chebyshev_value_and_integral(coefficients, mid, radius, et);
    state[i] = position + v.integral;
    state[i + 3] = v.value;
  }
  return state;
}

}  // namespace sc::spk
