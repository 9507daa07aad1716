// Time conversions with CSPICE's semantics, driven by the leapseconds kernel in the pool
// (DELTET/DELTA_T_A, DELTET/K, DELTET/EB, DELTET/M, DELTET/DELTA_AT). Without an LSK, every
// conversion that needs one fails with CSPICE's short code. ET means TDB seconds past J2000.
#pragma once

#include <string>
#include <string_view>

#include "errors/result.hpp"
#include "pool/pool.hpp"

namespace sc::time {

// A time string in CSPICE's input language (ISO calendar and day-of-year, month names, JD,
// era marks, A.M./P.M., UTC/TDB/TDT labels, zone labels, leap second 23:59:60) to ET.
Result<double> str2et(const pool::Pool& pool, std::string_view text);

// ET to a UTC string: format "C", "D", "J", "ISOC" or "ISOD", precision 0..14 digits.
Result<std::string> et2utc(const pool::Pool& pool, double et, std::string_view format, int precision);

// ET to a string following a picture (YYYY, MON, DD, DOY, HR, MN, SC, .###, ::UTC, ::TDB, ::RND, ...).
Result<std::string> timout(const pool::Pool& pool, double et, std::string_view picture);

// ET - UTC at an epoch given as "ET" or "UTC" seconds past J2000.
Result<double> deltet(const pool::Pool& pool, double epoch, std::string_view epoch_type);

// Converts an epoch between TAI, TDT, TDB, ET, JDTDB, JDTDT and JED.
Result<double> unitim(const pool::Pool& pool, double epoch, std::string_view from, std::string_view to);

}  // namespace sc::time
