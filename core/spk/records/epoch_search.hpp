// Searching the epoch lists of SPK segments (spk.req types 1, 5, 9, 13, 21; later also 14, 18,
// 19 and CK types): N epochs in increasing order at consecutive addresses, and a directory holding
// every 100th epoch (epochs 100, 200, ...). CSPICE's readers pick the group of (at most) 100
// epochs through the directory, then search that group with LSTLTD ("last element less than") or
// LSTLED ("last element less than or equal"). These do the same, with binary searches over the
// directory and over the group, reading only the words they compare.
#pragma once

#include "daf/segment_file.hpp"
#include "errors/result.hpp"
#include "spk/segment.hpp"

namespace sc::spk {

inline constexpr long long kEpochDirectoryStep = 100;

struct EpochList {
  long long first = 0;            // DAF address of epoch 1
  long long count = 0;            // N >= 1
  long long directory = 0;        // DAF address of directory entry 1 (epoch 100)
  long long directory_count = 0;  // entries; entry k is epoch 100 k, so 100 * entries <= N
};

// The number of epochs less than et (LSTLTD over the whole list): 0 .. N. For et equal to an
// epoch, the epochs before it.
Result<long long> count_epochs_before(const daf::SegmentFile& file, const Segment& segment, const EpochList& list,
                                      double et);

// The number of epochs less than or equal to et (LSTLED): 0 .. N.
Result<long long> count_epochs_up_to(const daf::SegmentFile& file, const Segment& segment, const EpochList& list,
                                     double et);

// Epoch number `index` (1 .. N).
Result<double> epoch_at(const daf::SegmentFile& file, const Segment& segment, const EpochList& list, long long index);

}  // namespace sc::spk
