#include "inventory/comments.hpp"

#include "inventory/kernel_files.hpp"

namespace sc::inventory {

Result<std::vector<std::string>> dafec(const kernels::KernelRegistry& kernels, std::string_view file) {
  SC_TRY_ASSIGN(auto&& daf, open_daf(kernels, file));
  return daf.comments();
}

}  // namespace sc::inventory
