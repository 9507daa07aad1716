// Meta-kernels: the KERNELS_TO_LOAD list with PATH_SYMBOLS / PATH_VALUES substitution and '+'
// continuation of long names, as the Kernel Required Reading describes them.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "errors/result.hpp"
#include "pool/variable.hpp"

namespace sc::kernels {

// True if the statements make the text kernel a meta-kernel (it assigns KERNELS_TO_LOAD).
bool is_meta_kernel(std::span<const pool::Assignment> statements);

// True for the variables furnsh consumes and does not leave in the pool.
bool is_meta_kernel_variable(std::string_view name);

// The file names a meta-kernel lists, symbols substituted and continuations joined.
Result<std::vector<std::string>> meta_kernel_files(std::span<const pool::Assignment> statements,
                                                   std::string_view meta_name);

}  // namespace sc::kernels
