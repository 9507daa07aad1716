// The comment area of any DAF kernel, by file name (CSPICE's DAFEC, all lines at once).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::inventory {

// The comment lines of the DAF named `file` (see daf::DafFile::comments). SPICE(INVALIDARCHTYPE)
// when the file is not a DAF.
Result<std::vector<std::string>> dafec(const kernels::KernelRegistry& kernels, std::string_view file);

}  // namespace sc::inventory
