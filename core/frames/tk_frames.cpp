// TKFRAM (see tk_frames.hpp).
#include "frames/tk_frames.hpp"

#include <array>
#include <string>

#include "frames/angle_units.hpp"
#include "frames/frame_kernel_vars.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "frames/tk_rotation.hpp"
#include "math/euler.hpp"
#include "math/quaternion.hpp"
#include "math/vector_ops.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {

using math::Mat3;
using math::Vec3;

namespace {

constexpr std::string_view kCaller = "TKFRAM";

// The two spellings of one TKFRAME keyword.
struct Keyword {
  std::string by_id;    // TKFRAME_<id>_<item>
  std::string by_name;  // TKFRAME_<name>_<item>
};

Keyword keyword(const std::string& id_agent, const std::string& name_agent, std::string_view item) {
  return {text::fit(id_agent + std::string(item)), text::fit(name_agent + std::string(item))};
}

// The spelling in use: the name form when present, an error when both are.
Result<std::string> choose(const Context& ctx, const Keyword& k, std::string_view frame_name) {
  const bool id_form = pool::shape_of(ctx.pool(), k.by_id).has_value();
  const bool name_form = pool::shape_of(ctx.pool(), k.by_name).has_value();
  if (id_form && name_form) {
    return make_error("SPICE(COMPETINGFRAMESPEC)",
                      "Frame name-based and frame ID-based text kernel (fixed-offset) frame definition keywords '" +
                          k.by_id + "' and '" + k.by_name +
                          "' are both present in the kernel pool; loaded text kernels contain competing "
                          "definitions of the '" + std::string(frame_name) + "' frame.");
  }
  return name_form ? k.by_name : k.by_id;
}

Result<std::vector<double>> numbers(const Context& ctx, const std::string& var, std::size_t size) {
  SC_TRY(require_variable(ctx, kCaller, var, size, 'N'));
  SC_TRY_ASSIGN(auto&& values, pool::gdpool(ctx.pool(), var, 0, static_cast<int>(size)));
  return std::move(*values);
}

Result<Mat3> matrix_offset(const Context& ctx, const std::string& var) {
  SC_TRY_ASSIGN(auto&& m, numbers(ctx, var, 9));
  // The kernel lists the matrix column by column (Fortran order).
  std::array<Vec3, 3> given{};
  for (int c = 0; c < 3; ++c) given[c] = {m[3 * c], m[3 * c + 1], m[3 * c + 2]};
  std::array<Vec3, 3> cols = sharpen_columns(given);
  // The sharpened matrix is right-handed; flip columns 2 and 3 back if the input pointed the
  // other way.
  for (int c = 1; c < 3; ++c) {
    if (math::vdot(cols[c], given[c]) < 0.0) cols[c] = math::vscl(-1.0, cols[c]);
  }
  Mat3 r{};
  for (int c = 0; c < 3; ++c) {
    for (int i = 0; i < 3; ++i) r[i][c] = cols[c][i];
  }
  return r;
}

Result<Mat3> angles_offset(const Context& ctx, const std::string& angles_var, const std::string& axes_var,
                           const std::string& units_var) {
  SC_TRY_ASSIGN(auto&& angles, numbers(ctx, angles_var, 3));
  SC_TRY(require_variable(ctx, kCaller, axes_var, 3, 'N'));
  SC_TRY_ASSIGN(auto&& axes, pool::gipool(ctx.pool(), axes_var, 0, 3));
  std::string units = "RADIANS";
  SC_TRY_ASSIGN(auto&& u, pool::gcpool(ctx.pool(), units_var, 0, 1));
  if (u && !u->empty()) units = (*u)[0];
  std::array<double, 3> rad{};
  for (int i = 0; i < 3; ++i) {
    SC_TRY_ASSIGN(auto&& r, angle_to_radians(angles[i], units));
    rad[i] = r;
  }
  const auto& ax = *axes;
  SC_TRY(math::check_euler_axes(ax[0], ax[1], ax[2]));
  return math::eul2m(rad[0], rad[1], rad[2], ax[0], ax[1], ax[2]);
}

Result<Mat3> quaternion_offset(const Context& ctx, const std::string& var) {
  SC_TRY_ASSIGN(auto&& q, numbers(ctx, var, 4));
  return math::q2m(math::vhatg4({q[0], q[1], q[2], q[3]}));
}

}  // namespace

Result<TkOffset> tk_offset(const Context& ctx, int frame_id) {
  if (frame_id == 0) {
    return make_error("SPICE(ZEROFRAMEID)",
                      "Frame identification codes are required to be non-zero; a TK frame with ID 0 was requested.");
  }
  const auto name = frame_name(ctx, frame_id);
  if (!name) {
    return make_error("SPICE(INCOMPLETEFRAME)", "The Text Kernel (TK) frame with ID code " +
                                                    text::int_text(frame_id) + " does not have a recognized name.");
  }
  const std::string id_agent = text::fit("TKFRAME_" + text::int_text(frame_id)) + "_";
  const std::string name_agent = text::fit("TKFRAME_" + *name) + "_";

  SC_TRY_ASSIGN(auto&& spec_var, choose(ctx, keyword(id_agent, name_agent, "SPEC"), *name));
  SC_TRY_ASSIGN(auto&& relative_var, choose(ctx, keyword(id_agent, name_agent, "RELATIVE"), *name));
  SC_TRY(require_variable(ctx, kCaller, spec_var, 1, 'C'));
  SC_TRY(require_variable(ctx, kCaller, relative_var, 1, 'C'));
  SC_TRY_ASSIGN(auto&& spec_values, pool::gcpool(ctx.pool(), spec_var, 0, 1));
  SC_TRY_ASSIGN(auto&& relative_values, pool::gcpool(ctx.pool(), relative_var, 0, 1));
  const std::string spec = text::upper(text::fit((*spec_values)[0]));
  const std::string relative_name = text::fit((*relative_values)[0]);

  TkOffset out;
  SC_TRY_ASSIGN(auto&& relative, namfrm_checked(ctx, relative_name));
  if (!relative) {
    return make_error("SPICE(BADFRAMESPEC)", "The frame to which frame " + text::int_text(frame_id) +
                                                 " is relatively defined is not recognized. The kernel pool "
                                                 "specification of the relative frame is '" + relative_name + "'.");
  }
  out.relative = *relative;
  if (out.relative == frame_id) {
    return make_error("SPICE(BADFRAMESPEC2)", "Bad fixed offset frame specification: the frame '" + relative_name +
                                                  "' (frame ID " + text::int_text(frame_id) +
                                                  ") is defined relative to itself.");
  }

  Result<Mat3> rotation = Mat3{};
  if (spec == "MATRIX") {
    SC_TRY_ASSIGN(auto&& var, choose(ctx, keyword(id_agent, name_agent, "MATRIX"), *name));
    rotation = matrix_offset(ctx, var);
  } else if (spec == "ANGLES") {
    SC_TRY_ASSIGN(auto&& angles, choose(ctx, keyword(id_agent, name_agent, "ANGLES"), *name));
    SC_TRY_ASSIGN(auto&& axes, choose(ctx, keyword(id_agent, name_agent, "AXES"), *name));
    SC_TRY_ASSIGN(auto&& units, choose(ctx, keyword(id_agent, name_agent, "UNITS"), *name));
    rotation = angles_offset(ctx, angles, axes, units);
  } else if (spec == "QUATERNION") {
    SC_TRY_ASSIGN(auto&& var, choose(ctx, keyword(id_agent, name_agent, "Q"), *name));
    rotation = quaternion_offset(ctx, var);
  } else {
    return make_error("SPICE(UNKNOWNFRAMESPEC)",
                      "The frame specification \"" + spec_var + " = '" + spec +
                          "'\" is not one of the recognized means of specifying a text-kernel constant offset frame "
                          "(MATRIX, ANGLES, QUATERNION).");
  }
  if (!rotation) return std::move(rotation).error();
  out.rotation = *rotation;
  return out;
}

}  // namespace sc::frames
