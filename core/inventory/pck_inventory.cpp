#include "inventory/pck_inventory.hpp"

#include <algorithm>

#include "inventory/kernel_files.hpp"

namespace sc::inventory {

Result<Window> pckcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover) {
  auto pck = open_pck(kernels, file);
  if (!pck) return std::move(pck).error();
  for (const auto& segment : (*pck)->segments()) {
    if (segment.class_id != idcode) continue;
    SC_TRY(insert_interval(cover, segment.start_et, segment.end_et));
  }
  return cover;
}

Result<std::vector<int>> pckfrm(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids) {
  auto pck = open_pck(kernels, file);
  if (!pck) return std::move(pck).error();
  const auto file_ids = (*pck)->class_ids();  // sorted, distinct
  ids.insert(ids.end(), file_ids.begin(), file_ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace sc::inventory
