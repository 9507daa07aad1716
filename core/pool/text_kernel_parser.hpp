// Parser for the NAIF text-kernel language (Kernel Required Reading): \begindata / \begintext
// sections, `=` and `+=` assignments, numbers with D or E exponents, @-dates, quoted strings with
// doubled quotes, LF / CRLF / CR line ends. It only parses: applying the statements to a pool is
// Pool::apply's job, so a kernel with a syntax error leaves the pool untouched.
#pragma once

#include <string_view>
#include <vector>

#include "errors/result.hpp"
#include "pool/variable.hpp"

namespace sc::pool {

// Parses the whole kernel text. `file_name` is used only in error messages.
// Errors carry CSPICE's short codes for the same faults.
Result<std::vector<Assignment>> parse_text_kernel(std::string_view text, std::string_view file_name);

}  // namespace sc::pool
