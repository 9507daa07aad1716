// Counts and indices that DAF arrays store as double-precision words (a segment's record count,
// window size, subtype, a record number computed from an epoch), converted as the Fortran readers
// convert them. Shared by every segment reader (SPK types, PCK type 20, the integrated Chebyshev
// records) so a count read from a corrupt file is range-checked before it becomes an address.
#pragma once

#include <optional>

namespace sc::daf {

// Fortran's INT (truncation toward zero) and NINT (half away from zero, as f2c's i_dnnt) of a
// count stored as a double, or nothing when the result would be outside [lo, hi] or the value
// is NaN. Checking the range before converting keeps huge or NaN values from undefined casts.
std::optional<long long> fortran_int(double value, long long lo, long long hi);
std::optional<long long> fortran_nint(double value, long long lo, long long hi);

// The same conversions for an index computed from an epoch, clamped to [lo, hi] instead of being
// refused: the window selections clamp their results to the segment anyway. NaN gives lo.
long long clamped_int(double value, long long lo, long long hi);
long long clamped_nint(double value, long long lo, long long hi);

}  // namespace sc::daf
