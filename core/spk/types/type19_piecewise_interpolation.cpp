#include "spk/types/type19_piecewise_interpolation.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "spk/records/epoch_search.hpp"
#include "spk/records/packet_interpolation.hpp"
#include "spk/records/packet_window.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kTrailerWords = 2;                         // boundary flag, N
constexpr long long kControlWords = 3;                         // subtype, window size, M
constexpr std::array<long long, 3> kMaxWindow = {14, 28, 28};  // SPKR19's MXWNSZ (MAXDEG 27)
constexpr std::array<PacketKind, 3> kKinds = {PacketKind::hermite12, PacketKind::lagrange6, PacketKind::hermite6};

struct Intervals {
  long long count = 0;       // N
  bool select_last = false;  // the boundary flag
  EpochList bounds;          // the N + 1 bounds and their directory
  long long pointers = 0;    // DAF address of pointer 1
};

struct MiniLayout {
  PacketKind kind = PacketKind::lagrange6;
  PacketLayout packets;
};

struct MiniSegment {
  long long index = 0;  // 1 .. N
  long long begin = 0;  // DAF addresses
  long long end = 0;
};

Result<Intervals> read_intervals(const daf::SegmentFile& file, const Segment& segment) {
  std::array<double, kTrailerWords> trailer{};
  SC_TRY(read_segment_trailer(file, segment, trailer));
  const auto n = daf::fortran_nint(trailer[1], 1, segment.length());
  // Every 100th of the N + 1 bounds: ((N + 1) - 1)/100 entries, as for any epoch list.
  const long long directory_count = n ? *n / kEpochDirectoryStep : 0;
  if (!n || 2 * (*n + 1) + directory_count + kTrailerWords > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "its interval count " + number_text(trailer[1]) +
                             " with bounds, directory and pointers does not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  Intervals iv;
  iv.count = *n;
  iv.select_last = daf::fortran_nint(trailer[0], 1, 1).has_value();
  iv.pointers = segment.end - kTrailerWords - *n;
  iv.bounds.count = *n + 1;
  iv.bounds.directory_count = directory_count;
  iv.bounds.directory = iv.pointers - directory_count;
  iv.bounds.first = iv.bounds.directory - (*n + 1);
  return iv;
}

// SPKR19's choice: with the flag set, the last interval whose start is at or before et; else the
// first interval whose end is at or after et.
Result<long long> select_interval(const daf::SegmentFile& file, const Segment& segment, const Intervals& iv,
                                  double et) {
  if (iv.select_last) {
    SC_TRY_ASSIGN(auto&& up_to, count_epochs_up_to(file, segment, iv.bounds, et));
    if (up_to >= 1) return std::min(up_to, iv.count);
  } else {
    SC_TRY_ASSIGN(auto&& before, count_epochs_before(file, segment, iv.bounds, et));
    if (before <= iv.count) return std::max(before, 1LL);
  }
  return segment_error(file, segment, "SPICE(BUG)",
                       "the request time " + epoch_text(et) + " lies outside its interpolation intervals.");
}

Result<MiniSegment> locate_minisegment(const daf::SegmentFile& file, const Segment& segment, const Intervals& iv,
                                       long long index) {
  std::array<double, 2> pointers{};
  SC_TRY(read_segment_words(file, segment, iv.pointers + index - 1, pointers));
  const auto begin = daf::fortran_nint(pointers[0], 1, segment.length());
  const auto next = daf::fortran_nint(pointers[1], 1, segment.length() + 1);
  if (!begin || !next || *next - *begin < kControlWords) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         "the pointers " + number_text(pointers[0]) + ", " + number_text(pointers[1]) +
                             " of its mini-segment " + std::to_string(index) + " do not lie within its " +
                             std::to_string(segment.length()) + " words.");
  }
  return MiniSegment{index, segment.begin + *begin - 1, segment.begin + *next - 2};
}

Result<MiniLayout> read_minisegment_layout(const daf::SegmentFile& file, const Segment& segment,
                                           const MiniSegment& mini) {
  std::array<double, kControlWords> control{};
  SC_TRY(read_segment_words(file, segment, mini.end - kControlWords + 1, control));
  const std::string which = " in its mini-segment " + std::to_string(mini.index) + ".";
  const auto subtype = daf::fortran_nint(control[0], 0, 2);
  if (!subtype) {
    return segment_error(file, segment, "SPICE(NOTSUPPORTED)",
                         "unexpected type 19 subtype " + number_text(control[0]) + which);
  }
  const long long max_window = kMaxWindow[static_cast<std::size_t>(*subtype)];
  const auto window = daf::fortran_nint(control[1], 2, max_window);
  if (!window || *window % 2 != 0) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "window size " + number_text(control[1]) + " is not an even number in 2 .. " +
                             std::to_string(max_window) + " as subtype " + std::to_string(*subtype) + " requires" +
                             which);
  }
  const PacketKind kind = kKinds[static_cast<std::size_t>(*subtype)];
  const long long size = static_cast<long long>(packet_size(kind));
  const long long length = mini.end - mini.begin + 1;
  const auto m = daf::fortran_nint(control[2], 1, length);
  const long long directory_count = m ? (*m - 1) / kEpochDirectoryStep : 0;
  if (!m || *m * (size + 1) + directory_count + kControlWords > length) {
    return segment_error(
        file, segment, "SPICE(INVALIDCOUNT)",
        "packet count " + number_text(control[2]) + " does not fit the " + std::to_string(length) + " words" + which);
  }
  PacketLayout layout;
  layout.packets_first = mini.begin;
  layout.packet_size = size;
  layout.window_size = *window;
  // SPKR19 finds a mini-segment's epochs and directory counting forward from its packets.
  layout.epochs.count = *m;
  layout.epochs.first = mini.begin + *m * size;
  layout.epochs.directory = layout.epochs.first + *m;
  layout.epochs.directory_count = directory_count;
  return MiniLayout{kind, layout};
}

}  // namespace

Result<State> evaluate_type19(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (!segment.covers(et)) {
    return segment_error(file, segment, "SPICE(TIMEOUTOFBOUNDS)",
                         "the request time " + epoch_text(et) + " is outside its coverage " +
                             number_text(segment.start_et) + " : " + number_text(segment.end_et) + ".");
  }
  SC_TRY_ASSIGN(auto&& intervals, read_intervals(file, segment));
  SC_TRY_ASSIGN(auto&& index, select_interval(file, segment, intervals, et));
  SC_TRY_ASSIGN(auto&& mini, locate_minisegment(file, segment, intervals, index));
  SC_TRY_ASSIGN(auto&& layout, read_minisegment_layout(file, segment, mini));
  SC_TRY_ASSIGN(auto&& window, read_packet_window(file, segment, layout.packets, et));
  auto state = interpolate_packets(layout.kind, window.packets, window.epochs, et);
  if (!state) return segment_error(file, segment, state.error().short_code, state.error().long_msg);
  return state;
}

}  // namespace sc::spk
