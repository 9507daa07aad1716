// The checks the CK writers share (see ck_writer_checks.hpp).
#include "writers/ck/ck_writer_checks.hpp"

#include <string>

namespace sc::ck {

using writers::dp;

Status check_descriptor_times(const CkSegmentSpec& spec, double first, std::string_view first_name, double last,
                              std::string_view last_name) {
  if (spec.begtim > first) {
    return make_error("SPICE(INVALIDDESCRTIME)", "The segment begin time " + writers::dp(spec.begtim) +
                                                     " is after the first time of the data, " + std::string(first_name) +
                                                     " = " + writers::dp(first) + ".");
  }
  if (spec.endtim < last) {
    return make_error("SPICE(INVALIDDESCRTIME)", "The segment end time " + writers::dp(spec.endtim) +
                                                     " is before the last time of the data, " + std::string(last_name) +
                                                     " = " + writers::dp(last) + ".");
  }
  return {};
}

Status check_ref_frame(const CkSegmentSpec& spec) {
  if (spec.ref_code) return {};
  return make_error("SPICE(INVALIDREFFRAME)",
                    "The reference frame '" + std::string(spec.ref) + "' is not supported: no frame has that name.");
}

Status check_record_count(int nrec, int type) {
  if (nrec > 0) return {};
  return make_error("SPICE(INVALIDNUMREC)", std::to_string(nrec) +
                                                " is an invalid number of pointing instances for CK type " +
                                                std::to_string(type) + ".");
}

Status check_first_time(double first, std::string_view what) {
  if (first >= 0) return {};
  return make_error("SPICE(INVALIDSCLKTIME)",
                    "The first " + std::string(what) + " time " + dp(first) + " is negative.");
}

Status check_time_order(std::span<const double> times, std::string_view what) {
  for (std::size_t i = 1; i < times.size(); ++i) {
    if (times[i] <= times[i - 1]) {
      const std::string name(what);
      return make_error("SPICE(TIMESOUTOFORDER)", "The " + name + " times are not strictly increasing: " + name + "(" +
                                                      std::to_string(i + 1) + ") = " + dp(times[i]) + " and " + name +
                                                      "(" + std::to_string(i) + ") = " + dp(times[i - 1]) + ".");
    }
  }
  return {};
}

Status check_quaternions(std::span<const double> values, int n, int stride) {
  for (int i = 0; i < n; ++i) {
    const auto q = values.subspan(static_cast<std::size_t>(i) * stride, 4);
    if (q[0] == 0 && q[1] == 0 && q[2] == 0 && q[3] == 0) {
      return make_error("SPICE(ZEROQUATERNION)",
                        "The quaternion at index " + std::to_string(i + 1) + " has magnitude zero.");
    }
  }
  return {};
}

Status write_ck_segment(daf::DafWriter& file, const CkSegmentSpec& spec, int type, bool avflag,
                        std::span<const double> data) {
  const double dc[2] = {spec.begtim, spec.endtim};
  const int ic[4] = {spec.inst, *spec.ref_code, type, avflag ? 1 : 0};
  return file.add_array(dc, ic, spec.segid, data);
}

void append_directory(std::vector<double>& data, std::span<const double> values) {
  for (std::size_t i = 100; i < values.size(); i += 100) data.push_back(values[i - 1]);
}

}  // namespace sc::ck
