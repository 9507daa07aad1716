// CKPFS: the pointing one CK segment gives for a request, by its data type.
#pragma once

#include <optional>

#include "ck/segment.hpp"
#include "ck/segment_data.hpp"
#include "daf/segment_file.hpp"
#include "errors/result.hpp"

namespace sc::ck {

// nullopt when the segment has nothing within `tol` of `sclkdp`. SPICE(CKUNKNOWNDATATYPE) for a
// type other than 1 .. 6; SPICE(INVALIDVALUE) when corrupt data give a pointing that is not finite
// (CSPICE would return it); the type readers' errors.
Result<std::optional<Pointing>> evaluate_segment(const daf::SegmentFile& file, const Segment& segment, double sclkdp,
                                                 double tol, bool needav);

}  // namespace sc::ck
