#include "writers/spk/spk_descriptor.hpp"

#include <cstdint>
#include <string>

#include "frames/frames_api.hpp"
#include "math/ieee_bits.hpp"
#include "writers/spk/spkpds_checks.hpp"

namespace sc::spk {
namespace {

// DAFPS stores two 32-bit integers in the memory of one double, the first in the lower-addressed
// half. Both targets are little-endian, so that half is the low word; going through the bits
// (never through a floating-point value) keeps denormal and NaN patterns exact.
double pack_pair(int first, int second) {
  const auto lo = static_cast<std::uint64_t>(static_cast<std::uint32_t>(first));
  const auto hi = static_cast<std::uint64_t>(static_cast<std::uint32_t>(second));
  return math::detail::from_bits(lo | (hi << 32));
}

std::array<int, 2> unpack_pair(double packed) {
  const auto bits = math::detail::to_bits(packed);
  return {static_cast<int>(static_cast<std::uint32_t>(bits & 0xffffffffu)),
          static_cast<int>(static_cast<std::uint32_t>(bits >> 32))};
}

}  // namespace

Result<std::array<double, 5>> spkpds(const Context& ctx, int body, int center, std::string_view frame, int type,
                                     double first, double last) {
  SegmentSpec spec;
  spec.body = body;
  spec.center = center;
  spec.frame = frame;
  spec.frame_code = frames::namfrm(ctx, frame);
  spec.first = first;
  spec.last = last;
  if (auto checked = writers::check_descriptor_spkpds(spec); !checked) {
    return std::move(checked).error().within("spkpds");
  }
  if (type <= 0 || type > 1000) {
    return make_error("SPICE(UNKNOWNSPKTYPE)",
                      "The type specified, " + std::to_string(type) + ", is not supported within the SPK system.")
        .within("spkpds");
  }
  return std::array<double, 5>{first, last, pack_pair(body, center), pack_pair(*spec.frame_code, type),
                               pack_pair(0, 0)};
}

UnpackedDescriptor spkuds(std::span<const double> descr) {
  UnpackedDescriptor out;
  out.first = descr[0];
  out.last = descr[1];
  const auto [body, center] = unpack_pair(descr[2]);
  const auto [frame, type] = unpack_pair(descr[3]);
  const auto [baddr, eaddr] = unpack_pair(descr[4]);
  out.body = body;
  out.center = center;
  out.frame = frame;
  out.type = type;
  out.baddr = baddr;
  out.eaddr = eaddr;
  return out;
}

}  // namespace sc::spk
