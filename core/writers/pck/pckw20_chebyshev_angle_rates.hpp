// Writing a binary PCK type 20 segment (CSPICE's PCKW20; layout in pck.req "Type 20" and
// type20_chebyshev_angle_rates.hpp): the input is checked with PCKW20's checks, in its order and
// with its short codes, and only then appended to the DAF as one array with a PCK descriptor
// (ND = 2: first, last; NI = 5: class ID, base frame, type 20, first and last address). A failed
// check leaves the file unchanged.
#pragma once

#include <span>
#include <string_view>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"

namespace sc::pck {

// PCKW20's MAXDEG (pck20.inc, the same 50 as spk20.inc). Note that the reader refuses degrees
// above 40, whose records do not fit PCKMAT's buffer (pck/type20_chebyshev_angle_rates.hpp).
inline constexpr int kMaxType20Degree = 50;

// Appends a type 20 segment for frame class `class_id` relative to the frame `base_frame` (its ID
// code, as the caller resolved the frame name; 0 means the name is unknown, as NAMFRM reports it),
// covering [first, last] (TDB seconds past J2000). `cdata` holds n records of 3 (polydg + 2) values:
// per angle, the polydg + 1 coefficients of its rate then the angle at the record's midpoint, in
// units of `ascale` radians and `tscale` seconds. The records are `intlen` days long and the first
// starts at the TDB Julian date initjd + initfr.
// Errors, in this order:
//   SPICE(DAFINVALIDPARAMS)  the DAF's summaries are not ND = 2, NI = 5 (not a PCK; a guard of the
//                            C++ API, CSPICE would write a garbled descriptor);
//   SPICE(INVALIDCOUNT)      n <= 0;
//   SPICE(INVALIDDEGREE)     polydg outside [0, 50];
//   SPICE(INVALIDSIZE)       cdata shorter than n * 3 (polydg + 2) (a guard of the C++ API);
//   SPICE(INTLENNOTPOS)      intlen <= 0;
//   SPICE(INVALIDREFFRAME)   base_frame is 0;
//   SPICE(BADDESCRTIMES)     first >= last;
//   SPICE(NONPOSITIVESCALE)  ascale <= 0, then tscale <= 0;
//   SPICE(COVERAGEGAP)       first before the first record's start, or last after the last
//                            record's end, by more than 1e-13 * the larger of their magnitudes;
//   SPICE(IDSTRINGTOOLONG)   segid's last non-blank character past position 40;
//   SPICE(NONPRINTABLECHARS) segid holds a character outside ASCII 32..126;
//   SPICE(DAFOVERFLOW)       the file would outgrow the writer's limit (daf_writer.hpp).
// Like CSPICE, NaN scales, lengths and times pass the comparisons that would reject them.
Status pckw20(daf::DafWriter& file, int class_id, int base_frame, double first, double last, std::string_view segid,
              double intlen, int n, int polydg, std::span<const double> cdata, double ascale, double tscale,
              double initjd, double initfr);

}  // namespace sc::pck
