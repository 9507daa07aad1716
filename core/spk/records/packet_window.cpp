#include "spk/records/packet_window.hpp"

#include <algorithm>

#include "spk/segment_data.hpp"

namespace sc::spk {

Result<PacketWindow> read_packet_window(const daf::SegmentFile& file, const Segment& segment,
                                        const PacketLayout& layout, double et) {
  const long long n = layout.epochs.count;
  SC_TRY_ASSIGN(auto&& before, count_epochs_before(file, segment, layout.epochs, et));
  const long long low = std::max(before, 1LL);
  const long long half = layout.window_size / 2;
  const long long lsize = std::min(half, low);
  const long long rsize = std::min(half, n - low);
  const long long first = low - lsize + 1;
  const long long count = lsize + rsize;

  PacketWindow w;
  w.packets.resize(static_cast<std::size_t>(count * layout.packet_size));
  w.epochs.resize(static_cast<std::size_t>(count));
  SC_TRY(read_segment_words(file, segment, layout.packets_first + (first - 1) * layout.packet_size, w.packets));
  SC_TRY(read_segment_words(file, segment, layout.packets_first + n * layout.packet_size + first - 1, w.epochs));
  return w;
}

}  // namespace sc::spk
