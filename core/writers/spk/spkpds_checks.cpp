#include "writers/spk/spkpds_checks.hpp"

#include <string>

#include "writers/segment_checks.hpp"

namespace sc::writers {

using spk::SegmentSpec;

Status check_descriptor_spkpds(const SegmentSpec& spec) {
  if (spec.body == 0) {
    return make_error("SPICE(BARYCENTEREPHEM)",
                      "A segment for the solar system barycenter (body 0) was requested; the ephemeris system does "
                      "not support it.");
  }
  if (spec.body == spec.center) {
    const std::string body = std::to_string(spec.body);
    return make_error("SPICE(BODYANDCENTERSAME)",
                      "A segment for a body relative to itself was requested; the body ID code was " + body + ".");
  }
  if (!spec.frame_code) {
    return make_error("SPICE(INVALIDREFFRAME)",
                      "The reference frame '" + std::string(spec.frame) + "' is not supported.");
  }
  if (spec.first >= spec.last) {
    return make_error("SPICE(BADDESCRTIMES)", "The segment start time " + dp(spec.first) +
                                                  " is at or after the segment stop time " + dp(spec.last) + ".");
  }
  return {};
}

}  // namespace sc::writers
