#include "file_access/file_exists.hpp"

namespace sc::file_access {

Result<bool> exists(const kernels::KernelRegistry& kernels, std::string_view name) {
  if (name.empty()) {
    return make_error("SPICE(EMPTYSTRING)", "The file name is empty; exists needs a file name or virtual id.");
  }
  // Opening is how the core reaches a file (a memory map natively, the host's reader in WASM).
  return static_cast<bool>(kernels.read_bytes(name));
}

}  // namespace sc::file_access
