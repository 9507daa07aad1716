// SC01's time conversions (sc01.f, CSPICE N0067: SCEC01, SCET01, SCTE01), with their operation
// order: the rate per tick of the least significant field is formed as RATE / TIKMSC (SCTE01) or
// 1 / (RATE / TIKMSC) (SCEC01, SCET01), never as a single division, so the results keep CSPICE's
// bits.
#include "sclk/clock_time.hpp"

#include <string>

#include "errors/number_text.hpp"
#include "time/fortran_numeric.hpp"
#include "time/time_api.hpp"

namespace sc::sclk {
namespace {

using time::detail::anint;

enum Column { kTicks = 0, kTime = 1, kRate = 2 };

double column(const Clock01& clock, std::size_t record, Column c) { return clock.coefficients[3 * record + c]; }

// SC01's search: the last record whose key is <= x, found by bisection of records 1..n-1 when x
// is below the last record's key (and the first record when x is below every key).
std::size_t find_record(const Clock01& clock, Column key, double x) {
  const std::size_t n = clock.records();
  if (!(x < column(clock, n - 1, key))) return n - 1;
  std::size_t lower = 0;  // 0-based versions of LOWER = 1, UPPER = N
  std::size_t upper = n - 1;
  while (lower + 1 < upper) {
    const std::size_t middle = (lower + upper + 2) / 2 - 1;  // (LOWER + UPPER) / 2 in 1-based terms
    if (x < column(clock, middle, key)) {
      upper = middle;
    } else {
      lower = middle;
    }
  }
  return lower;
}

// Ticks of the least significant field per count of the most significant one (TIKMSC): the
// product of the moduli of fields NFIELD down to 2, in that order.
double ticks_per_most_significant_count(const Clock01& clock) {
  double tikmsc = 1.0;
  for (int i = clock.nfield - 1; i >= 1; --i) tikmsc *= clock.moduli[i];
  return tikmsc;
}

Error out_of_range(std::string_view what, double value) {
  return make_error("SPICE(VALUEOUTOFRANGE)", "Invalid value of " + std::string(what) + ". Value was " +
                                                  number_text(value) + ".");
}

// ET (TDB) in the clock's parallel time system.
Result<double> parallel_time(const pool::Pool& pool, const Clock01& clock, double et) {
  if (clock.time_system == 1) return et;
  return time::unitim(pool, et, "TDB", "TDT");
}

}  // namespace

double max_encoded_ticks(const Clock01& clock) {
  double total = 0.0;
  for (std::size_t i = 0; i < clock.partition_start.size(); ++i) {
    total = anint(clock.partition_end[i] - clock.partition_start[i] + total);
  }
  return total;
}

Result<double> et_to_continuous_ticks(const pool::Pool& pool, const Clock01& clock, double et) {
  SC_TRY_ASSIGN(const double partim, parallel_time(pool, clock, et));
  if (partim < column(clock, 0, kTime)) return out_of_range("ET", et);
  const std::size_t lower = find_record(clock, kTime, partim);
  const double timdif = partim - column(clock, lower, kTime);
  const double start = column(clock, lower, kTicks);
  if (column(clock, lower, kRate) <= 0.0) {
    return make_error("SPICE(VALUEOUTOFRANGE)", "Invalid SCLK rate " + number_text(column(clock, lower, kRate)) + ".");
  }
  const double rate = 1.0 / (column(clock, lower, kRate) / ticks_per_most_significant_count(clock));
  const double sclkdp = start + rate * timdif;
  if (sclkdp > max_encoded_ticks(clock)) return out_of_range("ET", et);
  return sclkdp;
}

Result<double> et_to_ticks(const pool::Pool& pool, const Clock01& clock, double et) {
  SC_TRY_ASSIGN(const double partim, parallel_time(pool, clock, et));
  // Unlike SCEC01, SCET01 extrapolates the first record backwards and checks the rounded result.
  const std::size_t lower = partim < column(clock, 0, kTime) ? 0 : find_record(clock, kTime, partim);
  const double timdif = partim - column(clock, lower, kTime);
  const double start = column(clock, lower, kTicks);
  if (column(clock, lower, kRate) <= 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Invalid SCLK rate.");
  const double rate = 1.0 / (column(clock, lower, kRate) / ticks_per_most_significant_count(clock));
  const double sclkdp = anint(anint(start + rate * timdif));
  if (sclkdp < anint(column(clock, 0, kTicks)) || sclkdp > max_encoded_ticks(clock)) return out_of_range("ET", et);
  return sclkdp;
}

Result<double> ticks_to_et(const pool::Pool& pool, const Clock01& clock, double sclkdp) {
  if (sclkdp < column(clock, 0, kTicks) || sclkdp > max_encoded_ticks(clock)) return out_of_range("SCLKDP", sclkdp);
  const std::size_t lower = find_record(clock, kTicks, sclkdp);
  if (column(clock, lower, kRate) <= 0.0) return make_error("SPICE(VALUEOUTOFRANGE)", "Invalid SCLK rate.");
  const double tikdif = sclkdp - column(clock, lower, kTicks);
  const double rate = column(clock, lower, kRate) / ticks_per_most_significant_count(clock);
  const double partim = column(clock, lower, kTime) + rate * tikdif;
  if (clock.time_system == 1) return partim;
  return time::unitim(pool, partim, "TDT", "TDB");
}

}  // namespace sc::sclk
