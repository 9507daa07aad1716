// Spacecraft clocks (SCLK Required Reading): CSPICE N0067's public SCLK conversions for type 1
// clocks, as its C wrappers (sce2c_c, sct2e_c, ...) behave, reading the clock's SCLK kernel
// variables from the pool on each call.
//
// Terms: a clock string is "[p/]f1<d>f2<d>...fn" (partition p, fields from most to least
// significant, delimiters any of . : - , and blank); its tick count (sctiks) counts units of the
// least significant field from the clock's zero, ignoring partitions; encoded ticks (SCLKDP, the
// "continuous" clock of CKs) count from the start of partition 1 across all partitions.
//
// Errors, in CSPICE's order: SPICE(EMPTYSTRING) for an empty string argument; SCTYPE's
// SPICE(KERNELVARNOTFOUND) when SCLK_DATA_TYPE_<id> is missing, SPICE(NOTSUPPORTED) for a clock
// type other than 1; the kernel checks of read_clock01 (clock_kernel.hpp); then each call's own.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::sclk {

// ET (TDB seconds past J2000) to continuous encoded ticks, not rounded (SCE2C).
// SPICE(VALUEOUTOFRANGE) before the clock's first coefficient record or after its last partition.
Result<double> sce2c(const pool::Pool& pool, int sc, double et);

// Encoded ticks to ET (SCT2E). SPICE(VALUEOUTOFRANGE) outside the clock's encoded range.
Result<double> sct2e(const pool::Pool& pool, int sc, double sclkdp);

// ET to encoded ticks rounded to a whole tick (SCE2T). SPICE(VALUEOUTOFRANGE) when those fall
// outside the clock's encoded range.
Result<double> sce2t(const pool::Pool& pool, int sc, double et);

// A clock string without partition ("0173138451:13831") to ticks (SCTIKS, SCTK01): field values
// minus their offsets times the ticks per unit of each field; missing trailing fields count as
// their offsets. SPICE(INVALIDSCLKSTRING) for a blank string, more fields than the clock has, a
// field that is not a number, or a field below its offset.
Result<double> sctiks(const pool::Pool& pool, int sc, std::string_view clkstr);

// Ticks (rounded to a whole tick) to a clock string without partition, every field zero-padded to
// its width, joined by the clock's output delimiter (SCFMT, SCFM01). SPICE(VALUEOUTOFRANGE) for
// negative ticks.
Result<std::string> scfmt(const pool::Pool& pool, int sc, double ticks);

// The clock's partitions: start and stop tick counts (SCPART). Reads the SCLK01 variables without
// SCTYPE's check of SCLK_DATA_TYPE, as SCPART does.
struct Partitions {
  std::vector<double> pstart;
  std::vector<double> pstop;
};
Result<Partitions> scpart(const pool::Pool& pool, int sc);

// A clock string with or without "p/" to encoded ticks (SCENCD). Without a partition, the first
// partition holding the tick count. SPICE(BADPARTNUMBER), SPICE(INVALIDSCLKSTRING),
// SPICE(NOTINPART), SPICE(NOPARTITION).
Result<double> scencd(const pool::Pool& pool, int sc, std::string_view sclkch);

// Encoded ticks (rounded) to "p/<fields>" (SCDECD). SPICE(VALUEOUTOFRANGE) for ticks outside
// every partition.
Result<std::string> scdecd(const pool::Pool& pool, int sc, double sclkdp);

// ET to a clock string "p/<fields>" (SCE2S = SCE2T then SCDECD).
Result<std::string> sce2s(const pool::Pool& pool, int sc, double et);

// A clock string to ET (SCS2E = SCENCD then SCT2E).
Result<double> scs2e(const pool::Pool& pool, int sc, std::string_view sclkch);

}  // namespace sc::sclk
