// What a binary PCK holds: CSPICE's PCKCOV and PCKFRM. Files are named as the caller loads kernels
// (virtual id or host path); they need not be loaded (see kernel_files.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "inventory/window.hpp"
#include "kernels/kernel_registry.hpp"

namespace sc::inventory {

// PCKCOV: `cover` united with the coverage of every segment for frame class ID `idcode`.
Result<Window> pckcov(const kernels::KernelRegistry& kernels, std::string_view file, int idcode, Window cover);

// PCKFRM: `ids` united with the frame class IDs of the file's segments, sorted, without duplicates.
Result<std::vector<int>> pckfrm(const kernels::KernelRegistry& kernels, std::string_view file, std::vector<int> ids);

}  // namespace sc::inventory
