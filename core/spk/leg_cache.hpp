// One leg of a chain of centers (SPKSFS + SPKPVN: a body's state relative to its center, from the
// segment that serves the epoch), found afresh or through a LegCache.
//
// A LegCache serves one batch (a run of epochs over unchanged kernels): per body it keeps the
// body's segment list, the segment last used, and for Chebyshev segments (SPK types 2 and 3) the
// record directory and the last record read, so consecutive epochs in the same record cost one
// evaluation. The segment is still chosen at every epoch with CSPICE's precedence, records with
// SPKR02's rule, and states come from the same evaluators, so the bits and the errors are those
// of next_leg without a cache.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "daf/chebyshev_records.hpp"
#include "errors/result.hpp"
#include "kernels/kernel_registry.hpp"
#include "spk/segment.hpp"
#include "spk/state.hpp"

namespace sc::spk {

struct Leg {
  State state;  // of the body relative to `center`, in `frame`
  int center;
  int frame;
};

class LegCache;

// The leg from `body` to its center at `et`, std::nullopt when no loaded segment covers it;
// SPICE(NOLOADEDFILES) when no SPK is loaded at all (SPKSFS's check). `cache` may be null.
Result<std::optional<Leg>> next_leg(const kernels::KernelRegistry& kernels, int body, double et, LegCache* cache);

class LegCache {
 public:
  Result<std::optional<Leg>> leg(const kernels::KernelRegistry& kernels, int body, double et);

 private:
  struct Slot {
    int body = 0;
    std::span<const kernels::SegmentIndex::Entry> entries;
    const daf::ArraySummary* summary = nullptr;  // the segment last used
    const daf::SegmentFile* file = nullptr;
    Segment segment;
    bool has_directory = false;  // type 2 or 3, directory read
    daf::ChebyshevDirectory directory;
    long long recno = 0;  // the record in `record` (0: none)
    daf::ChebyshevRecord record;
  };
  // A batch's chains touch a handful of bodies; beyond this many, legs are found uncached.
  static constexpr std::size_t kMaxBodies = 16;

  Slot* slot_for(const kernels::KernelRegistry& kernels, int body);
  Result<State> evaluate(const kernels::KernelRegistry& kernels, Slot& slot, double et);

  std::vector<Slot> slots_;
};

}  // namespace sc::spk
