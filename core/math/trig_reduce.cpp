// Argument reduction for sin, cos and tan. The reduced argument r = ax - N pi/2 can be as small as
// about 2^-61 for some doubles (the closest a double comes to a multiple of pi/2), so r must carry
// far more than 53 correct bits of pi/2 relative to ax. Two paths:
//  * medium (ax < 2^20): Cody-Waite. pi/2 is split into three 33-bit pieces and a tail, so each
//    N * piece is exact for N < 2^20; the subtractions are tracked with TwoSum, leaving an error
//    near N * 2^-150 (tail truncation) and 2^-106 |r| (double-double rounding).
//  * large: Payne-Hanek in 64-bit integer arithmetic. Only a 192-bit window of the bits of 2/pi
//    matters for a given exponent (higher bits contribute multiples of 4 to x * 2/pi, lower bits
//    less than 2^-137), so the product mantissa * window, taken mod 2^192, gives N mod 4 and the
//    fraction to about 2^-137 absolute, 2^-75 relative even at the smallest |r|.
#include "math/trig_reduce.hpp"

#include <array>
#include <bit>
#include <cstdint>

#include "math/ieee_bits.hpp"
#include "math/trig_tables.hpp"

namespace sc::math::detail {
namespace {

using U64 = std::uint64_t;

// A 192-bit unsigned integer, most significant word first.
using U192 = std::array<U64, 3>;

struct U128 {
  U64 hi;
  U64 lo;
};

// Full 64 x 64 -> 128-bit product from 32-bit halves: portable (no __int128) and exact.
U128 mul64(U64 a, U64 b) {
  constexpr U64 kLow32 = 0xFFFFFFFFULL;
  const U64 a0 = a & kLow32;
  const U64 a1 = a >> 32;
  const U64 b0 = b & kLow32;
  const U64 b1 = b >> 32;
  const U64 p00 = a0 * b0;
  const U64 p01 = a0 * b1;
  const U64 p10 = a1 * b0;
  const U64 p11 = a1 * b1;
  const U64 mid = (p00 >> 32) + (p01 & kLow32) + (p10 & kLow32);  // < 3 * 2^32: no overflow
  return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & kLow32)};
}

// 64 bits of the 2/pi bit string starting at bit position `pos` (position 0 is the top bit of
// the leading zero word of kTwoOverPiBits).
U64 two_over_pi_bits(int pos) {
  const auto word = static_cast<std::size_t>(pos / 64);
  const int shift = pos % 64;
  const U64 high = kTwoOverPiBits[word] << shift;
  return shift == 0 ? high : high | (kTwoOverPiBits[word + 1] >> (64 - shift));
}

// (mantissa * window) mod 2^192, mantissa < 2^53.
U192 multiply_window(U64 mantissa, const U192& window) {
  const U128 p2 = mul64(mantissa, window[2]);
  const U128 p1 = mul64(mantissa, window[1]);
  const U128 p0 = mul64(mantissa, window[0]);
  const U64 w2 = p2.lo;
  const U64 w1 = p1.lo + p2.hi;
  const U64 carry = w1 < p1.lo ? 1 : 0;
  const U64 w0 = p0.lo + p1.hi + carry;  // mod 2^64: higher bits are multiples of 4 turns
  return {w0, w1, w2};
}

U192 negate(const U192& v) {
  U192 out{~v[0], ~v[1], ~v[2]};
  out[2] += 1;
  if (out[2] == 0) {
    out[1] += 1;
    if (out[1] == 0) out[0] += 1;
  }
  return out;
}

int count_leading_zeros(const U192& v) {
  if (v[0] != 0) return std::countl_zero(v[0]);
  if (v[1] != 0) return 64 + std::countl_zero(v[1]);
  return 128 + std::countl_zero(v[2]);
}

// The top 128 bits of v << shift (0 <= shift < 192); bits shifted in are zero.
U128 top128_after_shift(const U192& v, int shift) {
  const int words = shift / 64;
  const int bits = shift % 64;
  auto word = [&](int i) -> U64 { return i < 3 ? v[static_cast<std::size_t>(i)] : 0; };
  auto shifted = [&](int i) -> U64 {
    const U64 high = word(i + words) << bits;
    return bits == 0 ? high : high | (word(i + words + 1) >> (64 - bits));
  };
  return {shifted(0), shifted(1)};
}

// The top 128 bits of the 256-bit product a * b.
U128 mul128_high(const U128& a, const U128& b) {
  const U128 hh = mul64(a.hi, b.hi);
  const U128 hl = mul64(a.hi, b.lo);
  const U128 lh = mul64(a.lo, b.hi);
  const U128 ll = mul64(a.lo, b.lo);
  // Column of weight 2^64: ll.hi + hl.lo + lh.lo; its carries move into the 2^128 column.
  U64 col1 = ll.hi + hl.lo;
  U64 carry1 = col1 < ll.hi ? 1 : 0;
  col1 += lh.lo;
  carry1 += col1 < lh.lo ? 1 : 0;
  // Column of weight 2^128: hh.lo + hl.hi + lh.hi + carry1; carries go to 2^192.
  U64 col2 = hh.lo + hl.hi;
  U64 carry2 = col2 < hh.lo ? 1 : 0;
  col2 += lh.hi;
  carry2 += col2 < lh.hi ? 1 : 0;
  col2 += carry1;
  carry2 += col2 < carry1 ? 1 : 0;
  return {hh.hi + carry2, col2};
}

}  // namespace

ReducedAngle reduce_medium(double ax) {
  // N = nearest integer to ax * 2/pi, by the 1.5 * 2^52 shifter (exact for |value| < 2^51).
  constexpr double kShifter = 0x1.8p52;
  const double n = (ax * kTwoOverPi + kShifter) - kShifter;
  // n * kPio2Part1 is exact (<= 53 bits) and lies within a factor 2 of ax, so by Sterbenz's
  // lemma the subtraction is exact too.
  const double r0 = ax - n * kPio2Part1;
  const DD s1 = two_sum(r0, -(n * kPio2Part2));
  const DD s2 = two_sum(s1.hi, -(n * kPio2Part3));
  const double tail = (s1.lo + s2.lo) - n * kPio2Part3Tail;
  const DD r = two_sum(s2.hi, tail);
  return {static_cast<int>(static_cast<long long>(n) & 3), r};
}

ReducedAngle reduce_large(double ax) {
  const U64 bits = to_bits(ax);
  const U64 mantissa = (bits & ((U64{1} << 52) - 1)) | (U64{1} << 52);
  const int exponent = static_cast<int>(bits >> 52) - 1075;  // ax = mantissa * 2^exponent

  // The window starts at fraction bit (exponent - 1) of 2/pi: earlier bits b_i contribute
  // mantissa * 2^(exponent - i), multiples of 4. Fraction bit i sits at position i + 63.
  const int pos = exponent + 62;
  const U192 window{two_over_pi_bits(pos), two_over_pi_bits(pos + 64), two_over_pi_bits(pos + 128)};
  // ax * 2/pi = product * 2^-190 (mod 4): bits 191..190 are N mod 4, bits 189..0 the fraction.
  U192 product = multiply_window(mantissa, window);
  int quadrant = static_cast<int>(product[0] >> 62);
  product[0] &= (U64{1} << 62) - 1;

  // Round to the nearest N: a fraction >= 1/2 becomes fraction - 1, done as N + 1 and the
  // magnitude 2^190 - fraction (the negation mod 2^192 reduces to that after masking).
  const bool negative = (product[0] >> 61) != 0;
  if (negative) {
    quadrant += 1;
    product = negate(product);
    product[0] &= (U64{1} << 62) - 1;
  }
  const int lz = count_leading_zeros(product);
  if (lz >= 192) return {quadrant & 3, {0.0, 0.0}};  // cannot happen for a double; be safe

  // |fraction| = G * 2^(-126 - lz), G the top 128 bits after normalising (G >= 2^127), and
  // r = |fraction| * pi/2 = G * (pi/4 * 2^128) * 2^(-253 - lz) ~= H * 2^(-125 - lz).
  const U128 g = top128_after_shift(product, lz);
  U128 h = mul128_high(g, {kPio4Fixed128Hi, kPio4Fixed128Lo});
  int scale = -125 - lz;
  if ((h.hi >> 63) == 0) {  // H >= 2^126 always; make the top bit 127
    h = {(h.hi << 1) | (h.lo >> 63), h.lo << 1};
    scale -= 1;
  }
  // The top 53 and the next 53 bits, each exact as a double, then summed to a double-double.
  const double top = static_cast<double>(h.hi >> 11) * pow2(scale + 75);
  const U64 next_bits = ((h.hi & 0x7FF) << 42) | (h.lo >> 22);
  const double next = static_cast<double>(next_bits) * pow2(scale + 22);
  const DD r = fast_two_sum(top, next);
  return {quadrant & 3, negative ? DD{-r.hi, -r.lo} : r};
}

}  // namespace sc::math::detail
