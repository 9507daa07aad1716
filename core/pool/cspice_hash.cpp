#include "pool/cspice_hash.hpp"

#include <array>
#include <cstdint>
#include <limits>

namespace sc::pool {
namespace {

constexpr std::int64_t kBase = 68;  // one more than the largest VAL entry, as in ZZPHSH
constexpr std::int64_t kMaxDivisor = std::numeric_limits<std::int32_t>::max() / kBase - 1;

// The characters with a non-zero VAL, in VAL order: the k-th (0-based) has VAL k + 1. This order
// is ZZPHSH's and is what makes the buckets CSPICE's, so it must not be "tidied".
constexpr std::string_view kValOrder =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_./!@#$%^&*()+=[{]}|\\:;<,>?'\"`~";

constexpr std::array<std::uint8_t, 256> make_val_table() {
  std::array<std::uint8_t, 256> val{};  // unlisted characters (and every byte >= 128) hash as 0
  for (std::size_t i = 0; i < kValOrder.size(); ++i) {
    const auto c = static_cast<unsigned char>(kValOrder[i]);
    val[c] = static_cast<std::uint8_t>(i + 1);
    if (c >= 'A' && c <= 'Z') val[c - 'A' + 'a'] = val[c];  // the hash is case-insensitive
  }
  return val;
}

constexpr auto kVal = make_val_table();
static_assert(kValOrder.size() == 68 && kVal['~'] == 68 && kVal['0'] == 1 && kVal['z'] == 36);

}  // namespace

int cspice_hash(std::string_view word, int divisor) {
  if (divisor <= 0 || divisor > kMaxDivisor) return 0;
  // f stays below divisor, so f * 68 + 68 < 2^31: no overflow, same result as CSPICE's INTEGERs.
  std::int64_t f = 0;
  for (char c : word) {
    if (c == ' ') break;  // CSPICE hashes only the first word of a blank-padded name
    f = (kVal[static_cast<unsigned char>(c)] + f * kBase) % divisor;
  }
  return static_cast<int>(f * kBase % divisor + 1);
}

}  // namespace sc::pool
