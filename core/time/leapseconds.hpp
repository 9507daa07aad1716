// The leapseconds-kernel model read from the kernel pool, in the three shapes CSPICE's time
// routines read it, each with the error its CSPICE reader signals when the kernel is missing:
//   UNITIM  (uniform scales)     DELTA_T_A, K, EB, M              SPICE(MISSINGTIMEINFO)
//   DELTET  (ET - UTC)           those four and DELTA_AT          SPICE(KERNELVARNOTFOUND)
//   TTRANS  (calendars, UTC)     DELTA_AT                         SPICE(NOLEAPSECONDS)
// The readers are separate because each CSPICE routine fails on its own variables only, and the
// order of those failures decides which short code a call reports.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::time {

// The constants of the TDB - TDT model (time.req): TDB = TDT + K sin(E), E = M + EB sin(M),
// M = M0 + M1 * t, and TAI = TDT - DELTA_T_A.
struct UniformConstants {
  double delta_t_a = 0.0;
  double k = 0.0;
  double eb = 0.0;
  double m0 = 0.0;
  double m1 = 0.0;
};

// One DELTET/DELTA_AT entry: from `utc_epoch` (UTC seconds past J2000, formal calendar) on,
// TAI - UTC is `delta_at` seconds.
struct LeapEntry {
  double delta_at = 0.0;
  double utc_epoch = 0.0;
};

struct DeltetModel {
  UniformConstants constants;
  std::vector<LeapEntry> leaps;
  double leaps_before_first = 0.0;  // TAI - UTC before the first entry: its offset minus 1 s
};

// TTRANS's working tables. For every leap-second entry there are two rows: the TAI time of the
// start of the UTC day that ends with the change, and the TAI time of the start of the next UTC
// day; `day` holds the matching day numbers (days past 1 Jan 1 A.D.). A day whose row is at an
// odd 1-based position is a leap-second day; its length is the difference of the two TAI rows.
struct LeapTable {
  std::vector<double> tai;
  std::vector<std::int64_t> day;
  std::size_t rows = 0;  // rows searched (the vectors may hold one more, see read_leap_table)
};

// Everything the calendar routines may need. Both parts are read up front; each keeps its own
// error, reported only when a computation actually needs that part (as CSPICE reads them lazily).
struct TimeKernel {
  Result<LeapTable> leaps;
  Result<UniformConstants> uniform;
};

Result<UniformConstants> read_uniform_constants(const pool::Pool& pool);
Result<DeltetModel> read_deltet_model(const pool::Pool& pool);
Result<LeapTable> read_leap_table(const pool::Pool& pool);
TimeKernel read_time_kernel(const pool::Pool& pool);

// The same, kept with the pool until it changes (pool::Pool::derived): str2et, et2utc and timout
// would otherwise rebuild the leap-second table from DELTET/DELTA_AT at every call.
std::shared_ptr<const TimeKernel> time_kernel(const pool::Pool& pool);

}  // namespace sc::time
