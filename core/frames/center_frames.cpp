// CIDFRM / CNMFRM / CCIFRM (see center_frames.hpp).
#include "frames/center_frames.hpp"

#include <string>

#include "frames/builtin_frames.hpp"
#include "frames/frame_kernel_vars.hpp"
#include "frames/frame_registry.hpp"
#include "frames/frame_text.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {
namespace {

constexpr int kEarth = 399;
constexpr int kIauEarth = 10013;

std::string trimmed(std::string_view s) { return std::string(text::rtrim(text::ltrim(s))); }

// OBJECT_<x>_FRAME as CIDFRM/CNMFRM build it (REPMC drops the value's surrounding blanks; the
// result is upper-cased and held in 32 characters).
std::string object_variable(std::string_view x) { return text::upper(text::fit("OBJECT_" + trimmed(x) + "_FRAME")); }

bool in_pool(const Context& ctx, const std::string& var) { return pool::shape_of(ctx.pool(), var).has_value(); }

// The frame an OBJECT_..._FRAME variable names, by name or by ID.
Result<std::optional<NamedFrame>> object_frame(const Context& ctx, const std::string& var) {
  const auto shape = pool::shape_of(ctx.pool(), var);
  if (shape->type == 'C') {
    SC_TRY_ASSIGN(auto&& values, pool::gcpool(ctx.pool(), var, 0, 1));
    const std::string name = text::fit((*values)[0]);  // used as given: no case folding here
    if (const BuiltinFrame* f = builtin_frame_by_name(name)) return std::optional(NamedFrame{f->id, name});
    SC_TRY_ASSIGN(auto&& code, pool::gipool(ctx.pool(), text::fit("FRAME_" + name), 0, 8));
    if (!code || code->size() != 1) return std::optional<NamedFrame>();
    return std::optional(NamedFrame{(*code)[0], name});
  }
  SC_TRY_ASSIGN(auto&& values, pool::gipool(ctx.pool(), var, 0, 1));
  const int code = (*values)[0];
  auto name = frame_name(ctx, code);
  if (!name) return std::optional<NamedFrame>();
  return std::optional(NamedFrame{code, *name});
}

}  // namespace

Result<std::optional<NamedFrame>> cidfrm_checked(const Context& ctx, int center) {
  std::string var = object_variable(text::int_text(center));
  bool found = in_pool(ctx, var);
  if (!found) {
    if (auto body = ctx.body_names().code_to_name(center, ctx.pool())) {
      var = object_variable(*body);
      found = in_pool(ctx, var);
    }
  }
  if (found) return object_frame(ctx, var);
  if (center == kEarth) return std::optional(NamedFrame{kIauEarth, "IAU_EARTH"});
  if (const BuiltinFrame* f = builtin_frame_for_center(center)) {
    return std::optional(NamedFrame{f->id, std::string(f->name)});
  }
  return std::optional<NamedFrame>();
}

Result<std::optional<ClassFrame>> ccifrm_checked(const Context& ctx, int frame_class, int class_id) {
  for (const BuiltinFrame& f : builtin_frames()) {
    if (f.frame_class == frame_class && f.class_id == class_id) {
      return std::optional(ClassFrame{f.id, std::string(f.name), f.center});
    }
  }
  SC_TRY_ASSIGN(auto&& names, pool::gnpool(ctx.pool(), "FRAME_*_CLASS", 0, static_cast<int>(ctx.pool().size()) + 1));
  if (!names) return std::optional<ClassFrame>();
  for (const std::string& var : *names) {
    SC_TRY_ASSIGN(auto&& cls, pool::gipool(ctx.pool(), var, 0, 1));
    if (!cls) {
      return make_error("SPICE(INVALIDFRAMEDEF)", "Invalid frame specification found in kernel pool: frame class "
                                                  "keyword is " + var + " but no integer class is assigned to it.");
    }
    if ((*cls)[0] != frame_class) continue;
    const std::string id_var = text::fit(var + "_ID");
    SC_TRY_ASSIGN(auto&& cid, pool::gipool(ctx.pool(), id_var, 0, 1));
    if (!cid) {
      return make_error("SPICE(INVALIDFRAMEDEF)", "Invalid frame specification found in kernel pool: frame class "
                                                  "keyword is " + var + " but the class ID assignment " + id_var +
                                                  " was not found.");
    }
    if ((*cid)[0] != class_id) continue;
    std::string name_var = var;
    name_var.replace(name_var.find("_CLASS"), 6, "_NAME");
    SC_TRY_ASSIGN(auto&& name, pool::gcpool(ctx.pool(), name_var, 0, 1));
    if (!name) {
      return make_error("SPICE(INVALIDFRAMEDEF)", "Invalid frame specification found in kernel pool: frame class "
                                                  "keyword is " + var + " but the frame name assignment " +
                                                  name_var + " was not found.");
    }
    const std::string frame = text::fit((*name)[0]);
    SC_TRY_ASSIGN(auto&& code, pool::gipool(ctx.pool(), text::fit("FRAME_" + frame), 0, 1));
    if (!code) {
      return make_error("SPICE(INVALIDFRAMEDEF)", "Invalid frame specification found in kernel pool: frame name is " +
                                                  frame + " but the frame ID assignment FRAME_" + frame +
                                                  " was not found.");
    }
    SC_TRY_ASSIGN(auto&& center, frame_body_variable(ctx, frame, (*code)[0], "CENTER"));
    return std::optional(ClassFrame{(*code)[0], frame, center});
  }
  return std::optional<ClassFrame>();
}

// CNMFRM (frames_api.hpp).
Result<std::optional<NamedFrame>> cnmfrm(const Context& ctx, std::string_view center_name) {
  if (center_name.empty()) return make_error("SPICE(EMPTYSTRING)", "The center name string is empty.");
  std::string var = object_variable(center_name);
  bool found = in_pool(ctx, var);
  if (!found) {
    if (auto code = ctx.body_names().name_to_code(center_name, ctx.pool())) {
      var = object_variable(text::int_text(*code));
      found = in_pool(ctx, var);
    }
  }
  if (found) return object_frame(ctx, var);
  const std::string name = text::upper("IAU_" + trimmed(center_name));
  if (const BuiltinFrame* f = builtin_frame_by_name(name)) return std::optional(NamedFrame{f->id, name});
  return std::optional<NamedFrame>();
}

}  // namespace sc::frames
