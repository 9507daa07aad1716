// Argument checks shared by the geometry calls (see argument_checks.hpp).
#include "geometry/argument_checks.hpp"

#include <string>

#include "errors/quoted.hpp"

namespace sc::geometry {

Status require_nonempty(std::string_view value, std::string_view what) {
  if (!value.empty()) return {};
  return make_error("SPICE(EMPTYSTRING)", "The " + std::string(what) + " string is empty.");
}

Result<int> body_id(const Context& ctx, std::string_view name) {
  SC_TRY_ASSIGN(auto&& code, ctx.body_names().string_to_code_checked(name, ctx.pool()));
  if (code) return *code;
  return make_error("SPICE(IDCODENOTFOUND)", "Could not map body name " + quoted(name) +
                                                 " to an ID code. Load a kernel that maps the name to a NAIF ID.");
}

}  // namespace sc::geometry
