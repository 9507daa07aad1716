// A type 1 spacecraft clock as its SCLK kernel puts it in the kernel pool (NAIF's SCLK Required
// Reading), read and checked as CSPICE N0067's SC01 family does it: SCTY01 (SCLK_DATA_TYPE_<id>),
// then ZZSCAD01 with SCLI01/SCLD01 (the SCLK01_* and SCLK_PARTITION_* variables), in their order
// of checks, so the first problem of a broken kernel gets CSPICE's short code.
//
// Kernel variables are named with the negated clock ID: clock -143 (TGO) reads
// SCLK01_N_FIELDS_143, clock 5 would read SCLK01_N_FIELDS_-5.
//
// CSPICE buffers the data of the clocks it has read and re-reads them when the pool changes; here
// nothing is buffered, the data is read on every call (no copy: the spans point into the pool).
// One difference follows: SCTY01 skips its SCLK_DATA_TYPE look-up when the previous SC01 call was
// for the same clock and the pool has not changed since, so after e.g. an scpart call CSPICE would
// accept a kernel that lacks SCLK_DATA_TYPE_<id>. Here that variable is always required.
#pragma once

#include <span>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::sclk {

// A type 1 clock's data. The spans point into the pool's variables: valid while the pool is not
// changed.
struct Clock01 {
  int sc = 0;
  int nfield = 0;          // SCLK01_N_FIELDS: 1..10 fields in a clock string
  int delimiter_code = 0;  // SCLK01_OUTPUT_DELIM: 1..5 for '.', ':', '-', ',', ' '
  int time_system = 1;     // SCLK01_TIME_SYSTEM: 1 TDB (the default), 2 TDT
  std::span<const double> coefficients;     // SCLK01_COEFFICIENTS: (ticks, parallel time, rate) triplets
  std::span<const double> partition_start;  // SCLK_PARTITION_START, in ticks of each partition
  std::span<const double> partition_end;    // SCLK_PARTITION_END
  std::span<const double> offsets;          // SCLK01_OFFSETS, one per field
  std::span<const double> moduli;           // SCLK01_MODULI, one per field

  std::size_t records() const { return coefficients.size() / 3; }
  // Record i's (0-based) encoded ticks, parallel time (TDB or TDT seconds past J2000) and rate
  // (parallel seconds per tick of the most significant field).
  double record_ticks(std::size_t i) const { return coefficients[3 * i]; }
  double record_time(std::size_t i) const { return coefficients[3 * i + 1]; }
  double record_rate(std::size_t i) const { return coefficients[3 * i + 2]; }
};

// SCTY01 as SCTYPE calls it: SCLK_DATA_TYPE_<id>'s first value (SPICE(KERNELVARNOTFOUND) when
// it is missing or not numeric); for a type 1 clock, also the checks of read_clock01.
Result<int> clock_type(const pool::Pool& pool, int sc);

// ZZSCAD01: every SCLK01_* and SCLK_PARTITION_* variable of clock `sc`, with CSPICE's checks in
// CSPICE's order:
//  1. SCLK01_N_FIELDS, SCLK01_OUTPUT_DELIM, SCLK01_TIME_SYSTEM (SCLI01, one value each):
//     SPICE(ARRAYTOOSMALL) for more than one value, SPICE(BADKERNELVARTYPE) for strings,
//     SPICE(KERNELVARNOTFOUND) when missing (the time system may be missing: TDB),
//     SPICE(VALUEOUTOFRANGE) for a field count outside 1..10, a delimiter code outside 1..5, a
//     time system outside 1..2;
//  2. SCLK01_COEFFICIENTS, SCLK_PARTITION_START, SCLK_PARTITION_END, SCLK01_OFFSETS,
//     SCLK01_MODULI present (SPICE(KERNELVARNOTFOUND)) and not too long
//     (SPICE(TOOMANYCOEFFS) above 300000 values, SPICE(TOOMANYPARTITIONS) above 9999,
//     SPICE(KERNELVARTOOLARGE) above 10 offsets or moduli);
//  3. as many partition starts as ends (SPICE(NUMPARTSUNEQUAL));
//  4. each of the five in that order (SCLD01): numeric (SPICE(BADKERNELVARTYPE)), at least 3
//     coefficients (SPICE(SIZEOUTOFRANGE)) and a multiple of 3 (SPICE(INVALIDSIZE)), moduli >= 1
//     (SPICE(VALUEOUTOFRANGE)), one offset and one modulus per field (SPICE(INVALIDSIZE)).
Result<Clock01> read_clock01(const pool::Pool& pool, int sc);

// What the public routines (SCE2C, SCT2E, SCTIKS, SCFMT, ...) do before they convert anything:
// clock_type, then SPICE(NOTSUPPORTED) for a clock type other than 1.
Result<Clock01> type1_clock(const pool::Pool& pool, int sc);

}  // namespace sc::sclk
