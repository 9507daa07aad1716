#include "file_access/dla_search.hpp"

#include <array>
#include <cstdint>

namespace sc::file_access {
namespace {

constexpr int kNil = -1;

// The descriptor at integer address `at` (kNil: none).
Result<std::optional<das::DlaDescriptor>> descriptor_at(const das::DasFile& file, int at) {
  if (at == kNil) return std::optional<das::DlaDescriptor>{};
  std::array<std::int32_t, 8> d{};
  SC_TRY(file.read_ints(at, d));
  return std::optional<das::DlaDescriptor>{das::DlaDescriptor{d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]}};
}

Result<std::optional<das::DlaDescriptor>> from_pointer(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, int pointer_address) {
  SC_TRY_ASSIGN(auto&& file, files.das(kernels, handle));
  std::array<std::int32_t, 1> head{};
  SC_TRY(file->read_ints(pointer_address, head));
  return descriptor_at(*file, head[0]);
}

}  // namespace

Result<std::optional<das::DlaDescriptor>> dlabfs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) { return from_pointer(files, kernels, handle, 2); }
Result<std::optional<das::DlaDescriptor>> dlabbs(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle) { return from_pointer(files, kernels, handle, 3); }

Result<std::optional<das::DlaDescriptor>> dlafns(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, const das::DlaDescriptor& current) {
  SC_TRY_ASSIGN(auto&& file, files.das(kernels, handle));
  return descriptor_at(*file, current.fwdptr);
}

Result<std::optional<das::DlaDescriptor>> dlafps(OpenFiles& files, const kernels::KernelRegistry& kernels, int handle, const das::DlaDescriptor& current) {
  SC_TRY_ASSIGN(auto&& file, files.das(kernels, handle));
  return descriptor_at(*file, current.bwdptr);
}

}  // namespace sc::file_access
