// NAMFRM / FRMNAM / FRINFO (see frame_registry.hpp).
#include "frames/frame_registry.hpp"

#include "frames/builtin_frames.hpp"
#include "frames/frame_kernel_vars.hpp"
#include "frames/frame_text.hpp"
#include "inertial/inertial_frames.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {
namespace {

using inertial::kJ2000;
constexpr int kPoolLookupRoom = 8;  // FRAMEX reads up to 8 values and insists on exactly one

// FRAME_<id>_NAME as FRMNAM reads it: one string value, left-justified, cut to 32 characters.
std::optional<std::string> pool_frame_name(const Context& ctx, int code) {
  auto values = pool::gcpool(ctx.pool(), "FRAME_" + text::int_text(code) + "_NAME", 0, kPoolLookupRoom);
  if (!values || !*values || (*values)->size() != 1) return std::nullopt;
  std::string name = text::fit(text::ltrim((**values)[0]));
  if (name.empty()) return std::nullopt;
  return name;
}

}  // namespace

Result<std::optional<int>> namfrm_checked(const Context& ctx, std::string_view name) {
  const std::string key = text::frame_key(name);
  if (const BuiltinFrame* f = builtin_frame_by_name(key)) return std::optional<int>(f->id);
  // The pool variable name lives in a CHARACTER*32 too, so long frame names are cut.
  const std::string var = text::fit("FRAME_" + key);
  SC_TRY_ASSIGN(auto&& values, pool::gipool(ctx.pool(), var, 0, kPoolLookupRoom));
  if (!values || values->size() != 1 || (*values)[0] == 0) return std::optional<int>();
  return std::optional<int>((*values)[0]);
}

std::optional<std::string> frame_name(const Context& ctx, int code) {
  if (const BuiltinFrame* f = builtin_frame_by_id(code)) return std::string(f->name);
  return pool_frame_name(ctx, code);
}

Result<std::optional<FrameInfo>> frinfo_checked(const Context& ctx, int code) {
  if (code == kJ2000) return std::optional(FrameInfo{0, 1, 1});
  if (const BuiltinFrame* f = builtin_frame_by_id(code)) {
    return std::optional(FrameInfo{f->center, f->frame_class, f->class_id});
  }
  const std::string var = "FRAME_" + text::int_text(code) + "_NAME";
  SC_TRY_ASSIGN(auto&& values, pool::gcpool(ctx.pool(), var, 0, kPoolLookupRoom));
  if (values) {
    if (values->size() > 1) {
      return make_error("SPICE(INVALIDDIMENSION)",
                        "Kernel variable " + var + " is array-valued; frame name variables must be scalar-valued.");
    }
    const std::string name = text::fit(text::ltrim((*values)[0]));
    FrameInfo info;
    SC_TRY_ASSIGN(auto&& center, frame_body_variable(ctx, name, code, "CENTER"));
    info.center = center;
    SC_TRY_ASSIGN(auto&& frame_class, frame_int_variable(ctx, name, code, "CLASS", 1));
    SC_TRY_ASSIGN(auto&& class_id, frame_int_variable(ctx, name, code, "CLASS_ID", 1));
    // An empty numeric variable leaves CSPICE's output untouched; zero stands in for that.
    info.frame_class = frame_class.empty() ? 0 : frame_class.front();
    info.class_id = class_id.empty() ? 0 : class_id.front();
    return std::optional(info);
  }
  if (code >= 13000 && code < 14000) return std::optional(FrameInfo{399, 2, code - 10000});
  return std::optional<FrameInfo>();
}

}  // namespace sc::frames
