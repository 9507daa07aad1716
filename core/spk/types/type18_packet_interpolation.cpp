#include "spk/types/type18_packet_interpolation.hpp"

#include <array>

#include "spk/records/packet_interpolation.hpp"
#include "spk/records/packet_window.hpp"
#include "spk/segment_data.hpp"

namespace sc::spk {
namespace {

constexpr long long kTrailerWords = 3;  // subtype, window size, N
// SPKR18's window limits: (MAXDEG + 1)/2 Hermite packets, MAXDEG + 1 Lagrange packets, MAXDEG 15.
constexpr long long kMaxHermiteWindow = 8;
constexpr long long kMaxLagrangeWindow = 16;

struct Trailer {
  PacketKind kind;
  long long window;
  long long count;
};

Result<long long> packet_count(const daf::SegmentFile& file, const Segment& segment, double stored) {
  if (stored < 1.5) {  // NINT(stored) < 2
    return segment_error(file, segment, "SPICE(TOOFEWSTATES)",
                         "its packet count " + number_text(stored) + " is less than the minimum valid value, 2.");
  }
  const auto n = daf::fortran_nint(stored, 2, segment.length());
  if (!n) {
    return segment_error(
        file, segment, "SPICE(INVALIDCOUNT)",
        "its packet count " + number_text(stored) + " exceeds its " + std::to_string(segment.length()) + " words.");
  }
  return *n;
}

Result<Trailer> read_trailer(const daf::SegmentFile& file, const Segment& segment) {
  std::array<double, kTrailerWords> words{};
  SC_TRY(read_segment_trailer(file, segment, words));
  SC_TRY_ASSIGN(auto&& n, packet_count(file, segment, words[2]));
  const auto subtype = daf::fortran_nint(words[0], 0, 1);
  if (!subtype) {
    return segment_error(file, segment, "SPICE(NOTSUPPORTED)",
                         "its type 18 subtype " + number_text(words[0]) + " is not 0 or 1.");
  }
  const bool hermite = *subtype == 0;
  const long long max_window = hermite ? kMaxHermiteWindow : kMaxLagrangeWindow;
  const auto window = daf::fortran_nint(words[1], 1, max_window);
  if (!window || *window % 2 != 0) {
    return segment_error(file, segment, "SPICE(INVALIDVALUE)",
                         "its window size " + number_text(words[1]) + " is not an even number in 2 .. " +
                             std::to_string(max_window) + " as subtype " + std::to_string(*subtype) +
                             (hermite ? " (Hermite, 12-element packets)" : " (Lagrange, 6-element packets)") +
                             " requires.");
  }
  return Trailer{hermite ? PacketKind::hermite12 : PacketKind::lagrange6, *window, n};
}

}  // namespace

Result<State> evaluate_type18(const daf::SegmentFile& file, const Segment& segment, double et) {
  if (!segment.covers(et)) {
    return segment_error(file, segment, "SPICE(TIMEOUTOFBOUNDS)",
                         "the request time " + epoch_text(et) + " is outside its coverage " +
                             number_text(segment.start_et) + " : " + number_text(segment.end_et) + ".");
  }
  SC_TRY_ASSIGN(auto&& trailer, read_trailer(file, segment));
  const long long n = trailer.count;
  const long long size = static_cast<long long>(packet_size(trailer.kind));
  const long long directory_count = (n - 1) / kEpochDirectoryStep;
  if (n * (size + 1) + directory_count + kTrailerWords > segment.length()) {
    return segment_error(file, segment, "SPICE(INVALIDCOUNT)",
                         std::to_string(n) + " packets of " + std::to_string(size) +
                             " words with their epochs and directory do not fit its " +
                             std::to_string(segment.length()) + " words.");
  }
  PacketLayout layout;
  layout.packets_first = segment.begin;
  layout.packet_size = size;
  layout.window_size = trailer.window;
  // SPKR18 finds the epochs and their directory counting back from the trailer.
  layout.epochs.count = n;
  layout.epochs.directory_count = directory_count;
  layout.epochs.directory = segment.end - kTrailerWords - directory_count + 1;
  layout.epochs.first = layout.epochs.directory - n;
  SC_TRY_ASSIGN(auto&& window, read_packet_window(file, segment, layout, et));
  auto state = interpolate_packets(trailer.kind, window.packets, window.epochs, et);
  if (!state) return segment_error(file, segment, state.error().short_code, state.error().long_msg);
  return state;
}

}  // namespace sc::spk
