// The window of packets that SPK types 18 and 19 interpolate (SPKR18; SPKR19 within a
// mini-segment). Unlike types 8, 9, 12 and 13 the window is never shifted at the ends of the
// data: it shrinks instead, so that et always stays in the window's central interval. With LOW
// the number of epochs before et (at least 1; for et equal to an epoch, the epochs before it)
// and W the nominal (even) window size:
//    LSIZE = MIN(W/2, LOW),  RSIZE = MIN(W/2, N - LOW)
// and the window is packets LOW - LSIZE + 1 .. LOW + RSIZE.
#pragma once

#include <vector>

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/records/epoch_search.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

struct PacketLayout {
  long long packets_first = 0;  // DAF address of packet 1
  long long packet_size = 0;    // words per packet
  long long window_size = 0;    // W: even, >= 2
  // The epochs searched for et: N of them and their directory. CSPICE reads the window's epochs
  // from right after the packets (packets_first + N * packet_size), which in a segment of exactly
  // its structure's size are the same words.
  EpochList epochs;
};

struct PacketWindow {
  std::vector<double> packets;  // the window's packets, packet_size words each
  std::vector<double> epochs;   // their epochs
};

// The window for et. Only the words the window needs are read, every address checked against the
// segment (SPICE(INVALIDCOUNT) naming it when one is outside).
Result<PacketWindow> read_packet_window(const daf::SegmentFile& file, const Segment& segment,
                                        const PacketLayout& layout, double et);

}  // namespace sc::spk
