#include "spk/records/packet_interpolation.hpp"

#include <vector>

#include "math/interpolation.hpp"

namespace sc::spk {
namespace {

// HRMINT over the pairs (packet word `value`, packet word `derivative`) of every packet.
Result<math::ValueAndDerivative> hermite_of(std::span<const double> packets, std::span<const double> epochs,
                                            std::size_t size, std::size_t value, std::size_t derivative, double et) {
  const std::size_t n = epochs.size();
  std::vector<double> pairs(2 * n);
  for (std::size_t j = 0; j < n; ++j) {
    pairs[2 * j] = packets[size * j + value];
    pairs[2 * j + 1] = packets[size * j + derivative];
  }
  return math::hermite(epochs, pairs, et);
}

Result<State> hermite12(std::span<const double> packets, std::span<const double> epochs, double et) {
  State state{};
  for (std::size_t i = 0; i < 3; ++i) {
    SC_TRY_ASSIGN(auto&& position, hermite_of(packets, epochs, 12, i, i + 3, et));
    SC_TRY_ASSIGN(auto&& velocity, hermite_of(packets, epochs, 12, i + 6, i + 9, et));
    state[i] = position.value;
    state[i + 3] = velocity.value;
  }
  return state;
}

Result<State> hermite6(std::span<const double> packets, std::span<const double> epochs, double et) {
  State state{};
  for (std::size_t i = 0; i < 3; ++i) {
    SC_TRY_ASSIGN(auto&& f, hermite_of(packets, epochs, 6, i, i + 3, et));
    state[i] = f.value;
    state[i + 3] = f.derivative;
  }
  return state;
}

Result<State> lagrange6(std::span<const double> packets, std::span<const double> epochs, double et) {
  const std::size_t n = epochs.size();
  State state{};
  std::vector<double> component(n);
  for (std::size_t c = 0; c < 6; ++c) {
    for (std::size_t j = 0; j < n; ++j) component[j] = packets[6 * j + c];
    SC_TRY_ASSIGN(auto&& value, math::lagrange(epochs, component, et));
    state[c] = value;
  }
  return state;
}

}  // namespace

Result<State> interpolate_packets(PacketKind kind, std::span<const double> packets, std::span<const double> epochs,
                                  double et) {
  if (packets.size() != packet_size(kind) * epochs.size()) {
    return make_error("SPICE(INVALIDSIZE)", "A window of " + std::to_string(epochs.size()) + " epochs came with " +
                                                std::to_string(packets.size()) + " packet words.");
  }
  switch (kind) {
    case PacketKind::hermite12:
      return hermite12(packets, epochs, et);
    case PacketKind::lagrange6:
      return lagrange6(packets, epochs, et);
    case PacketKind::hermite6:
      return hermite6(packets, epochs, et);
  }
  return make_error("SPICE(BUG)", "Unknown packet kind.");
}

}  // namespace sc::spk
