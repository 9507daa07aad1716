// Encoded SCLK <-> ET for one type 1 clock: the coefficient table's piecewise-linear map between
// encoded ticks and the clock's parallel time system (TDB, or TDT converted through the LSK), as
// CSPICE N0067's SC01 entry points SCEC01, SCET01 and SCTE01 compute it.
#pragma once

#include "errors/result.hpp"
#include "pool/pool.hpp"
#include "sclk/clock_kernel.hpp"

namespace sc::sclk {

// SCEC01: ET (TDB seconds past J2000) to continuous encoded ticks (not rounded).
// SPICE(VALUEOUTOFRANGE) before the first coefficient record, for a rate <= 0, or past the end of
// the last partition.
Result<double> et_to_continuous_ticks(const pool::Pool& pool, const Clock01& clock, double et);

// SCET01: ET to encoded ticks rounded to the nearest tick. Epochs before the first record are
// extrapolated with its rate; SPICE(VALUEOUTOFRANGE) when the rounded ticks are before the first
// record's or past the last partition's end.
Result<double> et_to_ticks(const pool::Pool& pool, const Clock01& clock, double et);

// SCTE01: encoded ticks to ET. SPICE(VALUEOUTOFRANGE) outside [first record's ticks, end of the
// last partition] or for a rate <= 0.
Result<double> ticks_to_et(const pool::Pool& pool, const Clock01& clock, double sclkdp);

// The encoded ticks at the end of the last partition: SUM(end - start) over the partitions,
// rounded after each step as SC01 does.
double max_encoded_ticks(const Clock01& clock);

}  // namespace sc::sclk
