// The checks the CK writers share (internal to writers/ck/), each with CSPICE's short code and in
// the words of CKW01 ... CKW06, and the one step that turns checked input into a CK segment.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "daf/daf_writer.hpp"
#include "errors/result.hpp"
#include "writers/ck/ck_writer.hpp"
#include "writers/segment_checks.hpp"

namespace sc::ck {

// CKW01/02/03: SPICE(INVALIDDESCRTIME) when the descriptor does not cover the data: begtim after
// `first` or endtim before `last`, which the message names (e.g. "SCLKDP(1)", "STOP(12)").
Status check_descriptor_times(const CkSegmentSpec& spec, double first, std::string_view first_name, double last,
                              std::string_view last_name);
// SPICE(INVALIDREFFRAME) when the base frame's name is unknown (NAMFRM gave 0).
Status check_ref_frame(const CkSegmentSpec& spec);
// CKW01/02/03: SPICE(INVALIDNUMREC) for a record count that is not positive.
Status check_record_count(int nrec, int type);
// SPICE(INVALIDSCLKTIME) when the first encoded SCLK time is negative (the writers check only the
// first: a later negative time fails the order check).
Status check_first_time(double first, std::string_view what);
// SPICE(TIMESOUTOFORDER) unless `times` increase strictly; `what` names the array in the message.
Status check_time_order(std::span<const double> times, std::string_view what);
// SPICE(ZEROQUATERNION) for a quaternion whose four components are all zero (VZEROG); the n
// quaternions start every `stride` values.
Status check_quaternions(std::span<const double> values, int n, int stride);

// CKW04A's packet size checks: SPICE(INVALIDARGUMENT) for a size <= 0 or >= CK4RSZ (143).
Status check_type4_packet_sizes(int npkts, std::span<const int> pktsiz);

// Appends the segment: descriptor (begtim, endtim, inst, frame code, type, angular velocity flag)
// and identifier.
Status write_ck_segment(daf::DafWriter& file, const CkSegmentSpec& spec, int type, bool avflag,
                        std::span<const double> data);

// Appends every 100th value of `values` (values[99], values[199], ...: (n - 1) / 100 of them), the
// directories of types 3, 5 and 6.
void append_directory(std::vector<double>& data, std::span<const double> values);

}  // namespace sc::ck
