// Frame-definition kernel variables (see frame_kernel_vars.hpp).
#include "frames/frame_kernel_vars.hpp"

#include <optional>
#include <string>

#include "frames/frame_text.hpp"
#include "pool/pool_queries.hpp"

namespace sc::frames {
namespace {

constexpr std::size_t kMaxVariableName = 32;

std::string variable_name(std::string_view middle, std::string_view item) {
  return "FRAME_" + std::string(middle) + "_" + std::string(item);
}

// The variable ZZDYNBID/ZZDYNVAI read: FRAME_<id>_<item> if present, else FRAME_<name>_<item>.
Result<std::string> find_frame_variable(const Context& ctx, std::string_view frame_name, int frame_id,
                                        std::string_view item) {
  const std::string name = std::string(text::rtrim(frame_name));
  const std::string by_id = variable_name(text::int_text(frame_id), item);
  const std::string by_name = variable_name(name, item);
  const bool id_fits = by_id.size() <= kMaxVariableName;
  const bool name_fits = by_name.size() <= kMaxVariableName;
  if (id_fits && pool::shape_of(ctx.pool(), by_id)) return by_id;
  if (!id_fits && !name_fits) {
    return make_error("SPICE(VARNAMETOOLONG)", "Kernel variables " + by_id + " and " + by_name +
                                                   " are both longer than 32 characters; neither can be looked "
                                                   "up in the kernel pool to define frame " + name + ".");
  }
  if (name_fits && pool::shape_of(ctx.pool(), by_name)) return by_name;
  return make_error("SPICE(KERNELVARNOTFOUND)",
                    "At least one of the kernel variables " + by_id + " or " + by_name +
                        " was expected to be present in the kernel pool but neither was found. One of them is "
                        "needed to define the reference frame " + name +
                        "; usually a frame kernel lacks this assignment or was not loaded.");
}

Error too_many(const std::string& var, std::string_view frame_name, std::size_t n, int max_values) {
  return make_error("SPICE(BADVARIABLESIZE)", "The kernel variable " + var + " used to define frame " +
                                                  std::string(text::rtrim(frame_name)) +
                                                  " was expected to have at most " + std::to_string(max_values) +
                                                  " value(s) but has " + std::to_string(n) + ".");
}

}  // namespace

Result<int> frame_body_variable(const Context& ctx, std::string_view frame_name, int frame_id, std::string_view item) {
  SC_TRY_ASSIGN(auto&& var, find_frame_variable(ctx, frame_name, frame_id, item));
  const auto shape = pool::shape_of(ctx.pool(), var);
  if (shape->n > 1) return too_many(var, frame_name, shape->n, 1);
  if (shape->type == 'C') {
    SC_TRY_ASSIGN(auto&& values, pool::gcpool(ctx.pool(), var, 0, 1));
    const std::string& body = (*values)[0];
    auto code = ctx.body_names().string_to_code(body, ctx.pool());
    if (!code) {
      return make_error("SPICE(NOTRANSLATION)",
                        "Body name " + body + " (kernel variable " + var + ") could not be translated to an ID code.");
    }
    return *code;
  }
  SC_TRY_ASSIGN(auto&& values, pool::gipool(ctx.pool(), var, 0, 1));
  return (*values)[0];
}

Result<std::vector<int>> frame_int_variable(const Context& ctx, std::string_view frame_name, int frame_id,
                                            std::string_view item, int max_values) {
  SC_TRY_ASSIGN(auto&& var, find_frame_variable(ctx, frame_name, frame_id, item));
  const auto shape = pool::shape_of(ctx.pool(), var);
  if (shape->type == 'C') {
    return make_error("SPICE(BADVARIABLETYPE)", "The kernel variable " + var + " used to define frame " +
                                                    std::string(text::rtrim(frame_name)) +
                                                    " was expected to hold integers but holds strings.");
  }
  if (shape->n > static_cast<std::size_t>(max_values)) return too_many(var, frame_name, shape->n, max_values);
  SC_TRY_ASSIGN(auto&& values, pool::gipool(ctx.pool(), var, 0, max_values));
  return std::move(*values);
}

Status require_variable(const Context& ctx, std::string_view caller, std::string_view name, std::size_t size,
                        char type) {
  const auto shape = pool::shape_of(ctx.pool(), name);
  const std::string who(caller);
  const std::string var(name);
  if (!shape) {
    return make_error("SPICE(VARIABLENOTFOUND)",
                      who + ": The kernel pool variable '" + var +
                          "' is not currently present in the kernel pool. Possibly the text kernel (frame kernel) "
                          "defining it has not been loaded.");
  }
  if (shape->n != size) {
    return make_error("SPICE(BADVARIABLESIZE)", who + ": The kernel pool variable '" + var + "' must have " +
                                                    std::to_string(size) + " value(s) but has " +
                                                    std::to_string(shape->n) + ".");
  }
  if (shape->type != type) {
    return make_error("SPICE(BADVARIABLETYPE)", who + ": The kernel pool variable '" + var + "' must be of type " +
                                                    (type == 'C' ? "CHARACTER" : "NUMERIC") + ".");
  }
  return {};
}

}  // namespace sc::frames
