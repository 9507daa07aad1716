// Reading a CK segment's own words, for the type readers: every address is checked against the
// segment's bounds before the DAF is touched, so counts read from a corrupt segment never make a
// reader wander into neighbouring data. Also the error text naming the segment, and the pointing
// every reader returns.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "ck/segment.hpp"
#include "daf/segment_file.hpp"
#include "daf/stored_counts.hpp"   // daf::fortran_int etc.: the readers convert stored counts
#include "errors/number_text.hpp"  // number_text: the readers' messages use it
#include "errors/result.hpp"
#include "math/rotation.hpp"
#include "math/vector_ops.hpp"

namespace sc::ck {

// What CKPFS returns for a request: the C-matrix (base frame -> instrument frame, row-major), the
// angular velocity of the instrument frame relative to the base frame, in the base frame (rad/s;
// zeros when it was not asked for), and the encoded SCLK the pointing is for.
struct Pointing {
  math::Mat3 cmat{};
  math::Vec3 av{};
  double clkout = 0;
};

// short_code with "Cannot use <the segment, the file>: <what>".
Error segment_error(const daf::SegmentFile& file, const Segment& segment, std::string short_code,
                    const std::string& what);

// The words at DAF addresses first .. first + out.size() - 1. SPICE(INVALIDCOUNT) (naming the
// segment) when any of them lies outside [segment.begin, segment.last].
Status read_segment_words(const daf::SegmentFile& file, const Segment& segment, long long first, std::span<double> out);

// The same, returned as a vector of `count` words.
Result<std::vector<double>> segment_words(const daf::SegmentFile& file, const Segment& segment, long long first,
                                          long long count);

// One word.
Result<double> segment_word(const daf::SegmentFile& file, const Segment& segment, long long address);

// A stored count or index converted as NINT (i_dnnt) and required to lie in [lo, hi]; else
// SPICE(INVALIDCOUNT) naming `what`.
Result<long long> stored_nint(const daf::SegmentFile& file, const Segment& segment, double word, long long lo,
                              long long hi, const std::string& what);
// The same as INT (truncation), as some readers convert (CKR01's record count).
Result<long long> stored_int(const daf::SegmentFile& file, const Segment& segment, double word, long long lo,
                             long long hi, const std::string& what);

}  // namespace sc::ck
