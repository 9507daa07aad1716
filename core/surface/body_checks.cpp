// See body_checks.hpp.
#include "surface/body_checks.hpp"

#include <string>

#include "bodies/body_constants.hpp"
#include "errors/quoted.hpp"
#include "frames/frames_api.hpp"

namespace sc::surface {

Result<int> body_code(const Context& ctx, std::string_view name, std::string_view role) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)",
                    "The " + std::string(role) + ", '" + std::string(name) +
                        "', is not a recognized name for an ephemeris object. The cause of this problem may be that "
                        "you need an updated version of the SPICE Toolkit, or that you failed to load a kernel "
                        "containing a name-ID mapping for this body.");
}

Result<int> distinct_observer(const Context& ctx, int trgcde, std::string_view obsrvr, std::string_view what) {
  SC_TRY_ASSIGN(auto&& obscde, body_code(ctx, obsrvr, "observer"));
  if (obscde == trgcde) {
    return make_error("SPICE(BODIESNOTDISTINCT)", "In computing " + std::string(what) +
                                                      ", the observing body and target body are the same. Both are " +
                                                      std::string(obsrvr) + ".");
  }
  return obscde;
}

Result<FixedFrame> known_frame(const Context& ctx, std::string_view frame) {
  const int id = frames::namfrm(ctx, frame).value_or(0);
  const auto info = frames::frinfo(ctx, id);
  if (!info) {
    return make_error("SPICE(NOFRAME)", "Reference frame " + std::string(frame) +
                                            " is not recognized by the SPICE frame subsystem. Possibly a required "
                                            "frame definition kernel has not been loaded.");
  }
  return FixedFrame{id, info->center, info->frame_class};
}

Result<FixedFrame> target_fixed_frame(const Context& ctx, std::string_view fixref, int target_id,
                                      std::string_view target) {
  SC_TRY_ASSIGN(auto&& frame, known_frame(ctx, fixref));
  if (frame.center != target_id) {
    return make_error("SPICE(INVALIDFRAME)", "Reference frame " + std::string(fixref) +
                                                 " is not centered at the target body " + std::string(target) +
                                                 ". The ID code of the frame center is " +
                                                 std::to_string(frame.center) + ".");
  }
  return frame;
}

Result<math::Vec3> target_radii(const Context& ctx, int body) {
  SC_TRY_ASSIGN(auto&& values, bodies::bodvcd(ctx.pool(), body, "RADII", 3));
  if (values.size() != 3) {
    return make_error("SPICE(INVALIDCOUNT)", "Only " + std::to_string(values.size()) + " axes were found for ID " +
                                                 std::to_string(body) + ". Three axes expected.");
  }
  for (int i = 0; i < 3; ++i) {
    if (values[static_cast<std::size_t>(i)] <= 0.0) {
      return make_error("SPICE(BADAXISLENGTH)",
                        "Degenerate case. The " + std::to_string(i + 1) + " axis of body " + std::to_string(body) +
                            " is negative or zero. Please check the text PCK file. You should fix the " +
                            std::to_string(i + 1) + " component of the kernel pool variable BODY" +
                            std::to_string(body) + "_RADII.");
    }
  }
  return math::Vec3{values[0], values[1], values[2]};
}

}  // namespace sc::surface
