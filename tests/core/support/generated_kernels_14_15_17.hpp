// In-memory SPK kernels of types 14, 15 and 17 written with the core's own writers, for the
// damaged-segment fuzz test (no CSPICE-written fixtures of these types exist in tests/fixtures).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sc_test {

// True for the names below.
bool is_generated_14_15_17(const std::string& name);

// "generated/type14.bsp": 150 Chebyshev records of degree 5 over unequal intervals (an epoch
// directory of one entry); "generated/type15.bsp": an eccentric Earth orbit with both J2
// corrections; "generated/type17.bsp": equinoctial elements with all three rates. Body -1000
// relative to 399, frame J2000.
std::vector<std::uint8_t> generated_kernel_14_15_17(const std::string& name);

}  // namespace sc_test
