#include "writers/output_release.hpp"

#include "writers/daf_output.hpp"

namespace sc::writers {

Status release_virtual_output(Context& ctx, std::string_view name) {
  SC_TRY(traced(ctx.outputs().release(name), "releaseVirtualOutput"));
  ctx.kernels().unstage_unless_loaded(name);
  return {};
}

}  // namespace sc::writers
