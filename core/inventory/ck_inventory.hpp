// What a CK file holds: CSPICE's CKOBJ and CKCOV. Files are named as the caller loads kernels
// (virtual id or host path); they need not be loaded (see kernel_files.hpp).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "context.hpp"
#include "errors/result.hpp"
#include "inventory/window.hpp"

namespace sc::inventory {

// CKOBJ: `ids` united with the instruments of the file's segments, sorted, without duplicates.
Result<std::vector<int>> ckobj(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids);

// CKCOV: `cover` united with the coverage of instrument `idcode` in the file. `level` "SEGMENT"
// takes each segment's descriptor interval, "INTERVAL" the intervals over which the segment's data
// give pointing (ck/segment_intervals.hpp); with `needav` only segments with angular velocity
// count. Each interval is widened by `tol` ticks (its start not below 0), and with `timsys` "TDB"
// converted to TDB with the instrument's clock (CKMETA, SCT2E); else ("SCLK") it stays in ticks.
// Errors in CSPICE's order: SPICE(VALUEOUTOFRANGE) for tol < 0, SPICE(INVALIDOPTION) for another
// level, the file's (SPICE(INVALIDARCHTYPE), SPICE(INVALIDFILETYPE)), SPICE(NOTSUPPORTED) for
// another time system.
Result<Window> ckcov(const Context& ctx, std::string_view file, int idcode, bool needav, std::string_view level,
                     double tol, std::string_view timsys, Window cover);

// The same with `cover` as flat endpoint pairs, as the call list passes it: SPICE(INVALIDSIZE) for
// an odd count, SPICE(BADENDPOINTS) for a pair out of order.
Result<Window> ckcov_pairs(const Context& ctx, std::string_view file, int idcode, bool needav, std::string_view level,
                           double tol, std::string_view timsys, std::span<const double> cover);

}  // namespace sc::inventory
