// Bit-level access to doubles, and the NaN results of the sc::math functions. Internal.
// std::bit_cast is not used: Emscripten 3.1.6 ships libc++ 13, which lacks it; the builtin
// behind it is available in both g++ 12 and clang 14 (and is constexpr).
#pragma once

#include <cstdint>

namespace sc::math::detail {

constexpr std::uint64_t to_bits(double d) { return __builtin_bit_cast(std::uint64_t, d); }
constexpr double from_bits(std::uint64_t b) { return __builtin_bit_cast(double, b); }

// 2^k as a double, for -1022 <= k <= 1023, built from its bits (exact, no libm).
constexpr double pow2(int k) { return from_bits(static_cast<std::uint64_t>(k + 1023) << 52); }

// NaN results are produced without arithmetic: IEEE leaves the payload and sign of an arithmetic
// NaN (inf - inf, NaN + x) to the hardware, and x86 and WASM engines may differ, while these are
// the same bits everywhere.
// The NaN returned for an invalid operation (sin(inf), asin(2)): positive, quiet, zero payload.
inline constexpr double kInvalidNaN = from_bits(0x7FF8000000000000ULL);

// A NaN argument is returned with its payload and sign, quieted (C99 Annex F: NaN propagates).
constexpr double quieted(double nan) { return from_bits(to_bits(nan) | (std::uint64_t{1} << 51)); }

}  // namespace sc::math::detail
