// EXISTS: whether a file can be found under a name, as furnsh and the low-level openers would find
// it (bytes staged under the name, else a host file).
#pragma once

#include <string_view>

#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::file_access {

// SPICE(EMPTYSTRING) for an empty name (exists_c's string check).
Result<bool> exists(const kernels::KernelRegistry& kernels, std::string_view name);

}  // namespace sc::file_access
