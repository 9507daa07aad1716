// Decoding the numbers of a DAF in the file's byte order ("LTL-IEEE" or "BIG-IEEE"), independent of
// the host's order: bytes are assembled into an integer explicitly and then reinterpreted, so the
// same file gives the same bits on x86, ARM and WASM.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <span>

namespace sc::daf {

enum class ByteOrder { little, big };

// The machine's own order (x86, ARM and WASM are little-endian): words stored in it are read with
// one memcpy instead of being assembled byte by byte.
constexpr ByteOrder native_byte_order() {
  return std::endian::native == std::endian::little ? ByteOrder::little : ByteOrder::big;
}

inline std::uint64_t load_u64(std::span<const std::uint8_t, 8> b, ByteOrder order) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    const std::size_t k = order == ByteOrder::little ? 7 - i : i;  // most significant byte first
    v = (v << 8) | b[k];
  }
  return v;
}

inline std::uint32_t load_u32(std::span<const std::uint8_t, 4> b, ByteOrder order) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const std::size_t k = order == ByteOrder::little ? 3 - i : i;
    v = (v << 8) | b[k];
  }
  return v;
}

// The caller guarantees that `bytes` holds at least offset + 8 (or + 4) bytes.
inline double load_double(std::span<const std::uint8_t> bytes, std::size_t offset, ByteOrder order) {
  const std::uint64_t bits = load_u64(bytes.subspan(offset).first<8>(), order);
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

inline std::int32_t load_int32(std::span<const std::uint8_t> bytes, std::size_t offset, ByteOrder order) {
  const std::uint32_t bits = load_u32(bytes.subspan(offset).first<4>(), order);
  std::int32_t i;
  std::memcpy(&i, &bits, sizeof i);
  return i;
}

}  // namespace sc::daf
