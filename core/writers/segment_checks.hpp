// The checks every segment writer shares, SPK and binary PCK alike (internal to writers/), each
// with CSPICE's short code: sizes, segment identifiers (SPKW08/09/12/13's checks and CHCKID's),
// descriptor coverage against the data, epoch order. The SPK writers add the checks that need their
// SegmentSpec (spk/spk_writer_checks.hpp).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "errors/result.hpp"

namespace sc::writers {

// CSPICE's relative tolerance (TOLSCL) for descriptor bounds beyond the data's time span.
inline constexpr double kCoverageTolerance = 1e-13;

// "9.0000000000000E+02", as CSPICE's ERRDP prints numbers into messages.
std::string dp(double value);

// The arrays hold at least `needed` values: a guard for callers of the C++ API, which the bindings
// always satisfy. SPICE(INVALIDSIZE).
Status check_size(std::span<const double> values, long long needed, std::string_view what);
// SPKW08/09/12/13: SPICE(SEGIDTOOLONG) when the last non-blank character is past position 40.
Status check_segid_length(std::string_view segid);
// SPKW08/09/12/13: SPICE(NONPRINTABLECHARS) for a character outside 32..126 before the trailing blanks.
Status check_segid_printable(std::string_view segid);
// SPKW02/03/20, PCKW20 (CHCKID): SPICE(IDSTRINGTOOLONG), then SPICE(NONPRINTABLECHARS) anywhere in
// the string. `kind` names the file type in messages ("SPK", "PCK").
Status check_id_string(std::string_view segid, std::string_view kind = "SPK");
// SPICE(COVERAGEGAP) when [first, last] reaches past [data_begin, data_end] by more than the
// tolerance 1e-13 * max(|first|, |last|).
Status check_coverage(double first, double last, double data_begin, double data_end);
// SPKW20/PCKW20: SPICE(COVERAGEGAP) when [first, last] reaches past the n records of intlen days
// from the TDB Julian date initjd + initfr by more than 1e-13 of the records' largest |epoch|.
Status check_record_coverage(double first, double last, double intlen, int n, double initjd, double initfr);
// SPICE(TIMESOUTOFORDER) unless the epochs increase strictly.
Status check_epoch_order(std::span<const double> epochs);
// check_epoch_order, then SPICE(BADDESCRTIMES) unless the epochs span [first, last].
Status check_epochs(std::span<const double> epochs, double first, double last);

}  // namespace sc::writers
