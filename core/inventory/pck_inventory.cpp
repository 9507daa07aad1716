#include "inventory/pck_inventory.hpp"

#include "inventory/segment_inventory.hpp"

namespace sc::inventory {

Result<Window> pckcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover) {
  return segment_coverage(kernels, file, kernels::kPck, idcode, std::move(cover));
}

Result<std::vector<int>> pckfrm(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  return segment_keys(kernels, file, kernels::kPck, std::move(ids));
}

}  // namespace sc::inventory
