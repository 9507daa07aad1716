// The checks the SPK writers share (internal to spk/spkw_*.cpp and pck/pckw20.cpp), each with
// CSPICE's short code, and the one step that turns checked input into a segment.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"
#include "spk/spk_writer.hpp"

namespace sc::spk::writer {

// CSPICE's relative tolerance (TOLSCL) for descriptor bounds beyond the data's time span.
inline constexpr double kCoverageTolerance = 1e-13;

// "9.0000000000000E+02", as CSPICE's ERRDP prints numbers into messages.
std::string dp(double value);

// The arrays hold at least `needed` values: a guard for callers of the C++ API, which the bindings
// always satisfy. SPICE(INVALIDSIZE).
Status check_size(std::span<const double> values, long long needed, std::string_view what);
// SPICE(INVALIDREFFRAME) when the frame name is unknown.
Status check_frame(const SegmentSpec& spec);
// SPKW08/09/12/13: SPICE(SEGIDTOOLONG) when the last non-blank character is past position 40.
Status check_segid_length(std::string_view segid);
// SPKW08/09/12/13: SPICE(NONPRINTABLECHARS) for a character outside 32..126 before the trailing blanks.
Status check_segid_printable(std::string_view segid);
// SPKW02/03/20, PCKW20 (CHCKID): SPICE(IDSTRINGTOOLONG), then SPICE(NONPRINTABLECHARS) anywhere in
// the string. `kind` names the file type in messages ("SPK", "PCK").
Status check_id_string(std::string_view segid, std::string_view kind = "SPK");
// SPICE(INVALIDDEGREE) outside [lowest, kMaxSpkDegree].
Status check_degree(int degree, int lowest);
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

// Appends the segment: descriptor (first, last, body, center, frame code, type) and identifier.
Status write_segment(daf::DafWriter& file, const SegmentSpec& spec, int type, std::span<const double> data);

}  // namespace sc::spk::writer
