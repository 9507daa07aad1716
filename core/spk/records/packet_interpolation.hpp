// The interpolation of SPK types 18 and 19 (SPKE18, SPKE19): a window of W packets at W epochs,
// evaluated one of three ways, each with SPICELIB's interpolator (so results carry its bits):
//   hermite12  packets x y z dx dy dz vx vy vz dvx dvy dvz: each position component by HRMINT with
//              dx.. as its derivatives, each velocity component by a second HRMINT with dvx.. as
//              its derivatives (vx.. need not be the derivatives of x..; the value of the second
//              interpolant is the velocity, both derivatives are dropped)
//   lagrange6  packets x y z vx vy vz: each component by LGRINT
//   hermite6   packets x y z vx vy vz: each position component with its velocity by HRMINT, the
//              velocity being the interpolant's derivative (as type 13)
#pragma once

#include <cstddef>
#include <span>

#include "errors/result.hpp"
#include "spk/state.hpp"

namespace sc::spk {

enum class PacketKind { hermite12, lagrange6, hermite6 };

inline constexpr std::size_t packet_size(PacketKind kind) { return kind == PacketKind::hermite12 ? 12 : 6; }

// The state at et from `epochs.size()` packets (packet_size(kind) words each, one after another).
// The interpolators' errors: SPICE(DIVIDEBYZERO) for two equal epochs, SPICE(INVALIDSIZE) for none.
Result<State> interpolate_packets(PacketKind kind, std::span<const double> packets, std::span<const double> epochs,
                                  double et);

}  // namespace sc::spk
