// SPKPDS / SPKUDS: an SPK segment descriptor packed as DAF keeps it (ND = 2 doubles, NI = 6
// integers in 5 doubles) and unpacked again. Beside the writers: packing checks the frame name
// and the writers' descriptor rules (spkpds_checks.hpp).
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "context.hpp"
#include "errors/result.hpp"

namespace sc::spk {

struct UnpackedDescriptor {
  int body = 0;
  int center = 0;
  int frame = 0;
  int type = 0;
  double first = 0;
  double last = 0;
  int baddr = 0;
  int eaddr = 0;
};

// SPKPDS: [first, last, (body, center), (frame, type), (0, 0)], the integer pairs packed into the
// bits of a double as DAFPS packs them. Errors in SPKPDS's order: SPICE(BARYCENTEREPHEM) for body
// 0, SPICE(BODYANDCENTERSAME), SPICE(INVALIDREFFRAME), SPICE(BADDESCRTIMES) (first >= last),
// SPICE(UNKNOWNSPKTYPE) (type outside 1..1000).
Result<std::array<double, 5>> spkpds(const Context& ctx, int body, int center, std::string_view frame, int type,
                                     double first, double last);

// SPKUDS: the descriptor's parts; no checks (zeros unpack to zeros).
UnpackedDescriptor spkuds(std::span<const double> descr);

}  // namespace sc::spk
